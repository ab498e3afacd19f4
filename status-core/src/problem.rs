//! Problem details for HTTP APIs (RFC 9457): the JSON body of an error response, built from
//! an error's status mapping, with the message of a server error kept from the client.
//!
//! ```
//! use status_core::HttpStatus;
//! use status_core::problem::Problem;
//!
//! #[derive(Debug, thiserror::Error, HttpStatus)]
//! #[error("no item {0}")]
//! #[status(404)]
//! struct NoSuchItem(u64);
//!
//! let body = Problem::from_error(&NoSuchItem(7)).to_json();
//! assert_eq!(body, r#"{"title":"Not Found","status":404,"detail":"no item 7"}"#);
//! assert_eq!(Problem::from_json(body.as_bytes())?.status, Some(404));
//! # Ok::<(), status_core::problem::ProblemError>(())
//! ```

use alloc::borrow::{Cow, ToOwned};
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::error::Error;
use core::fmt::{self, Write as _};

use serde_core::de::{
    self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor,
};
use serde_core::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::{HttpStatus, Status};

/// The media type of a problem details body in JSON (RFC 9457 §6.1), for the `Content-Type`
/// of an error response.
///
/// ```
/// assert_eq!(status_core::problem::PROBLEM_JSON, "application/problem+json");
/// ```
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The longest body [`Problem::from_json`] reads: 64 KiB, far more than a problem needs.
///
/// ```
/// use status_core::problem::{DEFAULT_BODY_LIMIT, Problem, ProblemError};
///
/// let padded = format!(r#"{{"status":404,"detail":"{}"}}"#, "x".repeat(DEFAULT_BODY_LIMIT));
/// assert!(matches!(Problem::from_json(padded.as_bytes()), Err(ProblemError::TooLarge { .. })));
/// ```
pub const DEFAULT_BODY_LIMIT: usize = 64 * 1024;

/// The members RFC 9457 §3.1 defines; an extension member may not take these names.
const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// A problem details object (RFC 9457): what went wrong, for the client.
///
/// [`Problem::from_error`] builds one from any error that derives
/// [`HttpStatus`](derive@crate::HttpStatus): `status` is the error's code, `title` its reason
/// phrase (an application's own code keeps its phrase), `type` the URI the mapping names (left
/// out, which means `about:blank`, when it names none), `detail` the error's message for a
/// client error and nothing for a server error unless the variant opts in, and the extension
/// members the variant marks.
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::problem::{PROBLEM_JSON, Problem};
///
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// enum ApiError {
///     #[error("no item {0}")]
///     #[status(404)]
///     NoSuchItem(u64),
///     #[error("the database at /var/db/items refused the connection")]
///     #[status(500)]
///     Database,
/// }
///
/// let missing = Problem::from_error(&ApiError::NoSuchItem(7));
/// assert_eq!(missing.to_json(), r#"{"title":"Not Found","status":404,"detail":"no item 7"}"#);
///
/// // A server error's message stays on the server.
/// let crashed = Problem::from_error(&ApiError::Database);
/// assert_eq!(crashed.to_json(), r#"{"title":"Internal Server Error","status":500}"#);
/// assert_eq!(PROBLEM_JSON, "application/problem+json");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// A URI that identifies the problem type, serialized as `type`; `None` means
    /// `about:blank`.
    pub type_uri: Option<String>,
    /// A short summary of the problem type.
    pub title: Option<String>,
    /// The status code of the response.
    pub status: Option<u16>,
    /// An explanation of this occurrence, for the client.
    pub detail: Option<String>,
    /// A URI that identifies this occurrence.
    pub instance: Option<String>,
    /// The extension members, serialized after the standard ones.
    pub extensions: Map<String, Value>,
}

/// What [`Problem::from_error`] kept from the client: the message and the source chain of a
/// server error, for the operator's log.
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::problem::Problem;
///
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[error("the item store failed")]
/// #[status(503)]
/// struct StoreDown(#[source] std::io::Error);
///
/// let error = StoreDown(std::io::Error::other("connection refused"));
/// let mut seen = Vec::new();
/// let _ = Problem::from_error_reporting(&error, &mut |withheld| {
///     seen.push((withheld.status.code(), withheld.error.to_string()));
/// });
/// assert_eq!(seen, [(503, "the item store failed".to_owned())]);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Withheld<'e> {
    /// The status of the response.
    pub status: Status,
    /// The error whose message was withheld; [`Withheld::chain`] joins its causes.
    pub error: &'e (dyn Error + 'e),
}

