//! status-core's conformance middleware on actix-web allocates nothing on a conforming
//! response: the same requests to the same app cost the same heap allocations with the
//! middleware as without it, for a path that matches a route, one that matches none, and one
//! too long to keep whole.
//!
//! One test in its own binary, so that no other test allocates while it counts.

use std::alloc::System;

use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, RETRY_AFTER};
use actix_web::{App, HttpResponse, test, web};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use status_core::conformance::ConformanceLayer;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// How many requests each measurement sends.
const REQUESTS: usize = 100;

/// A conforming 200: a small body and a few header fields, `Retry-After` among them, so that
/// its value is read.
async fn handler() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "application/json"))
        .insert_header((CACHE_CONTROL, "no-store"))
        .insert_header((RETRY_AFTER, "120"))
        .body(&br#"{"id":7}"#[..])
}

/// The heap allocations that sending `REQUESTS` requests for `uri` to `app` costs, after a
/// first round, the requests made beforehand: (allocations, reallocations, bytes).
async fn allocations<S>(app: &S, uri: &str) -> (usize, usize, usize)
where
    S: Service<actix_http::Request, Response = ServiceResponse, Error = actix_web::Error>,
{
    // A first round sets up what later requests reuse (actix's pools of request heads and
    // extensions grow to what a request needs), so that the counted round costs what any
    // request costs.
    for _ in 0..REQUESTS {
        let request = test::TestRequest::get().uri(uri).to_request();
        assert_eq!(test::call_service(app, request).await.status(), 200);
    }
    let requests: Vec<_> = (0..REQUESTS)
        .map(|_| test::TestRequest::get().uri(uri).to_request())
        .collect();
    let region = Region::new(GLOBAL);
    for request in requests {
        let response = app.call(request).await.expect("a response");
        assert_eq!(response.status(), 200);
    }
    let change = region.change();
    (
        change.allocations,
        change.reallocations,
        change.bytes_allocated,
    )
}

/// The least of three measurements of [`allocations`]: a timer of actix's runtime (its date
/// cache) may allocate while one measurement counts, whatever the app.
async fn least_allocations<S>(app: &S, uri: &str) -> (usize, usize, usize)
where
    S: Service<actix_http::Request, Response = ServiceResponse, Error = actix_web::Error>,
{
    let mut least = allocations(app, uri).await;
    for _ in 0..2 {
        least = least.min(allocations(app, uri).await);
    }
    least
}

#[test]
fn a_conforming_response_costs_no_allocation_beyond_the_apps() {
    let layer = ConformanceLayer::panicking()
        .route_codes("/items/{id}", &[200, 404])
        .route_codes("/files/{*path}", &[200]);
    let long = format!("/files/{}", "a/".repeat(100));
    actix_web::rt::System::new().block_on(async {
        let routes = |config: &mut web::ServiceConfig| {
            config.default_service(web::to(handler));
        };
        let bare = test::init_service(App::new().configure(routes)).await;
        let checked = test::init_service(App::new().configure(routes).wrap(layer)).await;
        for uri in ["/items/7", "/health", &long] {
            let without = least_allocations(&bare, uri).await;
            let with = least_allocations(&checked, uri).await;
            assert!(
                without.0 >= REQUESTS,
                "{uri}: the handler's response allocates: {without:?}"
            );
            assert_eq!(
                with, without,
                "{uri}: (allocations, reallocations, bytes) with and without"
            );
        }
    });
}
