//! The tower 0.5 side (http 1 types): [`ConformanceLayer`] as a `Layer`, the [`Conformance`]
//! service it makes, and its [`ResponseFuture`]; responses judged as hyper 1 sends them.

use alloc::sync::Arc;
use core::fmt;
use core::pin::Pin;
use core::task::{Context, Poll, ready};

use http::header::{ALLOW, CONTENT_LENGTH, CONTENT_TYPE, LOCATION, RETRY_AFTER, TRANSFER_ENCODING};
use http::{HeaderMap, HeaderName, HeaderValue, Request, Response};
use http_body::Body;
use pin_project_lite::pin_project;
use tower::{Layer, Service};

use super::check::{Field, ResponseView};
use super::request::{RequestFacts, StandardMethod, Version, request_field, standard_method};
use super::{ConformanceLayer, Exchange, Patterns, Report, Shared};
use crate::StatusCode;

impl<S, R> Layer<S> for ConformanceLayer<R> {
    type Service = Conformance<S, R>;

    fn layer(&self, inner: S) -> Self::Service {
        Conformance {
            inner,
            shared: Arc::clone(&self.shared),
        }
    }
}

/// The tower service of [`ConformanceLayer`]: forwards every request to `S` and checks its
/// response.
///
/// ```
/// use status_core::conformance::{Conformance, ConformanceLayer, Panicking};
/// use tower::{Layer, service_fn};
///
/// let inner = service_fn(|_: http::Request<()>| async {
///     Ok::<_, std::convert::Infallible>(http::Response::new(String::new()))
/// });
/// let service: Conformance<_, Panicking> = ConformanceLayer::panicking().layer(inner);
/// # let _ = service;
/// ```
pub struct Conformance<S, R> {
    inner: S,
    shared: Arc<Shared<R>>,
}

impl<S: Clone, R> Clone for Conformance<S, R> {
    fn clone(&self) -> Self {
        Conformance {
            inner: self.inner.clone(),
            shared: Arc::clone(&self.shared),
        }
    }
}

impl<S: fmt::Debug, R> fmt::Debug for Conformance<S, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Conformance")
            .field("inner", &self.inner)
            .field("routes", &Patterns(&self.shared.routes))
            .finish_non_exhaustive()
    }
}

impl<S, R, ReqBody, ResBody> Service<Request<ReqBody>> for Conformance<S, R>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: Body,
    R: Report,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future, R>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    #[inline]
    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let exchange = R::ENABLED.then(|| {
            let method = standard_method!(request.method(), http::Method);
            Exchange::new(
                &self.shared,
                (method, request.method().as_str()),
                request.uri().path(),
                request_facts(&request, method),
            )
        });
        ResponseFuture {
            inner: self.inner.call(request),
            exchange,
        }
    }
}

/// The facts of `request` that the rules read, in one pass over its header fields.
#[inline]
fn request_facts<B>(request: &Request<B>, method: Option<StandardMethod>) -> RequestFacts {
    let version = match request.version() {
        http::Version::HTTP_09 | http::Version::HTTP_10 => Version::Http10,
        http::Version::HTTP_11 => Version::Http11,
        _ => Version::Http2,
    };
    // The names first, whose comparisons are cheap; a value only for a name a rule reads.
    let headers = request.headers();
    let fields = headers.keys().filter_map(|name| {
        let field = request_field!(name, http::header)?;
        Some((field, headers.get(name)?.as_bytes()))
    });
    RequestFacts::read(method, version, fields)
}

pin_project! {
    /// The response future of [`Conformance`]: the inner service's, whose response it
    /// checks when it is ready, before handing it on unchanged. An error passes through
    /// unchecked.
    ///
    /// ```
    /// use status_core::conformance::{ConformanceLayer, Panicking, ResponseFuture};
    /// use tower::{Layer, Service, service_fn};
    ///
    /// let mut service = ConformanceLayer::panicking().layer(service_fn(|_: http::Request<()>| async {
    ///     Ok::<_, std::convert::Infallible>(http::Response::new(String::new()))
    /// }));
    /// let future: ResponseFuture<_, Panicking> = service.call(http::Request::new(()));
    /// # let _ = future;
    /// ```
    pub struct ResponseFuture<F, R> {
        #[pin]
        inner: F,
        exchange: Option<Exchange<R>>,
    }
}

