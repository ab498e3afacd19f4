//! axum 0.8 (axum-core 0.5, http 1): the [`ErrorResponse`] of an error as an axum response.
//!
//! A type that derives [`HttpStatus`](derive@crate::HttpStatus) becomes an `IntoResponse`
//! with `#[respond(axum)]` on the type (the impl is written in the user's crate, where the
//! orphan rule wants it); [`Failure`] is one here.
//!
//! ```
//! use axum_core::response::IntoResponse;
//! use status_core::HttpStatus;
//!
//! #[derive(Debug, thiserror::Error, HttpStatus)]
//! #[respond(axum)]
//! enum ItemError {
//!     /// No item has this id.
//!     #[error("no item {0}")]
//!     #[status(404)]
//!     NotFound(u64),
//! }
//!
//! let response = ItemError::NotFound(7).into_response();
//! assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
//! assert_eq!(response.headers()["content-type"], "application/problem+json");
//! ```
//!
//! With the `tower-http` feature, [`request_ids`] is the one line that ties each problem
//! body to its request: `router.layer(status_core::respond::axum::request_ids())` (see
//! [`request_id`](super::request_id)).

use core::error::Error;

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};

#[cfg(feature = "tower-http")]
use super::request_id::Pending;
use super::{ErrorResponse, Failure};
use crate::HttpStatus;

#[cfg(feature = "tower-http")]
mod request_ids;
#[cfg(feature = "tower-http")]
pub use request_ids::{RequestIds, RequestIdsFuture, RequestIdsLayer, request_ids};

/// The axum response of `error`: [`ErrorResponse::from_error`] in http 1 types. Called by
/// the `IntoResponse` impl that `#[respond(axum)]` writes.
///
/// ```
/// use status_core::HttpStatus;
///
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[error("slow down")]
/// #[status(429)]
/// #[header(retry_after = "30")]
/// struct Throttled;
///
/// let response = status_core::respond::axum::response(&Throttled);
/// assert_eq!(response.status().as_u16(), 429);
/// assert_eq!(response.headers()["retry-after"], "30");
/// ```
#[must_use]
pub fn response<E: HttpStatus + Error + ?Sized>(error: &E) -> Response {
    from_parts(ErrorResponse::from_error(error))
}

/// `response` in axum's types; a name or value http refuses is left out. With `tower-http`,
/// the problem goes into the response's extensions, for `request_ids` to render it again
/// with the id.
fn from_parts(response: ErrorResponse) -> Response {
    let ErrorResponse {
        status,
        headers,
        body,
        problem,
    } = response;
    let mut out = Response::new(Body::from(body));
    #[cfg(feature = "tower-http")]
    out.extensions_mut().insert(Pending(problem));
    #[cfg(not(feature = "tower-http"))]
    let _ = problem;
    *out.status_mut() = http::StatusCode::from_u16(status.code())
        .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) = (
            http::HeaderName::from_bytes(name.as_bytes()),
            http::HeaderValue::try_from(value),
        ) {
            out.headers_mut().append(name, value);
        }
    }
    out
}

impl IntoResponse for Failure {
    /// The response of [`Failure::response`].
    fn into_response(self) -> Response {
        from_parts(self.response())
    }
}