impl Withheld<'_> {
    /// The error's message and those of its sources, joined by `: `.
    ///
    /// ```
    /// use status_core::HttpStatus;
    /// use status_core::problem::Problem;
    ///
    /// #[derive(Debug, thiserror::Error, HttpStatus)]
    /// #[error("the item store failed")]
    /// #[status(503)]
    /// struct StoreDown(#[source] std::io::Error);
    ///
    /// let error = StoreDown(std::io::Error::other("connection refused"));
    /// let mut chain = String::new();
    /// let _ = Problem::from_error_reporting(&error, &mut |withheld| chain = withheld.chain());
    /// assert_eq!(chain, "the item store failed: connection refused");
    /// ```
    #[must_use]
    pub fn chain(&self) -> String {
        let mut chain = self.error.to_string();
        let mut source = self.error.source();
        while let Some(error) = source {
            let _ = write!(chain, ": {error}");
            source = error.source();
        }
        chain
    }
}

impl Problem {
    /// A problem with `status` and its reason phrase as the title.
    ///
    /// ```
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let problem = Problem::for_status(Status::from(StatusCode::ServiceUnavailable));
    /// assert_eq!(problem.to_json(), r#"{"title":"Service Unavailable","status":503}"#);
    /// // A code nobody registered has no reason phrase, so no title.
    /// assert_eq!(Problem::for_status(Status::new(471)?).to_json(), r#"{"status":471}"#);
    /// # Ok::<(), status_core::StatusError>(())
    /// ```
    #[must_use]
    pub fn for_status(status: Status) -> Self {
        Problem {
            title: status.reason().map(ToOwned::to_owned),
            status: Some(status.code()),
            ..Problem::default()
        }
    }

    /// The problem details of `error`, as its status mapping says. The message of an error
    /// whose detail is withheld is reported to the operator: with the `tracing` feature, as an
    /// `error!` event with the fields `status` (the code), `error` (the message) and `chain`
    /// (the message and its sources); use [`Problem::from_error_reporting`] to report it
    /// another way.
    ///
    /// ```
    /// use status_core::HttpStatus;
    /// use status_core::problem::Problem;
    ///
    /// #[derive(Debug, thiserror::Error, HttpStatus)]
    /// enum PaymentError {
    ///     #[error("your balance is {balance}")]
    ///     #[status(403)]
    ///     #[problem(type = "https://example.com/probs/out-of-credit")]
    ///     OutOfCredit {
    ///         #[problem(extension)]
    ///         balance: u32,
    ///     },
    /// }
    ///
    /// let problem = Problem::from_error(&PaymentError::OutOfCredit { balance: 30 });
    /// assert_eq!(problem.type_uri.as_deref(), Some("https://example.com/probs/out-of-credit"));
    /// assert_eq!(problem.detail.as_deref(), Some("your balance is 30"));
    /// assert_eq!(problem.extensions["balance"], 30);
    /// ```
    #[must_use]
    pub fn from_error<E: HttpStatus + Error + ?Sized>(error: &E) -> Self {
        Self::from_error_reporting(error, &mut report_withheld)
    }

