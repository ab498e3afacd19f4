//! The request-id middleware for actix-web 4, which has no tower-http: the same steps as the
//! axum layer, in one `Transform`.

use core::future::{Future, Ready, ready};
use core::pin::Pin;

use ::actix_web::body::{BoxBody, EitherBody, MessageBody};
use ::actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use ::actix_web::http::header::{CONTENT_LENGTH, HeaderMap, HeaderName, HeaderValue};
use ::actix_web::{Error, HttpMessage as _};
use alloc::boxed::Box;
use alloc::string::String;

use crate::respond::request_id::{self, Pending};

const X_REQUEST_ID: HeaderName = HeaderName::from_static(request_id::HEADER);

/// The request-id middleware: the one line that ties every problem body of an actix-web
/// service to its request, `App::new().wrap(RequestIds::default())`.
///
/// Each request gets an id, the client's `X-Request-Id` when it is
/// [valid](request_id::is_valid) or a new UUID v4 ([`request_id::generate`]), which handlers
/// read as the [`RequestId`] extension (`web::ReqData<RequestId>`); each response carries it
/// in `X-Request-Id`; a problem body built by status-core gets `instance` and `request_id`;
/// with the `tracing` feature, the request runs inside the span `request` with the field
/// `request_id`. The [module](request_id) says each in detail.
///
/// ```
/// use actix_web::{App, test, web};
/// use status_core::HttpStatus;
/// use status_core::respond::actix_web::RequestIds;
///
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[respond(actix_web)]
/// #[error("the disk at /srv/items is full")]
/// #[status(500)]
/// struct DiskFull;
///
/// async fn save() -> Result<&'static str, DiskFull> {
///     Err(DiskFull)
/// }
///
/// actix_web::rt::System::new().block_on(async {
///     let app = App::new().wrap(RequestIds::default()).route("/", web::post().to(save));
///     let app = test::init_service(app).await;
///     let request = test::TestRequest::post().insert_header(("x-request-id", "req-42"));
///     let response = test::call_service(&app, request.to_request()).await;
///     assert_eq!(response.headers().get("x-request-id").unwrap(), "req-42");
///     assert_eq!(
///         test::read_body(response).await,
///         r##"{"title":"Internal Server Error","status":500,"instance":"#request-id=req-42","request_id":"req-42"}"##,
///     );
/// });
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct RequestIds {
    _private: (),
}

/// The id of a request, in its extensions while [`RequestIds`] serves it.
///
/// ```
/// use actix_web::{App, HttpResponse, test, web};
/// use status_core::respond::actix_web::{RequestId, RequestIds};
///
/// async fn echo(id: web::ReqData<RequestId>) -> HttpResponse {
///     HttpResponse::Ok().body(id.as_str().to_owned())
/// }
///
/// actix_web::rt::System::new().block_on(async {
///     let app = test::init_service(App::new().wrap(RequestIds::default()).route("/", web::get().to(echo))).await;
///     let response = test::call_service(&app, test::TestRequest::get().to_request()).await;
///     let header = response.headers().get("x-request-id").unwrap().to_str().unwrap().to_owned();
///     assert_eq!(test::read_body(response).await, header);
/// });
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RequestId(String);

impl RequestId {
    /// The id as text: visible ASCII, at most [`request_id::MAX_LEN`] bytes.
    ///
    /// See [`RequestId`] for an example.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The client's id when it is valid, or a new one.
    fn of(headers: &HeaderMap) -> Self {
        RequestId(
            headers
                .get(X_REQUEST_ID)
                .filter(|id| request_id::is_valid(id.as_bytes()))
                .and_then(|id| id.to_str().ok())
                .map_or_else(request_id::generate, String::from),
        )
    }
}

impl<S, B> Transform<S, ServiceRequest> for RequestIds
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    S::Future: 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = RequestIdsMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(RequestIdsMiddleware { service }))
    }
}

/// The service of [`RequestIds`], around the application's.
///
/// ```
/// use actix_web::{App, test, web};
/// use status_core::respond::actix_web::RequestIds;
///
/// actix_web::rt::System::new().block_on(async {
///     let app = App::new().wrap(RequestIds::default()).route("/", web::get().to(|| async { "ok" }));
///     let app = test::init_service(app).await;
///     let response = test::call_service(&app, test::TestRequest::get().to_request()).await;
///     assert!(response.headers().contains_key("x-request-id"));
///     assert_eq!(test::read_body(response).await, "ok"); // untouched
/// });
/// ```
#[derive(Debug)]
pub struct RequestIdsMiddleware<S> {
    service: S,
}

impl<S, B> Service<ServiceRequest> for RequestIdsMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    S::Future: 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>>>>;

    forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let id = RequestId::of(request.headers());
        request.extensions_mut().insert(id.clone());
        let future = request_id::in_request_span(Some(id.as_str()), || self.service.call(request));
        Box::pin(async move { Ok(correlate(future.await?, &id)) })
    }
}

/// Echoes `id` (unless the response has its own `X-Request-Id`) and renders the pending
/// problem of `response`, if it has one, again with it.
fn correlate<B>(
    mut response: ServiceResponse<B>,
    id: &RequestId,
) -> ServiceResponse<EitherBody<B>> {
    if !response.headers().contains_key(X_REQUEST_ID)
        && let Ok(value) = HeaderValue::from_str(id.as_str())
    {
        response.headers_mut().insert(X_REQUEST_ID, value);
    }
    let pending = response.response_mut().extensions_mut().remove::<Pending>();
    let Some(pending) = pending else {
        return response.map_into_left_body();
    };
    let body = request_id::correlated_body(pending, id.as_str());
    if response.headers().contains_key(CONTENT_LENGTH) {
        response
            .headers_mut()
            .insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    }
    response.map_body(|_, _| EitherBody::right(BoxBody::new(body)))
}
