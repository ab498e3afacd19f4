//! actix-web 4: the [`ErrorResponse`] of an error as an actix-web response, in the http 0.2
//! types actix-web 4 uses.
//!
//! A type that derives [`HttpStatus`](derive@crate::HttpStatus) becomes a `ResponseError`
//! with `#[respond(actix_web)]` on the type (the impl is written in the user's crate, where
//! the orphan rule wants it); [`Failure`] is one here.
//!
//! ```
//! use actix_web::ResponseError;
//! use status_core::HttpStatus;
//!
//! #[derive(Debug, thiserror::Error, HttpStatus)]
//! #[respond(actix_web)]
//! enum ItemError {
//!     /// No item has this id.
//!     #[error("no item {0}")]
//!     #[status(404)]
//!     NotFound(u64),
//! }
//!
//! let error = ItemError::NotFound(7);
//! assert_eq!(error.status_code().as_u16(), 404);
//! let response = error.error_response();
//! assert_eq!(response.headers().get("content-type").unwrap(), "application/problem+json");
//! ```
//!
//! With the `uuid` feature too, [`RequestIds`] is the one line that ties each problem body to
//! its request: `App::new().wrap(status_core::respond::actix_web::RequestIds::default())` (see
//! [`request_id`](super::request_id)).
//!
//! [`problem_fallbacks`] turns actix-web's own answers into problem details: the empty 404
//! (no route) and 405 (a resource's other methods, `Allow` kept), and the `text/plain` errors
//! of its extractors (`web::Path`, `web::Query`, `web::Json`, `web::Form`, `Bytes`), as the
//! [`rejection`](super::rejection) types: `App::new().wrap(problem_fallbacks())`.

use core::error::Error;

use ::actix_web::body::{BodySize, BoxBody, MessageBody};
use ::actix_web::dev::ServiceResponse;
use ::actix_web::http::StatusCode;
use ::actix_web::http::header::{ALLOW, CONTENT_TYPE, HeaderName, HeaderValue};
use ::actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use ::actix_web::{HttpResponse, ResponseError};

#[cfg(feature = "uuid")]
use super::request_id::Pending;
use super::{ErrorResponse, Failure};
use crate::{HttpStatus, Status};

#[cfg(feature = "uuid")]
mod request_ids;
#[cfg(feature = "uuid")]
pub use request_ids::{RequestId, RequestIds, RequestIdsMiddleware};

/// The actix-web status of `error`. Called by the `ResponseError` impl that
/// `#[respond(actix_web)]` writes.
///
/// ```
/// # use status_core::HttpStatus;
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[error("gone")]
/// #[status(410)]
/// struct Gone;
///
/// assert_eq!(status_core::respond::actix_web::status_code(&Gone).as_u16(), 410);
/// ```
#[must_use]
pub fn status_code<E: HttpStatus + ?Sized>(error: &E) -> StatusCode {
    to_status_code(error.status())
}

/// The actix-web response of `error`: [`ErrorResponse::from_error`] in actix-web's types.
/// Called by the `ResponseError` impl that `#[respond(actix_web)]` writes.
///
/// ```
/// # use status_core::HttpStatus;
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[error("slow down")]
/// #[status(429)]
/// #[header(retry_after = "30")]
/// struct Throttled;
///
/// let response = status_core::respond::actix_web::response(&Throttled);
/// assert_eq!(response.status().as_u16(), 429);
/// assert_eq!(response.headers().get("retry-after").unwrap(), "30");
/// ```
#[must_use]
pub fn response<E: HttpStatus + Error + ?Sized>(error: &E) -> HttpResponse<BoxBody> {
    from_parts(ErrorResponse::from_error(error))
}

/// A middleware that answers actix-web's own responses as `application/problem+json`: the
/// empty 404 of a path no resource matches (the app's default service), the empty 405 of a
/// method a resource does not serve, with the `Allow` field actix-web computed from the
/// resource's method guards (`Allow: GET, PUT`), and the errors of its extractors.
///
/// - A 404 or 405 with no `Content-Type` and an empty body is replaced by the problem of its
///   status alone (`{"title":"Not Found","status":404,"detail":"no resource is at this path"}`),
///   whoever made it (a handler's bare `HttpResponse::NotFound().finish()` too).
/// - An error of `web::Path`, `web::Query`, `web::Json`, `web::Form` or a body extractor
///   (`PathError`, `QueryPayloadError`, `JsonPayloadError`, `UrlencodedError`,
///   `PayloadError`) is answered as its [`rejection`](super::rejection) type: the same status
///   and body as axum's extractors of [`respond::axum`](super::axum) give for the same
///   request. That is actix-web's status, but for a path segment `web::Path` cannot parse
///   (400, where actix-web says 404 Not Found), a JSON body of the wrong shape (422, where
///   actix-web says 400) or `Content-Type` (415), and a form of the wrong shape (422).
/// - Any other response passes unchanged.
///
/// Wrap it first, inside `RequestIds` (`uuid` feature), which then writes `instance` and
/// `request_id` into these bodies too, and inside the conformance middleware:
/// `App::new().wrap(problem_fallbacks()).wrap(RequestIds::default()).wrap(layer)`.
///
/// The body type of the app becomes `EitherBody<B>`, as with actix-web's `ErrorHandlers`,
/// which this is.
///
/// ```
/// use actix_web::{App, test, web};
/// use status_core::respond::actix_web::problem_fallbacks;
///
/// async fn get_item(id: web::Path<u64>) -> String {
///     format!("item {id}")
/// }
///
/// # actix_web::rt::System::new().block_on(async {
/// let app = test::init_service(
///     App::new()
///         .wrap(problem_fallbacks())
///         .service(web::resource("/items/{id}").route(web::get().to(get_item))),
/// )
/// .await;
/// let request = test::TestRequest::put().uri("/items/1").to_request();
/// let response = test::call_service(&app, request).await;
/// assert_eq!(response.status().as_u16(), 405);
/// assert_eq!(response.headers().get("allow").unwrap(), "GET");
/// assert_eq!(response.headers().get("content-type").unwrap(), "application/problem+json");
/// let body = test::read_body(response).await;
/// assert_eq!(body, r#"{"title":"Method Not Allowed","status":405,"detail":"this resource does not accept the request's method; Allow lists the ones it does"}"#);
///
/// let request = test::TestRequest::get().uri("/items/abc").to_request();
/// let response = test::call_service(&app, request).await;
/// assert_eq!(response.status().as_u16(), 400);
/// let body = test::read_body(response).await;
/// assert_eq!(body, r#"{"title":"Bad Request","status":400,"detail":"a segment of the path is not what this route takes"}"#);
/// # });
/// ```
#[must_use]
pub fn problem_fallbacks<B: MessageBody + 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new().default_handler(answer_as_problem)
}

