//! Why a framework's extractor refused a request, in one vocabulary for axum and actix-web:
//! [`PathRejection`], [`QueryRejection`], [`JsonRejection`], [`FormRejection`] and
//! [`BodyRejection`].
//!
//! Each is an error type with a status contract, as if it derived
//! [`HttpStatus`](derive@crate::HttpStatus): its variants say what was wrong, each with the
//! status the frameworks agree on (400 for syntax, 415 for the media type, 422 for the shape,
//! 413 for the size), and its response is problem details like any other error's, a client
//! error's detail included. Both frameworks' rejections convert into them (`From`), so the two
//! answer the same request with the same status and body:
//!
//! - axum: the extractors of [`respond::axum`](super::axum) (`Path`, `Query`, `Json`, `Form`,
//!   `Bytes`) reject with these; import them in place of axum's.
//! - actix-web: [`problem_fallbacks`](super::actix_web::problem_fallbacks), the middleware
//!   that answers actix-web's empty 404 and 405, answers its extractors' errors too.
//!
//! An application's error type that wraps one (`#[status(transparent)]`, with `#[from]`)
//! counts its statuses in its own contract, and so in its `OpenAPI` responses:
//!
//! ```
//! use status_core::respond::JsonRejection;
//! use status_core::{HttpStatus, StatusContract};
//!
//! #[derive(Debug, thiserror::Error, HttpStatus)]
//! enum ApiError {
//!     /// The body is not a new item.
//!     #[error(transparent)]
//!     #[status(transparent)]
//!     Body(#[from] JsonRejection),
//!     /// No item has this id.
//!     #[error("no item {0}")]
//!     #[status(NotFound)]
//!     NoSuchItem(u64),
//! }
//!
//! let mut codes = Vec::new();
//! ApiError::visit_statuses(&mut |outcome| codes.push(outcome.status.code()));
//! assert_eq!(codes, [415, 400, 422, 413, 400, 404]);
//! ```

use alloc::string::String;
use core::error::Error;
use core::fmt;

/// The text of the innermost error of `error`'s chain: the parser's own message, without the
/// framework's prefix (`expected value at line 1 column 1`).
///
/// axum's `Json`, `Query` and `Form` parse through `serde_path_to_error`, whose message puts
/// the path of the value first (`page: invalid digit found in string`); actix-web's parse
/// without it, so the parser's message alone is what both frameworks can say alike.
#[cfg(feature = "axum")]
fn innermost(error: &(dyn Error + 'static)) -> String {
    use alloc::string::ToString;
    use serde_path_to_error::Error as PathToError;

    let mut innermost = error;
    while let Some(source) = innermost.source() {
        innermost = source;
    }
    if let Some(error) = innermost.downcast_ref::<PathToError<serde_json::Error>>() {
        error.inner().to_string()
    } else if let Some(error) =
        innermost.downcast_ref::<PathToError<serde_core::de::value::Error>>()
    {
        error.inner().to_string()
    } else {
        innermost.to_string()
    }
}

/// Writes `message`, then `text` after a colon unless it is empty.
fn sentence(f: &mut fmt::Formatter<'_>, message: &str, text: &str) -> fmt::Result {
    f.write_str(message)?;
    if !text.is_empty() {
        f.write_str(": ")?;
        f.write_str(text)?;
    }
    Ok(())
}

/// Writes `Display` from one sentence per variant (with the parser's text after a colon for
/// the variants that bind it), `Error`, and the framework impls, for a rejection type.
macro_rules! rejection_impls {
    ($type:ident { $($pattern:pat => $message:literal $(, $text:ident)?;)+ }) => {
        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                #[allow(unused_imports, reason = "not every type has unit variants")]
                use $type::*;
                match self {
                    $($pattern => sentence(f, $message, rejection_impls!(@text $($text)?)),)+
                }
            }
        }

        impl Error for $type {}

        #[cfg(feature = "axum")]
        impl axum_core::response::IntoResponse for $type {
            /// The problem details response of the rejection.
            fn into_response(self) -> axum_core::response::Response {
                super::axum::response(&self)
            }
        }

        #[cfg(feature = "actix-web")]
        impl actix_web::ResponseError for $type {
            /// The status of the rejection.
            fn status_code(&self) -> actix_web::http::StatusCode {
                super::actix_web::status_code(self)
            }

            /// The problem details response of the rejection.
            fn error_response(&self) -> actix_web::HttpResponse {
                super::actix_web::response(self)
            }
        }

        #[cfg(feature = "utoipa")]
        impl utoipa::IntoResponses for $type {
            /// The rejection's statuses, each once, as problem details.
            fn responses() -> alloc::collections::BTreeMap<
                String,
                utoipa::openapi::RefOr<utoipa::openapi::response::Response>,
            > {
                super::utoipa::responses::<Self>()
            }
        }

        #[cfg(feature = "utoipa")]
        impl super::utoipa::ExtensionSchemas for $type {
            /// None: a rejection's problem has the standard members alone.
            fn visit_extension_schemas(
                _: &mut dyn FnMut(&super::utoipa::ExtensionSchema),
            ) {
            }
        }
    };
    (@text $text:ident) => {
        $text
    };
    (@text) => {
        ""
    };
}

