//! `Status`, any code met on the wire: its size, what it remembers of its origin, the RFC 9110
//! rules for codes nobody registered, its text forms, conversions, equality and order.

use std::collections::HashSet;

use status_core::vendor::{Esri, Google, Microsoft, Nginx};
use status_core::{Meaning, Origin, REGISTRY, Status, StatusClass, StatusCode, StatusErrorKind};

fn status(code: u16) -> Status {
    Status::new(code).expect("a status code")
}

#[test]
fn status_and_option_of_status_take_two_bytes() {
    assert_eq!(size_of::<Status>(), 2);
    assert_eq!(size_of::<Option<Status>>(), 2);
    assert_eq!(size_of::<Result<Status, ()>>(), 2);
}

#[test]
fn new_keeps_the_code_and_its_class() {
    let status = status(471);
    assert_eq!(status.code(), 471);
    assert_eq!(status.class(), StatusClass::ClientError);
    assert!(status.is_client_error());
    assert!(!status.is_server_error());
    assert_eq!(
        Status::new(99).map_err(|e| e.kind()),
        Err(StatusErrorKind::OutOfRange { code: 99 })
    );
    assert_eq!(
        Status::new(600).map_err(|e| e.kind()),
        Err(StatusErrorKind::OutOfRange { code: 600 })
    );
}

#[test]
fn class_predicates_follow_the_first_digit() {
    for code in 100..=599 {
        let status = status(code);
        let predicates = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        let digit = usize::from(status.class().digit());
        for (index, holds) in predicates.into_iter().enumerate() {
            assert_eq!(holds, index + 1 == digit, "{code}");
        }
    }
}

#[test]
fn origin_is_the_vendor_or_iana_or_none() {
    assert_eq!(status(404).origin(), Some(Origin::IANA));
    assert_eq!(status(471).origin(), None);
    assert_eq!(
        status(499).origin(),
        None,
        "read against IANA, which lacks 499"
    );
    assert_eq!(
        Status::from(Nginx::ClientClosedRequest).origin(),
        Some(Origin::NGINX)
    );
    assert_eq!(
        Status::from(Esri::TokenRequired).origin(),
        Some(Origin::ESRI)
    );
}

#[test]
fn known_is_the_iana_status_only() {
    assert_eq!(status(404).known(), Some(StatusCode::NotFound));
    assert_eq!(status(306).known(), Some(StatusCode::SwitchProxy));
    assert_eq!(status(471).known(), None);
    assert_eq!(Status::from(Google::ResumeIncomplete).known(), None);
    assert_eq!(Status::from(Microsoft::Redirect).known(), None);
}

#[test]
fn effective_treats_an_unknown_code_as_the_x00_of_its_class() {
    assert_eq!(status(471).effective(), StatusCode::BadRequest);
    assert_eq!(status(150).effective(), StatusCode::Continue);
    assert_eq!(status(299).effective(), StatusCode::Ok);
    assert_eq!(status(399).effective(), StatusCode::MultipleChoices);
    assert_eq!(status(599).effective(), StatusCode::InternalServerError);
    assert_eq!(status(404).effective(), StatusCode::NotFound);
    assert_eq!(
        Status::from(Nginx::ClientClosedRequest).effective(),
        StatusCode::BadRequest
    );
}

#[test]
fn an_unknown_code_is_never_cacheable_by_default() {
    assert!(status(404).is_cacheable_by_default());
    assert!(!status(471).is_cacheable_by_default());
    assert!(
        !status(299).is_cacheable_by_default(),
        "200 is cacheable, 299 is not"
    );
    assert!(!status(599).is_cacheable_by_default());
    assert!(!status(400).is_cacheable_by_default());
}

#[test]
fn meaning_and_reason_follow_the_origin() {
    assert_eq!(status(404).reason(), Some("Not Found"));
    assert_eq!(status(404).meaning(), Some(StatusCode::NotFound.meaning()));
    assert_eq!(status(471).reason(), None);
    assert_eq!(status(471).meaning(), None);
    assert_eq!(status(499).reason(), None);
    let nginx = Status::from(Nginx::ClientClosedRequest);
    assert_eq!(nginx.reason(), Some("Client Closed Request"));
    assert_eq!(nginx.meaning(), Some(Nginx::ClientClosedRequest.meaning()));
}

#[test]
fn meanings_list_every_origin_of_a_code_iana_first() {
    let origins =
        |code| -> Vec<Origin> { status(code).meanings().iter().map(|m| m.origin).collect() };
    assert_eq!(origins(499), [Origin::NGINX, Origin::ESRI]);
    assert_eq!(origins(308), [Origin::IANA, Origin::GOOGLE]);
    assert_eq!(origins(451), [Origin::IANA, Origin::MICROSOFT]);
    assert_eq!(origins(404), [Origin::IANA]);
    assert!(origins(471).is_empty());
    // The meanings depend on the code, not on the origin the status remembers.
    let nginx = Status::from(Nginx::ClientClosedRequest);
    assert_eq!(nginx.meanings(), status(499).meanings());
}

