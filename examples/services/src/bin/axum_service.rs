//! `axum_service`: the item service on axum 0.8 ([`item_services::axum_app`]). Its errors are
//! `ItemError`, whose `#[respond(axum)]` makes it an `IntoResponse`: every error response
//! comes from the enum's status mapping.
//!
//! ```text
//! BIND=127.0.0.1:0 cargo run -p item-services --bin axum_service
//! ```
//!
//! It prints `listening on http://ADDR` first, then serves `GET /items/{id}`, `POST /items`,
//! `PUT /items/{id}` (405), `GET /admin` (401), `GET /limited` (429), `GET /upstream` (502)
//! and `GET /boom` (500), and its `OpenAPI` document at `GET /openapi.json`, whose error
//! responses come from `ItemError`'s mapping (`#[respond(utoipa)]`). Withheld server-error
//! details are logged on stderr. Behind the conformance layer (`status_core::conformance`),
//! each response that breaks a rule of HTTP or its route's contract (`ItemStatus`) is logged
//! as a warning (its tests serve the same router with the findings recorded and asserted).
//! Behind `request_ids()`, every response carries its request's `X-Request-Id`, every problem
//! body its `instance` and `request_id`, and the log line of a withheld detail the same id.
//! An unknown path (404) and a method a route does not serve (405, with axum's `Allow`) answer
//! problem details too: the router's fallbacks are `status_core::respond::axum`'s
//! `not_found` and `method_not_allowed`.

use std::sync::Arc;

use axum::ServiceExt;
use axum::extract::Request;
use item_services::axum_app;
use item_services::items::{self, Store};
use status_core::conformance::ConformanceLayer;
use status_core::respond::axum::request_ids;
use tower::Layer as _;

fn main() -> std::io::Result<()> {
    items::log_to_stderr();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(items::bind_address()).await?;
        println!("listening on http://{}", listener.local_addr()?);
        // Request ids: echoed, in every problem body, and on the log line of a 5xx.
        let app = axum_app::app(Arc::new(Store::default())).layer(request_ids());
        // Every response is checked against the rules of HTTP and the routes' contract,
        // and a finding is logged as a warning. The layer goes around the whole router,
        // once, rather than on each route (`Router::layer`), which costs more per request
        // (see `examples/benches/item_service.rs`).
        let app = axum_app::checked(ConformanceLayer::tracing()).layer(app);
        axum::serve(listener, ServiceExt::<Request>::into_make_service(app)).await
    })
}
