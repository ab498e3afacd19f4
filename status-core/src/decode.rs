//! Error responses read back into the type that sent them: the client half of
//! [`derive@HttpStatus`](crate::HttpStatus).
//!
//! `#[respond(decode)]` on a type that derives `HttpStatus` implements [`Decode`]: a response,
//! given as a status code, its header fields and its body, becomes the variant whose status
//! it has (and, when several variants share a status, whose problem `type` URI the body
//! names). Each field of that variant is read from what the response carries:
//!
//! | the field is marked | it is read from | through |
//! |---|---|---|
//! | `#[header(retry_after)]` | the header field's value | [`FromHeaderValue`] |
//! | `#[problem(extension)]`, `#[problem(extension = "name")]` | the extension member of the body | `serde::Deserialize`; an absent member reads as `null` (an `Option` is `None`) |
//! | `#[problem(detail)]` | the body's `detail` (the error's message, for a variant that shows it) | `serde::Deserialize` of a string, `null` when absent |
//! | the field of a `#[status(transparent)]` variant | the whole response | the field type's own [`Decode`] |
//!
//! A field without one of these is a compile error that names it, as nothing on the wire
//! holds its value; so is `#[problem(detail)]` on a variant whose detail is withheld (a server
//! error without `#[problem(expose)]`). A variant that is never to be read back says so with
//! `#[problem(skip_decode)]`, and its responses stay [`Undecoded`].
//!
//! Anything else, a status no variant has (a vendor's 499, an unregistered 471), a problem
//! type none names, a field that does not read, a body that is not problem details, becomes
//! an [`Undecoded`]: the status, how a client must treat it (RFC 9110 §15: an unknown code as
//! its class's x00) and the problem, so that nothing the server said is lost.
//!
//! ```
//! use status_core::HttpStatus;
//! use status_core::decode::Decode;
//! use status_core::respond::ErrorResponse;
//!
//! #[derive(Debug, PartialEq, thiserror::Error, HttpStatus)]
//! #[respond(decode)]
//! enum ItemError {
//!     #[error("{detail}")]
//!     #[status(404)]
//!     NoSuchItem {
//!         #[problem(detail)]
//!         detail: String,
//!         #[problem(extension)]
//!         id: u64,
//!     },
//!     #[error("slow down")]
//!     #[status(429)]
//!     Throttled {
//!         #[header(retry_after)]
//!         retry_after_secs: u64,
//!     },
//! }
//!
//! // What a server sends for an error…
//! let sent = ItemError::Throttled { retry_after_secs: 30 };
//! let (status, headers, body) = ErrorResponse::from_error(&sent).into_parts();
//!
//! // …reads back into the same value on the client.
//! let read = ItemError::from_response(status.code(), headers, body.as_bytes());
//! assert_eq!(read?, sent);
//!
//! // A status the type does not know keeps everything it had.
//! let body = br#"{"title":"Client Closed Request","status":499}"#;
//! let unknown = ItemError::from_response(499, [("Content-Type", "application/problem+json")], body)
//!     .unwrap_err();
//! assert_eq!(unknown.status.code(), 499);
//! assert_eq!(unknown.fallback(), status_core::StatusCode::BadRequest);
//! assert_eq!(unknown.problem.unwrap().title.as_deref(), Some("Client Closed Request"));
//! # Ok::<(), status_core::decode::Undecoded>(())
//! ```

mod wire;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::OnceCell;
use core::error::Error;
use core::fmt;
use core::time::Duration;

use serde_core::de::{self, DeserializeOwned};
use serde_json::Value;

use crate::problem::{DEFAULT_BODY_LIMIT, Problem, ProblemError};
use crate::retry_after::{HttpDate, RetryAfter};
use crate::{Status, StatusClass, StatusCode};
use wire::Wire;