/// Why the parameters in a request's path were refused (axum's `Path`, actix-web's
/// `web::Path`).
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::respond::PathRejection;
///
/// let rejection = PathRejection::Invalid(String::new());
/// assert_eq!(rejection.status().code(), 400);
/// assert_eq!(rejection.to_string(), "a segment of the path is not what this route takes");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, crate::HttpStatus)]
#[non_exhaustive]
pub enum PathRejection {
    /// A segment of the path is not what the route takes (`abc` where it takes a number).
    #[status(BadRequest)]
    Invalid(String),
    /// The handler asks for path parameters its route does not have: a mistake in the
    /// service, whose details stay in its logs.
    #[status(InternalServerError)]
    Mismatch(String),
}

rejection_impls!(PathRejection {
    Invalid(_) => "a segment of the path is not what this route takes";
    Mismatch(text) => "the handler's path parameters do not match its route", text;
});

/// Why a request's query string was refused (axum's `Query`, actix-web's `web::Query`).
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::respond::QueryRejection;
///
/// let rejection = QueryRejection::Invalid("missing field `page`".to_owned());
/// assert_eq!(rejection.status().code(), 400);
/// assert_eq!(
///     rejection.to_string(),
///     "the query string is not what this route takes: missing field `page`",
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, crate::HttpStatus)]
#[non_exhaustive]
pub enum QueryRejection {
    /// The query string lacks a parameter the route needs, or one is not of its type.
    #[status(BadRequest)]
    Invalid(String),
}

rejection_impls!(QueryRejection {
    Invalid(text) => "the query string is not what this route takes", text;
});

/// Why a JSON request body was refused (axum's `Json`, actix-web's `web::Json`).
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::respond::JsonRejection;
///
/// assert_eq!(JsonRejection::MediaType.status().code(), 415);
/// let shape = JsonRejection::Shape("missing field `name` at line 1 column 2".to_owned());
/// assert_eq!(shape.status().code(), 422);
/// assert_eq!(
///     shape.to_string(),
///     "the JSON body is not what this route takes: missing field `name` at line 1 column 2",
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, crate::HttpStatus)]
#[non_exhaustive]
pub enum JsonRejection {
    /// The request's `Content-Type` is not `application/json` (or a `+json` type).
    #[status(UnsupportedMediaType)]
    MediaType,
    /// The body is not valid JSON.
    #[status(BadRequest)]
    Syntax(String),
    /// The body is JSON, but not of the shape the route takes: a member is missing or has
    /// another type.
    #[status(UnprocessableContent)]
    Shape(String),
    /// The body is larger than the route accepts.
    #[status(ContentTooLarge)]
    TooLarge,
    /// The body could not be read to its end.
    #[status(BadRequest)]
    Unreadable(String),
}

rejection_impls!(JsonRejection {
    MediaType => "the request's Content-Type is not application/json";
    Syntax(text) => "the body is not valid JSON", text;
    Shape(text) => "the JSON body is not what this route takes", text;
    TooLarge => "the body is larger than this route accepts";
    Unreadable(text) => "the body could not be read", text;
});

/// Why a form request body (`application/x-www-form-urlencoded`) was refused (axum's `Form`,
/// actix-web's `web::Form`).
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::respond::FormRejection;
///
/// assert_eq!(FormRejection::MediaType.status().code(), 415);
/// assert_eq!(FormRejection::TooLarge.status().code(), 413);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, crate::HttpStatus)]
#[non_exhaustive]
pub enum FormRejection {
    /// The request's `Content-Type` is not `application/x-www-form-urlencoded`.
    #[status(UnsupportedMediaType)]
    MediaType,
    /// The form in the query string of a `GET` or `HEAD` request is not what the route takes.
    #[status(BadRequest)]
    Syntax(String),
    /// The form in the body lacks a field the route needs, or one is not of its type.
    #[status(UnprocessableContent)]
    Shape(String),
    /// The body is larger than the route accepts.
    #[status(ContentTooLarge)]
    TooLarge,
    /// The body could not be read to its end.
    #[status(BadRequest)]
    Unreadable(String),
}

