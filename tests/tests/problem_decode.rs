//! RFC 9457 problem details read back (`Problem::from_json`, `Deserialize`): what
//! `Problem::to_json` writes reads back equal, unknown members are kept as extensions, a
//! standard member of the wrong type is ignored (RFC 9457 §3.1), and a body that is not a
//! problem (not an object, not JSON, truncated, too deep or too large) is an error value,
//! never a panic.

#![deny(clippy::pedantic)]

mod regressions;

use proptest::prelude::*;
use serde_json::{Value, json};
use status_core::problem::{DEFAULT_BODY_LIMIT, Problem, ProblemError};
use status_core::{HttpStatus, Status, StatusCode};

#[derive(Debug, thiserror::Error, HttpStatus)]
#[problem(type = "https://example.com/problems/items")]
enum ItemError {
    #[error("no item {0}")]
    #[status(404)]
    NoSuchItem(u64),
    #[error("{} invalid fields", errors.len())]
    #[status(422)]
    #[problem(type = "https://example.com/problems/invalid")]
    Invalid {
        #[problem(extension)]
        errors: Vec<Value>,
        #[problem(extension)]
        retry: Option<u32>,
    },
    #[error("database password secret-token-123 rejected")]
    #[status(500)]
    Database,
}

/// Problems as status-core builds them, and one with every member set by hand.
fn problems() -> Vec<Problem> {
    let mut by_hand = Problem::for_status(Status::new(471).expect("a status"))
        .with_detail("ünïcode \"quoted\" \\ and \u{1F600}")
        .with_instance("urn:uuid:00000000-0000-4000-8000-000000000000");
    by_hand.type_uri = Some("about:blank".to_owned());
    by_hand.title = Some(String::new());
    by_hand.extensions.insert(
        "nested".to_owned(),
        json!({"a": [1, 2.5, null, true, {"b": "c"}]}),
    );
    by_hand.extensions.insert("big".to_owned(), json!(u64::MAX));
    by_hand.extensions.insert("negative".to_owned(), json!(-1));
    vec![
        Problem::from_error(&ItemError::NoSuchItem(7)),
        Problem::from_error(&ItemError::Invalid {
            errors: vec![json!({"field": "name", "message": "must not be empty"})],
            retry: None,
        }),
        Problem::from_error(&ItemError::Database)
            .with_request_id("9b2f6c1e-3a4d-4e8f-b1c2-7d6e5f4a3b2c"),
        Problem::for_status(Status::from(StatusCode::ServiceUnavailable)),
        Problem::default(),
        by_hand,
    ]
}

#[test]
fn what_to_json_writes_reads_back_equal() {
    for problem in problems() {
        let json = problem.to_json();
        let read =
            Problem::from_json(json.as_bytes()).unwrap_or_else(|error| panic!("{json}: {error}"));
        assert_eq!(read, problem, "{json}");
        assert_eq!(read.to_json(), json);
        // Through serde as well.
        assert_eq!(
            serde_json::from_str::<Problem>(&json).expect("a problem"),
            problem
        );
        assert_eq!(
            serde_json::from_value::<Problem>(serde_json::to_value(&problem).expect("JSON"))
                .expect("a problem"),
            problem
        );
    }
}

#[test]
fn unknown_members_are_kept_as_extensions() {
    let problem = Problem::from_json(
        br#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.",
            "detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc",
            "balance":30,"accounts":["/account/12345","/account/67890"],"status":403}"#,
    )
    .expect("the example of RFC 9457 §3");
    assert_eq!(problem.status, Some(403));
    assert_eq!(problem.instance.as_deref(), Some("/account/12345/msgs/abc"));
    assert_eq!(problem.extensions.len(), 2);
    assert_eq!(problem.extensions["balance"], json!(30));
    assert_eq!(
        problem.extensions["accounts"],
        json!(["/account/12345", "/account/67890"])
    );
}

