//! Error responses built once from a status mapping, for any web framework: the status, the
//! header fields the mapping supplies, `Content-Type: application/problem+json` and the
//! problem details (RFC 9457) as the body.
//!
//! [`ErrorResponse::from_error`] is the one implementation: the framework integrations
//! (`axum`, `actix-web`) only copy its parts into their own response types, so they cannot
//! disagree. A header whose name or value is not valid on the wire is left out (never a
//! panic), and a server error's message never reaches the body unless its variant opts in.
//!
//! Types that derive [`HttpStatus`](derive@crate::HttpStatus) ask for a framework's response
//! trait with `#[respond(...)]` on the type; [`Failure`] carries any other error through `?`.
//!
//! A one-line middleware per framework gives each request an id and writes it into these
//! bodies (`instance`, `request_id`), the `X-Request-Id` response header and the log event of a
//! withheld detail: [`request_id`] says how.
//!
//! ```
//! use status_core::HttpStatus;
//! use status_core::respond::ErrorResponse;
//!
//! #[derive(Debug, thiserror::Error, HttpStatus)]
//! enum ItemError {
//!     #[error("items are immutable")]
//!     #[status(405)]
//!     Immutable { #[header(allow)] allow: &'static str },
//! }
//!
//! let response = ErrorResponse::from_error(&ItemError::Immutable { allow: "GET" });
//! assert_eq!(response.status().code(), 405);
//! assert_eq!(
//!     response.headers(),
//!     [("Content-Type", "application/problem+json".to_owned()), ("Allow", "GET".to_owned())],
//! );
//! assert_eq!(
//!     response.body(),
//!     r#"{"title":"Method Not Allowed","status":405,"detail":"items are immutable"}"#,
//! );
//! ```

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::error::Error;
use core::fmt;

use crate::problem::{PROBLEM_JSON, Problem};
use crate::{HeaderValue, HttpStatus, Meaning, Status, StatusCode};

#[cfg(feature = "actix-web")]
pub mod actix_web;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub mod rejection;
pub mod request_id;
#[cfg(feature = "utoipa")]
pub mod utoipa;

#[cfg(any(feature = "axum", feature = "actix-web"))]
pub use rejection::{BodyRejection, FormRejection, JsonRejection, PathRejection, QueryRejection};

/// The detail of a fallback's 404: no route serves the request's path.
#[cfg(any(feature = "axum", feature = "actix-web"))]
const FALLBACK_404_DETAIL: &str = "no resource is at this path";

/// The detail of a fallback's 405: the route does not serve the request's method.
#[cfg(any(feature = "axum", feature = "actix-web"))]
const FALLBACK_405_DETAIL: &str =
    "this resource does not accept the request's method; Allow lists the ones it does";

/// An error response, framework-agnostic: what every integration sends for an error. A
/// framework status-core does not integrate sends its parts.
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::respond::ErrorResponse;
///
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[error("slow down")]
/// #[status(429)]
/// #[header(retry_after = "30")]
/// struct Throttled;
///
/// let (status, headers, body) = ErrorResponse::from_error(&Throttled).into_parts();
/// assert_eq!(status.code(), 429);
/// assert_eq!(headers, [("Content-Type", "application/problem+json".to_owned()), ("Retry-After", "30".to_owned())]);
/// assert_eq!(body, r#"{"title":"Too Many Requests","status":429,"detail":"slow down"}"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorResponse {
    status: Status,
    headers: Vec<(&'static str, String)>,
    body: String,
    /// The body before serialisation, which the framework integrations keep in the
    /// response's extensions for a request-id middleware ([`request_id`]).
    problem: Problem,
}

