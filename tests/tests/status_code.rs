//! `StatusCode`, the IANA codes: the facts its documentation promises, its text forms
//! (`Display`, `FromStr`) and its conversions, with examples of each. The contract it shares
//! with the vendor enums is in `status_enums.rs`.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use status_core::{Origin, RegistryState, Status, StatusClass, StatusCode, StatusErrorKind};

fn hash_of<T: Hash>(value: T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[test]
fn display_is_the_status_line_text() {
    assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found");
    assert_eq!(StatusCode::Ok.to_string(), "200 OK");
    assert_eq!(StatusCode::ImATeapot.to_string(), "418 I'm a teapot");
    assert_eq!(format!("[{:>3}]", StatusCode::Gone), "[410 Gone]");
}

#[test]
fn debug_is_the_variant_name() {
    assert_eq!(format!("{:?}", StatusCode::NotFound), "NotFound");
    assert_eq!(
        format!("{:?}", StatusCode::ContentTooLarge),
        "ContentTooLarge"
    );
    assert_eq!(
        format!("{:?}", Some(StatusCode::Ok)),
        "Some(Ok)",
        "Debug must not print the code or the reason"
    );
}

#[test]
fn from_str_accepts_three_digits_or_the_printed_form() {
    assert_eq!("404".parse::<StatusCode>(), Ok(StatusCode::NotFound));
    assert_eq!(
        "404 Not Found".parse::<StatusCode>(),
        Ok(StatusCode::NotFound)
    );
    assert_eq!(
        "404 not found".parse::<StatusCode>(),
        Ok(StatusCode::NotFound)
    );
    assert_eq!(
        "413 Payload Too Large".parse::<StatusCode>(),
        Ok(StatusCode::ContentTooLarge)
    );
    assert_eq!("100".parse::<StatusCode>(), Ok(StatusCode::Continue));
    assert_eq!(
        "511".parse::<StatusCode>(),
        Ok(StatusCode::NetworkAuthenticationRequired)
    );
    let rejected = [
        ("4o4", StatusErrorKind::NotANumber),
        ("", StatusErrorKind::NotANumber),
        (" 404", StatusErrorKind::NotANumber),
        ("404 ", StatusErrorKind::NotANumber),
        ("404\n", StatusErrorKind::NotANumber),
        ("0404", StatusErrorKind::NotANumber),
        ("+404", StatusErrorKind::NotANumber),
        ("40", StatusErrorKind::NotANumber),
        ("404 Not Fund", StatusErrorKind::UnknownReason { code: 404 }),
        (
            "404  Not Found",
            StatusErrorKind::UnknownReason { code: 404 },
        ),
        ("404 Gone", StatusErrorKind::UnknownReason { code: 404 }),
        ("4O4 Not Found", StatusErrorKind::NotANumber),
        ("404Not Found", StatusErrorKind::NotANumber),
        ("099 Whatever", StatusErrorKind::OutOfRange { code: 99 }),
        ("\u{0664}\u{0660}\u{0664}", StatusErrorKind::NotANumber), // Arabic-Indic 404
        ("４０４", StatusErrorKind::NotANumber),                   // fullwidth 404
        ("999", StatusErrorKind::OutOfRange { code: 999 }),
        ("000", StatusErrorKind::OutOfRange { code: 0 }),
        ("099", StatusErrorKind::OutOfRange { code: 99 }),
        ("600", StatusErrorKind::OutOfRange { code: 600 }),
        (
            "471",
            StatusErrorKind::Unregistered {
                code: 471,
                type_name: "StatusCode",
            },
        ),
        (
            "499",
            StatusErrorKind::Unregistered {
                code: 499,
                type_name: "StatusCode",
            },
        ),
    ];
    for (text, kind) in rejected {
        let parsed = text.parse::<StatusCode>().map_err(|error| error.kind());
        assert_eq!(parsed, Err(kind), "{text:?}");
    }
}

#[test]
fn try_from_u16_tells_out_of_range_from_unregistered() {
    assert_eq!(StatusCode::try_from(404), Ok(StatusCode::NotFound));
    assert_eq!(StatusCode::try_from(425), Ok(StatusCode::TooEarly));
    let unregistered = |code| StatusErrorKind::Unregistered {
        code,
        type_name: "StatusCode",
    };
    let rejected = [
        (0, StatusErrorKind::OutOfRange { code: 0 }),
        (99, StatusErrorKind::OutOfRange { code: 99 }),
        (600, StatusErrorKind::OutOfRange { code: 600 }),
        (u16::MAX, StatusErrorKind::OutOfRange { code: u16::MAX }),
        (199, unregistered(199)),
        (419, unregistered(419)),
        (520, unregistered(520)),
        (599, unregistered(599)),
    ];
    for (code, kind) in rejected {
        assert_eq!(StatusCode::try_from(code).map_err(|e| e.kind()), Err(kind));
        assert_eq!(StatusCode::from_u16(code), None);
    }
}

#[test]
fn into_u16_and_as_u16_give_the_code() {
    assert_eq!(StatusCode::NotFound as u16, 404);
    assert_eq!(u16::from(StatusCode::MovedPermanently), 301);
    let code: u16 = StatusCode::ServiceUnavailable.into();
    assert_eq!(code, 503);
    assert_eq!(StatusCode::ImUsed.code(), 226);
}

#[test]
fn all_runs_from_100_continue_to_the_last_5xx() {
    assert_eq!(StatusCode::ALL.first(), Some(&StatusCode::Continue));
    assert!(
        StatusCode::ALL
            .last()
            .is_some_and(|last| last.is_server_error())
    );
    assert!(StatusCode::ALL.contains(&StatusCode::TooEarly));
    assert!(StatusCode::ALL.contains(&StatusCode::UploadResumptionSupported));
}

#[test]
fn ord_and_hash_are_those_of_the_code() {
    assert!(StatusCode::Continue < StatusCode::Ok);
    assert!(StatusCode::NotFound < StatusCode::MethodNotAllowed);
    assert_eq!(StatusCode::NotFound.max(StatusCode::Gone), StatusCode::Gone);
    let mut sorted = [
        StatusCode::InternalServerError,
        StatusCode::Continue,
        StatusCode::NotFound,
        StatusCode::Ok,
    ];
    sorted.sort();
    let codes: Vec<u16> = sorted.iter().map(|status| status.code()).collect();
    assert_eq!(codes, [100, 200, 404, 500]);
    assert_eq!(hash_of(StatusCode::NotFound), hash_of(StatusCode::NotFound));
    assert_ne!(hash_of(StatusCode::NotFound), hash_of(StatusCode::Gone));
}

#[test]
fn content_too_large_documents_its_facts() {
    let status = StatusCode::ContentTooLarge;
    assert_eq!(status.code(), 413);
    assert_eq!(status.reason(), "Content Too Large");
    assert_eq!(
        status.aliases(),
        ["Payload Too Large", "Request Entity Too Large"]
    );
    assert_eq!(status.class(), StatusClass::ClientError);
    assert!(status.is_client_error());
    assert!(!status.is_cacheable_by_default());
    assert!(!status.is_body_forbidden());
    assert_eq!(status.headers(), ["Retry-After"]);
    assert_eq!(status.state(), RegistryState::Current);
    assert_eq!(status.spec(), "RFC 9110, Section 15.5.14");
    assert_eq!(
        status.spec_url(),
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14"
    );
    assert_eq!(status.origin(), Origin::IANA);
    assert_eq!(StatusCode::ORIGIN, Origin::IANA);
}

#[test]
fn states_other_than_current_are_the_ones_iana_or_rfc_9110_mark() {
    let marked: Vec<(u16, RegistryState)> = StatusCode::ALL
        .iter()
        .filter(|status| status.state() != RegistryState::Current)
        .map(|status| (status.code(), status.state()))
        .collect();
    assert_eq!(
        marked,
        [
            (104, RegistryState::Temporary),
            (305, RegistryState::Deprecated),
            (306, RegistryState::Unused),
            (418, RegistryState::Unused),
            (510, RegistryState::Obsolete),
        ]
    );
}

#[test]
fn status_of_an_iana_code_is_the_status_read_off_the_wire() {
    for &status in StatusCode::ALL {
        let wire = Status::new(status.code()).expect("an IANA code is valid");
        assert_eq!(status.status(), wire, "{status:?}");
        assert_eq!(wire.known(), Some(status));
        assert_eq!(wire.effective(), status);
        assert_eq!(
            wire.is_cacheable_by_default(),
            status.is_cacheable_by_default()
        );
    }
}

#[test]
fn the_body_forbidden_codes_are_interim_or_204_or_304() {
    for status in StatusCode::ALL {
        if status.is_body_forbidden() {
            assert!(
                status.is_informational()
                    || *status == StatusCode::NoContent
                    || *status == StatusCode::NotModified,
                "{status:?}"
            );
        }
    }
}
