//! `status_core::conformance` allocates nothing on a conforming response: the same requests
//! through the same handler cost the same heap allocations with the layer as without it, for a
//! path that matches a route, one that matches none, and one too long to keep whole.
//!
//! One test in its own binary, so that no other test allocates while it counts.

use std::alloc::System;
use std::convert::Infallible;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use http::header::{CACHE_CONTROL, CONTENT_TYPE, RETRY_AFTER};
use http::{Request, Response};
use http_body_util::Full;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use status_core::conformance::ConformanceLayer;
use tower::{Layer, Service};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// How many requests each measurement sends.
const REQUESTS: usize = 100;

/// The output of a future that is ready at its first poll.
fn ready<F: Future>(future: F) -> F::Output {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(output) => output,
        Poll::Pending => panic!("the services here answer at once"),
    }
}

/// A service that answers every request with a conforming 200: a small body and a few header
/// fields, `Retry-After` among them, so that its value is read. (tower's `service_fn` needs
/// its `util` feature, which this crate leaves off: see conformance.rs.)
#[derive(Clone, Copy)]
struct Handler;

impl Service<Request<()>> for Handler {
    type Response = Response<Full<&'static [u8]>>;
    type Error = Infallible;
    type Future = std::future::Ready<Result<Self::Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _: Request<()>) -> Self::Future {
        handler()
    }
}

/// The 200 of [`Handler`].
fn handler() -> std::future::Ready<Result<Response<Full<&'static [u8]>>, Infallible>> {
    let response = Response::builder()
        .header(CONTENT_TYPE, "application/json")
        .header(CACHE_CONTROL, "no-store")
        .header(RETRY_AFTER, "120")
        .body(Full::new(&br#"{"id":7}"#[..]))
        .expect("a valid response");
    std::future::ready(Ok(response))
}

/// The heap allocations that sending `REQUESTS` requests for `uri` through `service` costs,
/// the requests made beforehand.
fn allocations<S>(service: &mut S, uri: &str) -> (usize, usize, usize)
where
    S: Service<Request<()>, Response = Response<Full<&'static [u8]>>, Error = Infallible>,
{
    let requests: Vec<Request<()>> = (0..=REQUESTS)
        .map(|_| Request::get(uri).body(()).expect("a valid request"))
        .collect();
    let mut requests = requests.into_iter();
    let mut send = |request| {
        let mut context = Context::from_waker(Waker::noop());
        assert!(service.poll_ready(&mut context).is_ready());
        let response = ready(service.call(request)).expect("infallible");
        assert_eq!(response.status(), 200);
    };
    // The first request may set up what the rest reuse.
    send(requests.next().expect("a request"));
    let region = Region::new(GLOBAL);
    requests.for_each(&mut send);
    let change = region.change();
    (
        change.allocations,
        change.reallocations,
        change.bytes_allocated,
    )
}

#[test]
fn a_conforming_response_costs_no_allocation_beyond_the_handlers() {
    // The counter counts: one box is one allocation.
    let region = Region::new(GLOBAL);
    drop(std::hint::black_box(Box::new(7_u64)));
    assert_eq!(region.change().allocations, 1);

    let layer = ConformanceLayer::panicking()
        .route_codes("/items/{id}", &[200, 404])
        .route_codes("/files/{*path}", &[200]);
    let long = format!("/files/{}", "a/".repeat(100));
    for uri in ["/items/7", "/health", &long] {
        let mut bare = Handler;
        let mut layered = layer.layer(Handler);
        let without = allocations(&mut bare, uri);
        let with = allocations(&mut layered, uri);
        assert!(
            without.0 >= REQUESTS,
            "{uri}: the handler's header map allocates: {without:?}"
        );
        assert_eq!(
            with, without,
            "{uri}: (allocations, reallocations, bytes) with and without"
        );
    }
}