impl ErrorResponse {
    /// The response for `error`: its status; `Content-Type: application/problem+json`, then
    /// the header fields of [`HttpStatus::visit_headers`] whose name is a token and whose
    /// value has no control characters (others are left out, and reported with the `tracing`
    /// feature); and [`Problem::from_error`] as JSON, which withholds a server error's message.
    ///
    /// ```
    /// use status_core::HttpStatus;
    /// use status_core::respond::ErrorResponse;
    ///
    /// #[derive(Debug, thiserror::Error, HttpStatus)]
    /// #[error("the database at 10.0.0.5 refused the connection")]
    /// #[status(503)]
    /// struct Database;
    ///
    /// let response = ErrorResponse::from_error(&Database);
    /// assert_eq!(response.status().code(), 503);
    /// assert!(!response.body().contains("10.0.0.5"));
    /// ```
    #[must_use]
    pub fn from_error<E: HttpStatus + Error + ?Sized>(error: &E) -> Self {
        let mut headers = Vec::new();
        headers.push(("Content-Type", PROBLEM_JSON.to_owned()));
        error.visit_headers(&mut |name, value: &dyn HeaderValue| {
            let mut text = String::new();
            let written = value.write_value(&mut text).is_ok();
            if written && is_token(name) && is_field_value(&text) {
                if !name.eq_ignore_ascii_case("Content-Type") {
                    headers.push((name, text));
                }
            } else {
                report_skipped(name);
            }
        });
        let problem = Problem::from_error(error);
        ErrorResponse {
            status: error.status(),
            headers,
            body: problem.to_json(),
            problem,
        }
    }

    /// The response of a framework's fallback: `Content-Type: application/problem+json` and
    /// [`Problem::for_status`], with a detail that tells a client what no route matched (a
    /// 404: the path; a 405: the method, which `Allow` lists the alternatives to).
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    fn fallback(status: StatusCode) -> Self {
        let detail = if status == StatusCode::MethodNotAllowed {
            FALLBACK_405_DETAIL
        } else {
            FALLBACK_404_DETAIL
        };
        let status = Status::from(status);
        let problem = Problem::for_status(status).with_detail(detail);
        ErrorResponse {
            status,
            headers: alloc::vec![("Content-Type", PROBLEM_JSON.to_owned())],
            body: problem.to_json(),
            problem,
        }
    }

    /// The status of the response.
    ///
    /// ```
    /// # use status_core::{HttpStatus, respond::ErrorResponse};
    /// #[derive(Debug, thiserror::Error, HttpStatus)]
    /// #[error("gone")]
    /// #[status(410)]
    /// struct Gone;
    ///
    /// assert_eq!(ErrorResponse::from_error(&Gone).status().code(), 410);
    /// ```
    #[must_use]
    pub fn status(&self) -> Status {
        self.status
    }

    /// The header fields, `Content-Type` first, names as the RFCs write them.
    ///
    /// ```
    /// # use status_core::{HttpStatus, respond::ErrorResponse};
    /// #[derive(Debug, thiserror::Error, HttpStatus)]
    /// #[error("slow down")]
    /// #[status(429)]
    /// #[header(retry_after = "30")]
    /// struct Throttled;
    ///
    /// let response = ErrorResponse::from_error(&Throttled);
    /// assert_eq!(response.headers()[1], ("Retry-After", "30".to_owned()));
    /// ```
    #[must_use]
    pub fn headers(&self) -> &[(&'static str, String)] {
        &self.headers
    }

    /// The body: the problem details as `application/problem+json`.
    ///
    /// ```
    /// # use status_core::{HttpStatus, respond::ErrorResponse};
    /// #[derive(Debug, thiserror::Error, HttpStatus)]
    /// #[error("the key sk-live-42 was refused")]
    /// #[status(502)]
    /// struct Upstream;
    ///
    /// let response = ErrorResponse::from_error(&Upstream);
    /// assert_eq!(response.body(), r#"{"title":"Bad Gateway","status":502}"#);
    /// ```
    #[must_use]
    pub fn body(&self) -> &str {
        &self.body
    }

    /// The status, the header fields and the body, to move into a framework's response.
    ///
    /// ```
    /// # use status_core::{HttpStatus, respond::ErrorResponse};
    /// #[derive(Debug, thiserror::Error, HttpStatus)]
    /// #[error("gone")]
    /// #[status(410)]
    /// struct Gone;
    ///
    /// let (status, headers, body) = ErrorResponse::from_error(&Gone).into_parts();
    /// assert_eq!((status.code(), headers.len()), (410, 1));
    /// assert!(body.contains(r#""detail":"gone""#));
    /// ```
    #[must_use]
    pub fn into_parts(self) -> (Status, Vec<(&'static str, String)>, String) {
        (self.status, self.headers, self.body)
    }
}

/// Whether `name` is a field name: a token of RFC 9110 §5.6.2.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
}

/// Whether `value` may be sent as a field value (RFC 9110 §5.5): no control character but
/// horizontal tab, so no CR or LF that would end the field.
fn is_field_value(value: &str) -> bool {
    value
        .bytes()
        .all(|byte| byte == b'\t' || (byte >= 0x20 && byte != 0x7f))
}

fn report_skipped(name: &str) {
    #[cfg(feature = "tracing")]
    tracing::warn!(
        header = name,
        "status-core left out a header field whose name or value cannot be sent"
    );
    #[cfg(not(feature = "tracing"))]
    let _ = name;
}

/// Any error, with a status (500 Internal Server Error unless told otherwise), for handlers
/// whose errors do not derive [`HttpStatus`](derive@crate::HttpStatus): `?` converts every
/// `Error + Send + Sync + 'static` into it.
///
/// Its response is [`ErrorResponse::from_error`]'s, so a server error's message stays on the
/// server (and is reported with the `tracing` feature). With the `axum` feature it is an
/// `IntoResponse`, with `actix-web` a `ResponseError`. Like `anyhow::Error`, it does not
/// implement [`Error`] itself, which is what lets `?` convert any error into it.
///
/// ```
/// use status_core::StatusCode;
/// use status_core::respond::{ErrorResponse, Failure};
///
/// fn parse(text: &str) -> Result<u64, Failure> {
///     let number = text.parse::<u64>().map_err(|error| Failure::new(error).with_status(StatusCode::BadRequest))?;
///     let file = std::fs::read_to_string("/no/such/file/secret-token")?; // an io::Error: 500
///     Ok(number + file.len() as u64)
/// }
///
/// let bad = parse("x").unwrap_err();
/// assert_eq!(bad.status().code(), 400);
/// assert!(bad.response().body().contains("invalid digit"));
///
/// let internal = parse("7").unwrap_err();
/// assert_eq!(internal.response().body(), r#"{"title":"Internal Server Error","status":500}"#);
/// ```
pub struct Failure {
    status: Status,
    error: Box<dyn Error + Send + Sync + 'static>,
}

impl Failure {
    /// `error` with status 500 Internal Server Error.
    ///
    /// ```
    /// let failure = status_core::respond::Failure::new(std::fmt::Error);
    /// assert_eq!(failure.status().code(), 500);
    /// ```
    pub fn new(error: impl Into<Box<dyn Error + Send + Sync + 'static>>) -> Self {
        Failure {
            status: Status::from(StatusCode::InternalServerError),
            error: error.into(),
        }
    }

