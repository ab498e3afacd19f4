//! What the conformance layer costs the axum item service: `GET /items/1` (a 200 with a JSON
//! body) through the service's own router, with the layer as the service runs it
//! (`axum_app::checked`: every route with its contract) and without it, in one run. Read the
//! ratio of `with_layer` to `without_layer`.
//!
//! The router is called in process, without a socket: the request time is the service's
//! own (routing, extractors, the handler, the JSON body), which is the least a request
//! costs, so the layer's share is at its largest. Last, the request time as a client sees
//! it: the service served on 127.0.0.1 by axum, with and without the layer around the
//! router, and sent the same request by an HTTP client, in turn. Every future here is ready at once and is
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
use item_services::axum_app;
use item_services::items::Store;
use status_core::conformance::{ConformanceLayer, Finding, Report};
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
        .layer(axum_app::checked(ConformanceLayer::with_report(Conforming)));
    let mut around =
        axum_app::checked(ConformanceLayer::with_report(Conforming)).layer(axum_app::app(store));
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

/// The request time over HTTP on the loopback interface: each variant served on an ephemeral
/// port of 127.0.0.1, sent `GET /items/1` by reqwest, in turn; the servers are stopped at
/// the end.
fn over_http() {
    const ROUNDS: usize = 300;
    const BLOCK: u32 = 16;
    let (addresses, stop, servers) = serve_both();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .expect("a client");
    let urls = addresses.map(|address| format!("http://{address}/items/1"));
    let get = |url: &str| {
        runtime.block_on(async {
            let response = client.get(url).send().await.expect("an answer");
            let status = response.status().as_u16();
            let _ = response.bytes().await.expect("a body");
            status
        })
    };
    for url in &urls {
        assert_eq!(get(url), 200);
    }
    let mut times: [Vec<f64>; 2] = Default::default();
    for _ in 0..ROUNDS {
        for (url, times) in urls.iter().zip(&mut times) {
            let start = Instant::now();
            for _ in 0..BLOCK {
                black_box(get(url));
            }
            times.push(start.elapsed().as_secs_f64() * 1e9 / f64::from(BLOCK));
        }
    }
    drop(stop);
    servers.join().expect("the servers stop");
    let [without, with] = times.map(|mut times| {
        times.sort_by(f64::total_cmp);
        times[times.len() / 2]
    });
    println!(
        "\nover HTTP on 127.0.0.1, median of {ROUNDS} blocks of {BLOCK} requests (GET /items/1):\n  \
         without {:.1} µs, around the router {:.1} µs ({:.3}x)",
        without / 1e3,
        with / 1e3,
        with / without,
    );
}

/// Serves the service without and with the layer (around the router), each on an ephemeral
/// port of 127.0.0.1, from a thread that stops both when the sender is dropped.
fn serve_both() -> (
    [std::net::SocketAddr; 2],
    tokio::sync::oneshot::Sender<()>,
    std::thread::JoinHandle<()>,
) {
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (ready, addresses) = std::sync::mpsc::channel();
    let servers = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            let store = Arc::new(Store::default());
            let without = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("a port");
            let with = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("a port");
            ready
                .send([
                    without.local_addr().expect("its address"),
                    with.local_addr().expect("its address"),
                ])
                .expect("the bench waits");
            let layered = axum_app::checked(ConformanceLayer::with_report(Conforming))
                .layer(axum_app::app(Arc::clone(&store)));
            let (stop_without, stopped_without) = tokio::sync::oneshot::channel::<()>();
            let without =
                axum::serve(without, axum_app::app(store)).with_graceful_shutdown(async {
                    let _ = stopped_without.await;
                });
            let with = axum::serve(
                with,
                axum::ServiceExt::<Request<Body>>::into_make_service(layered),
            )
            .with_graceful_shutdown(async {
                let _ = stopped.await;
                drop(stop_without);
            });
            let (without, with) = tokio::join!(without, with);
            without.expect("the server without the layer");
            with.expect("the server with the layer");
        });
    });
    let addresses = addresses.recv().expect("the servers' addresses");
    (addresses, stop, servers)
}

criterion_group!(benches, get_item);

/// With `ITEM_SERVICE_ONLY=NAME` (a variant's name), sends 10,000 requests through that
/// variant alone and nothing else: run under `valgrind --tool=callgrind` (or `perf stat -e
/// instructions`) for each name in turn, the difference of the counts over 10,000 is what the
/// layer costs a request in instructions, a figure that holds on a busy machine.
fn only(name: &str) {
    let (_, mut send) = variants()
        .into_iter()
        .find(|(variant, _)| *variant == name)
        .unwrap_or_else(|| panic!("no variant `{name}`"));
    for _ in 0..10_000 {
        assert_eq!(black_box(send(request())), 200);
    }
}

fn main() {
    if let Ok(name) = std::env::var("ITEM_SERVICE_ONLY") {
        only(&name);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
    // `cargo bench` passes `--bench`; `cargo test --benches` runs each benchmark once, without.
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|arg| arg == "--bench") && !args.iter().any(|arg| arg == "--list") {
        interleaved();
        over_http();
    }
}
