//! Runtime tests of the enums an application generates with `status_enum!` and
//! `include_codes!`.
//!
//! - `status_enum!`: members written by name, by number and by class end up sorted by code;
//!   `from_u16` agrees with `StatusCode::from_u16` on all 65,536 `u16` values, restricted to
//!   the members; every method reads the same registry entry as the `StatusCode` variant; the
//!   conversions to and from `StatusCode`, `Status` and `u16` round-trip and reject the other
//!   codes with an error naming the enum; the attributes and visibility written on the
//!   declaration are kept (so is its doc comment, which a running test cannot see); a class
//!   leaves out the codes IANA marks unused (418).
//! - `include_codes!` on `tests/data/app-codes.toml`: one enum per origin of the file, with
//!   each entry's reason, aliases, headers, state and link, two origins that use one number
//!   kept apart, and `#[derive(HttpStatus)]` taking `#[status(AcmeStatus::QuotaExhausted)]`.

#![deny(clippy::pedantic)]

use std::collections::BTreeSet;
use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

use status_core::{
    HttpStatus, Origin, Outcome, RegistryState, Status, StatusClass, StatusCode, StatusContract,
    StatusError, StatusErrorKind, include_codes, status_enum,
};

status_enum! {
    /// The statuses the public API returns: written out of order, by name, number and class.
    pub enum ApiStatus {
        NotFound,
        201,
        Ok,
        5xx,
        409,
        TooManyRequests,
    }
}

status_enum! {
    /// Every client error IANA has not marked unused.
    pub enum ClientErrors {
        4xx,
    }
}

status_enum! {
    /// A class written with capitals.
    enum Informational {
        1XX,
    }
}

mod visibility {
    status_core::status_enum! {
        /// Visible in the whole crate, not beyond.
        pub(crate) enum CrateVisible {
            Gone,
            308,
        }
    }
}

/// `#[deny(non_camel_case_types)]` makes the module fail to compile if the macro dropped the
/// `#[allow(non_camel_case_types)]` written on the declaration.
#[deny(non_camel_case_types)]
mod attributes_kept {
    status_core::status_enum! {
        /// A snake-case name, allowed by the user's own attribute.
        #[allow(non_camel_case_types)]
        pub enum legacy_status {
            Gone,
        }
    }
}

include_codes!("data/app-codes.toml");

/// Fails to compile unless `T` has the derives and conversions every generated enum has.
fn has_generated_traits<T>()
where
    T: Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static,
    T: FromStr<Err = StatusError> + TryFrom<u16, Error = StatusError>,
    T: Into<u16> + Into<Status> + PartialEq<Status>,
    Status: PartialEq<T> + From<T>,
{
}

/// Fails to compile unless `T` converts to and from `StatusCode`, as `status_enum!` enums do.
fn subset_of_status_code<T>()
where
    T: Into<StatusCode> + TryFrom<StatusCode, Error = StatusError>,
{
}

#[test]
fn every_generated_enum_has_the_traits() {
    has_generated_traits::<ApiStatus>();
    has_generated_traits::<ClientErrors>();
    has_generated_traits::<AcmeStatus>();
    has_generated_traits::<PartnerStatus>();
    subset_of_status_code::<ApiStatus>();
    subset_of_status_code::<ClientErrors>();
}

/// The codes `ApiStatus` lists, in code order.
fn api_codes() -> Vec<u16> {
    let mut codes = vec![200, 201, 404, 409, 429];
    codes.extend(
        StatusCode::ALL
            .iter()
            .filter(|status| status.is_server_error())
            .map(|status| status.code()),
    );
    codes
}

#[test]
fn members_by_name_number_and_class_are_sorted_by_code() {
    let codes: Vec<u16> = ApiStatus::ALL.iter().map(|status| status.code()).collect();
    assert_eq!(codes, api_codes());
    assert_eq!(ApiStatus::ALL.first(), Some(&ApiStatus::Ok));
    assert_eq!(
        ApiStatus::ALL.last(),
        Some(&ApiStatus::NetworkAuthenticationRequired)
    );
    for pair in ApiStatus::ALL.windows(2) {
        assert!(pair[0] < pair[1], "Ord follows the code: {pair:?}");
    }
    assert_eq!(ApiStatus::Created as u16, 201);
    assert_eq!(ApiStatus::Conflict as u16, 409);
    assert_eq!(size_of::<ApiStatus>(), 2);
    assert_eq!(size_of::<Option<ApiStatus>>(), 2);
}

