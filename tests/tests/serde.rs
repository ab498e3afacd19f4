//! The `serde` feature, driven through `serde_json`: every status type is written as its
//! number and read back, checked, and a `StatusClass` as `"4xx"`.
//!
//! Round trips for every `StatusCode`, every status of every vendor enum, `Status` for every
//! code from 100 to 599, a `status_enum!` enum, the `include_codes!` enums and every class;
//! then the rejections, each with its message: numbers outside 100..=599, a number beyond
//! `u16`, a negative number, a string where a number belongs, a code the enum does not list,
//! and a class pattern that is not a class.

#![deny(clippy::pedantic)]

use std::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;
use status_core::vendor::{Apache, Cloudflare, Esri, Google, Microsoft, Nginx};
use status_core::{Status, StatusClass, StatusCode, include_codes, status_enum};

status_enum! {
    /// The statuses of a public API.
    pub enum ApiStatus { Ok, 201, NotFound, 409, 5xx }
}

include_codes!("data/app-codes.toml");

/// Writes `value` to JSON, checks the text, and reads it back to the same value.
fn round_trip<T>(value: &T, json: &str)
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    assert_eq!(serde_json::to_string(value).expect("serializes"), json);
    assert_eq!(
        &serde_json::from_str::<T>(json).expect("deserializes"),
        value
    );
}

/// Round-trips every status of a generated enum as its number.
fn round_trip_all<T>(all: &[T])
where
    T: Copy + Into<u16> + Serialize + DeserializeOwned + PartialEq + Debug,
{
    for &status in all {
        let code: u16 = status.into();
        round_trip(&status, &code.to_string());
    }
}

/// The message of the error of reading `json` as a `T`.
fn rejection<T: DeserializeOwned + Debug>(json: &str) -> String {
    serde_json::from_str::<T>(json)
        .expect_err("the value is rejected")
        .to_string()
}

#[test]
fn every_status_code_round_trips_as_its_number() {
    round_trip_all(StatusCode::ALL);
    round_trip(&StatusCode::NotFound, "404");
}

#[test]
fn every_vendor_status_round_trips_as_its_number() {
    round_trip_all(Apache::ALL);
    round_trip_all(Cloudflare::ALL);
    round_trip_all(Esri::ALL);
    round_trip_all(Google::ALL);
    round_trip_all(Microsoft::ALL);
    round_trip_all(Nginx::ALL);
}

#[test]
fn every_status_round_trips_as_its_number() {
    for code in 100..=599 {
        round_trip(&Status::new(code).expect("a status"), &code.to_string());
    }
}

#[test]
fn a_vendor_status_is_written_without_its_origin() {
    let nginx = Status::from(Nginx::ClientClosedRequest);
    assert_eq!(serde_json::to_string(&nginx).expect("serializes"), "499");
    let read: Status = serde_json::from_str("499").expect("deserializes");
    assert_eq!(read, Status::new(499).expect("a status"));
    assert_eq!(read.origin(), None);
}

#[test]
fn generated_enums_round_trip_as_their_numbers() {
    round_trip_all(ApiStatus::ALL);
    round_trip_all(AcmeStatus::ALL);
    round_trip_all(PartnerStatus::ALL);
    round_trip(&AcmeStatus::QuotaExhausted, "460");
}

#[test]
fn every_class_round_trips_as_its_pattern() {
    for (class, json) in StatusClass::ALL
        .into_iter()
        .zip([r#""1xx""#, r#""2xx""#, r#""3xx""#, r#""4xx""#, r#""5xx""#])
    {
        round_trip(&class, json);
    }
    assert_eq!(
        serde_json::from_str::<StatusClass>(r#""4XX""#).expect("deserializes"),
        StatusClass::ClientError
    );
}

#[test]
fn values_in_a_struct_are_numbers() {
    let statuses: Vec<Status> = serde_json::from_str("[200, 471, 599]").expect("deserializes");
    assert_eq!(
        statuses.iter().map(|s| s.code()).collect::<Vec<_>>(),
        [200, 471, 599]
    );
    assert_eq!(
        serde_json::to_string(&(
            StatusCode::Gone,
            Nginx::ClientClosedRequest,
            StatusClass::Redirection
        ))
        .expect("serializes"),
        r#"[410,499,"3xx"]"#
    );
}

#[test]
fn numbers_outside_100_to_599_are_rejected() {
    assert_eq!(
        rejection::<Status>("0"),
        "0 is not a status code: a status code is a number from 100 to 599 (RFC 9110 §15) at line 1 column 1"
    );
    assert_eq!(
        rejection::<Status>("99"),
        "99 is not a status code: a status code is a number from 100 to 599 (RFC 9110 §15) at line 1 column 2"
    );
    assert_eq!(
        rejection::<Status>("600"),
        "600 is not a status code: a status code is a number from 100 to 599 (RFC 9110 §15) at line 1 column 3"
    );
    assert_eq!(
        rejection::<StatusCode>("600"),
        "600 is not a status code: a status code is a number from 100 to 599 (RFC 9110 §15) at line 1 column 3"
    );
}

#[test]
fn numbers_beyond_u16_and_negative_numbers_are_rejected() {
    assert_eq!(
        rejection::<Status>("70000"),
        "invalid value: integer `70000`, expected a status code, an integer from 100 to 599 at line 1 column 5"
    );
    assert_eq!(
        rejection::<Status>("-1"),
        "invalid value: integer `-1`, expected a status code, an integer from 100 to 599 at line 1 column 2"
    );
    assert_eq!(
        rejection::<ApiStatus>("-404"),
        "invalid value: integer `-404`, expected a status code of `ApiStatus` at line 1 column 4"
    );
}

#[test]
fn a_string_is_not_a_status() {
    assert_eq!(
        rejection::<Status>(r#""404""#),
        r#"invalid type: string "404", expected a status code, an integer from 100 to 599 at line 1 column 5"#
    );
    assert_eq!(
        rejection::<Nginx>(r#""499""#),
        r#"invalid type: string "499", expected a status code of `vendor::Nginx` at line 1 column 5"#
    );
    assert!(rejection::<Status>("404.0").starts_with("invalid type: floating point `404.0`"));
}

#[test]
fn a_code_the_enum_does_not_list_is_rejected() {
    assert_eq!(
        rejection::<ApiStatus>("410"),
        "410 is not a code of `ApiStatus`; `Status::new` accepts any code from 100 to 599 at line 1 column 3"
    );
    assert_eq!(
        rejection::<StatusCode>("471"),
        "471 is not a code of `StatusCode`; `Status::new` accepts any code from 100 to 599 at line 1 column 3"
    );
    assert_eq!(
        rejection::<Nginx>("404"),
        "404 is not a code of `vendor::Nginx`; `Status::new` accepts any code from 100 to 599 at line 1 column 3"
    );
    assert_eq!(
        rejection::<AcmeStatus>("404"),
        "404 is not a code of `AcmeStatus`; `Status::new` accepts any code from 100 to 599 at line 1 column 3"
    );
}

#[test]
fn a_pattern_that_is_not_a_class_is_rejected() {
    assert_eq!(
        rejection::<StatusClass>(r#""6xx""#),
        r#"invalid value: string "6xx", expected a status class, its first digit and `xx`, from `1xx` to `5xx` at line 1 column 5"#
    );
    assert_eq!(
        rejection::<StatusClass>("4"),
        "invalid type: integer `4`, expected a status class, its first digit and `xx`, from `1xx` to `5xx` at line 1 column 1"
    );
}