    /// Like [`Problem::from_error`], calling `report` with what is withheld from the client.
    ///
    /// ```
    /// use status_core::HttpStatus;
    /// use status_core::problem::Problem;
    ///
    /// #[derive(Debug, thiserror::Error, HttpStatus)]
    /// #[error("token secret-123 expired upstream")]
    /// #[status(502)]
    /// struct Upstream;
    ///
    /// let mut log = Vec::new();
    /// let problem = Problem::from_error_reporting(&Upstream, &mut |withheld| log.push(withheld.chain()));
    /// assert_eq!(problem.detail, None);
    /// assert_eq!(log, ["token secret-123 expired upstream"]);
    /// ```
    pub fn from_error_reporting<E: HttpStatus + Error + ?Sized>(
        error: &E,
        report: &mut dyn FnMut(&Withheld<'_>),
    ) -> Self {
        let status = error.status();
        let title = error
            .status_meaning()
            .map(|meaning| meaning.reason)
            .or_else(|| status.reason())
            .map(ToOwned::to_owned);
        let detail = if error.exposes_detail() {
            Some(error.to_string())
        } else {
            report(&Withheld {
                status,
                error: &Erased(error),
            });
            None
        };
        let mut extensions = Extensions::default();
        error.problem_extensions(&mut extensions);
        Problem {
            type_uri: error.problem_type().map(ToOwned::to_owned),
            title,
            status: Some(status.code()),
            detail,
            instance: None,
            extensions: extensions.members,
        }
    }

    /// This problem with `instance`, a URI of this occurrence.
    ///
    /// ```
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let problem = Problem::for_status(Status::from(StatusCode::NotFound)).with_instance("/items/7");
    /// assert_eq!(problem.to_json(), r#"{"title":"Not Found","status":404,"instance":"/items/7"}"#);
    /// ```
    #[must_use]
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// This problem tied to the request `id`: `instance` is the URI
    /// [`request_id::instance`](crate::respond::request_id::instance) makes from it, and the
    /// extension member `request_id` is the id, replacing a member of that name. The request-id
    /// middleware of each framework calls it on every problem status-core builds
    /// ([`respond::request_id`](crate::respond::request_id)).
    ///
    /// ```
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let problem = Problem::for_status(Status::from(StatusCode::InternalServerError))
    ///     .with_request_id("9b2f6c1e-3a4d-4e8f-b1c2-7d6e5f4a3b2c");
    /// assert_eq!(
    ///     problem.to_json(),
    ///     r#"{"title":"Internal Server Error","status":500,"instance":"urn:uuid:9b2f6c1e-3a4d-4e8f-b1c2-7d6e5f4a3b2c","request_id":"9b2f6c1e-3a4d-4e8f-b1c2-7d6e5f4a3b2c"}"#,
    /// );
    /// ```
    #[must_use]
    pub fn with_request_id(mut self, id: &str) -> Self {
        use crate::respond::request_id;
        self.instance = Some(request_id::instance(id));
        self.extensions
            .insert(request_id::MEMBER.to_owned(), Value::String(id.to_owned()));
        self
    }

    /// This problem with `detail`.
    ///
    /// ```
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let problem = Problem::for_status(Status::from(StatusCode::Conflict)).with_detail("item 7 exists");
    /// assert_eq!(problem.to_json(), r#"{"title":"Conflict","status":409,"detail":"item 7 exists"}"#);
    /// ```
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// The problem as `application/problem+json` text: the standard members that are
    /// present, in the order of RFC 9457 §3.1, then the extension members.
    ///
    /// ```
    /// use status_core::problem::Problem;
    /// use status_core::{Status, StatusCode};
    ///
    /// let mut problem = Problem::for_status(Status::from(StatusCode::TooManyRequests));
    /// problem.extensions.insert("limit".into(), 100.into());
    /// assert_eq!(problem.to_json(), r#"{"title":"Too Many Requests","status":429,"limit":100}"#);
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        // Every member is already a JSON value, so this cannot fail; should it, the body is
        // still a problem with the right status.
        serde_json::to_string(self).unwrap_or_else(|_| match self.status {
            Some(status) => alloc::format!("{{\"status\":{status}}}"),
            None => "{}".to_owned(),
        })
    }
}