#[test]
fn variants_are_named_as_in_status_code() {
    for status in ApiStatus::ALL {
        let expected = StatusCode::from(*status);
        assert_eq!(format!("{status:?}"), format!("{expected:?}"));
        assert_eq!(status.meaning().name, expected.meaning().name);
    }
}

#[test]
fn from_u16_agrees_with_status_code_on_every_u16() {
    let members: BTreeSet<u16> = api_codes().into_iter().collect();
    for code in 0..=u16::MAX {
        let expected = StatusCode::from_u16(code).filter(|status| members.contains(&status.code()));
        let actual = ApiStatus::from_u16(code);
        assert_eq!(actual.map(StatusCode::from), expected, "from_u16({code})");
        assert_eq!(actual.map(ApiStatus::code), expected.map(StatusCode::code));
        match ApiStatus::try_from(code) {
            Ok(status) => assert_eq!(Some(status), actual, "try_from({code})"),
            Err(error) => {
                assert_eq!(actual, None, "try_from({code})");
                let kind = if (100..=599).contains(&code) {
                    StatusErrorKind::Unregistered {
                        code,
                        type_name: "ApiStatus",
                    }
                } else {
                    StatusErrorKind::OutOfRange { code }
                };
                assert_eq!(error.kind(), kind, "try_from({code})");
            }
        }
    }
}

#[test]
fn every_method_reads_the_status_code_entry() {
    assert_eq!(ApiStatus::ORIGIN, Origin::IANA);
    for &status in ApiStatus::ALL {
        let iana = StatusCode::from(status);
        let context = format!("{status:?}");
        assert_eq!(status.code(), iana.code(), "{context}");
        assert_eq!(status.reason(), iana.reason(), "{context}");
        assert_eq!(status.description(), iana.description(), "{context}");
        assert_eq!(status.aliases(), iana.aliases(), "{context}");
        assert_eq!(status.class(), iana.class(), "{context}");
        assert_eq!(status.is_informational(), iana.is_informational());
        assert_eq!(status.is_success(), iana.is_success(), "{context}");
        assert_eq!(status.is_redirection(), iana.is_redirection());
        assert_eq!(status.is_client_error(), iana.is_client_error());
        assert_eq!(status.is_server_error(), iana.is_server_error());
        assert_eq!(
            status.is_cacheable_by_default(),
            iana.is_cacheable_by_default(),
            "{context}"
        );
        assert_eq!(status.is_body_forbidden(), iana.is_body_forbidden());
        assert_eq!(status.headers(), iana.headers(), "{context}");
        assert_eq!(status.state(), iana.state(), "{context}");
        assert_eq!(status.spec(), iana.spec(), "{context}");
        assert_eq!(status.spec_url(), iana.spec_url(), "{context}");
        assert_eq!(status.origin(), Origin::IANA, "{context}");
        assert_eq!(status.meaning(), iana.meaning(), "{context}");
        assert_eq!(status.status(), iana.status(), "{context}");
        assert_eq!(status.to_string(), iana.to_string(), "{context}");
    }
}

#[test]
fn methods_give_the_registry_facts() {
    let status = ApiStatus::TooManyRequests;
    assert_eq!(status.code(), 429);
    assert_eq!(status.reason(), "Too Many Requests");
    assert_eq!(status.class(), StatusClass::ClientError);
    assert!(status.is_client_error() && !status.is_server_error());
    assert!(status.headers().contains(&"Retry-After"));
    assert_eq!(status.state(), RegistryState::Current);
    assert_eq!(status.spec(), "RFC 6585, Section 4");
    assert_eq!(
        status.spec_url(),
        "https://www.rfc-editor.org/rfc/rfc6585#section-4"
    );
    assert!(ApiStatus::Ok.is_success() && ApiStatus::Ok.is_cacheable_by_default());
    assert!(!ApiStatus::Created.is_cacheable_by_default());
    assert!(ApiStatus::NotFound.is_cacheable_by_default());
    assert!(!ApiStatus::NotFound.is_body_forbidden());
    assert!(Informational::Continue.is_informational());
    assert!(Informational::Continue.is_body_forbidden());
}