/// A type that can be rebuilt from an error response: written by
/// `#[derive(HttpStatus)]` with `#[respond(decode)]` (see the [module](self)).
///
/// [`Decode::from_response`] is the entry point, from parts any HTTP client has.
/// [`Decode::decode_parts`] and [`Decode::reads_header`] are what the derive writes; a type
/// may implement them by hand, for instance to be the field of a transparent variant.
///
/// ```
/// use status_core::decode::{Decode, Parts};
///
/// /// Any 503, with the `Retry-After` the server sent.
/// #[derive(Debug, PartialEq)]
/// struct Unavailable(Option<u64>);
///
/// impl Decode for Unavailable {
///     fn decode_parts(parts: &Parts<'_>) -> Option<Self> {
///         (parts.status().code() == 503).then(|| Unavailable(parts.header("Retry-After")))
///     }
///
///     fn reads_header(name: &str) -> bool {
///         name.eq_ignore_ascii_case("Retry-After")
///     }
/// }
///
/// let read = Unavailable::from_response(503, [("retry-after", "120")], b"{}");
/// assert_eq!(read?, Unavailable(Some(120)));
/// # Ok::<(), status_core::decode::Undecoded>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be rebuilt from a response",
    label = "`{Self}` does not implement `Decode`",
    note = "add `#[respond(decode)]` to `{Self}`, which derives `HttpStatus`; a `#[status(transparent)]` variant of a decodable type is read through its field's type"
)]
pub trait Decode: Sized {
    /// The value `parts` describe, or `None` when they describe none of this type's.
    ///
    /// ```
    /// use status_core::HttpStatus;
    /// use status_core::decode::{Decode, Parts};
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// #[derive(Debug, PartialEq, HttpStatus)]
    /// #[respond(decode)]
    /// #[status(410)]
    /// struct Gone;
    ///
    /// let gone = Status::from(StatusCode::Gone);
    /// let problem = Problem::for_status(gone);
    /// assert_eq!(Gone::decode_parts(&Parts::new(gone, &[], &problem)), Some(Gone));
    /// let other = Status::from(StatusCode::NotFound);
    /// assert_eq!(Gone::decode_parts(&Parts::new(other, &[], &problem)), None);
    /// ```
    fn decode_parts(parts: &Parts<'_>) -> Option<Self>;

    /// Whether [`decode_parts`](Decode::decode_parts) reads the header field `name` (in any
    /// ASCII case); the others are not kept. None by default.
    ///
    /// ```
    /// use status_core::HttpStatus;
    /// use status_core::decode::Decode;
    ///
    /// #[derive(Debug, HttpStatus)]
    /// #[respond(decode)]
    /// #[status(503)]
    /// struct Unavailable {
    ///     #[header(retry_after)]
    ///     retry_after_secs: u64,
    /// }
    ///
    /// assert!(Unavailable::reads_header("retry-after"));
    /// assert!(!Unavailable::reads_header("Content-Type"));
    /// ```
    #[must_use]
    fn reads_header(name: &str) -> bool {
        let _ = name;
        false
    }

    /// Rebuilds a value from an error response: its status code, its header fields (names
    /// and values as bytes, such as `http::HeaderMap`'s `iter()` gives them) and its body, at
    /// most [`DEFAULT_BODY_LIMIT`] bytes of problem details.
    ///
    /// ```
    /// use status_core::HttpStatus;
    /// use status_core::decode::Decode;
    ///
    /// #[derive(Debug, PartialEq, HttpStatus)]
    /// #[respond(decode)]
    /// #[status(409)]
    /// struct Conflict;
    ///
    /// let body = br#"{"title":"Conflict","status":409}"#;
    /// assert_eq!(Conflict::from_response(409, [("Content-Type", "application/problem+json")], body)?, Conflict);
    /// assert!(Conflict::from_response(409, None::<(&str, &str)>, b"<html>").is_err());
    /// # Ok::<(), status_core::decode::Undecoded>(())
    /// ```
    ///
    /// # Errors
    ///
    /// An [`Undecoded`] that keeps the status and the body's problem (or why the body is not
    /// one) when the response is none of this type's values.
    fn from_response<I, N, V>(status: u16, headers: I, body: &[u8]) -> Result<Self, Undecoded>
    where
        I: IntoIterator<Item = (N, V)>,
        N: AsRef<[u8]>,
        V: AsRef<[u8]>,
    {
        decode_with_limit(status, headers, body, DEFAULT_BODY_LIMIT)
    }
}

/// Rebuilds an `E` from an error response whose body is at most `limit` bytes:
/// [`Decode::from_response`] with another limit than [`DEFAULT_BODY_LIMIT`].
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::decode::decode_with_limit;
/// use status_core::problem::ProblemError;
///
/// #[derive(Debug, HttpStatus)]
/// #[respond(decode)]
/// #[status(410)]
/// struct Gone;
///
/// let body = br#"{"title":"Gone","status":410}"#;
/// assert!(decode_with_limit::<Gone, _, &str, &str>(410, [], body, 1024).is_ok());
/// let error = decode_with_limit::<Gone, _, &str, &str>(410, [], body, 8).unwrap_err();
/// assert!(matches!(error.problem, Err(ProblemError::TooLarge { limit: 8, .. })));
/// ```
///
/// # Errors
///
/// As [`Decode::from_response`].
pub fn decode_with_limit<E, I, N, V>(
    status: u16,
    headers: I,
    body: &[u8],
    limit: usize,
) -> Result<E, Undecoded>
where
    E: Decode,
    I: IntoIterator<Item = (N, V)>,
    N: AsRef<[u8]>,
    V: AsRef<[u8]>,
{
    // RFC 9110 §15: a client should handle a code outside 100..=599 as a 5xx.
    let (read, valid) = match Status::new(status) {
        Ok(read) => (read, true),
        Err(_) => (Status::from(StatusCode::InternalServerError), false),
    };
    // Whatever is not rebuilt keeps the problem as `Problem::from_json` reads it: a rare path,
    // which reads the body again rather than slow down the common one.
    let undecoded = || Undecoded {
        code: status,
        status: read,
        problem: Problem::from_json_with_limit(body, limit).map(Box::new),
    };
    if body.len() > limit || !valid {
        return Err(undecoded());
    }
    let Ok(wire) = Wire::read(body) else {
        return Err(undecoded());
    };
    let mut kept: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, value) in headers {
        let Ok(name) = core::str::from_utf8(name.as_ref()) else {
            continue;
        };
        if !E::reads_header(name) {
            continue;
        }
        let value = value.as_ref();
        // Field lines of one name combine into one value, separated by commas (RFC 9110 §5.3).
        match kept
            .iter_mut()
            .find(|(earlier, _)| earlier.eq_ignore_ascii_case(name))
        {
            Some((_, combined)) => {
                combined.extend_from_slice(b", ");
                combined.extend_from_slice(value);
            }
            None => kept.push((name.into(), value.into())),
        }
    }
    let parts = Parts {
        status: read,
        headers: &kept,
        body: Body::Wire(&wire),
        problem: OnceCell::new(),
    };
    E::decode_parts(&parts).ok_or_else(undecoded)
}