    /// This failure with `status` instead.
    ///
    /// ```
    /// use status_core::{StatusCode, respond::Failure};
    ///
    /// let failure = Failure::new("no such page").with_status(StatusCode::NotFound);
    /// assert_eq!(failure.status().code(), 404);
    /// ```
    #[must_use]
    pub fn with_status(mut self, status: impl Into<Status>) -> Self {
        self.status = status.into();
        self
    }

    /// The status of the response.
    ///
    /// ```
    /// assert_eq!(status_core::respond::Failure::new("x").status().code(), 500);
    /// ```
    #[must_use]
    pub fn status(&self) -> Status {
        self.status
    }

    /// The error it carries.
    ///
    /// ```
    /// let failure = status_core::respond::Failure::new("disk full");
    /// assert_eq!(failure.error().to_string(), "disk full");
    /// ```
    #[must_use]
    pub fn error(&self) -> &(dyn Error + Send + Sync + 'static) {
        &*self.error
    }

    /// The response, as for an error that derives `HttpStatus`.
    ///
    /// ```
    /// let failure = status_core::respond::Failure::new("secret");
    /// assert!(!failure.response().body().contains("secret"));
    /// ```
    #[must_use]
    pub fn response(&self) -> ErrorResponse {
        ErrorResponse::from_error(&Carried(self))
    }
}

impl<E: Error + Send + Sync + 'static> From<E> for Failure {
    fn from(error: E) -> Self {
        Failure::new(error)
    }
}

impl fmt::Debug for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Failure")
            .field("status", &self.status)
            .field("error", &self.error)
            .finish()
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl HttpStatus for Failure {
    fn status(&self) -> Status {
        self.status
    }
}

/// A [`Failure`] seen as an [`Error`], for the response builder.
struct Carried<'f>(&'f Failure);

impl fmt::Debug for Carried<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Carried<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.error, f)
    }
}

impl Error for Carried<'_> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.0.error.source()
    }
}

impl HttpStatus for Carried<'_> {
    fn status(&self) -> Status {
        self.0.status
    }

    fn status_meaning(&self) -> Option<&'static Meaning> {
        self.0.status.meaning()
    }
}
