//! RFC 9457 problem details built from derived errors: the detail shown for client errors and
//! withheld for server errors (unless a variant says otherwise), the type URI, extension
//! members (and one that fails to serialize), an application code's title, and transparent
//! variants answering through their field.

#![deny(clippy::pedantic)]

use serde::ser::{Error as _, Serialize, Serializer};
use serde_json::{Value, json};
use status_core::HttpStatus;
use status_core::problem::{PROBLEM_JSON, Problem, Withheld};

status_core::include_codes!("data/acme-codes.toml");

/// One field error of a 422.
#[derive(Debug)]
struct FieldError {
    field: &'static str,
    message: &'static str,
}

impl Serialize for FieldError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("field", self.field)?;
        map.serialize_entry("message", self.message)?;
        map.end()
    }
}

/// A value whose serializer always fails.
#[derive(Debug)]
struct Unserializable;

impl Serialize for Unserializable {
    fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(S::Error::custom("this value cannot be written"))
    }
}

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
        errors: Vec<FieldError>,
    },
    #[error("the name `{0}` is taken by item 3")]
    #[status(409)]
    #[problem(withhold)]
    Taken(String),
    #[error("database password secret-token-123 rejected")]
    #[status(500)]
    Database,
    #[error("the upstream is down for maintenance until 14:00")]
    #[status(503)]
    #[problem(expose)]
    Maintenance,
    #[error("the quota is spent")]
    #[status(AcmeStatus::QuotaExhausted)]
    Quota {
        #[problem(extension = "broken")]
        value: Unserializable,
        #[problem(extension = "limit")]
        limit: u32,
    },
    #[error(transparent)]
    #[status(transparent)]
    Upstream(UpstreamError),
}

#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("upstream said: {0}")]
#[status(502)]
#[problem(type = "https://example.com/problems/upstream")]
struct UpstreamError(&'static str);

fn json_of(problem: &Problem) -> Value {
    serde_json::from_str(&problem.to_json()).expect("a problem is JSON")
}

#[test]
fn a_client_error_shows_its_message_as_the_detail() {
    let problem = Problem::from_error(&ItemError::NoSuchItem(7));
    assert_eq!(
        json_of(&problem),
        json!({
            "type": "https://example.com/problems/items",
            "title": "Not Found",
            "status": 404,
            "detail": "no item 7",
        })
    );
}

#[test]
fn a_server_error_withholds_its_message_and_reports_it() {
    let mut withheld = Vec::new();
    let problem =
        Problem::from_error_reporting(&ItemError::Database, &mut |report: &Withheld<'_>| {
            withheld.push((report.status.code(), report.chain()));
        });
    let body = problem.to_json();
    assert!(!body.contains("secret-token-123"), "{body}");
    assert_eq!(
        json_of(&problem),
        json!({
            "type": "https://example.com/problems/items",
            "title": "Internal Server Error",
            "status": 500,
        })
    );
    assert_eq!(
        withheld,
        [(
            500,
            "database password secret-token-123 rejected".to_owned()
        )]
    );
}

#[test]
fn a_variant_opts_in_and_out_of_the_detail() {
    let maintenance = Problem::from_error(&ItemError::Maintenance);
    assert_eq!(
        maintenance.detail.as_deref(),
        Some("the upstream is down for maintenance until 14:00")
    );
    let taken = Problem::from_error(&ItemError::Taken("first".to_owned()));
    assert_eq!(taken.detail, None);
    assert_eq!(taken.status, Some(409));
    assert!(!ItemError::Taken(String::new()).exposes_detail());
    assert!(ItemError::Maintenance.exposes_detail());
    assert!(!ItemError::Database.exposes_detail());
}

#[test]
fn extension_members_come_from_marked_fields() {
    let error = ItemError::Invalid {
        errors: vec![FieldError {
            field: "name",
            message: "must not be empty",
        }],
    };
    assert_eq!(
        json_of(&Problem::from_error(&error)),
        json!({
            "type": "https://example.com/problems/invalid",
            "title": "Unprocessable Content",
            "status": 422,
            "detail": "1 invalid fields",
            "errors": [{"field": "name", "message": "must not be empty"}],
        })
    );
}

#[test]
fn a_failing_extension_is_left_out_and_the_problem_keeps_its_status() {
    let error = ItemError::Quota {
        value: Unserializable,
        limit: 100,
    };
    let problem = Problem::from_error(&error);
    assert_eq!(
        json_of(&problem),
        json!({
            "type": "https://example.com/problems/items",
            "title": "Quota Exhausted",
            "status": 460,
            "detail": "the quota is spent",
            "limit": 100,
        })
    );
    let mut extensions = status_core::problem::Extensions::default();
    error.problem_extensions(&mut extensions);
    assert_eq!(extensions.failures().len(), 1);
    assert_eq!(extensions.failures()[0].0, "broken");
    assert!(extensions.failures()[0].1.contains("cannot be written"));
}

#[test]
fn an_application_code_keeps_its_reason_phrase_as_the_title() {
    let error = ItemError::Quota {
        value: Unserializable,
        limit: 1,
    };
    assert_eq!(error.status().to_string(), "460");
    assert_eq!(
        Problem::from_error(&error).title.as_deref(),
        Some("Quota Exhausted")
    );
}

#[test]
fn a_transparent_variant_answers_through_its_field() {
    let error = ItemError::Upstream(UpstreamError("timeout"));
    assert_eq!(
        json_of(&Problem::from_error(&error)),
        json!({
            "type": "https://example.com/problems/upstream",
            "title": "Bad Gateway",
            "status": 502,
        })
    );
}

#[test]
fn standard_member_names_are_refused_as_extensions() {
    let mut extensions = status_core::problem::Extensions::default();
    assert!(!extensions.insert("status", &1));
    assert!(extensions.insert("errors", &[1, 2]));
    assert_eq!(extensions.members().len(), 1);
    assert_eq!(PROBLEM_JSON, "application/problem+json");
    let problem = Problem::for_status(status_core::StatusCode::NotFound.status())
        .with_detail("gone fishing")
        .with_instance("/items/9");
    assert_eq!(
        json_of(&problem),
        json!({"title": "Not Found", "status": 404, "detail": "gone fishing", "instance": "/items/9"})
    );
}