/// What a decoder reads of a response: its status, the header fields it asked for
/// ([`Decode::reads_header`]) and the body as problem details.
///
/// ```
/// use status_core::decode::Parts;
/// use status_core::problem::Problem;
/// use status_core::{Status, StatusCode};
///
/// let status = Status::from(StatusCode::TooManyRequests);
/// let problem = Problem::for_status(status).with_detail("slow down");
/// let headers = [("Retry-After".to_owned(), b"30".to_vec())];
/// let parts = Parts::new(status, &headers, &problem);
/// assert_eq!(parts.status(), status);
/// assert_eq!(parts.header::<u64>("retry-after"), Some(30));
/// assert_eq!(parts.detail::<String>().as_deref(), Some("slow down"));
/// ```
#[derive(Clone, Debug)]
pub struct Parts<'a> {
    status: Status,
    headers: &'a [(String, Vec<u8>)],
    body: Body<'a>,
    /// The body as a `Problem`, made when [`Parts::problem`] is first called.
    problem: OnceCell<Problem>,
}

/// The body a decoder reads.
#[derive(Clone, Copy, Debug)]
enum Body<'a> {
    /// Read once for decoding, by [`decode_with_limit`].
    Wire(&'a Wire<'a>),
    /// Given whole, by [`Parts::new`].
    Problem(&'a Problem),
}

