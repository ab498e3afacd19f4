//! What the conformance layer costs the axum item service: `GET /items/1` (a 200 with a JSON
//! body) through the service's own router, with the layer as the service runs it
//! (`axum_app::checked`: every route with its contract) and without it, in one run. Read the
//! ratio of `with_layer` to `without_layer`.
//!
//! The router is called in process, without a socket: the request time is the service's
//! own (routing, extractors, the handler, the JSON body), which is the least a request
//! costs, so the layer's share is at its largest. Every future here is ready at once and is
//! polled with a no-op waker. After criterion's figures, the two are measured interleaved
//! (blocks of requests through each in turn, median per variant), whose ratio holds from run
//! to run on a machine whose speed changes.

use std::hint::black_box;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};
use std::time::Instant;

use axum::body::Body;
use axum::http::Request;
use criterion::{BatchSize, Criterion, criterion_group};
use examples::axum_app;
use examples::items::Store;
use status_core::conformance::{Conformance, Finding, Report};
use std::convert::Infallible;
use tower::Layer as _;

/// A reporter for responses that conform: any finding is a bug of the benchmark.
#[derive(Clone)]
struct Conforming;

impl Report for Conforming {
    fn report(&self, finding: &Finding<'_>) {
        panic!("the benchmark's response breaks a rule: {finding}");
    }
}

fn request() -> Request<Body> {
    Request::get("/items/1")
        .body(Body::empty())
        .expect("a request")
}

/// Sends `request` through `service` and returns the response's status.
fn send<S>(service: &mut S, request: Request<Body>) -> u16
where
    S: tower::Service<Request<Body>, Response = axum::response::Response, Error = Infallible>,
{
    let mut context = Context::from_waker(Waker::noop());
    let mut future = pin!(service.call(request));
    match future.as_mut().poll(&mut context) {
        Poll::Ready(Ok(response)) => response.status().as_u16(),
        Poll::Ready(Err(never)) => match never {},
        Poll::Pending => panic!("the item service answers at once"),
    }
}

/// A way to send a request to the service.
type Variant = (&'static str, Box<dyn FnMut(Request<Body>) -> u16>);

/// The service without the layer; with it on every route, as `Router::layer` puts it (and
/// the binary runs it); and with it around the whole router, once.
fn variants() -> [Variant; 3] {
    let store = Arc::new(Store::default());
    let mut without = axum_app::app(Arc::clone(&store));
    let mut per_route = axum_app::app(Arc::clone(&store))
        .layer(axum_app::checked(Conformance::with_report(Conforming)));
    let mut around =
        axum_app::checked(Conformance::with_report(Conforming)).layer(axum_app::app(store));
    [
        (
            "without_layer",
            Box::new(move |request| send(&mut without, request)),
        ),
        (
            "with_layer_per_route",
            Box::new(move |request| send(&mut per_route, request)),
        ),
        (
            "with_layer_around_router",
            Box::new(move |request| send(&mut around, request)),
        ),
    ]
}

fn get_item(c: &mut Criterion) {
    let mut group = c.benchmark_group("get_item");
    for (name, mut send) in variants() {
        assert_eq!(send(request()), 200);
        group.bench_function(name, |b| {
            b.iter_batched(
                request,
                |request| black_box(send(request)),
                BatchSize::SmallInput,
            );
        });
    }
    group.finish();
}

/// The variants measured in turn, block by block, with the median block of each.
fn interleaved() {
    const ROUNDS: usize = 2_000;
    const BLOCK: u32 = 32;
    let mut variants = variants();
    let mut times: [Vec<f64>; 3] = Default::default();
    for _ in 0..ROUNDS {
        for ((_, send), times) in variants.iter_mut().zip(&mut times) {
            let requests: Vec<Request<Body>> = (0..BLOCK).map(|_| request()).collect();
            let start = Instant::now();
            for request in requests {
                black_box(send(request));
            }
            times.push(start.elapsed().as_secs_f64() * 1e9 / f64::from(BLOCK));
        }
    }
    let [without, per_route, around] = times.map(|mut times| {
        times.sort_by(f64::total_cmp);
        times[times.len() / 2]
    });
    println!(
        "\ninterleaved, median of {ROUNDS} blocks of {BLOCK} requests (GET /items/1):\n  \
         without {without:.0} ns, per route {per_route:.0} ns ({:.3}x), around the router {around:.0} ns ({:.3}x)",
        per_route / without,
        around / without,
    );
}

criterion_group!(benches, get_item);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // `cargo bench` passes `--bench`; `cargo test --benches` runs each benchmark once, without.
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|arg| arg == "--bench") && !args.iter().any(|arg| arg == "--list") {
        interleaved();
    }
}