#[test]
fn a_member_of_the_wrong_type_is_ignored_as_rfc_9457_says() {
    let problem = Problem::from_json(
        br#"{"type":42,"title":["Not Found"],"status":"404","detail":{"text":"x"},
            "instance":null,"extra":true}"#,
    )
    .expect("still a problem");
    let expected = Problem::from_json(br#"{"extra":true}"#).expect("a problem");
    assert_eq!(problem, expected);
    for (status, read) in [
        ("404", Some(404)),
        ("404.0", Some(404)),
        ("404.5", None),
        ("-1", None),
        ("65536", None),
        ("1e3", Some(1000)),
        ("true", None),
    ] {
        let body = format!(r#"{{"status":{status}}}"#);
        assert_eq!(
            Problem::from_json(body.as_bytes())
                .expect("a problem")
                .status,
            read,
            "{body}"
        );
    }
}

#[test]
fn a_member_given_twice_keeps_its_last_value() {
    let problem =
        Problem::from_json(br#"{"status":400,"status":404,"x":1,"x":2}"#).expect("a problem");
    assert_eq!(
        (problem.status, &problem.extensions["x"]),
        (Some(404), &json!(2))
    );
}

#[test]
fn a_body_that_is_not_a_problem_is_an_error() {
    for body in [&b"[]"[..], b"404", b"\"not found\"", b"null", b"true"] {
        let error = Problem::from_json(body).expect_err("not an object");
        assert!(matches!(error, ProblemError::NotAnObject(_)), "{error}");
        assert!(std::error::Error::source(&error).is_some());
    }
    for body in [
        &b""[..],
        b"<html>",
        b"{\"status\":404}{}",
        b"{'status':404}",
        b"\xff\xfe",
        b"{\"a\":\"\xff\"}",
    ] {
        let error = Problem::from_json(body).expect_err("not JSON");
        assert!(matches!(error, ProblemError::NotJson(_)), "{error}");
    }
    let deep = "[".repeat(10_000);
    let error = Problem::from_json(format!(r#"{{"x":{deep}"#).as_bytes()).expect_err("too deep");
    assert!(error.to_string().contains("recursion limit"), "{error}");
}

#[test]
fn every_truncation_of_a_problem_is_an_error() {
    for problem in problems() {
        let json = problem.to_json();
        for end in 0..json.len() {
            let error = Problem::from_json(&json.as_bytes()[..end]).expect_err("truncated");
            assert!(matches!(error, ProblemError::NotJson(_)), "{end}: {error}");
        }
    }
}

#[test]
fn a_body_over_the_limit_is_refused_unread() {
    let body = format!(r#"{{"detail":"{}"}}"#, "x".repeat(DEFAULT_BODY_LIMIT));
    let error = Problem::from_json(body.as_bytes()).expect_err("too large");
    assert!(
        matches!(error, ProblemError::TooLarge { length, limit: DEFAULT_BODY_LIMIT } if length == body.len())
    );
    assert_eq!(
        error.to_string(),
        format!(
            "the body is {} bytes, more than the {DEFAULT_BODY_LIMIT} a problem may take",
            body.len()
        )
    );
    assert!(Problem::from_json_with_limit(body.as_bytes(), body.len()).is_ok());
    // Not even read: garbage over the limit is `TooLarge`, not `NotJson`.
    assert!(matches!(
        Problem::from_json_with_limit(b"garbage", 3),
        Err(ProblemError::TooLarge { .. })
    ));
}

/// The `status` a value gives: a whole number from 0 to 65535, `404.0` included.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a whole number from 0 to 65535"
)]
fn whole_status(member: &Value) -> Option<u16> {
    if let Some(code) = member.as_u64() {
        return u16::try_from(code).ok();
    }
    member
        .as_f64()
        .filter(|n| n.fract() == 0.0 && (0.0..=65535.0).contains(n))
        .map(|n| n as u16)
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u16>().prop_map(Value::from),
        // Quarters: serde_json reads them back exactly (without `float_roundtrip`, not all).
        (-1_000_000..1_000_000_i32).prop_map(|n| Value::from(f64::from(n) / 4.0)),
        "[a-z \\u{80}-\\u{10FFFF}\"\\\\]{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map(
                "(type|title|status|detail|instance|[a-z]{1,6})",
                inner,
                0..6
            )
            .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Few cases, as `cargo test --workspace` runs these in CI; a failing case is kept in
/// `tests/proptest-regressions/`, inside the package.
fn config() -> ProptestConfig {
    regressions::config!("problem_decode", 256)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn no_bytes_make_the_reader_panic(body in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = Problem::from_json(&body);
        let _ = Problem::from_json_with_limit(&body, 8);
    }

    #[test]
    fn any_json_object_reads_and_keeps_every_member_of_its_type(value in json_value()) {
        let body = value.to_string();
        let read = Problem::from_json(body.as_bytes());
        let Value::Object(members) = &value else {
            prop_assert!(matches!(read, Err(ProblemError::NotAnObject(_))));
            return Ok(());
        };
        let problem = read.expect("an object is a problem");
        for (name, member) in members {
            match name.as_str() {
                "type" => prop_assert_eq!(problem.type_uri.as_deref(), member.as_str()),
                "title" => prop_assert_eq!(problem.title.as_deref(), member.as_str()),
                "detail" => prop_assert_eq!(problem.detail.as_deref(), member.as_str()),
                "instance" => prop_assert_eq!(problem.instance.as_deref(), member.as_str()),
                "status" => prop_assert_eq!(problem.status, whole_status(member)),
                _ => prop_assert_eq!(problem.extensions.get(name), Some(member)),
            }
        }
        // What it writes reads back to it.
        prop_assert_eq!(Problem::from_json(problem.to_json().as_bytes()).expect("reads back"), problem);
    }
}