impl<'a> Parts<'a> {
    /// Parts made by hand, for a decoder's tests: `headers` are the fields the decoder
    /// reads, each name once.
    ///
    /// ```
    /// use status_core::decode::Parts;
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let problem = Problem::for_status(Status::from(StatusCode::TooManyRequests));
    /// let headers = [("Retry-After".to_owned(), b"30".to_vec())];
    /// let parts = Parts::new(Status::from(StatusCode::TooManyRequests), &headers, &problem);
    /// assert_eq!(parts.header::<u32>("retry-after"), Some(30));
    /// ```
    #[must_use]
    pub fn new(status: Status, headers: &'a [(String, Vec<u8>)], problem: &'a Problem) -> Self {
        Parts {
            status,
            headers,
            body: Body::Problem(problem),
            problem: OnceCell::new(),
        }
    }

    /// The status of the response.
    ///
    /// ```
    /// use status_core::decode::Parts;
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let problem = Problem::for_status(Status::from(StatusCode::Conflict));
    /// let parts = Parts::new(Status::from(StatusCode::Conflict), &[], &problem);
    /// assert_eq!(parts.status().code(), 409);
    /// ```
    #[must_use]
    pub fn status(&self) -> Status {
        self.status
    }

    /// The body, as problem details.
    ///
    /// ```
    /// use status_core::decode::Parts;
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let problem = Problem::for_status(Status::from(StatusCode::Conflict)).with_detail("item 7 exists");
    /// let parts = Parts::new(Status::from(StatusCode::Conflict), &[], &problem);
    /// assert_eq!(parts.problem().detail.as_deref(), Some("item 7 exists"));
    /// ```
    #[must_use]
    pub fn problem(&self) -> &Problem {
        match self.body {
            Body::Problem(problem) => problem,
            Body::Wire(wire) => self.problem.get_or_init(|| wire.to_problem()),
        }
    }

    /// Whether the problem's type is `uri`, `None` meaning `about:blank` (RFC 9457 §4.2.1: an
    /// absent `type` is `about:blank`).
    ///
    /// ```
    /// use status_core::decode::Parts;
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let mut problem = Problem::for_status(Status::from(StatusCode::Forbidden));
    /// let parts = Parts::new(Status::from(StatusCode::Forbidden), &[], &problem);
    /// assert!(parts.has_type(None));
    /// assert!(parts.has_type(Some("about:blank")));
    ///
    /// problem.type_uri = Some("https://example.com/probs/out-of-credit".into());
    /// let parts = Parts::new(Status::from(StatusCode::Forbidden), &[], &problem);
    /// assert!(parts.has_type(Some("https://example.com/probs/out-of-credit")));
    /// assert!(!parts.has_type(None));
    /// ```
    #[must_use]
    pub fn has_type(&self, uri: Option<&str>) -> bool {
        let sent = match self.body {
            Body::Wire(wire) => wire.type_uri.as_deref(),
            Body::Problem(problem) => problem.type_uri.as_deref(),
        };
        sent.filter(|sent| *sent != "about:blank") == uri.filter(|uri| *uri != "about:blank")
    }

    /// The value of the header field `name` (any ASCII case), read as a `T`; `None` when it
    /// does not read, or when it is absent and `T` needs it (an `Option` reads an absent
    /// field as `None`).
    ///
    /// ```
    /// use status_core::decode::Parts;
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let problem = Problem::for_status(Status::from(StatusCode::ServiceUnavailable));
    /// let headers = [
    ///     ("Retry-After".to_owned(), b"120".to_vec()),
    ///     ("X-Queue".to_owned(), b"long".to_vec()),
    /// ];
    /// let parts = Parts::new(Status::from(StatusCode::ServiceUnavailable), &headers, &problem);
    /// assert_eq!(parts.header::<u64>("retry-after"), Some(120));
    /// assert_eq!(parts.header::<u64>("X-Queue"), None);
    /// assert_eq!(parts.header::<Option<String>>("Warning"), Some(None));
    /// assert_eq!(parts.header::<String>("Warning"), None);
    /// ```
    #[must_use]
    pub fn header<T: FromHeaderValue>(&self, name: &str) -> Option<T> {
        match self
            .headers
            .iter()
            .find(|(kept, _)| kept.eq_ignore_ascii_case(name))
        {
            Some((_, value)) => T::from_header_value(value),
            None => T::absent(),
        }
    }

