//! `actix_service`: the item service on actix-web 4 ([`item_services::actix_app`]). Its errors are
//! `ItemError`, whose `#[respond(actix_web)]` makes it a `ResponseError`: every error response
//! comes from the enum's status mapping, through the same builder as `axum_service`'s.
//!
//! ```text
//! BIND=127.0.0.1:0 cargo run -p item-services --bin actix_service
//! ```
//!
//! It prints `listening on http://ADDR` first, then serves the same routes as `axum_service`:
//! `GET /items/{id}`, `POST /items`, `PUT /items/{id}` (405), `GET /admin` (401),
//! `GET /limited` (429), `GET /upstream` (502) and `GET /boom` (500). Withheld server-error
//! details are logged on stderr. Behind the conformance middleware
//! (`status_core::conformance`), each response that breaks a rule of HTTP or its route's
//! contract (`ItemStatus`) is logged as a warning. Behind `RequestIds`, every response carries
//! its request's `X-Request-Id`, every problem body its `instance` and `request_id`, and the
//! log line of a withheld detail the same id.
//! actix-web's own empty 404 (an unknown path) and 405 (a method a resource does not serve,
//! with its `Allow`) answer problem details too: the app wraps
//! `status_core::respond::actix_web::problem_fallbacks()` first.

use std::sync::Arc;

use actix_web::HttpServer;
use item_services::actix_app;
use item_services::items::{self, Store};
use status_core::conformance::ConformanceLayer;
use status_core::respond::actix_web::RequestIds;

fn main() -> std::io::Result<()> {
    items::log_to_stderr();
    actix_web::rt::System::new().block_on(async {
        let store = Arc::new(Store::default());
        // Every response is checked against the rules of HTTP and the routes' contract, and
        // each broken rule logged as a warning. The middleware is the last one wrapped, the
        // outermost, so that it sees each response as actix-web sends it; inside it, request
        // ids: echoed, in every problem body, and on the log line of a 5xx.
        let layer = actix_app::checked(ConformanceLayer::tracing());
        let server = HttpServer::new(move || {
            actix_app::app(Arc::clone(&store))
                .wrap(RequestIds::default())
                .wrap(layer.clone())
        })
        .workers(1)
        .bind(items::bind_address())?;
        for address in server.addrs() {
            println!("listening on http://{address}");
        }
        server.run().await
    })
}