#[test]
fn display_writes_code_and_reason() {
    assert_eq!(ApiStatus::NotFound.to_string(), "404 Not Found");
    assert_eq!(ApiStatus::Ok.to_string(), "200 OK");
    assert_eq!(
        ApiStatus::GatewayTimeout.to_string(),
        StatusCode::GatewayTimeout.to_string()
    );
}

#[test]
fn from_str_parses_three_digits_of_a_member() {
    assert_eq!("404".parse::<ApiStatus>(), Ok(ApiStatus::NotFound));
    assert_eq!(
        "503".parse::<ApiStatus>(),
        Ok(ApiStatus::ServiceUnavailable)
    );
    let kind = |text: &str| text.parse::<ApiStatus>().unwrap_err().kind();
    assert_eq!(
        kind("204"),
        StatusErrorKind::Unregistered {
            code: 204,
            type_name: "ApiStatus"
        }
    );
    assert_eq!(
        kind("471"),
        StatusErrorKind::Unregistered {
            code: 471,
            type_name: "ApiStatus"
        }
    );
    assert_eq!(kind("999"), StatusErrorKind::OutOfRange { code: 999 });
    for text in ["", "40", "4040", "Not Found", " 404", "+40", "4O4"] {
        assert_eq!(kind(text), StatusErrorKind::NotANumber, "{text:?}");
    }
}

#[test]
fn try_from_u16_error_names_the_enum() {
    assert_eq!(ApiStatus::try_from(409), Ok(ApiStatus::Conflict));
    let error = ApiStatus::try_from(410).unwrap_err();
    assert_eq!(
        error.kind(),
        StatusErrorKind::Unregistered {
            code: 410,
            type_name: "ApiStatus"
        }
    );
    assert_eq!(
        error.to_string(),
        "410 is not a code of `ApiStatus`; `Status::new` accepts any code from 100 to 599"
    );
    let error = ClientErrors::try_from(418).unwrap_err();
    assert_eq!(
        error.kind(),
        StatusErrorKind::Unregistered {
            code: 418,
            type_name: "ClientErrors"
        }
    );
}

#[test]
fn converts_into_status_code_status_and_u16() {
    for &status in ApiStatus::ALL {
        let iana = StatusCode::from(status);
        assert_eq!(iana.code(), status.code());
        assert_eq!(u16::from(status), status.code());
        let wire = Status::from(status);
        assert_eq!(wire, iana.status());
        assert_eq!(wire.known(), Some(iana));
        assert_eq!(wire.origin(), Some(Origin::IANA));
        assert_eq!(wire.to_string(), status.to_string());
    }
    assert_eq!(StatusCode::from(ApiStatus::Conflict), StatusCode::Conflict);
    let code: u16 = ApiStatus::Created.into();
    assert_eq!(code, 201);
}

#[test]
fn try_from_status_code_accepts_members_only() {
    for &iana in StatusCode::ALL {
        match ApiStatus::try_from(iana) {
            Ok(status) => assert_eq!(StatusCode::from(status), iana),
            Err(error) => {
                assert!(!api_codes().contains(&iana.code()), "{iana:?}");
                assert_eq!(
                    error.kind(),
                    StatusErrorKind::Unregistered {
                        code: iana.code(),
                        type_name: "ApiStatus"
                    }
                );
            }
        }
    }
    assert_eq!(
        ApiStatus::try_from(StatusCode::NotFound),
        Ok(ApiStatus::NotFound)
    );
    assert!(ApiStatus::try_from(StatusCode::Gone).is_err());
}

#[test]
fn compares_with_status_both_ways() {
    let not_found = Status::new(404).unwrap();
    assert!(ApiStatus::NotFound == not_found);
    assert!(not_found == ApiStatus::NotFound);
    assert!(ApiStatus::Conflict != not_found);
    assert!(not_found != ApiStatus::Conflict);
    assert_eq!(Status::from(ApiStatus::BadGateway), ApiStatus::BadGateway);
}

