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
//!
//! [`not_found`] and [`method_not_allowed`] are axum's two fallbacks as problem details, set
//! with one line after the routes:
//! `.fallback(not_found).method_not_allowed_fallback(method_not_allowed)`.
//!
//! [`Path`], [`Query`], [`Json`], [`Form`] and [`Bytes`] are axum's extractors whose
//! rejections are problem details too ([`rejection`](super::rejection)): import them in place
//! of axum's, one line, and `GET /items/abc` on a `Path<u64>` answers
//! `{"title":"Bad Request","status":400,"detail":"a segment of the path is not what this route takes"}`
//! where axum answers `text/plain`.

use core::error::Error;
use core::future::{Ready, ready};

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};

#[cfg(feature = "tower-http")]
use super::request_id::Pending;
use super::{ErrorResponse, Failure};
use crate::{HttpStatus, StatusCode};

mod extract;
#[cfg(feature = "tower-http")]
mod request_ids;
pub use extract::{Bytes, Form, Json, Path, Query};
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

/// An axum handler for `Router::fallback`: a path no route matches answers 404 Not Found as
/// `application/problem+json` (`{"title":"Not Found","status":404,"detail":"no resource is at this path"}`), not axum's empty 404.
///
/// Set it with the method-not-allowed fallback, in one line after the routes:
///
/// ```text
/// let app = Router::new()
///     .route("/items/{id}", get(get_item))
///     .fallback(not_found)
///     .method_not_allowed_fallback(method_not_allowed);
/// ```
///
/// Through `request_ids()` (`tower-http` feature) the body gets `instance` and `request_id`,
/// as every problem body status-core builds.
///
/// ```
/// let response = status_core::respond::axum::not_found().into_inner();
/// assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// ```
pub fn not_found() -> Ready<Response> {
    ready(from_parts(ErrorResponse::fallback(StatusCode::NotFound)))
}

/// An axum handler for `Router::method_not_allowed_fallback`: a method a route does not serve
/// answers 405 Method Not Allowed as `application/problem+json`, not axum's empty 405.
///
/// The response carries no `Allow` of its own: axum adds the one it computed from the
/// route's methods (`GET,HEAD`) to whatever its method-not-allowed fallback answers, so the
/// header is axum's own. `Router::method_not_allowed_fallback` applies to the routes
/// registered before it: call it after the last `route` (see [`not_found`]).
///
/// ```
/// let response = status_core::respond::axum::method_not_allowed().into_inner();
/// assert_eq!(response.status(), http::StatusCode::METHOD_NOT_ALLOWED);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// assert!(response.headers().get("allow").is_none()); // axum adds its own
/// ```
pub fn method_not_allowed() -> Ready<Response> {
    ready(from_parts(ErrorResponse::fallback(
        StatusCode::MethodNotAllowed,
    )))
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
    // hyper writes http's reason phrase ("422 Unprocessable Entity", none for 499) unless the
    // response carries its own: the registry's, the title of the body.
    if let Some(reason) = status.reason()
        && out.status().canonical_reason() != Some(reason)
        && let Ok(reason) =
            hyper::ext::ReasonPhrase::try_from(axum::body::Bytes::from_static(reason.as_bytes()))
    {
        out.extensions_mut().insert(reason);
    }
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