/// The problem response in place of an extractor's error, or of an empty 404 or 405 (with
/// the `Allow` field kept); any other response unchanged.
#[expect(
    clippy::unnecessary_wraps,
    reason = "the handler type of `ErrorHandlers` returns a `Result`"
)]
fn answer_as_problem<B: MessageBody>(
    response: ServiceResponse<B>,
) -> ::actix_web::Result<ErrorHandlerResponse<B>> {
    let replacement = match response.response().error() {
        Some(error) => rejection_response(error),
        None => None,
    };
    let replacement = replacement.or_else(|| fallback_response(&response));
    Ok(ErrorHandlerResponse::Response(match replacement {
        Some(replacement) => {
            let (request, _) = response.into_parts();
            ServiceResponse::new(request, replacement).map_into_right_body()
        }
        None => response.map_into_left_body(),
    }))
}

/// The response of the rejection an extractor's `error` is, if it is one.
fn rejection_response(error: &::actix_web::Error) -> Option<HttpResponse<BoxBody>> {
    use ::actix_web::error::{
        InternalError, JsonPayloadError, PathError, PayloadError, QueryPayloadError,
        UrlencodedError,
    };
    use alloc::string::String;

    use super::rejection::{
        BodyRejection, FormRejection, JsonRejection, PathRejection, QueryRejection,
    };

    if let Some(error) = error.as_error::<PathError>() {
        Some(response(&PathRejection::from(error)))
    } else if error
        .as_error::<InternalError<serde_core::de::value::Error>>()
        .is_some()
    {
        // `web::Path`'s own error when no `PathConfig` handler is set: its parser's error
        // in a 404. A 400 says what is wrong, as axum's `Path` does.
        Some(response(&PathRejection::Invalid(String::new())))
    } else if let Some(error) = error.as_error::<QueryPayloadError>() {
        Some(response(&QueryRejection::from(error)))
    } else if let Some(error) = error.as_error::<JsonPayloadError>() {
        Some(response(&JsonRejection::from(error)))
    } else if let Some(error) = error.as_error::<UrlencodedError>() {
        Some(response(&FormRejection::from(error)))
    } else {
        error
            .as_error::<PayloadError>()
            .map(|error| response(&BodyRejection::from(error)))
    }
}

/// The problem response in place of an empty 404 or 405, with the `Allow` field kept.
fn fallback_response<B: MessageBody>(response: &ServiceResponse<B>) -> Option<HttpResponse> {
    let status = match response.status() {
        StatusCode::NOT_FOUND => crate::StatusCode::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => crate::StatusCode::MethodNotAllowed,
        _ => return None,
    };
    let empty = matches!(
        response.response().body().size(),
        BodySize::None | BodySize::Sized(0)
    );
    if !empty || response.headers().contains_key(CONTENT_TYPE) {
        return None;
    }
    let mut out = from_parts(ErrorResponse::fallback(status));
    if let Some(allow) = response.headers().get(ALLOW) {
        out.headers_mut().insert(ALLOW, allow.clone());
    }
    Some(out)
}

fn to_status_code(status: Status) -> StatusCode {
    StatusCode::from_u16(status.code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// `response` in actix-web's types; a name or value http 0.2 refuses is left out. With
/// `uuid`, the problem goes into the response's extensions, for `RequestIds` to render it
/// again with the id.
fn from_parts(response: ErrorResponse) -> HttpResponse<BoxBody> {
    let ErrorResponse {
        status,
        headers,
        body,
        problem,
    } = response;
    let mut out = HttpResponse::with_body(to_status_code(status), body).map_into_boxed_body();
    // actix-web writes http's reason phrase ("422 Unprocessable Entity", "<unknown status
    // code>" for 499) unless the response carries its own: the registry's, the body's title.
    if let Some(reason) = status.reason()
        && out.status().canonical_reason() != Some(reason)
    {
        out.head_mut().reason = Some(reason);
    }
    #[cfg(feature = "uuid")]
    out.extensions_mut().insert(Pending(problem));
    #[cfg(not(feature = "uuid"))]
    let _ = problem;
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            out.headers_mut().append(name, value);
        }
    }
    out
}

impl ResponseError for Failure {
    /// The status the failure carries.
    fn status_code(&self) -> StatusCode {
        to_status_code(self.status())
    }

    /// The response of [`Failure::response`].
    fn error_response(&self) -> HttpResponse<BoxBody> {
        from_parts(self.response())
    }
}