impl Problem {
    /// Reads a problem details body (`application/problem+json`) of at most
    /// [`DEFAULT_BODY_LIMIT`] bytes; see [`Problem::from_json_with_limit`].
    ///
    /// ```
    /// use status_core::problem::Problem;
    ///
    /// let body = br#"{"type":"https://example.com/out-of-credit","title":"Forbidden",
    ///     "status":403,"detail":"your balance is 30","balance":30}"#;
    /// let problem = Problem::from_json(body)?;
    /// assert_eq!(problem.status, Some(403));
    /// assert_eq!(problem.type_uri.as_deref(), Some("https://example.com/out-of-credit"));
    /// assert_eq!(problem.extensions["balance"], 30);
    ///
    /// // A member of the wrong type is ignored, as RFC 9457 §3.1 says.
    /// let problem = Problem::from_json(br#"{"status":"404","title":"Not Found"}"#)?;
    /// assert_eq!((problem.status, problem.title.as_deref()), (None, Some("Not Found")));
    ///
    /// assert!(Problem::from_json(b"[1, 2]").is_err());
    /// assert!(Problem::from_json(br#"{"status":404"#).is_err());
    /// # Ok::<(), status_core::problem::ProblemError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Problem::from_json_with_limit`].
    pub fn from_json(body: &[u8]) -> Result<Self, ProblemError> {
        Self::from_json_with_limit(body, DEFAULT_BODY_LIMIT)
    }

    /// Reads a problem details body of at most `limit` bytes.
    ///
    /// The body must be one JSON object. The standard members (`type`, `title`, `status`,
    /// `detail`, `instance`) are read when their value has the type RFC 9457 §3.1 gives them
    /// (a string, or for `status` a whole number from 0 to 65535) and otherwise ignored, as if
    /// absent, as the RFC says a recipient must; every other member is kept in
    /// [`Problem::extensions`]. A member that appears twice keeps its last value.
    ///
    /// ```
    /// use status_core::problem::{Problem, ProblemError};
    ///
    /// let body = br#"{"status":503,"title":"Service Unavailable"}"#;
    /// assert!(Problem::from_json_with_limit(body, 1024).is_ok());
    /// assert!(matches!(
    ///     Problem::from_json_with_limit(body, 16),
    ///     Err(ProblemError::TooLarge { length: 44, limit: 16 }),
    /// ));
    /// ```
    ///
    /// # Errors
    ///
    /// [`ProblemError::TooLarge`] for a body longer than `limit`, before reading any of it;
    /// [`ProblemError::NotJson`] for a body that is not JSON, or that ends too soon;
    /// [`ProblemError::NotAnObject`] for JSON that is not an object (nested more than 128
    /// levels deep included).
    pub fn from_json_with_limit(body: &[u8], limit: usize) -> Result<Self, ProblemError> {
        if body.len() > limit {
            return Err(ProblemError::TooLarge {
                length: body.len(),
                limit,
            });
        }
        serde_json::from_slice(body).map_err(|error| {
            if error.is_data() {
                ProblemError::NotAnObject(error)
            } else {
                ProblemError::NotJson(error)
            }
        })
    }
}

/// Why a body is not a problem details object ([`Problem::from_json`]).
///
/// ```
/// use status_core::problem::{Problem, ProblemError};
///
/// let error = Problem::from_json(b"<html>").unwrap_err();
/// assert!(matches!(error, ProblemError::NotJson(_)));
/// assert_eq!(error.to_string(), "the body is not JSON: expected value at line 1 column 1");
/// let error = Problem::from_json(b"404").unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "the body is not a problem details object: invalid type: integer `404`, \
///      expected a problem details object at line 1 column 3",
/// );
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum ProblemError {
    /// The body is longer than the limit; it was not read.
    TooLarge {
        /// The body's length in bytes.
        length: usize,
        /// The most the caller accepts.
        limit: usize,
    },
    /// The body is not JSON, or ends before its value does.
    NotJson(serde_json::Error),
    /// The body is JSON, but not an object.
    NotAnObject(serde_json::Error),
}

impl fmt::Display for ProblemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemError::TooLarge { length, limit } => write!(
                f,
                "the body is {length} bytes, more than the {limit} a problem may take"
            ),
            ProblemError::NotJson(error) => write!(f, "the body is not JSON: {error}"),
            ProblemError::NotAnObject(error) => {
                write!(f, "the body is not a problem details object: {error}")
            }
        }
    }
}

impl Error for ProblemError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ProblemError::TooLarge { .. } => None,
            ProblemError::NotJson(error) | ProblemError::NotAnObject(error) => Some(error),
        }
    }
}

impl<'de> Deserialize<'de> for Problem {
    /// Reads a JSON object as [`Problem::from_json_with_limit`] describes: the standard
    /// members of the right type, every other member as an extension.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ProblemVisitor)
    }
}

