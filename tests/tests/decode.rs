//! Error responses read back into the derived type (`#[respond(decode)]`,
//! `status_core::decode`): every variant sent with `ErrorResponse::from_error` reads back
//! equal; a status shared by two variants is told apart by the problem type; an unknown or
//! vendor status, a body that is not problem details (not JSON, truncated, too large) and a
//! field that does not read all become an `Undecoded` that keeps the status, its class's
//! fallback and the problem, never a panic.

#![deny(clippy::pedantic)]

mod regressions;

use std::time::Duration;

use proptest::prelude::*;
use serde_json::{Value, json};
use status_core::decode::{Decode, FromHeaderValue, Undecoded, decode_with_limit};
use status_core::problem::{DEFAULT_BODY_LIMIT, ProblemError};
use status_core::respond::ErrorResponse;
use status_core::{HttpStatus, StatusClass, StatusCode};

/// The errors of a store, read back through a transparent variant.
#[derive(Debug, PartialEq, thiserror::Error, HttpStatus)]
#[respond(decode)]
enum StoreError {
    #[error("the store is read-only")]
    #[status(409)]
    ReadOnly,
    #[error("the store is full")]
    #[status(507)]
    #[problem(expose)]
    Full,
}

/// An API's errors, one variant for each way a field reaches the wire.
#[derive(Debug, PartialEq, thiserror::Error, HttpStatus)]
#[respond(decode)]
#[problem(type = "https://example.com/problems/items")]
enum ItemError {
    #[error("no item {id}")]
    #[status(404)]
    NoSuchItem {
        #[problem(extension)]
        id: u64,
    },
    #[error("{detail}")]
    #[status(422)]
    #[problem(type = "https://example.com/problems/invalid")]
    Invalid {
        #[problem(detail)]
        detail: String,
        #[problem(extension)]
        errors: Vec<Value>,
    },
    #[error("the name is longer than {max} characters")]
    #[status(422)]
    #[problem(type = "https://example.com/problems/too-long")]
    TooLong {
        #[problem(extension)]
        max: u32,
    },
    #[error("slow down")]
    #[status(429)]
    Throttled {
        #[header(retry_after)]
        retry_after_secs: u64,
    },
    #[error("down for maintenance")]
    #[status(503)]
    Maintenance(#[header(retry_after)] Option<Duration>),
    #[error("items are immutable")]
    #[status(405)]
    Immutable {
        #[header(allow)]
        allow: Vec<String>,
    },
    #[error(transparent)]
    #[status(transparent)]
    Store(#[from] StoreError),
    #[error("the database refused the password {0}")]
    #[status(500)]
    #[problem(skip_decode)]
    Database(String),
}

/// A struct reads back too, its `detail` optional.
#[derive(Debug, PartialEq, thiserror::Error, HttpStatus)]
#[respond(decode)]
#[error("gone")]
#[status(410)]
struct Gone {
    #[problem(detail)]
    detail: Option<String>,
}

/// The value as a server sends it, read back by a client.
fn round_trip<E: HttpStatus + std::error::Error + Decode>(error: &E) -> Result<E, Undecoded> {
    let (status, headers, body) = ErrorResponse::from_error(error).into_parts();
    E::from_response(status.code(), headers, body.as_bytes())
}

fn every_variant() -> Vec<ItemError> {
    vec![
        ItemError::NoSuchItem { id: 7 },
        ItemError::Invalid {
            detail: "the new item has 1 invalid field".to_owned(),
            errors: vec![json!({"field": "name", "message": "must not be empty"})],
        },
        ItemError::TooLong { max: 64 },
        ItemError::Throttled {
            retry_after_secs: 30,
        },
        ItemError::Maintenance(Some(Duration::from_secs(120))),
        ItemError::Maintenance(None),
        ItemError::Immutable {
            allow: vec!["GET".to_owned(), "HEAD".to_owned()],
        },
        ItemError::Store(StoreError::ReadOnly),
        ItemError::Store(StoreError::Full),
    ]
}

#[test]
fn every_variant_sent_reads_back_equal() {
    for error in every_variant() {
        let read = round_trip(&error).unwrap_or_else(|undecoded| panic!("{error:?}: {undecoded}"));
        assert_eq!(read, error);
    }
    assert_eq!(
        round_trip(&Gone {
            detail: Some("gone".to_owned())
        })
        .expect("a 410"),
        Gone {
            detail: Some("gone".to_owned())
        }
    );
}

#[test]
fn a_shared_status_is_told_apart_by_the_problem_type() {
    let too_long = br#"{"type":"https://example.com/problems/too-long","status":422,"max":8}"#;
    assert_eq!(
        ItemError::from_response(422, None::<(&str, &str)>, too_long).expect("a 422"),
        ItemError::TooLong { max: 8 }
    );
    let invalid = br#"{"type":"https://example.com/problems/invalid","status":422,"detail":"bad","errors":[]}"#;
    assert_eq!(
        ItemError::from_response(422, None::<(&str, &str)>, invalid).expect("a 422"),
        ItemError::Invalid {
            detail: "bad".to_owned(),
            errors: vec![]
        }
    );
    // A 422 of a type no variant names keeps its problem.
    let other = br#"{"type":"https://example.com/problems/other","status":422}"#;
    let undecoded =
        ItemError::from_response(422, None::<(&str, &str)>, other).expect_err("no variant");
    assert_eq!(
        undecoded.problem.expect("a problem").type_uri.as_deref(),
        Some("https://example.com/problems/other")
    );
}

#[test]
fn header_names_are_read_in_any_case_and_repeated_lines_combine() {
    let body = br#"{"type":"https://example.com/problems/items","status":405}"#;
    let read = ItemError::from_response(405, [("allow", "GET"), ("ALLOW", "HEAD")], body);
    assert_eq!(
        read.expect("a 405"),
        ItemError::Immutable {
            allow: vec!["GET".to_owned(), "HEAD".to_owned()]
        }
    );
}

#[test]
fn unknown_and_vendor_statuses_keep_the_status_its_fallback_and_the_problem() {
    for (code, fallback) in [
        (499, StatusCode::BadRequest),
        (471, StatusCode::BadRequest),
        (520, StatusCode::InternalServerError),
    ] {
        let body = format!(r#"{{"title":"Vendor","status":{code},"account":"a-17"}}"#);
        let undecoded = ItemError::from_response(code, None::<(&str, &str)>, body.as_bytes())
            .expect_err("vendor");
        assert_eq!(undecoded.code, code);
        assert_eq!(undecoded.status.code(), code);
        assert_eq!(undecoded.fallback(), fallback);
        let problem = undecoded.problem.expect("a problem");
        assert_eq!(problem.extensions["account"], "a-17");
    }
    // A code that is not HTTP's is handled as a 5xx (RFC 9110 §15).
    let undecoded =
        ItemError::from_response(999, None::<(&str, &str)>, b"{}").expect_err("not HTTP");
    assert_eq!(
        (undecoded.code, undecoded.class()),
        (999, StatusClass::ServerError)
    );
}

#[test]
fn a_skipped_variant_and_a_field_that_does_not_read_stay_undecoded() {
    let database = ItemError::Database("secret-123".to_owned());
    let undecoded = round_trip(&database).expect_err("skip_decode");
    assert_eq!(undecoded.fallback(), StatusCode::InternalServerError);
    assert!(!undecoded.to_string().contains("secret-123"));

    let body = br#"{"type":"https://example.com/problems/items","status":429}"#;
    for value in ["soon", "-1", "", "1.5"] {
        let undecoded =
            ItemError::from_response(429, [("Retry-After", value)], body).expect_err(value);
        assert_eq!(undecoded.code, 429);
    }
    let undecoded = ItemError::from_response(429, None::<(&str, &str)>, body).expect_err("absent");
    assert_eq!(undecoded.to_string(), "429 Too Many Requests");
    // An extension member of the wrong type.
    let body = br#"{"type":"https://example.com/problems/items","status":404,"id":"seven"}"#;
    assert!(ItemError::from_response(404, None::<(&str, &str)>, body).is_err());
}

#[test]
fn a_body_that_is_not_problem_details_is_an_error_value() {
    let sent = ErrorResponse::from_error(&ItemError::NoSuchItem { id: 7 });
    let body = sent.body().as_bytes();
    let truncated = &body[..body.len() / 2];
    let huge = vec![b' '; DEFAULT_BODY_LIMIT + 1];
    let deep = "[".repeat(10_000);
    for bad in [
        &b"<html>Not Found</html>"[..],
        b"",
        truncated,
        b"[1, 2]",
        b"\xff\xfe",
        deep.as_bytes(),
        &huge,
    ] {
        let undecoded =
            ItemError::from_response(404, None::<(&str, &str)>, bad).expect_err("not a problem");
        assert_eq!(undecoded.status, StatusCode::NotFound);
        assert!(undecoded.problem.is_err());
        assert!(std::error::Error::source(&undecoded).is_some());
    }
    let error = decode_with_limit::<ItemError, _, &str, &str>(404, [], body, 8).expect_err("limit");
    assert!(matches!(
        error.problem,
        Err(ProblemError::TooLarge { limit: 8, .. })
    ));
}

#[test]
fn header_values_read_back_as_they_are_written() {
    assert_eq!(u64::from_header_value(b"\t30 "), Some(30));
    assert_eq!(u64::from_header_value(b"+30"), None);
    assert_eq!(u8::from_header_value(b"256"), None);
    assert_eq!(
        String::from_header_value(b" text "),
        Some("text".to_owned())
    );
    assert_eq!(Vec::<u16>::from_header_value(b"1, ,2"), Some(vec![1, 2]));
    assert_eq!(Vec::<u16>::from_header_value(b"1, x"), None);
    assert_eq!(<Option<u16>>::from_header_value(b"x"), None);
}

/// Few cases, as `cargo test --workspace` runs these in CI; a failing case is kept in
/// `tests/proptest-regressions/`, inside the package.
fn config() -> ProptestConfig {
    regressions::config!("decode", 256)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_response_is_read_or_kept_never_a_panic(
        code in any::<u16>(),
        headers in proptest::collection::vec((any::<String>(), proptest::collection::vec(any::<u8>(), 0..16)), 0..4),
        body in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let result = ItemError::from_response(code, headers.iter().map(|(name, value)| (name, value)), &body);
        if let Err(undecoded) = result {
            prop_assert_eq!(undecoded.code, code);
            let _ = undecoded.to_string();
        }
    }

    #[test]
    fn fields_of_any_value_read_back(id in any::<u64>(), secs in any::<u64>(), detail in ".*") {
        for error in [
            ItemError::NoSuchItem { id },
            ItemError::Throttled { retry_after_secs: secs },
            ItemError::Invalid { detail: detail.clone(), errors: vec![json!(detail)] },
        ] {
            let read = round_trip(&error);
            prop_assert!(read.as_ref().is_ok_and(|read| *read == error), "{:?}: {:?}", error, read);
        }
    }
}