    /// The extension member `name` read as a `T`; an absent member reads as `null`.
    ///
    /// ```
    /// use status_core::decode::Parts;
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let mut problem = Problem::for_status(Status::from(StatusCode::Forbidden));
    /// problem.extensions.insert("balance".into(), 30.into());
    /// let parts = Parts::new(Status::from(StatusCode::Forbidden), &[], &problem);
    /// assert_eq!(parts.extension::<u32>("balance"), Some(30));
    /// assert_eq!(parts.extension::<String>("balance"), None);
    /// assert_eq!(parts.extension::<Option<u32>>("limit"), Some(None));
    /// ```
    #[must_use]
    pub fn extension<T: DeserializeOwned>(&self, name: &str) -> Option<T> {
        match self.body {
            Body::Wire(wire) => wire.read_extension(name),
            Body::Problem(problem) => {
                T::deserialize(problem.extensions.get(name).unwrap_or(&Value::Null)).ok()
            }
        }
    }

    /// The problem's `detail` read as a `T` (a `String`, or an `Option<String>` when it may be
    /// absent).
    ///
    /// ```
    /// use status_core::decode::Parts;
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let problem = Problem::for_status(Status::from(StatusCode::NotFound)).with_detail("no item 7");
    /// let parts = Parts::new(Status::from(StatusCode::NotFound), &[], &problem);
    /// assert_eq!(parts.detail::<String>().as_deref(), Some("no item 7"));
    ///
    /// let bare = Problem::for_status(Status::from(StatusCode::NotFound));
    /// let parts = Parts::new(Status::from(StatusCode::NotFound), &[], &bare);
    /// assert_eq!(parts.detail::<Option<String>>(), Some(None));
    /// assert_eq!(parts.detail::<String>(), None);
    /// ```
    #[must_use]
    pub fn detail<T: DeserializeOwned>(&self) -> Option<T> {
        let detail = match self.body {
            Body::Wire(wire) => wire.detail.as_deref(),
            Body::Problem(problem) => problem.detail.as_deref(),
        };
        match detail {
            Some(detail) => {
                let text = de::value::StrDeserializer::<de::value::Error>::new(detail);
                // A string type reads the text as it is; anything else (`Option<String>`)
                // reads it as JSON.
                T::deserialize(text)
                    .ok()
                    .or_else(|| T::deserialize(&Value::String(detail.into())).ok())
            }
            None => T::deserialize(&Value::Null).ok(),
        }
    }
}

/// An error response that is none of the decoded type's values: everything it said is kept.
///
/// ```
/// use status_core::decode::Undecoded;
/// use status_core::{HttpStatus, StatusCode, StatusClass};
/// use status_core::decode::Decode;
///
/// #[derive(Debug, HttpStatus)]
/// #[respond(decode)]
/// #[status(404)]
/// struct NotFound;
///
/// // An unregistered code, handled as its class's x00 (RFC 9110 §15).
/// let body = br#"{"title":"Vendor Trouble","status":471,"account":"a-17"}"#;
/// let error = NotFound::from_response(471, None::<(&str, &str)>, body).unwrap_err();
/// assert_eq!((error.code, error.class()), (471, StatusClass::ClientError));
/// assert_eq!(error.fallback(), StatusCode::BadRequest);
/// assert_eq!(error.problem.as_ref().unwrap().extensions["account"], "a-17");
/// assert_eq!(error.to_string(), "471 (handled as 400 Bad Request): Vendor Trouble");
///
/// // A body that is not problem details is an error value too.
/// let error = NotFound::from_response(404, None::<(&str, &str)>, b"{\"title\":").unwrap_err();
/// assert!(error.problem.is_err());
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct Undecoded {
    /// The status code as received.
    pub code: u16,
    /// The status: `code`, read against the IANA registry, or 500 for a code outside 100 to
    /// 599, which RFC 9110 §15 says a client should handle as a 5xx.
    pub status: Status,
    /// The body as problem details (boxed, so that a `Result` of this type stays small), or
    /// why it is not: not JSON, truncated, not an object, larger than the limit.
    pub problem: Result<Box<Problem>, ProblemError>,
}