impl<F, R, B, E> Future for ResponseFuture<F, R>
where
    F: Future<Output = Result<Response<B>, E>>,
    B: Body,
    R: Report,
{
    type Output = F::Output;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let output = ready!(this.inner.poll(cx));
        if R::ENABLED
            && let Ok(response) = &output
            && let Some(exchange) = &*this.exchange
        {
            exchange.check(&Hyper {
                response,
                request: exchange.request,
            });
        }
        // Checked once: the layer's state goes with the exchange, where it lies.
        *this.exchange = None;
        Poll::Ready(output)
    }
}

/// The first value of `name` in `headers`. A response has a few header fields, whose names
/// a scan compares as the small numbers a standard name is, sooner than `get` hashes one: a
/// response without the field, the common case, is answered by the scan alone.
#[inline]
fn first<'a>(headers: &'a HeaderMap, name: &HeaderName) -> Option<&'a HeaderValue> {
    if headers.keys_len() > 8 || headers.keys().any(|field| field == name) {
        headers.get(name)
    } else {
        None
    }
}

/// A response as hyper 1 sends it, for the request it answers. Over HTTP/1 hyper writes no
/// content for HEAD, 1xx, 204, 304 and a 2xx to CONNECT, drops a `Content-Length` the
/// service set when the body has already ended (`Content-Length: 0` on an empty 204, which
/// axum sets) unless the request is HEAD, and answers 500 in place of a 1xx other than 101.
/// Over HTTP/2 it sends the body it is given and the service's `Content-Length`, and adds
/// one for a body of known size that has not ended.
struct Hyper<'a, B> {
    response: &'a Response<B>,
    request: RequestFacts,
}

impl<B: Body> Hyper<'_, B> {
    fn headers(&self) -> &HeaderMap {
        self.response.headers()
    }

    fn code(&self) -> u16 {
        self.response.status().as_u16()
    }

    /// Whether hyper writes no content whatever the body, over HTTP/1.
    fn http1_writes_no_content(&self) -> bool {
        let code = self.code();
        self.request.is_head()
            || (100..200).contains(&code)
            || code == StatusCode::NoContent.code()
            || code == StatusCode::NotModified.code()
            || (self.request.is_connect() && (200..300).contains(&code))
    }
}

impl<B: Body> ResponseView for Hyper<'_, B> {
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
        first(self.headers(), &name).map(HeaderValue::as_bytes)
    }

    fn has(&self, name: &str) -> bool {
        self.headers().contains_key(name)
    }

    fn replaced_by_server(&self) -> bool {
        let code = self.code();
        !self.request.is_http2()
            && (100..200).contains(&code)
            && code != StatusCode::SwitchingProtocols.code()
    }

    fn sends_content(&self) -> bool {
        if !self.request.is_http2() && self.http1_writes_no_content() {
            return false;
        }
        // A body whose size is unknown may well end empty: only polling it would tell.
        self.response.body().size_hint().lower() > 0
    }

    fn sends_content_length(&self) -> bool {
        let body = self.response.body();
        let set = self.headers().contains_key(CONTENT_LENGTH);
        if self.request.is_http2() {
            set || (!body.is_end_stream() && body.size_hint().exact().is_some())
        } else {
            set && (!body.is_end_stream() || self.request.is_head())
        }
    }

    fn sends_framing(&self) -> bool {
        let length = self.headers().get(CONTENT_LENGTH);
        if self.request.is_http2() {
            // h2 removes `Transfer-Encoding` and a zero length, and resets the stream for
            // another length.
            length.is_some_and(|value| value.as_bytes() != b"0")
        } else {
            // hyper refuses to send the response at all, and closes the connection.
            length.is_some() || self.headers().contains_key(TRANSFER_ENCODING)
        }
    }
}
