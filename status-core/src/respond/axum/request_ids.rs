//! The request-id layer for axum: tower-http's `SetRequestId` and `PropagateRequestId`, with
//! the id checked first and written into problem bodies last.

use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, ready};

use alloc::string::String;
use axum_core::body::Body;
use axum_core::response::Response;
use http::header::{CONTENT_LENGTH, HeaderMap, HeaderValue};
use http::{HeaderName, Request};
use pin_project_lite::pin_project;
use tower::{Layer, Service};
use tower_http::request_id::{
    MakeRequestUuid, PropagateRequestId, PropagateRequestIdResponseFuture, SetRequestId,
};

use crate::respond::request_id::{self, InSpan, Pending};

const X_REQUEST_ID: HeaderName = HeaderName::from_static(request_id::HEADER);

/// The request-id layer: the one line that ties every problem body of an axum service to its
/// request, `router.layer(status_core::respond::axum::request_ids())`, or around the whole
/// router, `request_ids().layer(router)`.
///
/// Each request gets an id, the client's `X-Request-Id` when it is
/// [valid](request_id::is_valid) or a new UUID v4 (tower-http's `MakeRequestUuid`), which
/// handlers read as tower-http's `RequestId` extension; each response carries it in
/// `X-Request-Id`; a problem body built by status-core gets `instance` and `request_id`; with
/// the `tracing` feature, the request runs inside the span `request` with the field
/// `request_id`. The [module](request_id) says each in detail.
///
/// ```
/// use http_body_util::BodyExt as _;
/// use status_core::HttpStatus;
/// use tower::{Layer as _, ServiceExt as _, service_fn};
///
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[error("the disk at /srv/items is full")]
/// #[status(500)]
/// struct DiskFull;
///
/// # fn ready<F: Future>(future: F) -> F::Output {
/// #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
/// #     match std::pin::pin!(future).poll(&mut context) {
/// #         std::task::Poll::Ready(output) => output,
/// #         std::task::Poll::Pending => unreachable!("the service answers at once"),
/// #     }
/// # }
/// let handler = service_fn(|_: http::Request<()>| async {
///     Ok::<_, std::convert::Infallible>(status_core::respond::axum::response(&DiskFull))
/// });
/// let service = status_core::respond::axum::request_ids().layer(handler);
///
/// let request = http::Request::get("/items").header("x-request-id", "req-42").body(())?;
/// let response = ready(service.oneshot(request))?;
/// assert_eq!(response.headers()["x-request-id"], "req-42");
/// let body = ready(response.into_body().collect())?.to_bytes();
/// assert_eq!(
///     body,
///     r##"{"title":"Internal Server Error","status":500,"instance":"#request-id=req-42","request_id":"req-42"}"##,
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn request_ids() -> RequestIdsLayer {
    RequestIdsLayer::default()
}

/// The layer [`request_ids`] returns; it makes the [`RequestIds`] service.
///
/// ```
/// use status_core::respond::axum::{RequestIdsLayer, request_ids};
///
/// let layer: RequestIdsLayer = request_ids();
/// # let _ = layer;
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct RequestIdsLayer {
    _private: (),
}

impl<S> Layer<S> for RequestIdsLayer {
    type Service = RequestIds<S>;

    fn layer(&self, inner: S) -> RequestIds<S> {
        RequestIds {
            inner: SetRequestId::x_request_id(
                PropagateRequestId::x_request_id(Correlate { inner }),
                MakeRequestUuid,
            ),
        }
    }
}