/// Reads the members of a problem object.
struct ProblemVisitor;

impl<'de> Visitor<'de> for ProblemVisitor {
    type Value = Problem;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a problem details object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Problem, A::Error> {
        let mut problem = Problem::default();
        while let Some(member) = map.next_key_seed(MemberName)? {
            match member {
                Member::Type => problem.type_uri = map.next_value::<Lenient>()?.owned_text(),
                Member::Title => problem.title = map.next_value::<Lenient>()?.owned_text(),
                Member::Status => problem.status = map.next_value::<Lenient>()?.number(),
                Member::Detail => problem.detail = map.next_value::<Lenient>()?.owned_text(),
                Member::Instance => problem.instance = map.next_value::<Lenient>()?.owned_text(),
                Member::Extension(name) => {
                    let value = map.next_value::<Value>()?;
                    problem.extensions.insert(name, value);
                }
            }
        }
        Ok(problem)
    }
}

/// The name of a member: a standard one, read without allocating, or an extension's.
enum Member {
    Type,
    Title,
    Status,
    Detail,
    Instance,
    Extension(String),
}

/// Reads a member's name as a [`Member`].
struct MemberName;

impl<'de> DeserializeSeed<'de> for MemberName {
    type Value = Member;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Member, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for MemberName {
    type Value = Member;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Member, E> {
        Ok(match name {
            "type" => Member::Type,
            "title" => Member::Title,
            "status" => Member::Status,
            "detail" => Member::Detail,
            "instance" => Member::Instance,
            _ => Member::Extension(name.to_owned()),
        })
    }

    fn visit_string<E: de::Error>(self, name: String) -> Result<Member, E> {
        match name.as_str() {
            "type" | "title" | "status" | "detail" | "instance" => self.visit_str(&name),
            _ => Ok(Member::Extension(name)),
        }
    }
}

/// A standard member's value, read whatever its type, so that one of the wrong type can be
/// ignored (RFC 9457 §3.1); text is borrowed when it has no escapes.
pub(crate) enum Lenient<'de> {
    Text(Cow<'de, str>),
    /// A whole number from 0 to 65535.
    Number(u16),
    Other,
}

impl<'de> Lenient<'de> {
    /// The string, if the value is one.
    pub(crate) fn text(self) -> Option<Cow<'de, str>> {
        match self {
            Lenient::Text(text) => Some(text),
            Lenient::Number(_) | Lenient::Other => None,
        }
    }

    /// The string, owned, if the value is one.
    fn owned_text(self) -> Option<String> {
        self.text().map(Cow::into_owned)
    }

    /// The number, if the value is a whole number from 0 to 65535.
    pub(crate) fn number(self) -> Option<u16> {
        match self {
            Lenient::Number(number) => Some(number),
            Lenient::Text(_) | Lenient::Other => None,
        }
    }
}

impl<'de> Deserialize<'de> for Lenient<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LenientVisitor)
    }
}

/// Reads any value as a [`Lenient`].
struct LenientVisitor;

impl<'de> Visitor<'de> for LenientVisitor {
    type Value = Lenient<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Lenient::Text(Cow::Borrowed(value)))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Lenient::Text(Cow::Owned(value.to_owned())))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(Lenient::Text(Cow::Owned(value)))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        Ok(u16::try_from(value).map_or(Lenient::Other, Lenient::Number))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        Ok(u16::try_from(value).map_or(Lenient::Other, Lenient::Number))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        // `404.0` is the number 404, as `Problem` reads it.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "kept only if it converts back to the same number"
        )]
        let number = value as u16;
        #[expect(clippy::float_cmp, reason = "an exact whole number is wanted")]
        let whole = f64::from(number) == value;
        Ok(if whole {
            Lenient::Number(number)
        } else {
            Lenient::Other
        })
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Lenient::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Lenient::Other)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Lenient::Other)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Lenient::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Lenient::Other)
    }
}

impl Serialize for Problem {
    /// The standard members that are present, in the order of RFC 9457 §3.1, then the
    /// extension members.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(type_uri) = &self.type_uri {
            map.serialize_entry("type", type_uri)?;
        }
        if let Some(title) = &self.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(status) = self.status {
            map.serialize_entry("status", &status)?;
        }
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (name, value) in &self.extensions {
            if !STANDARD_MEMBERS.contains(&name.as_str()) {
                map.serialize_entry(name, value)?;
            }
        }
        map.end()
    }
}