impl Undecoded {
    /// How a client must treat the status (RFC 9110 §15): the registered status, or for a code
    /// nobody registered, the x00 of its class (471 as 400 Bad Request).
    ///
    /// ```
    /// use status_core::decode::Decode;
    /// use status_core::{HttpStatus, StatusCode};
    ///
    /// #[derive(Debug, HttpStatus)]
    /// #[respond(decode)]
    /// #[status(404)]
    /// struct NotFound;
    ///
    /// let error = NotFound::from_response(599, None::<(&str, &str)>, b"{}").unwrap_err();
    /// assert_eq!(error.fallback(), StatusCode::InternalServerError);
    /// let error = NotFound::from_response(429, None::<(&str, &str)>, b"{}").unwrap_err();
    /// assert_eq!(error.fallback(), StatusCode::TooManyRequests);
    /// ```
    #[must_use]
    pub fn fallback(&self) -> StatusCode {
        self.status.effective()
    }

    /// The class of the status.
    ///
    /// ```
    /// use status_core::decode::Decode;
    /// use status_core::{HttpStatus, StatusClass};
    ///
    /// #[derive(Debug, HttpStatus)]
    /// #[respond(decode)]
    /// #[status(404)]
    /// struct NotFound;
    ///
    /// let error = NotFound::from_response(502, None::<(&str, &str)>, b"{}").unwrap_err();
    /// assert_eq!(error.class(), StatusClass::ServerError);
    /// ```
    #[must_use]
    pub fn class(&self) -> StatusClass {
        self.status.class()
    }
}

impl fmt::Display for Undecoded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fallback = self.fallback();
        match self.status.known() {
            Some(known) if known.code() == self.code => write!(f, "{known}")?,
            _ => write!(f, "{} (handled as {fallback})", self.code)?,
        }
        match &self.problem {
            Ok(problem) => match (&problem.title, &problem.detail) {
                (_, Some(detail)) => write!(f, ": {detail}"),
                (Some(title), None) => write!(f, ": {title}"),
                (None, None) => Ok(()),
            },
            Err(error) => write!(f, "; {error}"),
        }
    }
}

impl Error for Undecoded {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.problem
            .as_ref()
            .err()
            .map(|error| error as &(dyn Error + 'static))
    }
}

/// A value that can be read back from a header field's value: the reverse of
/// [`HeaderValue`](crate::HeaderValue), for the `#[header]` fields of a type with
/// `#[respond(decode)]`.
///
/// Implemented for `String`, the unsigned integers, [`Duration`] (delta-seconds),
/// [`RetryAfter`], [`HttpDate`], `Option<T>` (an absent field is `None`) and `Vec<T>` (a
/// comma-separated list, RFC 9110 §5.6.1). Spaces and tabs around a value are ignored.
///
/// ```
/// use core::time::Duration;
/// use status_core::decode::FromHeaderValue;
///
/// assert_eq!(u64::from_header_value(b" 30 "), Some(30));
/// assert_eq!(Duration::from_header_value(b"30"), Some(Duration::from_secs(30)));
/// assert_eq!(Vec::<String>::from_header_value(b"GET, HEAD"), Some(vec!["GET".into(), "HEAD".into()]));
/// assert_eq!(u8::from_header_value(b"300"), None);
/// assert_eq!(String::from_header_value(b"a\x00b"), None);
/// assert_eq!(<Option<u8>>::absent(), Some(None));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be read back from a header field's value",
    label = "a `#[header]` field of a type with `#[respond(decode)]` is read with `FromHeaderValue`",
    note = "use a type that reads from text, such as `String`, an integer, `Duration` or `Option` of one, or implement `status_core::decode::FromHeaderValue` for `{Self}`"
)]
pub trait FromHeaderValue: Sized {
    /// The value read from the field value `value`, or `None` when it is not one.
    ///
    /// ```
    /// use status_core::decode::FromHeaderValue;
    /// use status_core::retry_after::RetryAfter;
    ///
    /// assert_eq!(u32::from_header_value(b"120"), Some(120));
    /// assert_eq!(u32::from_header_value(b"-1"), None);
    /// assert!(RetryAfter::from_header_value(b"Fri, 31 Dec 1999 23:59:59 GMT").is_some());
    /// ```
    fn from_header_value(value: &[u8]) -> Option<Self>;