rejection_impls!(FormRejection {
    MediaType => "the request's Content-Type is not application/x-www-form-urlencoded";
    Syntax(text) | Shape(text) => "the form is not what this route takes", text;
    TooLarge => "the body is larger than this route accepts";
    Unreadable(text) => "the body could not be read", text;
});

/// Why a request body taken whole (axum's `Bytes` and `String`, actix-web's `Bytes` and
/// `String`) was refused.
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::respond::BodyRejection;
///
/// assert_eq!(BodyRejection::TooLarge.status().code(), 413);
/// assert_eq!(BodyRejection::TooLarge.to_string(), "the body is larger than this route accepts");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, crate::HttpStatus)]
#[non_exhaustive]
pub enum BodyRejection {
    /// The body is larger than the route accepts.
    #[status(ContentTooLarge)]
    TooLarge,
    /// The body could not be read to its end, or is not the UTF-8 text the route takes.
    #[status(BadRequest)]
    Unreadable(String),
}

rejection_impls!(BodyRejection {
    TooLarge => "the body is larger than this route accepts";
    Unreadable(text) => "the body could not be read", text;
});

#[cfg(feature = "axum")]
mod from_axum {
    //! axum 0.8's rejections, read by their status: axum's composite rejections are
    //! `#[non_exhaustive]`, and the status is the one fact each of them states.

    use axum::extract::rejection as axum_rejection;

    use super::{
        BodyRejection, FormRejection, JsonRejection, PathRejection, QueryRejection, innermost,
    };

    impl From<axum_rejection::PathRejection> for PathRejection {
        fn from(rejection: axum_rejection::PathRejection) -> Self {
            if rejection.status().is_client_error() {
                PathRejection::Invalid(innermost(&rejection))
            } else {
                PathRejection::Mismatch(rejection.body_text())
            }
        }
    }

    impl From<axum_rejection::QueryRejection> for QueryRejection {
        fn from(rejection: axum_rejection::QueryRejection) -> Self {
            QueryRejection::Invalid(innermost(&rejection))
        }
    }

    impl From<axum_rejection::JsonRejection> for JsonRejection {
        fn from(rejection: axum_rejection::JsonRejection) -> Self {
            match rejection {
                axum_rejection::JsonRejection::JsonSyntaxError(syntax) => {
                    JsonRejection::Syntax(innermost(&syntax))
                }
                axum_rejection::JsonRejection::JsonDataError(data) => {
                    JsonRejection::Shape(innermost(&data))
                }
                axum_rejection::JsonRejection::MissingJsonContentType(_) => {
                    JsonRejection::MediaType
                }
                other => match BodyRejection::from_status(other.status().as_u16(), &other) {
                    BodyRejection::TooLarge => JsonRejection::TooLarge,
                    BodyRejection::Unreadable(text) => JsonRejection::Unreadable(text),
                },
            }
        }
    }

    impl From<axum_rejection::FormRejection> for FormRejection {
        fn from(rejection: axum_rejection::FormRejection) -> Self {
            match rejection {
                axum_rejection::FormRejection::InvalidFormContentType(_) => {
                    FormRejection::MediaType
                }
                axum_rejection::FormRejection::FailedToDeserializeForm(form) => {
                    FormRejection::Syntax(innermost(&form))
                }
                axum_rejection::FormRejection::FailedToDeserializeFormBody(form) => {
                    FormRejection::Shape(innermost(&form))
                }
                other => match BodyRejection::from_status(other.status().as_u16(), &other) {
                    BodyRejection::TooLarge => FormRejection::TooLarge,
                    BodyRejection::Unreadable(text) => FormRejection::Unreadable(text),
                },
            }
        }
    }

    impl From<axum_rejection::BytesRejection> for BodyRejection {
        fn from(rejection: axum_rejection::BytesRejection) -> Self {
            BodyRejection::from_status(rejection.status().as_u16(), &rejection)
        }
    }

    impl From<axum_rejection::StringRejection> for BodyRejection {
        fn from(rejection: axum_rejection::StringRejection) -> Self {
            BodyRejection::from_status(rejection.status().as_u16(), &rejection)
        }
    }
}

#[cfg(feature = "actix-web")]
mod from_actix_web {
    //! actix-web 4's extractor errors. Where actix-web answers otherwise than axum (400 for
    //! a JSON body of the wrong shape or `Content-Type`, 411 for a form without a length),
    //! the rejection takes axum's status, the one RFC 9110 and RFC 9457 name for the case,
    //! so that a client sees the same answer from both.

