//! # Write the contract once
//!
//! An API's status contract is the list of statuses it answers with: "this service returns
//! 200, 201, 404, 409 or a 5xx". Written down once, as a type, the same list is checked where
//! each mistake can happen:
//!
//! | where | what is checked | with |
//! |---|---|---|
//! | compile time | every error variant's status, the statuses of the types it wraps, the default | [`#[contract(...)]`](derive@crate::HttpStatus#bound-to-a-status-contract) |
//! | the API description | the `OpenAPI` responses are the error type's statuses, no more, no fewer | [`#[respond(utoipa)]`](crate::respond) |
//! | the wire, in tests | every response a route really sends, its headers and its content | [`conformance`](crate::conformance) (feature `tower`) |
//!
//! ## 1. The contract
//!
//! [`status_enum!`](crate::status_enum) declares the contract as an enum of the registry's
//! statuses, by name, number or class. An application's own codes come from its codes
//! file through [`include_codes!`](crate::include_codes), and a contract may name both.
//!
//! ```
//! status_core::status_enum! {
//!     /// Every status the item service answers with.
//!     pub enum ItemStatus { Ok, Created, NotFound, Conflict, TooManyRequests, 5xx }
//! }
//!
//! assert!(ItemStatus::from_u16(404).is_some());
//! assert!(ItemStatus::from_u16(410).is_none());
//! ```
//!
//! ## 2. The errors, bound to it
//!
//! `#[contract(ItemStatus)]` on the error type makes every status it can produce a member of
//! `ItemStatus`, or a compile error at the variant that is not. Transparent variants count
//! with all the statuses of their field's type, so a lower layer's new error cannot slip
//! through a wrapper; the enum's default counts too.
//!
//! ```
//! use status_core::HttpStatus;
//! # status_core::status_enum! {
//! #     /// Every status the item service answers with.
//! #     pub enum ItemStatus { Ok, Created, NotFound, Conflict, TooManyRequests, 5xx }
//! # }
//!
//! /// What the storage layer fails with.
//! #[derive(Debug, HttpStatus)]
//! enum StoreError {
//!     /// The store is down.
//!     #[status(ServiceUnavailable)]
//!     Down,
//!     /// It did not answer in time.
//!     #[status(GatewayTimeout)]
//!     Timeout,
//! }
//!
//! #[derive(Debug, HttpStatus)]
//! #[contract(ItemStatus)]
//! enum ItemError {
//!     /// No item has this id.
//!     #[status(NotFound)]
//!     Missing,
//!     /// An item with this name exists.
//!     #[status(Conflict)]
//!     Duplicate,
//!     /// The storage layer failed: 503 and 504 are in `5xx`.
//!     #[status(transparent)]
//!     Store(StoreError),
//! }
//!
//! assert_eq!(ItemError::Store(StoreError::Timeout).status().code(), 504);
//! ```
//!
//! Had `StoreError` a variant mapped to 410 Gone, `ItemError` would not compile:
//!
//! ```text
//! error[E0080]: evaluation panicked: `ItemError::Store` is transparent, and its field's type
//!   `StoreError` can have 410 Gone (`StoreError::Deleted`), which is not in the contract
//!   `ItemStatus`; its members are 200, 201, 404, 409, 429, 500, 501, …; the nearest is
//!   404 Not Found. Map it to a member, or add 410 to `ItemStatus`
//!   --> src/items.rs:27:5
//!    |
//! 27 |     Store(StoreError),
//!    |     ^^^^^ evaluation of `_::_` failed here
//! ```
//!
//! ## 3. The `OpenAPI` it produces
//!
//! With the `utoipa` feature, `#[respond(utoipa)]` documents the type's error responses from
//! the same mapping: each status it can produce once, described by the variants that produce
//! it. Bound to the contract, those statuses are members of it by construction. A route that
//! answers only some of them states its own contract and lists
//! [`Problems<RouteContract, ItemError>`](crate::respond::utoipa::Problems) in its
//! `#[utoipa::path(responses(...))]`, so each operation documents what its route answers.
//!
//! ```
//! # #[cfg(feature = "utoipa")]
//! # fn main() {
//! use status_core::HttpStatus;
//! use utoipa::IntoResponses;
//! # status_core::status_enum! {
//! #     /// Every status the item service answers with.
//! #     pub enum ItemStatus { Ok, Created, NotFound, Conflict, TooManyRequests, 5xx }
//! # }
//!
//! #[derive(Debug, thiserror::Error, HttpStatus)]
//! #[respond(utoipa)]
//! #[contract(ItemStatus)]
//! enum ItemError {
//!     /// No item has this id.
//!     #[error("no item has the id {0}")]
//!     #[status(NotFound)]
//!     Missing(u64),
//!     /// An item with this name exists.
//!     #[error("an item named `{0}` exists")]
//!     #[status(Conflict)]
//!     Duplicate(String),
//! }
//!
//! let documented: Vec<String> = ItemError::responses().into_keys().collect();
//! assert_eq!(documented, ["404", "409"]);
//! # }
//! # #[cfg(not(feature = "utoipa"))]
//! # fn main() {}
//! ```
//!
//! ## 4. The layer in tests
//!
//! The compiler sees the error type; it does not see a handler that returns
//! `StatusCode::GONE` itself, a framework's own answer that nothing turned into problem
//! details (see [`rejection`](crate::respond::rejection) for the extractors'), a 201 without
//! `Location` or a 205 with a body. The [`conformance`](crate::conformance) layer does: with
//! the `tower` feature, put it around the service in its tests and give each route its
//! contract (`ConformanceLayer::openapi` reads them all from the `OpenAPI` document). In
//! process (`oneshot`), a finding can be a panic; behind a server, record the findings and
//! assert none at the end (`ConformanceLayer::recording`).
//!
//! ```
//! # #[cfg(feature = "tower")]
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use status_core::conformance::ConformanceLayer;
//! use tower::{ServiceBuilder, ServiceExt, service_fn};
//! # status_core::status_enum! {
//! #     /// Every status the item service answers with.
//! #     pub enum ItemStatus { Ok, Created, NotFound, Conflict, TooManyRequests, 5xx }
//! # }
//! # fn ready<F: Future>(future: F) -> F::Output {
//! #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
//! #     match std::pin::pin!(future).poll(&mut context) {
//! #         std::task::Poll::Ready(output) => output,
//! #         std::task::Poll::Pending => unreachable!("the service answers at once"),
//! #     }
//! # }
//!
//! // The service under test; in a real one, the framework's router.
//! let items = service_fn(|_request: http::Request<()>| async {
//!     http::Response::builder()
//!         .status(404)
//!         .header("content-type", "application/problem+json")
//!         .body(http_body_util::Full::new(&b"{\"status\":404}"[..]))
//! });
//! let service = ServiceBuilder::new()
//!     // A finding is a panic, with the route, the status and the rule's section.
//!     .layer(ConformanceLayer::panicking().route::<ItemStatus>("/items/{id}"))
//!     .service(items);
//!
//! let response = ready(service.oneshot(http::Request::get("/items/7").body(())?))?;
//! assert_eq!(response.status(), 404);
//! # Ok(())
//! # }
//! # #[cfg(not(feature = "tower"))]
//! # fn main() {}
//! ```
//!
//! The item service of the `item-services` package (`examples/services/`) does all four:
//! `ItemStatus` and each route's contract in `src/items.rs`, `ItemError` bound to it, its
//! `OpenAPI` document at `/openapi.json`, and its tests, which serve the axum and actix-web
//! services behind the checks with their findings recorded, and fail on any response
//! outside its route's operation.