#[test]
fn class_member_leaves_out_unused_codes() {
    let expected: Vec<u16> = StatusCode::ALL
        .iter()
        .filter(|status| status.is_client_error() && status.state() != RegistryState::Unused)
        .map(|status| status.code())
        .collect();
    let codes: Vec<u16> = ClientErrors::ALL
        .iter()
        .map(|status| status.code())
        .collect();
    assert_eq!(codes, expected);
    assert!(!codes.contains(&418), "418 is unused in the IANA registry");
    assert_eq!(ClientErrors::from_u16(418), None);
    assert!(codes.contains(&400) && codes.contains(&451));
    let informational: Vec<u16> = Informational::ALL
        .iter()
        .map(|status| status.code())
        .collect();
    let expected: Vec<u16> = StatusCode::ALL
        .iter()
        .filter(|status| status.is_informational())
        .map(|status| status.code())
        .collect();
    assert_eq!(informational, expected);
}

#[test]
fn attributes_are_kept() {
    assert_eq!(attributes_kept::legacy_status::Gone.code(), 410);
}

#[test]
fn visibility_is_kept() {
    // `pub(crate)` inside a module: reachable from here only because the visibility is kept.
    let gone = visibility::CrateVisible::Gone;
    assert_eq!(gone.code(), 410);
    assert_eq!(
        visibility::CrateVisible::ALL,
        &[visibility::CrateVisible::PermanentRedirect, gone]
    );
}

// ---------------------------------------------------------------------------------------------
// include_codes!

#[test]
fn each_origin_of_the_file_becomes_an_enum_sorted_by_code() {
    let acme: Vec<(u16, &str)> = AcmeStatus::ALL
        .iter()
        .map(|status| (status.code(), status.reason()))
        .collect();
    assert_eq!(
        acme,
        [
            (150, "Still Queued"),
            (271, "Cached Report"),
            (299, "Partially Applied"),
            (460, "Quota Exhausted"),
            (461, "Legacy Token Rejected"),
        ]
    );
    assert_eq!(PartnerStatus::ALL, &[PartnerStatus::CardDeclined]);
    assert_eq!(AcmeStatus::QuotaExhausted as u16, 460);
    assert_eq!(size_of::<AcmeStatus>(), 2);
}

#[test]
fn origins_come_from_the_file() {
    let acme = AcmeStatus::ORIGIN;
    assert_eq!(acme.id(), "acme");
    assert_eq!(acme.name(), "Acme API");
    assert_eq!(acme.type_name(), "AcmeStatus");
    assert_eq!(acme.reference(), "https://example.com/acme/api/statuses");
    assert_eq!(
        acme.description(),
        "Codes the Acme API returns beyond the IANA registry."
    );
    assert_eq!(acme.to_string(), "Acme API");
    assert_eq!(format!("{acme:?}"), "Origin(\"acme\")");
    let partner = PartnerStatus::ORIGIN;
    assert_eq!(partner.id(), "partner");
    assert_eq!(partner.type_name(), "PartnerStatus");
    assert_ne!(acme, partner);
    assert!(
        !Origin::ALL.contains(&acme),
        "an application origin is not a registry origin"
    );
    for status in AcmeStatus::ALL {
        assert_eq!(status.origin(), acme);
        assert_eq!(status.meaning().origin, acme);
    }
}

#[test]
fn one_number_two_origins_stay_apart() {
    let quota = AcmeStatus::from_u16(460).unwrap();
    let card = PartnerStatus::from_u16(460).unwrap();
    assert_eq!(quota, AcmeStatus::QuotaExhausted);
    assert_eq!(card, PartnerStatus::CardDeclined);
    assert_eq!(quota.to_string(), "460 Quota Exhausted");
    assert_eq!(card.to_string(), "460 Card Declined");
    assert_ne!(quota.meaning(), card.meaning());
    assert_eq!(PartnerStatus::from_u16(299), None);
    assert_eq!(
        PartnerStatus::try_from(299).unwrap_err().kind(),
        StatusErrorKind::Unregistered {
            code: 299,
            type_name: "PartnerStatus"
        }
    );
}

