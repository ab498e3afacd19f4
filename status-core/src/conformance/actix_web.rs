//! The actix-web 4 side (http 0.2 types): [`ConformanceLayer`] as a middleware (`Transform`),
//! the [`ConformanceMiddleware`] service it makes, and its [`MiddlewareFuture`]; responses
//! judged as actix-http 3 sends them.

use alloc::sync::Arc;
use core::fmt;
use core::future::{Ready, ready};
use core::pin::Pin;
use core::task::{Context, Poll};

use ::actix_web::body::{BodySize, MessageBody};
use ::actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform};
use ::actix_web::http::Version as HttpVersion;
use ::actix_web::http::header::{
    ALLOW, CONTENT_LENGTH, CONTENT_TYPE, HeaderName, LOCATION, RETRY_AFTER, TRANSFER_ENCODING,
};
use ::actix_web::{Error, HttpResponse};
use pin_project_lite::pin_project;

use super::check::{Field, ResponseView};
use super::request::{RequestFacts, StandardMethod, Version, request_field, standard_method};
use super::{ConformanceLayer, Exchange, Patterns, Report, Shared};
use crate::StatusCode;

impl<S, B, R> Transform<S, ServiceRequest> for ConformanceLayer<R>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    B: MessageBody,
    R: Report,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Transform = ConformanceMiddleware<S, R>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ConformanceMiddleware {
            service,
            shared: Arc::clone(&self.shared),
        }))
    }
}

/// The actix-web middleware of [`ConformanceLayer`] (`App::wrap`): forwards every request to
/// `S` and checks its response, which passes on unchanged.
///
/// A handler's error has become its response by the time the middleware sees it
/// ([`HttpResponse::error`] holds it), and is checked as any response; an error of the inner
/// service itself (another middleware's) passes on unchanged too, after the response that
/// actix-web will make of it ([`Error::error_response`]) is checked.
///
/// ```
/// use actix_web::{App, HttpResponse, test, web};
/// use status_core::conformance::{ConformanceLayer, Findings, Rule};
///
/// let findings = Findings::new();
/// actix_web::rt::System::new().block_on(async {
///     let app = test::init_service(
///         App::new()
///             .route("/items/{id}", web::delete().to(|| async { HttpResponse::NoContent().body("gone") }))
///             .wrap(ConformanceLayer::recording(&findings).route_codes("/items/{id}", &[204, 404])),
///     )
///     .await;
///     let request = test::TestRequest::delete().uri("/items/7").to_request();
///     let response = test::call_service(&app, request).await;
///     assert_eq!(response.status(), 204);
/// });
///
/// let found = findings.take();
/// assert_eq!(found[0].rule, Rule::ContentForbidden);
/// assert_eq!(found[0].route.as_deref(), Some("/items/{id}"));
/// ```
pub struct ConformanceMiddleware<S, R> {
    service: S,
    shared: Arc<Shared<R>>,
}

impl<S: fmt::Debug, R> fmt::Debug for ConformanceMiddleware<S, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConformanceMiddleware")
            .field("service", &self.service)
            .field("routes", &Patterns(&self.shared.routes))
            .finish_non_exhaustive()
    }
}

impl<S, B, R> Service<ServiceRequest> for ConformanceMiddleware<S, R>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    B: MessageBody,
    R: Report,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Future = MiddlewareFuture<S::Future, R>;

    fn poll_ready(&self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.service.poll_ready(cx)
    }

    #[inline]
    fn call(&self, request: ServiceRequest) -> Self::Future {
        let exchange = R::ENABLED.then(|| {
            let method = standard_method!(request.method(), ::actix_web::http::Method);
            Exchange::new(
                &self.shared,
                (method, request.method().as_str()),
                request.path(),
                request_facts(&request, method),
            )
        });
        MiddlewareFuture {
            inner: self.service.call(request),
            exchange,
        }
    }
}

/// The facts of `request` that the rules read, in one pass over its header fields.
#[inline]
fn request_facts(request: &ServiceRequest, method: Option<StandardMethod>) -> RequestFacts {
    let version = match request.version() {
        HttpVersion::HTTP_09 | HttpVersion::HTTP_10 => Version::Http10,
        HttpVersion::HTTP_11 => Version::Http11,
        _ => Version::Http2,
    };
    let fields = request.headers().iter().filter_map(|(name, value)| {
        Some((
            request_field!(name, ::actix_web::http::header)?,
            value.as_bytes(),
        ))
    });
    RequestFacts::read(method, version, fields)
}

pin_project! {
    /// The future of [`ConformanceMiddleware`]: the inner service's, whose response it checks
    /// when it is ready, before handing it on unchanged.
    ///
    /// ```
    /// use actix_web::dev::{Service, ServiceResponse, Transform};
    /// use actix_web::{HttpResponse, test};
    /// use status_core::conformance::{ConformanceLayer, MiddlewareFuture, Panicking};
    ///
    /// actix_web::rt::System::new().block_on(async {
    ///     let inner = test::status_service(actix_web::http::StatusCode::OK);
    ///     let middleware = ConformanceLayer::panicking().new_transform(inner).await.unwrap();
    ///     let future: MiddlewareFuture<_, Panicking> =
    ///         middleware.call(test::TestRequest::get().to_srv_request());
    ///     let response: ServiceResponse = future.await.unwrap();
    ///     assert_eq!(response.status(), 200);
    /// });
    /// ```
    pub struct MiddlewareFuture<F, R> {
        #[pin]
        inner: F,
        exchange: Option<Exchange<R>>,
    }
}