#[test]
fn display_writes_the_reason_when_the_origin_has_one() {
    assert_eq!(status(404).to_string(), "404 Not Found");
    assert_eq!(status(471).to_string(), "471");
    assert_eq!(status(499).to_string(), "499");
    assert_eq!(
        Status::from(Nginx::ClientClosedRequest).to_string(),
        "499 Client Closed Request"
    );
    assert_eq!(
        Status::from(Esri::TokenRequired).to_string(),
        "499 Token Required"
    );
}

#[test]
fn debug_shows_the_code_and_a_vendor_origin() {
    assert_eq!(format!("{:?}", status(404)), "Status(404)");
    assert_eq!(format!("{:?}", status(471)), "Status(471)");
    assert_eq!(
        format!("{:?}", Status::from(Nginx::ClientClosedRequest)),
        "Status(499, Origin(\"nginx\"))"
    );
    assert_eq!(
        format!("{:?}", Status::from(StatusCode::NotFound)),
        "Status(404)"
    );
}

#[test]
fn from_str_and_try_from_agree_with_new() {
    assert_eq!("471".parse::<Status>(), Ok(status(471)));
    assert_eq!("404".parse::<Status>(), Ok(status(404)));
    let rejected = [
        ("4o4", StatusErrorKind::NotANumber),
        ("", StatusErrorKind::NotANumber),
        ("1000", StatusErrorKind::NotANumber),
        (" 471", StatusErrorKind::NotANumber),
        ("999", StatusErrorKind::OutOfRange { code: 999 }),
        ("000", StatusErrorKind::OutOfRange { code: 0 }),
    ];
    for (text, kind) in rejected {
        assert_eq!(
            text.parse::<Status>().map_err(|e| e.kind()),
            Err(kind),
            "{text:?}"
        );
    }
    assert_eq!(Status::try_from(471), Status::new(471));
    assert_eq!(
        Status::try_from(7).map_err(|e| e.kind()),
        Err(StatusErrorKind::OutOfRange { code: 7 })
    );
}

#[test]
fn from_status_code_is_the_wire_status() {
    for &code in StatusCode::ALL {
        assert_eq!(Status::from(code), status(code.code()), "{code:?}");
    }
}

#[test]
fn from_vendor_enum_keeps_the_code_but_not_the_iana_identity() {
    let nginx = Status::from(Nginx::ClientClosedRequest);
    assert_eq!(nginx.code(), 499);
    assert_ne!(nginx, status(499));
    assert_ne!(nginx, Status::from(Esri::TokenRequired));
    assert_eq!(u16::from(nginx), 499);
}

#[test]
fn from_status_class_is_the_x00_status() {
    for class in StatusClass::ALL {
        let status = Status::from(class);
        assert_eq!(status, class.fallback());
        assert_eq!(status.code(), u16::from(class.digit()) * 100);
        assert_eq!(status.class(), class);
        assert_eq!(status.origin(), Some(Origin::IANA));
    }
}

#[test]
fn eq_u16_compares_the_code_alone() {
    assert!(status(404) == 404);
    assert!(status(404) != 405);
    assert!(Status::from(Nginx::ClientClosedRequest) == 499);
    assert!(Status::from(Esri::TokenRequired) == 499);
}

#[test]
fn eq_with_the_enums_works_both_ways() {
    assert!(status(404) == StatusCode::NotFound);
    assert!(StatusCode::NotFound == status(404));
    assert!(status(404) != StatusCode::Gone);
    assert!(status(499) != Nginx::ClientClosedRequest);
    assert!(Nginx::ClientClosedRequest != status(499));
    assert!(Status::from(Nginx::ClientClosedRequest) == Nginx::ClientClosedRequest);
    assert!(Status::from(Esri::TokenRequired) != Nginx::ClientClosedRequest);
}

#[test]
fn order_is_by_code_first() {
    let mut statuses: Vec<Status> = REGISTRY.iter().map(Meaning::status).collect();
    statuses.extend([status(471), status(599), status(100), status(499)]);
    statuses.reverse();
    statuses.sort();
    assert!(
        statuses
            .windows(2)
            .all(|pair| pair[0].code() <= pair[1].code())
    );
    assert!(status(499) < Status::from(Nginx::ClientClosedRequest).max(status(500)));
    assert!(Status::from(Esri::TokenRequired) < status(500));
}

#[test]
fn hash_tells_origins_apart() {
    let statuses: HashSet<Status> = REGISTRY.iter().map(Meaning::status).collect();
    assert_eq!(statuses.len(), REGISTRY.len());
    assert!(statuses.contains(&status(404)));
    assert!(!statuses.contains(&status(499)));
    assert!(statuses.contains(&Status::from(Nginx::ClientClosedRequest)));
}

#[test]
fn meaning_status_round_trips() {
    for meaning in &REGISTRY {
        let status = meaning.status();
        assert_eq!(status.meaning(), Some(meaning));
        assert_eq!(
            meaning.to_string(),
            format!("{} {}", meaning.code, meaning.reason)
        );
    }
}
