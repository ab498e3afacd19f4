//! utoipa 6: the error responses of a type, documented for `OpenAPI` from its status
//! contract.
//!
//! `#[respond(utoipa)]` on a type that derives [`HttpStatus`](derive@crate::HttpStatus)
//! implements `utoipa::IntoResponses` for it with [`responses`]: each status the type can
//! produce once (transparent variants contribute their field type's statuses), described by
//! its reason phrase and every variant that produces it with its doc comment, with the
//! `application/problem+json` schema and the header fields the mapping supplies.
//!
//! ```
//! use status_core::HttpStatus;
//! use utoipa::IntoResponses;
//!
//! #[derive(Debug, thiserror::Error, HttpStatus)]
//! #[respond(utoipa)]
//! enum ItemError {
//!     /// No item has this id.
//!     #[error("no item {0}")]
//!     #[status(404)]
//!     NotFound(u64),
//!     /// The item was deleted.
//!     #[error("item {0} is gone")]
//!     #[status(404)]
//!     Deleted(u64),
//!     /// The request has no valid token.
//!     #[error("a bearer token is needed")]
//!     #[status(401)]
//!     #[header(www_authenticate = "Bearer")]
//!     Unauthenticated,
//! }
//!
//! let responses = ItemError::responses();
//! assert_eq!(responses.keys().collect::<Vec<_>>(), ["401", "404"]);
//! let utoipa::openapi::RefOr::T(not_found) = &responses["404"] else { unreachable!() };
//! assert!(not_found.description.contains("`ItemError::Deleted`: The item was deleted."));
//! let utoipa::openapi::RefOr::T(unauthorized) = &responses["401"] else { unreachable!() };
//! assert!(unauthorized.headers.contains_key("WWW-Authenticate"));
//! ```

use alloc::borrow::ToOwned;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use utoipa::openapi::header::Header;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::{Content, RefOr};

use crate::problem::PROBLEM_JSON;
use crate::{Outcome, StatusContract};

/// One status of a contract, gathered from its outcomes.
struct Entry {
    reason: Option<&'static str>,
    lines: Vec<String>,
    headers: Vec<&'static str>,
}

/// The `OpenAPI` responses of every status `T` can produce, keyed by code, each once.
/// Called by the `IntoResponses` impl that `#[respond(utoipa)]` writes.
///
/// ```
/// use status_core::HttpStatus;
///
/// #[derive(Debug, HttpStatus)]
/// enum LoginError {
///     /// Too many attempts.
///     #[status(429)]
///     #[header(retry_after = "60")]
///     Throttled,
/// }
///
/// let responses = status_core::respond::utoipa::responses::<LoginError>();
/// let utoipa::openapi::RefOr::T(throttled) = &responses["429"] else { unreachable!() };
/// assert!(throttled.headers.contains_key("Retry-After"));
/// assert!(throttled.content.contains_key("application/problem+json"));
/// ```
#[must_use]
pub fn responses<T: StatusContract + ?Sized>() -> BTreeMap<String, RefOr<Response>> {
    let mut entries: BTreeMap<u16, Entry> = BTreeMap::new();
    T::visit_statuses(&mut |outcome: &Outcome| {
        let entry = entries
            .entry(outcome.status.code())
            .or_insert_with(|| Entry {
                reason: outcome
                    .meaning
                    .map(|meaning| meaning.reason)
                    .or_else(|| outcome.status.reason()),
                lines: Vec::new(),
                headers: Vec::new(),
            });
        let name = match outcome.variant {
            Some(variant) => format!("{}::{variant}", outcome.type_name),
            None => outcome.type_name.to_owned(),
        };
        let doc = outcome.doc.split_whitespace().collect::<Vec<_>>().join(" ");
        entry.lines.push(if doc.is_empty() {
            format!("- `{name}`")
        } else {
            format!("- `{name}`: {doc}")
        });
        for header in outcome.headers {
            if !entry
                .headers
                .iter()
                .any(|known| known.eq_ignore_ascii_case(header))
            {
                entry.headers.push(header);
            }
        }
    });
    entries
        .into_iter()
        .map(|(code, entry)| {
            let title = entry.reason.unwrap_or("Error");
            let description = format!("{title}, from:\n\n{}", entry.lines.join("\n"));
            let mut response = ResponseBuilder::new()
                .description(description)
                .content(PROBLEM_JSON, Content::new(Some(problem_schema())));
            for name in entry.headers {
                let header = Header::new(ObjectBuilder::new().schema_type(Type::String));
                response = response.header(name, header);
            }
            (code.to_string(), RefOr::T(response.build()))
        })
        .collect()
}

/// The schema of a problem details object (RFC 9457 §3), as `Problem` writes it.
fn problem_schema() -> Schema {
    let text = |description: &str| {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(description))
    };
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(
            "Problem details (RFC 9457); extension members may follow the standard ones.",
        ))
        .property(
            "type",
            text("A URI that identifies the problem type; absent means about:blank."),
        )
        .property("title", text("The reason phrase of the status."))
        .property(
            "status",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .description(Some("The status code of the response.")),
        )
        .property(
            "detail",
            text("What went wrong, for the client; a server error's detail is withheld."),
        )
        .property("instance", text("A URI that identifies this occurrence."))
        .required("status")
        .into()
}