#[test]
fn entries_keep_every_field_of_the_file() {
    let quota = AcmeStatus::QuotaExhausted;
    assert_eq!(quota.reason(), "Quota Exhausted");
    assert_eq!(
        quota.description(),
        "The account has used its monthly quota; it renews on the first of the month."
    );
    assert_eq!(quota.headers(), &["Retry-After", "X-Quota-Reset"]);
    assert!(quota.aliases().is_empty());
    assert_eq!(quota.state(), RegistryState::Current);
    assert_eq!(quota.spec(), "Acme API reference");
    assert_eq!(
        quota.spec_url(),
        "https://example.com/acme/api/statuses#460"
    );
    assert!(quota.is_client_error());
    assert!(!quota.is_cacheable_by_default() && !quota.is_body_forbidden());

    let partial = AcmeStatus::PartiallyApplied;
    assert_eq!(partial.aliases(), &["Partial Success", "Mixed Result"]);
    assert!(partial.is_success() && partial.headers().is_empty());

    let legacy = AcmeStatus::LegacyTokenRejected;
    assert_eq!(legacy.state(), RegistryState::Deprecated);
    assert_eq!(legacy.aliases(), &["Old Token"]);
    assert_eq!(legacy.spec(), "RFC 6750, Section 3.1");
    assert_eq!(
        legacy.spec_url(),
        "https://www.rfc-editor.org/rfc/rfc6750#section-3.1",
        "a `section` of an RFC builds the link"
    );
    assert_eq!(legacy.headers(), &["WWW-Authenticate"]);

    let queued = AcmeStatus::StillQueued;
    assert!(queued.is_informational() && queued.is_body_forbidden());
    assert_eq!(queued.class(), StatusClass::Informational);

    let cached = AcmeStatus::CachedReport;
    assert!(cached.is_cacheable_by_default() && cached.is_success());
    assert_eq!(cached.headers(), &["Age"]);

    assert_eq!(
        PartnerStatus::CardDeclined.state(),
        RegistryState::Temporary
    );
}

#[test]
fn meaning_matches_the_methods() {
    for &status in AcmeStatus::ALL {
        let meaning = status.meaning();
        assert_eq!(meaning.code, status.code());
        assert_eq!(meaning.reason, status.reason());
        assert_eq!(meaning.name, format!("{status:?}"));
        assert_eq!(meaning.class, status.class());
        assert_eq!(meaning.aliases, status.aliases());
        assert_eq!(meaning.headers, status.headers());
        assert_eq!(meaning.state, status.state());
        assert_eq!(meaning.spec_url, status.spec_url());
        assert_eq!(meaning.to_string(), status.to_string());
    }
}

#[test]
fn application_enums_convert_and_parse() {
    for code in 0..=u16::MAX {
        let expected = AcmeStatus::ALL.iter().find(|status| status.code() == code);
        assert_eq!(AcmeStatus::from_u16(code).as_ref(), expected, "{code}");
        assert_eq!(AcmeStatus::try_from(code).ok().as_ref(), expected, "{code}");
    }
    assert_eq!("461".parse(), Ok(AcmeStatus::LegacyTokenRejected));
    assert_eq!(
        "404".parse::<AcmeStatus>().unwrap_err().kind(),
        StatusErrorKind::Unregistered {
            code: 404,
            type_name: "AcmeStatus"
        }
    );
    assert_eq!(u16::from(AcmeStatus::CachedReport), 271);
    assert_eq!(Status::from(AcmeStatus::QuotaExhausted).code(), 460);
    assert!(AcmeStatus::QuotaExhausted == Status::from(AcmeStatus::QuotaExhausted));
    assert!(Status::from(AcmeStatus::QuotaExhausted) == AcmeStatus::QuotaExhausted);
    assert!(AcmeStatus::QuotaExhausted != Status::new(461).unwrap());
}