    use actix_web::error::{
        JsonPayloadError, PathError, PayloadError, QueryPayloadError, UrlencodedError,
    };
    use alloc::string::ToString;

    use super::{BodyRejection, FormRejection, JsonRejection, PathRejection, QueryRejection};

    impl From<&PathError> for PathRejection {
        fn from(error: &PathError) -> Self {
            let PathError::Deserialize(error) = error else {
                return PathRejection::Invalid(error.to_string());
            };
            PathRejection::Invalid(error.to_string())
        }
    }

    impl From<&QueryPayloadError> for QueryRejection {
        fn from(error: &QueryPayloadError) -> Self {
            let QueryPayloadError::Deserialize(error) = error else {
                return QueryRejection::Invalid(error.to_string());
            };
            QueryRejection::Invalid(error.to_string())
        }
    }

    impl From<&JsonPayloadError> for JsonRejection {
        fn from(error: &JsonPayloadError) -> Self {
            match error {
                JsonPayloadError::ContentType => JsonRejection::MediaType,
                JsonPayloadError::Deserialize(error) if error.is_data() => {
                    JsonRejection::Shape(error.to_string())
                }
                JsonPayloadError::Deserialize(error) => JsonRejection::Syntax(error.to_string()),
                JsonPayloadError::OverflowKnownLength { .. }
                | JsonPayloadError::Overflow { .. } => JsonRejection::TooLarge,
                JsonPayloadError::Payload(payload) => match BodyRejection::from(payload) {
                    BodyRejection::TooLarge => JsonRejection::TooLarge,
                    BodyRejection::Unreadable(text) => JsonRejection::Unreadable(text),
                },
                other => JsonRejection::Unreadable(other.to_string()),
            }
        }
    }

    impl From<&UrlencodedError> for FormRejection {
        fn from(error: &UrlencodedError) -> Self {
            match error {
                UrlencodedError::ContentType => FormRejection::MediaType,
                UrlencodedError::Overflow { .. } => FormRejection::TooLarge,
                UrlencodedError::Parse(error) => FormRejection::Shape(error.to_string()),
                UrlencodedError::Payload(payload) => match BodyRejection::from(payload) {
                    BodyRejection::TooLarge => FormRejection::TooLarge,
                    BodyRejection::Unreadable(text) => FormRejection::Unreadable(text),
                },
                other => FormRejection::Unreadable(other.to_string()),
            }
        }
    }

    impl From<&PayloadError> for BodyRejection {
        fn from(error: &PayloadError) -> Self {
            match error {
                PayloadError::Overflow => BodyRejection::TooLarge,
                other => BodyRejection::Unreadable(other.to_string()),
            }
        }
    }
}

impl BodyRejection {
    /// The rejection of a body a framework refused with `status`: 413 is too large, any
    /// other status unreadable, with the innermost error's text.
    #[cfg(feature = "axum")]
    fn from_status(status: u16, error: &(dyn Error + 'static)) -> Self {
        if status == 413 {
            BodyRejection::TooLarge
        } else {
            BodyRejection::Unreadable(innermost(error))
        }
    }
}

/// The statuses of each rejection type, in declaration order.
#[cfg(test)]
mod tests {
    use alloc::string::ToString;
    use alloc::vec::Vec;

    use super::*;
    use crate::{HttpStatus, StatusContract};

    fn codes<T: StatusContract>() -> Vec<u16> {
        let mut codes = Vec::new();
        T::visit_statuses(&mut |outcome| codes.push(outcome.status.code()));
        codes
    }

    #[test]
    fn each_rejection_states_the_statuses_its_variants_carry() {
        assert_eq!(codes::<PathRejection>(), [400, 500]);
        assert_eq!(codes::<QueryRejection>(), [400]);
        assert_eq!(codes::<JsonRejection>(), [415, 400, 422, 413, 400]);
        assert_eq!(codes::<FormRejection>(), [415, 400, 422, 413, 400]);
        assert_eq!(codes::<BodyRejection>(), [413, 400]);
    }

    #[test]
    fn a_parser_message_follows_the_sentence_and_a_server_error_keeps_it_out_of_the_body() {
        let syntax = JsonRejection::Syntax("expected value at line 1 column 1".into());
        assert_eq!(
            syntax.to_string(),
            "the body is not valid JSON: expected value at line 1 column 1"
        );
        assert_eq!(
            JsonRejection::Syntax(String::new()).to_string(),
            "the body is not valid JSON"
        );
        let mismatch = PathRejection::Mismatch("Wrong number of path arguments".into());
        assert!(!mismatch.exposes_detail());
    }
}
