//! The `http` feature: conversions and comparisons between the status types and
//! `http::StatusCode`, which accepts every number from 100 to 999.
//!
//! Over every number from 0 to 1,000: `Status` round-trips through `http` for 100..=599,
//! `StatusCode` for the codes IANA registers, and 600..=999 (and, for `StatusCode`, a code IANA
//! does not register) is an error value, not a panic. Every vendor enum, a `status_enum!` enum
//! and the `include_codes!` enums convert into `http` keeping their number, and compare with
//! it both ways.

#![deny(clippy::pedantic)]

use status_core::vendor::{Apache, Cloudflare, Esri, Google, Microsoft, Nginx};
use status_core::{Status, StatusCode, StatusErrorKind, include_codes, status_enum};

status_enum! {
    /// The statuses of a public API.
    pub enum ApiStatus { Ok, 201, NotFound, 409, 5xx }
}

include_codes!("data/app-codes.toml");

/// Fails to compile unless `T` converts into `http::StatusCode` and compares with it both ways.
fn converts_into_http<T>()
where
    T: Into<http::StatusCode> + PartialEq<http::StatusCode>,
    http::StatusCode: PartialEq<T>,
{
}

/// Checks that every value of `all` becomes the `http` status with its number, and compares
/// equal to it both ways and unequal to the next number.
fn check_into_http<T>(all: &[T])
where
    T: Copy + Into<u16> + Into<http::StatusCode> + PartialEq<http::StatusCode> + std::fmt::Debug,
    http::StatusCode: PartialEq<T>,
{
    converts_into_http::<T>();
    for &status in all {
        let code: u16 = status.into();
        let converted: http::StatusCode = status.into();
        assert_eq!(converted.as_u16(), code, "{status:?}");
        assert_eq!(status, converted);
        assert_eq!(converted, status);
        let other = http::StatusCode::from_u16(code + 1).expect("an http status");
        assert_ne!(status, other);
        assert_ne!(other, status);
    }
}

#[test]
fn http_accepts_exactly_100_to_999() {
    for number in 0..=1000_u16 {
        assert_eq!(
            http::StatusCode::from_u16(number).is_ok(),
            (100..=999).contains(&number),
            "{number}"
        );
    }
}

#[test]
fn status_round_trips_through_http_for_every_status_code() {
    for number in 100..=599_u16 {
        let http_status = http::StatusCode::from_u16(number).expect("an http status");
        let status = Status::try_from(http_status).expect("a status");
        assert_eq!(status, Status::new(number).expect("a status"));
        assert_eq!(http::StatusCode::from(status), http_status);
        assert_eq!(status, http_status);
        assert_eq!(http_status, status);
    }
}

#[test]
fn status_code_round_trips_through_http_for_every_registered_code() {
    let mut registered = 0;
    for number in 100..=599_u16 {
        let http_status = http::StatusCode::from_u16(number).expect("an http status");
        match StatusCode::from_u16(number) {
            Some(code) => {
                registered += 1;
                assert_eq!(StatusCode::try_from(http_status), Ok(code));
                assert_eq!(http::StatusCode::from(code), http_status);
                assert_eq!(code, http_status);
                assert_eq!(http_status, code);
            }
            None => assert_eq!(
                StatusCode::try_from(http_status).map_err(|error| error.kind()),
                Err(StatusErrorKind::Unregistered {
                    code: number,
                    type_name: "StatusCode"
                }),
            ),
        }
    }
    assert_eq!(registered, StatusCode::ALL.len());
}

#[test]
fn numbers_from_600_to_999_are_errors_not_panics() {
    for number in 600..=999_u16 {
        let http_status = http::StatusCode::from_u16(number).expect("an http status");
        let out_of_range = StatusErrorKind::OutOfRange { code: number };
        assert_eq!(
            Status::try_from(http_status).map_err(|error| error.kind()),
            Err(out_of_range)
        );
        assert_eq!(
            StatusCode::try_from(http_status).map_err(|error| error.kind()),
            Err(out_of_range)
        );
        assert!(
            Status::new(number).is_err(),
            "no Status to compare with {number}"
        );
    }
}

#[test]
fn each_error_says_what_was_wrong() {
    let large = http::StatusCode::from_u16(600).expect("an http status");
    assert_eq!(
        Status::try_from(large).unwrap_err().to_string(),
        "600 is not a status code: a status code is a number from 100 to 599 (RFC 9110 §15)"
    );
    assert_eq!(
        StatusCode::try_from(large).unwrap_err().to_string(),
        "600 is not a status code: a status code is a number from 100 to 599 (RFC 9110 §15)"
    );
    let unregistered = http::StatusCode::from_u16(471).expect("an http status");
    assert_eq!(
        StatusCode::try_from(unregistered).unwrap_err().to_string(),
        "471 is not a code of `StatusCode`; `Status::new` accepts any code from 100 to 599"
    );
}

#[test]
fn every_status_code_converts_into_http() {
    check_into_http(StatusCode::ALL);
    assert_eq!(
        http::StatusCode::from(StatusCode::ContentTooLarge),
        http::StatusCode::PAYLOAD_TOO_LARGE
    );
}

#[test]
fn every_vendor_status_converts_into_http_keeping_its_number() {
    check_into_http(Apache::ALL);
    check_into_http(Cloudflare::ALL);
    check_into_http(Esri::ALL);
    check_into_http(Google::ALL);
    check_into_http(Microsoft::ALL);
    check_into_http(Nginx::ALL);

    // `http` has no origin: a vendor `Status` becomes its bare number, and compares equal to
    // it, though it is not equal to the IANA-read `Status` with that number.
    let nginx = Status::from(Nginx::ClientClosedRequest);
    let converted = http::StatusCode::from(nginx);
    assert_eq!(converted.as_u16(), 499);
    assert_eq!(nginx, converted);
    assert_eq!(converted, nginx);
    assert_ne!(nginx, Status::new(499).expect("a status"));
    assert_eq!(
        Status::try_from(converted).expect("a status").origin(),
        None
    );
    assert!(Nginx::ClientClosedRequest == converted && Esri::TokenRequired == converted);
}

#[test]
fn status_enum_converts_into_http() {
    check_into_http(ApiStatus::ALL);
    assert_eq!(
        http::StatusCode::from(ApiStatus::Conflict),
        http::StatusCode::CONFLICT
    );
    assert!(ApiStatus::NotFound != http::StatusCode::GONE);
}

#[test]
fn include_codes_enums_convert_into_http() {
    check_into_http(AcmeStatus::ALL);
    check_into_http(PartnerStatus::ALL);
    let quota = http::StatusCode::from(AcmeStatus::QuotaExhausted);
    assert_eq!(quota.as_u16(), 460);
    // Two origins give 460 different meanings; `http` sees one number.
    assert!(PartnerStatus::CardDeclined == quota);
}