/// The extension members of a problem being built (RFC 9457 §3.2).
///
/// A member whose value fails to serialize is left out, so that the response is still a
/// problem with the right status; the failure is reported to the operator (with the
/// `tracing` feature, as a `warn!` event with the fields `member` and `error`) and kept in
/// [`Extensions::failures`].
///
/// ```
/// use status_core::problem::Extensions;
///
/// let mut extensions = Extensions::default();
/// assert!(extensions.insert("balance", &30));
/// assert!(!extensions.insert("status", &1)); // a standard member's name
/// assert_eq!(extensions.members().len(), 1);
/// assert_eq!(extensions.failures()[0].0, "status");
/// ```
#[derive(Debug, Default)]
pub struct Extensions {
    members: Map<String, Value>,
    failures: Vec<(String, String)>,
}

impl Extensions {
    /// Adds the member `name` with `value` serialized to JSON; returns whether it was added.
    /// A standard member's name (`status`, `title`, …) is refused.
    ///
    /// ```
    /// use status_core::problem::Extensions;
    ///
    /// let mut extensions = Extensions::default();
    /// assert!(extensions.insert("errors", &["name is empty", "price is negative"]));
    /// assert!(!extensions.insert("title", "Bad Request"));
    /// assert_eq!(extensions.members()["errors"][1], "price is negative");
    /// ```
    pub fn insert<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> bool {
        if STANDARD_MEMBERS.contains(&name) {
            self.fail(name, &"the name of a standard member of RFC 9457");
            return false;
        }
        match serde_json::to_value(value) {
            Ok(value) => {
                self.members.insert(name.to_owned(), value);
                true
            }
            Err(error) => {
                self.fail(name, &error);
                false
            }
        }
    }

    /// The members left out, each with why.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use status_core::problem::Extensions;
    ///
    /// // JSON object keys must be strings: a map keyed by tuples does not serialize.
    /// let by_pair = BTreeMap::from([((1, 2), "a")]);
    /// let mut extensions = Extensions::default();
    /// assert!(!extensions.insert("pairs", &by_pair));
    /// assert_eq!(extensions.failures()[0].0, "pairs");
    /// assert!(extensions.members().is_empty());
    /// ```
    #[must_use]
    pub fn failures(&self) -> &[(String, String)] {
        &self.failures
    }

    /// The members added so far.
    ///
    /// ```
    /// use status_core::problem::Extensions;
    ///
    /// let mut extensions = Extensions::default();
    /// extensions.insert("balance", &30);
    /// extensions.insert("accounts", &["/account/12345", "/account/67890"]);
    /// assert_eq!(extensions.members().len(), 2);
    /// assert_eq!(extensions.members()["balance"], 30);
    /// ```
    #[must_use]
    pub fn members(&self) -> &Map<String, Value> {
        &self.members
    }

    fn fail(&mut self, name: &str, error: &dyn fmt::Display) {
        #[cfg(feature = "tracing")]
        tracing::warn!(
            member = name,
            error = %error,
            "status-core left out a problem extension member that failed to serialize"
        );
        self.failures.push((name.to_owned(), error.to_string()));
    }
}

/// The default report of [`Problem::from_error`]: a `tracing` event when the feature is on.
fn report_withheld(withheld: &Withheld<'_>) {
    #[cfg(feature = "tracing")]
    tracing::error!(
        status = withheld.status.code(),
        error = %withheld.error,
        chain = %withheld.chain(),
        "status-core withheld the detail of a server error from the client"
    );
    #[cfg(not(feature = "tracing"))]
    let _ = withheld;
}

/// An error seen through `dyn Error` even when its type is unsized.
struct Erased<'e, E: ?Sized>(&'e E);

impl<E: Error + ?Sized> fmt::Debug for Erased<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl<E: Error + ?Sized> fmt::Display for Erased<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.0, f)
    }
}

impl<E: Error + ?Sized> Error for Erased<'_, E> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.0.source()
    }
}