impl<F, B, R> Future for MiddlewareFuture<F, R>
where
    F: Future<Output = Result<ServiceResponse<B>, Error>>,
    B: MessageBody,
    R: Report,
{
    type Output = F::Output;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let output = core::task::ready!(this.inner.poll(cx));
        if R::ENABLED
            && let Some(exchange) = this.exchange.take()
        {
            let request = exchange.request;
            match &output {
                Ok(response) => exchange.check(&Actix {
                    response: response.response(),
                    request,
                }),
                // actix-web turns the error into this response after every middleware.
                Err(error) => exchange.check(&Actix {
                    response: &error.error_response(),
                    request,
                }),
            }
        }
        Poll::Ready(output)
    }
}

/// A response as actix-http 3 sends it (read in 3.19), for the request it answers.
///
/// In a middleware the response has no `Content-Length` of actix's: actix-http computes one
/// when it writes the head, from the body's [`MessageBody::size`]. Over HTTP/1
/// (`h1/encoder.rs`, `MessageType::encode_headers` and `MessageEncoder::encode`), the body
/// is written by its size whatever the status, except to HEAD; the head drops the
/// response's `Content-Length` and `Transfer-Encoding` and computes none for 100, 101, 102
/// and 204, keeps them and computes none for 304, and otherwise computes `Content-Length`
/// for a body of known size (even 0), writes `Transfer-Encoding: chunked` for a stream
/// unless chunking is off (then the response's own fields go out), and drops them for no
/// body. Over HTTP/2 (`h2/dispatcher.rs`, `prepare_response` and `handle_response`), 100,
/// 102 and 204 have no body and no computed length, a known size gets a computed length,
/// the response's `Content-Length` goes out only with a stream, `Transfer-Encoding` never,
/// and a body only when it is not empty and the request is not HEAD. actix-http sends a
/// 1xx given as the final response as it is.
struct Actix<'a, B> {
    response: &'a HttpResponse<B>,
    request: RequestFacts,
}

/// What actix-http writes of a response besides its status and fields.
#[derive(Clone, Copy)]
struct Wire {
    /// A body of known size above zero (a stream's size is unknown: it may end empty).
    content: bool,
    /// `Content-Length`, computed or the response's own.
    content_length: bool,
    /// `Transfer-Encoding`, computed or the response's own.
    transfer_encoding: bool,
}

impl<B: MessageBody> Actix<'_, B> {
    fn code(&self) -> u16 {
        self.response.status().as_u16()
    }

    fn has_field(&self, name: &HeaderName) -> bool {
        self.response.headers().contains_key(name)
    }

    /// What actix-http writes for the response, by the HTTP version of the request.
    fn wire(&self) -> Wire {
        let size = self.response.body().size();
        let code = self.code();
        // The statuses whose size both dispatchers override.
        let no_body = code == StatusCode::Continue.code()
            || code == StatusCode::Processing.code()
            || code == StatusCode::NoContent.code();
        let switching = code == StatusCode::SwitchingProtocols.code();
        if self.request.is_http2() {
            // `prepare_response`: the status may change the size, and the response's own
            // `Content-Length` is dropped unless the body is a stream.
            let keeps_length = size == BodySize::Stream && !switching;
            let size = if no_body {
                BodySize::None
            } else if switching {
                BodySize::Stream
            } else {
                size
            };
            return Wire {
                content: !self.request.is_head() && matches!(size, BodySize::Sized(len) if len > 0),
                content_length: matches!(size, BodySize::Sized(_))
                    || (keeps_length && self.has_field(&CONTENT_LENGTH)),
                transfer_encoding: false,
            };
        }
        // `MessageEncoder::encode` picks the body's encoding by its size alone; only HEAD
        // writes none.
        let content = !self.request.is_head() && matches!(size, BodySize::Sized(len) if len > 0);
        let own = || {
            (
                self.has_field(&CONTENT_LENGTH),
                self.has_field(&TRANSFER_ENCODING),
            )
        };
        let (content_length, transfer_encoding) = if no_body || switching {
            (false, false)
        } else if code == StatusCode::NotModified.code() {
            own()
        } else {
            match size {
                BodySize::Sized(_) => (true, false),
                BodySize::None => (false, false),
                BodySize::Stream if self.response.head().chunked() => (false, true),
                BodySize::Stream => own(),
            }
        };
        Wire {
            content,
            content_length,
            transfer_encoding,
        }
    }
}

impl<B: MessageBody> ResponseView for Actix<'_, B> {
    fn code(&self) -> u16 {
        self.code()
    }

    fn field(&self, field: Field) -> Option<&[u8]> {
        let name = match field {
            Field::Allow => ALLOW,
            Field::ContentType => CONTENT_TYPE,
            Field::Location => LOCATION,
            Field::RetryAfter => RETRY_AFTER,
        };
        self.response
            .headers()
            .get(name)
            .map(::actix_web::http::header::HeaderValue::as_bytes)
    }

    fn has(&self, name: &str) -> bool {
        // A scan rather than `contains_key(name)`, which would parse (and for a name that
        // http 0.2 does not know, allocate) a `HeaderName`.
        self.response
            .headers()
            .keys()
            .any(|key| key.as_str().eq_ignore_ascii_case(name))
    }

    fn replaced_by_server(&self) -> bool {
        false
    }

    fn sends_content(&self) -> bool {
        self.wire().content
    }

    fn sends_content_length(&self) -> bool {
        self.wire().content_length
    }

    fn sends_framing(&self) -> bool {
        let wire = self.wire();
        wire.content_length || wire.transfer_encoding
    }
}