/// `__private::application_origin` is outside the project's registry, so a `Status` made from an
/// application enum keeps the code and is read against IANA: no origin, no reason, and the
/// effective meaning of its class: a `Status` keeps only the origins of status-core's own
/// registry. The application's meaning is kept by the enum and by `HttpStatus::status_meaning`
/// (see `derive_keeps_the_meaning_of_application_codes`).
#[test]
fn application_status_is_read_against_iana() {
    let status = AcmeStatus::QuotaExhausted.status();
    assert_eq!(status, Status::new(460).unwrap());
    assert_eq!(status.origin(), None);
    assert_eq!(status.reason(), None);
    assert_eq!(status.to_string(), "460");
    assert_eq!(status.effective(), StatusCode::BadRequest);
    assert_eq!(
        Status::from(AcmeStatus::QuotaExhausted),
        Status::from(PartnerStatus::CardDeclined),
        "one number, so one `Status`, whichever application origin made it"
    );
}

/// An error type whose statuses come from the application's enums.
#[derive(Debug, HttpStatus)]
enum BatchError {
    /// The account has no quota left.
    #[status(AcmeStatus::QuotaExhausted)]
    Quota,
    /// The partner refused the card.
    #[status(PartnerStatus::CardDeclined)]
    Card { reason: &'static str },
    /// The batch conflicts with another one.
    #[status(ApiStatus::Conflict)]
    Conflict,
    /// A plain IANA status, for comparison.
    #[status(NotFound)]
    Missing,
}

#[test]
fn derive_accepts_application_enum_paths() {
    assert_eq!(BatchError::Quota.status(), AcmeStatus::QuotaExhausted);
    assert_eq!(BatchError::Quota.status().code(), 460);
    let card = BatchError::Card { reason: "expired" };
    assert_eq!(card.status(), Status::from(PartnerStatus::CardDeclined));
    assert!(matches!(card, BatchError::Card { reason: "expired" }));
    assert_eq!(BatchError::Conflict.status(), StatusCode::Conflict);
    assert_eq!(BatchError::Conflict.status(), ApiStatus::Conflict);
    assert_eq!(BatchError::Missing.status(), StatusCode::NotFound);

    let mut contract = Vec::new();
    BatchError::visit_statuses(&mut |outcome: &Outcome| {
        contract.push((outcome.status.code(), outcome.variant, outcome.doc));
    });
    assert_eq!(
        contract,
        [
            (460, Some("Quota"), "The account has no quota left."),
            (460, Some("Card"), "The partner refused the card."),
            (
                409,
                Some("Conflict"),
                "The batch conflicts with another one."
            ),
            (404, Some("Missing"), "A plain IANA status, for comparison."),
        ]
    );
}

#[test]
fn derive_keeps_the_meaning_of_application_codes() {
    // The `Status` alone cannot tell Acme's 460 from Partner's; the meaning can.
    let quota = BatchError::Quota
        .status_meaning()
        .expect("a registered meaning");
    assert_eq!(quota.reason, AcmeStatus::QuotaExhausted.reason());
    assert_eq!(quota.origin, AcmeStatus::ORIGIN);
    let card = BatchError::Card { reason: "expired" }
        .status_meaning()
        .expect("a meaning");
    assert_eq!(card.reason, PartnerStatus::CardDeclined.reason());
    assert_eq!(card.origin, PartnerStatus::ORIGIN);
    assert_ne!(quota, card);
    assert_eq!(
        BatchError::Missing.status_meaning(),
        Some(StatusCode::NotFound.meaning())
    );

    let mut reasons = Vec::new();
    BatchError::visit_statuses(&mut |outcome: &Outcome| {
        reasons.push(outcome.meaning.map(|meaning| meaning.reason));
    });
    assert_eq!(
        reasons,
        [
            Some(AcmeStatus::QuotaExhausted.reason()),
            Some(PartnerStatus::CardDeclined.reason()),
            Some("Conflict"),
            Some("Not Found"),
        ]
    );
}

#[test]
fn generated_enums_answer_status_meaning_with_their_own_entry() {
    assert_eq!(
        HttpStatus::status_meaning(&AcmeStatus::QuotaExhausted),
        Some(AcmeStatus::QuotaExhausted.meaning())
    );
    assert_eq!(
        HttpStatus::status_meaning(&ApiStatus::Conflict),
        Some(StatusCode::Conflict.meaning())
    );
    // A bare `Status` of an application code has no entry in status-core's registry.
    assert_eq!(
        HttpStatus::status_meaning(&AcmeStatus::QuotaExhausted.status()),
        None
    );
}
