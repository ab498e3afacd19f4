//! `status_core::respond::ErrorResponse`, the one builder behind every framework integration:
//! headers that cannot be sent are left out rather than panicking, and a server error's message
//! never reaches the body.

use status_core::HttpStatus;
use status_core::respond::{ErrorResponse, Failure};

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Broken {
    /// A header value with a line break, which would end the field.
    #[error("bad value")]
    #[status(429)]
    #[header(retry_after = Self::injected)]
    Injected,
    /// A server error whose message names a secret.
    #[error("password hunter2 rejected")]
    #[status(503)]
    #[header(retry_after = "5")]
    Secret,
}

impl Broken {
    #[expect(
        clippy::unused_self,
        reason = "the derive calls a header method with `&self`"
    )]
    fn injected(&self) -> &'static str {
        "30\r\nSet-Cookie: stolen=1"
    }
}

#[test]
fn a_header_value_with_a_line_break_is_left_out() {
    let response = ErrorResponse::from_error(&Broken::Injected);
    assert_eq!(response.status().code(), 429);
    assert_eq!(
        response.headers(),
        [("Content-Type", "application/problem+json".to_owned())]
    );
}

/// A hand-written mapping (the derive refuses such a name at compile time).
#[derive(Debug, thiserror::Error)]
#[error("bad name")]
struct BadName;

impl HttpStatus for BadName {
    fn status(&self) -> status_core::Status {
        status_core::StatusCode::BadRequest.into()
    }

    fn visit_headers(&self, visit: &mut dyn FnMut(&'static str, &dyn status_core::HeaderValue)) {
        visit("X Bad Name", &"1");
    }
}

#[test]
fn a_header_name_that_is_not_a_token_is_left_out() {
    let response = ErrorResponse::from_error(&BadName);
    assert_eq!(response.headers().len(), 1);
    assert!(response.body().contains(r#""detail":"bad name""#));
}

#[test]
fn a_server_error_keeps_its_headers_and_withholds_its_message() {
    let response = ErrorResponse::from_error(&Broken::Secret);
    assert_eq!(response.headers()[1], ("Retry-After", "5".to_owned()));
    assert_eq!(
        response.body(),
        r#"{"title":"Service Unavailable","status":503}"#
    );
}

#[test]
fn failure_carries_any_error_through_question_mark() {
    fn read() -> Result<(), Failure> {
        Err(std::io::Error::other("token abc123 expired"))?;
        Ok(())
    }
    let failure = read().unwrap_err();
    assert_eq!(failure.status().code(), 500);
    assert!(!failure.response().body().contains("abc123"));
    assert_eq!(failure.to_string(), "token abc123 expired");
}