    /// The value of an absent field: `None` (the field is needed) unless the type can do
    /// without, as `Option` can.
    ///
    /// ```
    /// use status_core::decode::FromHeaderValue;
    ///
    /// assert_eq!(u64::absent(), None);
    /// assert_eq!(<Option<u64>>::absent(), Some(None));
    /// ```
    #[must_use]
    fn absent() -> Option<Self> {
        None
    }
}

/// `value` without the spaces and tabs around it (RFC 9110 §5.5: OWS).
fn trim(value: &[u8]) -> &[u8] {
    let is_ows = |byte: &u8| *byte == b' ' || *byte == b'\t';
    let start = value.iter().position(|b| !is_ows(b)).unwrap_or(value.len());
    let end = value
        .iter()
        .rposition(|b| !is_ows(b))
        .map_or(start, |end| end + 1);
    &value[start..end]
}

impl FromHeaderValue for String {
    /// UTF-8 text without control characters but tab, as a field value is (RFC 9110 §5.5).
    fn from_header_value(value: &[u8]) -> Option<Self> {
        let value = trim(value);
        if value
            .iter()
            .any(|byte| byte.is_ascii_control() && *byte != b'\t')
        {
            return None;
        }
        core::str::from_utf8(value).ok().map(String::from)
    }
}

macro_rules! integer_values {
    ($($integer:ty),*) => {$(
        impl FromHeaderValue for $integer {
            /// Decimal digits only, as a header's numbers are written (no sign, no `_`).
            fn from_header_value(value: &[u8]) -> Option<Self> {
                let value = trim(value);
                if value.is_empty() || !value.iter().all(u8::is_ascii_digit) {
                    return None;
                }
                core::str::from_utf8(value).ok()?.parse().ok()
            }
        }
    )*};
}

integer_values!(u8, u16, u32, u64, u128, usize);

impl FromHeaderValue for Duration {
    /// delta-seconds, as [`HeaderValue`](crate::HeaderValue) writes a `Duration`.
    fn from_header_value(value: &[u8]) -> Option<Self> {
        u64::from_header_value(value).map(Duration::from_secs)
    }
}

impl FromHeaderValue for RetryAfter {
    fn from_header_value(value: &[u8]) -> Option<Self> {
        RetryAfter::parse(value).ok()
    }
}

impl FromHeaderValue for HttpDate {
    fn from_header_value(value: &[u8]) -> Option<Self> {
        HttpDate::parse(value).ok()
    }
}

impl<T: FromHeaderValue> FromHeaderValue for Option<T> {
    /// `Some` of a value that reads; a present value that does not read is not `None`, but
    /// no value at all.
    fn from_header_value(value: &[u8]) -> Option<Self> {
        T::from_header_value(value).map(Some)
    }

    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: FromHeaderValue> FromHeaderValue for Vec<T> {
    /// The comma-separated items, empty ones skipped (RFC 9110 §5.6.1); every item must read.
    fn from_header_value(value: &[u8]) -> Option<Self> {
        value
            .split(|byte| *byte == b',')
            .filter(|item| !trim(item).is_empty())
            .map(T::from_header_value)
            .collect()
    }
}
