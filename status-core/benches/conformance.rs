//! What `status_core::conformance` costs a conforming response: the same requests through the
//! same handler with the layer (`with_layer`) and without it (`without_layer`) in one run, and
//! with a reporter that turns the layer off (`with_layer_off`). Read each group as the ratio of
//! `with_layer` to `without_layer`, not as absolute times.
//!
//! Three handlers: a bare one, whose response is a 200 with a small body and two header
//! fields (the least a handler costs, so the layer's share is at its largest); the same with
//! a 404, which one route's contract lacks, so that the layer matches the path against the
//! routes and checks the response in full instead of taking its fast path; and a realistic
//! one that writes a JSON body and six header fields. The requests are made outside the
//! timing, with a static URI so that dropping one frees nothing; futures are polled once with
//! a no-op waker, as every handler here is ready at once. After criterion's figures, the same
//! comparisons are measured interleaved (see `interleaved`), whose ratios hold from run to
//! run on a machine whose speed changes.

use std::convert::Infallible;
use std::fmt::Write as _;
use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Instant;

use bytes::Bytes;
use criterion::{BatchSize, Criterion, criterion_group};
use http::header::{CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, ETAG, HeaderValue, VARY};
use http::{HeaderMap, Request, Response, StatusCode, Uri};
use http_body_util::Full;
use status_core::conformance::{ConformanceLayer, Finding, Report};
use tower::{Layer, Service, service_fn};

/// The request every measurement sends: it matches the last of the layer's routes.
const URI: &str = "/items/7";

/// The layer as an application sets it up: a few routes, each with its contract.
fn layer<R: Report + Clone>(report: R) -> ConformanceLayer<R> {
    ConformanceLayer::with_report(report)
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
    std::future::ready(Ok(small(StatusCode::OK)))
}

/// A 404 with a small body and two header fields.
fn bare_not_found(_: Request<()>) -> std::future::Ready<Result<Response<Full<Bytes>>, Infallible>> {
    std::future::ready(Ok(small(StatusCode::NOT_FOUND)))
}

/// A response with `status`, a small body and two header fields.
fn small(status: StatusCode) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from_static(b"{\"id\":7}")));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
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

/// A service behind one call: each variant of a comparison pays the same indirect call.
type Sender = Box<dyn FnMut(Request<()>) -> u16>;

fn sender<S, B>(mut service: S) -> Sender
where
    S: Service<Request<()>, Response = Response<B>, Error = Infallible> + 'static,
{
    Box::new(move |request| send(&mut service, request))
}

/// A request for [`URI`], which allocates nothing, so that dropping it frees nothing.
fn request() -> Request<()> {
    let mut request = Request::new(());
    *request.uri_mut() = Uri::from_static(URI);
    request
}

/// Each comparison: its group's name and the service of each variant.
fn comparisons() -> Vec<(&'static str, [(&'static str, Sender); 3])> {
    let on = status_core::conformance::Panicking;
    vec![
        (
            "conformance: bare handler (200, small body, 2 headers)",
            [
                ("without_layer", sender(service_fn(bare))),
                ("with_layer", sender(layer(on).layer(service_fn(bare)))),
                ("with_layer_off", sender(layer(Off).layer(service_fn(bare)))),
            ],
        ),
        (
            "conformance: bare handler (404, checked in full)",
            [
                ("without_layer", sender(service_fn(bare_not_found))),
                (
                    "with_layer",
                    sender(layer(on).layer(service_fn(bare_not_found))),
                ),
                (
                    "with_layer_off",
                    sender(layer(Off).layer(service_fn(bare_not_found))),
                ),
            ],
        ),
        (
            "conformance: realistic handler (200, JSON body, 6 headers)",
            [
                ("without_layer", sender(service_fn(realistic))),
                ("with_layer", sender(layer(on).layer(service_fn(realistic)))),
                (
                    "with_layer_off",
                    sender(layer(Off).layer(service_fn(realistic))),
                ),
            ],
        ),
    ]
}

/// How many requests go through one variant at a time: few enough that they stay in the
/// cache (a large batch of requests is read from memory, and that, not the service, then
/// sets the time).
const BLOCK: u32 = 64;

fn conforming_response(c: &mut Criterion) {
    for (name, variants) in comparisons() {
        let mut group = c.benchmark_group(name);
        for (variant, mut service) in variants {
            group.bench_function(variant, |b| {
                b.iter_batched(
                    request,
                    |request| black_box(service(request)),
                    BatchSize::NumIterations(u64::from(BLOCK)),
                );
            });
        }
        group.finish();
    }
}

/// The same comparisons measured interleaved, printed after criterion's: `BLOCK` requests
/// through each variant in turn, for `ROUNDS` rounds, and the median time of a block per
/// variant. A shared machine changes speed for seconds at a time (on the 2-core VM these
/// figures were first taken on, by up to 2×), and criterion measures each function in a
/// stretch of its own, so its ratios move from run to run; interleaved, every variant runs
/// under the same conditions.
fn interleaved() {
    const ROUNDS: usize = 3_000;
    println!("\ninterleaved, median of {ROUNDS} blocks of {BLOCK} requests per variant:");
    for (name, mut variants) in comparisons() {
        let mut times: [Vec<f64>; 3] = Default::default();
        for _ in 0..ROUNDS {
            for ((_, service), times) in variants.iter_mut().zip(&mut times) {
                let requests: Vec<Request<()>> = (0..BLOCK).map(|_| request()).collect();
                let start = Instant::now();
                for request in requests {
                    black_box(service(request));
                }
                times.push(start.elapsed().as_secs_f64() * 1e9 / f64::from(BLOCK));
            }
        }
        let [without, with, off] = times.map(|mut times| {
            times.sort_by(f64::total_cmp);
            times[times.len() / 2]
        });
        println!(
            "  {name}: without {without:.0} ns, with {with:.0} ns ({:.2}x), off {off:.0} ns ({:.2}x)",
            with / without,
            off / without,
        );
    }
}

criterion_group!(benches, conforming_response);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // `cargo bench` passes `--bench`; `cargo test --benches` runs each benchmark once, without.
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|arg| arg == "--bench") && !args.iter().any(|arg| arg == "--list") {
        interleaved();
    }
}
