//! What `status_core::conformance` costs a conforming response: the same requests through the
//! same handler with the layer (`with_layer`) and without it (`without_layer`) in one run, and
//! with a reporter that turns the layer off (`with_layer_off`). Read each group as the ratio of
//! `with_layer` to `without_layer`, not as absolute times.
//!
//! Two handlers: a bare one, whose response is a 200 with a small body and two header fields
//! (the least a handler costs, so the layer's share is at its largest), and a realistic one
//! that writes a JSON body and six header fields. The requests are made outside the timing,
//! with a static URI, so that dropping one frees nothing;
//! futures are polled once with a no-op waker, as every handler here is ready at once.

use std::convert::Infallible;
use std::fmt::Write as _;
use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use bytes::Bytes;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use http::header::{CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, ETAG, HeaderValue, VARY};
use http::{HeaderMap, Request, Response, Uri};
use http_body_util::Full;
use status_core::conformance::{Conformance, Finding, Report};
use tower::{Layer, Service, service_fn};

/// The request every measurement sends: it matches the last of the layer's routes.
const URI: &str = "/items/7";

/// The layer as an application sets it up: a few routes, each with its contract.
fn layer<R: Report + Clone>(report: R) -> Conformance<R> {
    Conformance::with_report(report)
        .route_codes("/health", &[200, 503])
        .route_codes("/users/{id}", &[200, 401, 404])
        .route_codes("/items/{id}", &[200, 304, 404, 409])
}

/// A reporter that turns the layer off.
#[derive(Clone)]
struct Off;

impl Report for Off {
    const ENABLED: bool = false;

    fn report(&self, finding: &Finding<'_>) {
        panic!("{finding}");
    }
}

/// A 200 with a small body and two header fields.
fn bare(_: Request<()>) -> std::future::Ready<Result<Response<Full<Bytes>>, Infallible>> {
    let mut response = Response::new(Full::new(Bytes::from_static(b"{\"id\":7}")));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    std::future::ready(Ok(response))
}

/// A 200 whose JSON body is written for the request, with six header fields.
#[expect(
    clippy::needless_pass_by_value,
    reason = "a tower handler owns its request"
)]
fn realistic(
    request: Request<()>,
) -> std::future::Ready<Result<Response<Full<Bytes>>, Infallible>> {
    let id = request.uri().path().rsplit('/').next().unwrap_or_default();
    let mut body = String::with_capacity(160);
    let _ = write!(
        body,
        r#"{{"id":"{id}","name":"Item {id}","price":{{"amount":1999,"currency":"EUR"}},"tags":["a","b","c"],"stock":42}}"#
    );
    let mut headers = HeaderMap::with_capacity(8);
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    headers.insert(
        CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=60"),
    );
    headers.insert(VARY, HeaderValue::from_static("accept-encoding"));
    let etag = format!("\"{:x}\"", body.len() * 31 + id.len());
    headers.insert(
        ETAG,
        HeaderValue::try_from(etag).unwrap_or(HeaderValue::from_static("\"0\"")),
    );
    headers.insert(
        "x-request-id",
        HeaderValue::from_static("3f2b8c1e-7d4a-4e0b"),
    );
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.headers_mut() = headers;
    std::future::ready(Ok(response))
}

/// Sends `request` through `service` and drops the response.
fn send<S, B>(service: &mut S, request: Request<()>) -> u16
where
    S: Service<Request<()>, Response = Response<B>, Error = Infallible>,
{
    let mut context = Context::from_waker(Waker::noop());
    assert!(service.poll_ready(&mut context).is_ready());
    match pin!(service.call(request)).poll(&mut context) {
        Poll::Ready(Ok(response)) => response.status().as_u16(),
        Poll::Ready(Err(never)) => match never {},
        Poll::Pending => unreachable!("the handlers here answer at once"),
    }
}

/// Measures one service under `name` in `group`.
fn measure<S, B>(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    mut service: S,
) where
    S: Service<Request<()>, Response = Response<B>, Error = Infallible>,
{
    group.bench_function(name, |b| {
        b.iter_batched(
            || {
                let mut request = Request::new(());
                *request.uri_mut() = Uri::from_static(URI);
                request
            },
            |request| black_box(send(&mut service, request)),
            BatchSize::SmallInput,
        );
    });
}

fn conforming_response(c: &mut Criterion) {
    let mut group = c.benchmark_group("conformance: bare handler (200, small body, 2 headers)");
    measure(&mut group, "without_layer", service_fn(bare));
    measure(
        &mut group,
        "with_layer",
        layer(status_core::conformance::Panicking).layer(service_fn(bare)),
    );
    measure(
        &mut group,
        "with_layer_off",
        layer(Off).layer(service_fn(bare)),
    );
    group.finish();

    let mut group = c.benchmark_group("conformance: realistic handler (200, JSON body, 6 headers)");
    measure(&mut group, "without_layer", service_fn(realistic));
    measure(
        &mut group,
        "with_layer",
        layer(status_core::conformance::Panicking).layer(service_fn(realistic)),
    );
    measure(
        &mut group,
        "with_layer_off",
        layer(Off).layer(service_fn(realistic)),
    );
    group.finish();
}

criterion_group!(benches, conforming_response);
criterion_main!(benches);