/// The service of [`RequestIdsLayer`]: drops a client's `X-Request-Id` that is not a valid
/// id, then runs tower-http's `SetRequestId` (which makes a UUID v4 when there is none) and
/// `PropagateRequestId` around the service, which it calls inside the request's span, and
/// writes the id into the problem body of its response.
///
/// ```
/// use axum_core::{body::Body, response::Response};
/// use status_core::respond::axum::{RequestIds, request_ids};
/// use tower::{Layer as _, ServiceExt as _, service_fn};
///
/// # fn ready<F: Future>(future: F) -> F::Output {
/// #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
/// #     match std::pin::pin!(future).poll(&mut context) {
/// #         std::task::Poll::Ready(output) => output,
/// #         std::task::Poll::Pending => unreachable!("the service answers at once"),
/// #     }
/// # }
/// let service: RequestIds<_> = request_ids().layer(service_fn(|_: http::Request<()>| async {
///     Ok::<_, std::convert::Infallible>(Response::new(Body::from("an item")))
/// }));
///
/// // A value with a space is not an id: it is replaced by a UUID.
/// let request = http::Request::get("/").header("x-request-id", "two words").body(())?;
/// let response = ready(service.oneshot(request))?;
/// assert_eq!(response.headers()["x-request-id"].len(), 36);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct RequestIds<S> {
    inner: SetRequestId<PropagateRequestId<Correlate<S>>, MakeRequestUuid>,
}

impl<S: fmt::Debug> fmt::Debug for RequestIds<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestIds")
            .field("inner", &self.inner.get_ref().get_ref().inner)
            .finish()
    }
}

impl<S, B> Service<Request<B>> for RequestIds<S>
where
    S: Service<Request<B>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = RequestIdsFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<B>) -> Self::Future {
        drop_invalid_id(request.headers_mut());
        RequestIdsFuture {
            inner: self.inner.call(request),
        }
    }
}

/// Removes every `X-Request-Id` field when the first is not a valid id, so that
/// `SetRequestId` makes one.
fn drop_invalid_id(headers: &mut HeaderMap) {
    if headers
        .get(X_REQUEST_ID)
        .is_some_and(|id| !request_id::is_valid(id.as_bytes()))
    {
        headers.remove(X_REQUEST_ID);
    }
}

pin_project! {
    /// The response future of [`RequestIds`].
    pub struct RequestIdsFuture<F> {
        #[pin]
        inner: PropagateRequestIdResponseFuture<Correlating<F>>,
    }
}

impl<F, E> Future for RequestIdsFuture<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.project().inner.poll(cx)
    }
}

/// The innermost part of [`RequestIds`]: calls the service inside the request's span and
/// renders a pending problem again with the id, read from the `X-Request-Id` field that
/// `SetRequestId` ensured and `PropagateRequestId` echoes, so the body and the header agree.
#[derive(Clone, Debug)]
struct Correlate<S> {
    inner: S,
}

impl<S, B> Service<Request<B>> for Correlate<S>
where
    S: Service<Request<B>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Correlating<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        // The header `PropagateRequestId` echoes: `SetRequestId` made one when there was none.
        let id = request
            .headers()
            .get(X_REQUEST_ID)
            .filter(|id| request_id::is_valid(id.as_bytes()))
            .and_then(|id| id.to_str().ok())
            .map(String::from);
        Correlating {
            inner: request_id::in_request_span(id.as_deref(), || self.inner.call(request)),
            id,
        }
    }
}

pin_project! {
    /// The response future of [`Correlate`].
    struct Correlating<F> {
        #[pin]
        inner: InSpan<F>,
        id: Option<String>,
    }
}

impl<F, E> Future for Correlating<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut response = ready!(this.inner.poll(cx))?;
        if let Some(id) = this.id.take() {
            correlate(&mut response, &id);
        }
        Poll::Ready(Ok(response))
    }
}

/// Renders the pending problem of `response`, if it has one, again with `id`.
fn correlate(response: &mut Response, id: &str) {
    let Some(pending) = response.extensions_mut().remove::<Pending>() else {
        return;
    };
    let body = request_id::correlated_body(pending, id);
    if response.headers().contains_key(CONTENT_LENGTH) {
        response
            .headers_mut()
            .insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    }
    *response.body_mut() = Body::from(body);
}
