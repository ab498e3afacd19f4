//! Every HTTP status code as exhaustive, documented Rust types, generated at compile time from
//! one registry (`codes.toml`), with the rules of RFC 9110 §15.
//!
//! - [`StatusCode`]: the codes of the IANA HTTP Status Code Registry, one variant each, with
//!   the current names (413 is [`StatusCode::ContentTooLarge`]; older phrases are kept as
//!   [aliases](StatusCode::aliases)).
//! - [`vendor`]: codes that servers and services use outside the IANA registry (nginx,
//!   Cloudflare, Microsoft, Esri, …), one enum per origin, because vendors reuse numbers:
//!   499 is [`vendor::Nginx::ClientClosedRequest`] and [`vendor::Esri::TokenRequired`].
//! - [`Status`]: any code met on the wire (100 to 599), two bytes, handled as RFC 9110
//!   requires: an unregistered code is treated as the x00 of its class and is never cacheable by default.
//! - [`StatusClass`], [`Origin`], [`Meaning`] and [`REGISTRY`]: the classes, the origins and
//!   every fact the registry records.
//! - The rules of RFC 9110 §15 on every status: interim or final and which HTTP versions may
//!   carry it ([`StatusCode::may_send_to`]), the kind of redirect and how to follow it
//!   ([`StatusCode::follow_up`]), whether the condition is temporary or permanent, whether a
//!   retry can succeed, whether the response may carry content; [`retry`] turns them, the
//!   method and `Retry-After` into a retry decision.
//! - [`derive@HttpStatus`]: maps an application's error types to statuses, every status
//!   checked against the registry at compile time, and states the mapping as data
//!   ([`StatusContract`]).
//! - [`status_enum!`] and [`include_codes!`]: enums generated in application code, from a
//!   subset of the registry or from the application's own codes file.
//!
//! ```
//! use status_core::{Status, StatusClass, StatusCode};
//!
//! assert_eq!(StatusCode::NotFound as u16, 404);
//! assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found");
//! assert_eq!("422".parse::<StatusCode>()?, StatusCode::UnprocessableContent);
//!
//! // A code nobody registered is understood through its class (RFC 9110 §15).
//! let status = Status::new(471)?;
//! assert_eq!(status.class(), StatusClass::ClientError);
//! assert_eq!(status.effective(), StatusCode::BadRequest);
//! assert!(!status.is_cacheable_by_default());
//!
//! // One number, two meanings, kept apart by origin.
//! let origins: Vec<_> = Status::new(499)?.meanings().iter().map(|m| m.origin.name()).collect();
//! assert_eq!(origins, ["nginx", "Esri"]);
//! # Ok::<(), status_core::StatusError>(())
//! ```
//!
//! The crate is `#![no_std]` and, with its default features, has no dependency but its own
//! macros.
//!
//! # Features
//!
//! - `alloc` (on by default): [`HttpStatus`] and [`StatusContract`] for `Box<T>`.
//!
#![cfg_attr(feature = "alloc", doc = "  ```")]
#![cfg_attr(not(feature = "alloc"), doc = "  ```ignore")]
//!   use status_core::{HttpStatus, StatusCode};
//!
//!   fn code_of<E: HttpStatus>(error: &E) -> u16 {
//!       error.status().code()
//!   }
//!
//!   let boxed: Box<dyn HttpStatus> = Box::new(StatusCode::NotFound);
//!   assert_eq!(code_of(&boxed), 404);
//!   ```
//!
//! - `http`: conversions with `http::StatusCode` (http 1.x, which needs `std`). Every status
//!   type, the enums of [`status_enum!`] and [`include_codes!`] included, converts into it
//!   with `From`, keeping the number; [`Status`] and [`StatusCode`] are `TryFrom` it, with a
//!   [`StatusError`] for 600 to 999 (and for a code IANA does not register, into
//!   `StatusCode`); `PartialEq` compares the numbers, both ways.
//!
#![cfg_attr(feature = "http", doc = "  ```")]
#![cfg_attr(not(feature = "http"), doc = "  ```ignore")]
//!   use status_core::{Status, StatusCode, vendor::Nginx};
//!
//!   let not_found = http::StatusCode::from(StatusCode::NotFound);
//!   assert_eq!(not_found, http::StatusCode::NOT_FOUND);
//!   assert_eq!(http::StatusCode::from(Nginx::ClientClosedRequest).as_u16(), 499);
//!   assert_eq!(StatusCode::try_from(http::StatusCode::GONE)?, StatusCode::Gone);
//!   assert!(Status::try_from(http::StatusCode::from_u16(600).unwrap()).is_err());
//!   assert!(Status::new(404)? == http::StatusCode::NOT_FOUND);
//!   # Ok::<(), status_core::StatusError>(())
//!   ```
//!
//! - `serde`: `Serialize` and `Deserialize` (through `serde_core`, with no `std`) for every
//!   status type, the generated enums included: a status is written as its number and read
//!   back from an integer, checked (100 to 599 for [`Status`], a member for an enum); a
//!   [`StatusClass`] is written as `"4xx"`.
//!
#![cfg_attr(feature = "serde", doc = "  ```")]
#![cfg_attr(not(feature = "serde"), doc = "  ```ignore")]
//!   use status_core::{Status, StatusClass, StatusCode};
//!
//!   assert_eq!(serde_json::to_string(&StatusCode::NotFound).unwrap(), "404");
//!   assert_eq!(serde_json::from_str::<Status>("471").unwrap().code(), 471);
//!   assert_eq!(serde_json::to_string(&StatusClass::ClientError).unwrap(), r#""4xx""#);
//!   assert_eq!(
//!       serde_json::from_str::<StatusCode>("471").unwrap_err().to_string(),
//!       "471 is not a code of `StatusCode`; `Status::new` accepts any code from 100 to 599 \
//!        at line 1 column 3",
//!   );
//!   ```
//!
//! - `problem` (implies `alloc` and `serde`): RFC 9457 problem details,
//!   [`problem::Problem`], built from a derived error's mapping, and the extension members
//!   of `#[problem(extension)]` fields; [`decode`], a derived error rebuilt from a response
//!   (`#[respond(decode)]`).
//! - `tracing`: what `problem` withholds from a client (the message of a server error, an
//!   extension that failed to serialize) is reported as `tracing` events.
//! - `axum`: `IntoResponse` (axum 0.8) for types with `#[respond(axum)]` and for
//!   `respond::Failure`; axum's extractors whose rejections are problem details
//!   (`respond::axum::{Path, Query, Json, Form, Bytes}`, rejecting with the types of
//!   `respond::rejection`), its fallbacks as problem details, and the registry's reason
//!   phrase on the status line.
//! - `actix-web`: `ResponseError` (actix-web 4) for types with `#[respond(actix_web)]` and for
//!   `respond::Failure`; `respond::actix_web::problem_fallbacks()`, which answers actix-web's
//!   404, 405 and extractor errors as problem details, the same as axum's.
//! - `utoipa`: `IntoResponses` (utoipa 6) for types with `#[respond(utoipa)]`: their error
//!   responses in `OpenAPI`, with the schemas of their extension members; `Problems<C, E>`
//!   narrows them to a route's contract `C`, and, with `tower` or `actix-web`,
//!   `ConformanceLayer::openapi` checks each route against its operation.
//! - `tower-http` (implies `axum`): `respond::axum::request_ids()`, tower-http 0.7's
//!   request-id middleware with status-core's part: the request's id (`X-Request-Id`) echoed,
//!   written into problem bodies (`instance`, `request_id`) and, with `tracing`, onto the
//!   event of a withheld detail (`respond::request_id`).
//! - `uuid` (implies `problem`): UUID v4 request ids; with `actix-web`,
//!   `respond::actix_web::RequestIds`, the same middleware for actix-web 4.
//! - `tower` (implies `alloc`): `conformance::ConformanceLayer`, a tower 0.5 layer (http 1
//!   types) that checks every response, as hyper sends it, against the registry's rules
//!   (content on a 205, a 401 without `WWW-Authenticate`, a malformed `Retry-After`, …), the
//!   rules that tie a status to its request (a 206 without `Range`, a 304 to a POST),
//!   problem+json on errors and each route's status contract, and reports what it finds:
//!   into a `Findings` record for tests, or, with `tracing` too, as `tracing` events.
//!
#![cfg_attr(feature = "tower", doc = "  ```")]
#![cfg_attr(not(feature = "tower"), doc = "  ```ignore")]
//!   use status_core::conformance::ConformanceLayer;
//!   use tower::{ServiceBuilder, service_fn};
//!
//!   let service = ServiceBuilder::new()
//!       .layer(ConformanceLayer::panicking().route_codes("/items/{id}", &[200, 404]))
//!       .service(service_fn(|_: http::Request<()>| async {
//!           Ok::<_, std::convert::Infallible>(http::Response::new(String::from("an item")))
//!       }));
//!   # let _ = service;
//!   ```
//!
//! - `reqwest`: `retry::reqwest`, a classifier for reqwest 0.13's retry policy that retries
//!   what [`retry::RetryPolicy::decide`] retries (reqwest retries at once and shows its
//!   classifier no header: `Retry-After` is not waited), and the decision for a response,
//!   for a loop that waits it.
//! - `tower-retry` (implies `tower`): `retry::tower::StatusRetry`, a tower 0.5
//!   `retry::Policy` for http 1 services that retries what the decision retries, a bounded
//!   number of times, waiting the server's `Retry-After` (read against the response's
//!   `Date`, capped) or a backoff, on tokio's timer.
//!
//! The macros' code names `::status_core::…`. A crate that renames the dependency
//! (`sc = { package = "status-core", … }`) adds `extern crate sc as status_core;` at its
//! root: an `extern crate` item there puts the name in the extern prelude, where such paths
//! are looked up.

#![no_std]

#[cfg(feature = "alloc")]
extern crate alloc;
// The conformance checks' test reporter locks a `Mutex`; both frameworks need `std` anyway.
// The retry integrations read the system clock; reqwest needs `std` too.
#[cfg(any(feature = "tower", feature = "actix-web", feature = "reqwest"))]
extern crate std;

extern crate self as status_core;

mod class;
#[cfg(any(feature = "tower", feature = "actix-web"))]
pub mod conformance;
mod contract;
#[cfg(feature = "problem")]
pub mod decode;
mod error;
pub mod guide;
mod header;
mod http_status;
#[cfg(any(feature = "http", feature = "serde"))]
mod integrations;
mod meaning;
mod origin;
#[cfg(feature = "problem")]
pub mod problem;
#[cfg(feature = "problem")]
pub mod respond;
pub mod retry;
pub mod retry_after;
mod rules;
mod status;

#[doc(hidden)]
pub mod __private;

pub use class::StatusClass;
pub use contract::{HttpStatus, Outcome, StatusContract};
pub use error::{StatusError, StatusErrorKind};
pub use header::HeaderValue;
#[cfg(feature = "alloc")]
pub use header::header_value_string;
pub use meaning::{Meaning, RegistryState};
pub use origin::Origin;
pub use rules::{FollowUp, HttpVersion, Permanence, RedirectKind, Retry, is_safe_method};
pub use status::Status;

/// Derives [`HttpStatus`] and [`StatusContract`] for an enum or a struct, each status checked
/// against the registry at compile time.
///
/// Put one `#[status(...)]` on each variant (or on the struct), or one on the enum as the
/// default for variants without their own (the attributes on the type, `#[header]`,
/// `#[problem]`, `#[respond]` and `#[contract]`, are described below):
///
/// | written | means |
/// |---|---|
/// | `#[status(404)]` | the IANA status with this code; an unregistered code is an error |
/// | `#[status(NotFound)]`, `#[status(StatusCode::NotFound)]` | an IANA status by name |
/// | `#[status(Nginx::ClientClosedRequest)]`, `#[status(vendor::Esri::TokenRequired)]` | a vendor status |
/// | `#[status(self::MY_STATUS)]`, `#[status(AcmeStatus::QuotaExhausted)]` | any other path: a value that implements [`HttpStatus`] (a [`Status`] or [`StatusCode`] constant, a generated enum), checked by the compiler |
/// | `#[status(transparent)]` | the status of the only field, which implements [`HttpStatus`] |
///
/// `#[respond(axum, actix_web, utoipa)]` (any of the three) on the type also implements each
/// framework's trait from the same mapping, through the `respond` module: axum's
/// `IntoResponse`, actix-web's `ResponseError`, utoipa's `IntoResponses`. Each needs
/// status-core's feature of that name (`axum`, `actix-web`, `utoipa`), and without it the
/// attribute is a compile error that says so. `#[respond(decode)]` (feature `problem`) is the
/// client side: it implements [`decode::Decode`], which rebuilds a value from an error
/// response; each field says where on the wire its value is (`#[header]`,
/// `#[problem(extension)]`, `#[problem(detail)]`), and one that says nothing is a compile error.
///
/// Names of the registry's enums need no import: the macro writes the full path. Every
/// mistake is a compile error at the offending token that says how to fix it: a number that
/// is not a status code or not registered (with the nearest registered codes), an unknown
/// name (with a "did you mean"), an informational (1xx) status, which is not a final status,
/// a variant without a status, two `#[status]` on one item, and `transparent` on an item
/// without exactly one field.
///
/// # What the response needs beside its status
///
/// | written | on | means |
/// |---|---|---|
/// | `#[header(www_authenticate = "Bearer realm=\"items\"")]` | the enum, a variant, a struct | a header with a constant value; on the enum, the default of every variant |
/// | `#[header(retry_after = Self::retry_after)]` | the enum, a variant, a struct | a header whose value a method `fn(&self) -> impl HeaderValue` gives |
/// | `#[header(allow)]` | a field | a header whose value is the field ([`HeaderValue`]: text, integers, `Duration` as delta-seconds, lists, `Option`) |
/// | `#[header("X-Request-Id" = "…")]` | anywhere a name goes | a header the registry does not list, by its name |
/// | `#[header(www_authenticate, added_by = "the auth layer")]` | the enum, a variant, a struct | another part of the service adds the header; the reason is required |
/// | `#[problem(type = "https://…")]` | the enum, a variant, a struct | the RFC 9457 problem type URI |
/// | `#[problem(expose)]`, `#[problem(withhold)]` | the enum, a variant, a struct | show a server error's message as the `detail`, or hide a client error's |
/// | `#[problem(extension)]`, `#[problem(extension = "name")]` | a field | the field becomes an extension member of the problem (feature `problem`) |
/// | `#[problem(detail)]` | a field | with `#[respond(decode)]`: the field is read back from the problem's `detail` |
/// | `#[problem(skip_decode)]` | a variant | with `#[respond(decode)]`: the variant is never read back; its responses stay [`decode::Undecoded`] |
///
/// A header name is an identifier that the registry spells with hyphens (`www_authenticate`
/// for `WWW-Authenticate`); a misspelt one gets a "did you mean". A status whose defining
/// section says a response MUST carry a header (401 `WWW-Authenticate`, 405 `Allow`, 407
/// `Proxy-Authenticate`, 426 `Upgrade`, as `codes.toml` records them in `required_headers`)
/// does not compile without one of these sources for it. A `transparent` variant takes all of
/// this from its field.
///
/// ```
/// use std::time::Duration;
/// use status_core::{HeaderValue, HttpStatus, header_value_string};
///
/// #[derive(Debug, HttpStatus)]
/// enum ItemError {
///     /// Items cannot be replaced.
///     #[status(405)]
///     #[header(allow = "GET")]
///     Immutable,
///     /// Too many requests from this client.
///     #[status(429)]
///     Throttled(#[header(retry_after)] Duration),
/// }
///
/// let mut headers = Vec::new();
/// ItemError::Throttled(Duration::from_secs(30)).visit_headers(&mut |name, value: &dyn HeaderValue| {
///     headers.push(format!("{name}: {}", header_value_string(value)));
/// });
/// assert_eq!(headers, ["Retry-After: 30"]);
/// assert!(ItemError::Immutable.exposes_detail()); // a 4xx shows its message
/// ```
///
/// # Bound to a status contract
///
/// `#[contract(ApiStatus)]` on the type binds every status it can produce to the members of
/// `ApiStatus`, an enum declared with [`status_enum!`] (or [`include_codes!`], [`StatusCode`],
/// a vendor enum, or another type that derives `HttpStatus`). Several types make one
/// contract: `#[contract(ApiStatus, AcmeStatus)]` allows the members of either, IANA codes
/// and an application's own. The compiler checks, at each variant:
///
/// - a variant's own status: a compile error at the variant names its status, the
///   contract's members and the nearest one;
/// - a `transparent` variant: every status of its field's type (read from the table of
///   statuses the derive and the generated enums write beside `StatusContract`), so a
///   field type whose own status is outside fails at the variant that wraps it;
/// - the enum's default, once, at the `#[status(...)]` that names it.
///
/// A field type that names a generic parameter (`Other(T)`) cannot be checked where the
/// enum is declared: its check runs for each instantiation the program builds, so it fails
/// `cargo build` (not `cargo check`) at the variant, naming the type that broke it. Under a
/// contract, a value path (`#[status(self::GONE)]`) must be a variant of a generated enum
/// or a [`Status`] or [`StatusCode`] constant, which the compiler can read. A field type
/// whose own status comes from a value path is read only when that type is bound to a
/// contract too.
///
/// ```
/// use status_core::HttpStatus;
///
/// status_core::status_enum! {
///     /// Every status the items API answers with.
///     pub enum ItemsStatus { Ok, Created, NotFound, 409, 5xx }
/// }
///
/// #[derive(Debug, HttpStatus)]
/// #[contract(ItemsStatus)]
/// #[status(InternalServerError)]
/// enum ItemError {
///     /// No item has this id.
///     #[status(NotFound)]
///     Missing,
///     /// An item with this name exists.
///     #[status(409)]
///     Duplicate,
///     /// Anything else: the default, 500, is in `5xx`.
///     Internal,
/// }
///
/// assert_eq!(ItemError::Duplicate.status().code(), 409);
/// ```
///
/// A status outside the contract does not compile:
///
/// ```compile_fail,E0080
/// use status_core::HttpStatus;
///
/// status_core::status_enum! {
///     /// Every status the items API answers with.
///     pub enum ItemsStatus { Ok, Created, NotFound, 409, 5xx }
/// }
///
/// #[derive(Debug, HttpStatus)]
/// #[contract(ItemsStatus)]
/// enum ItemError {
///     /// `ItemError::Deleted` has 410 Gone, which is not in the contract `ItemsStatus`;
///     /// its members are 200, 201, 404, 409, 500, …; the nearest is 404 Not Found.
///     #[status(Gone)]
///     Deleted,
/// }
/// ```
///
/// # Examples
///
/// ```
/// use status_core::{HttpStatus, StatusCode, StatusContract, Outcome, vendor::Nginx};
///
/// #[derive(Debug, HttpStatus)]
/// #[status(InternalServerError)]
/// enum UpstreamError {
///     /// The client went away before the upstream answered.
///     #[status(Nginx::ClientClosedRequest)]
///     ClientGone,
///     /// Anything else.
///     Other(String),
/// }
///
/// #[derive(Debug, HttpStatus)]
/// enum ApiError {
///     /// No such record.
///     #[status(404)]
///     NotFound { id: u64 },
///     /// An upstream call failed.
///     #[status(transparent)]
///     Upstream(UpstreamError),
/// }
///
/// assert_eq!(ApiError::NotFound { id: 7 }.status(), StatusCode::NotFound);
/// assert_eq!(ApiError::Upstream(UpstreamError::ClientGone).status(), Nginx::ClientClosedRequest);
/// assert_eq!(ApiError::Upstream(UpstreamError::Other("timeout".into())).status().code(), 500);
///
/// // The whole contract, transparent variants included, for docs or OpenAPI.
/// let mut codes = Vec::new();
/// ApiError::visit_statuses(&mut |outcome: &Outcome| codes.push(outcome.status.code()));
/// assert_eq!(codes, [404, 499, 500]);
/// ```
pub use status_macros::HttpStatus;

/// Declares an enum in application code as a subset of the IANA registry.
///
/// Members are listed by name (`NotFound`), by code (`404`) or by class (`4xx`: every IANA
/// code of the class that the registry does not mark unused), in any order; the variants
/// are sorted by code. The enum gets the registry's docs on each variant, the same methods as
/// [`StatusCode`] (`code`, `reason`, `class`, `from_u16`, `ALL`, …), `Display`, `FromStr`,
/// `TryFrom<u16>`, `From<Enum> for StatusCode`, `for Status` and `for u16`, and
/// `TryFrom<StatusCode> for Enum`; it implements `Clone`, `Copy`, `PartialEq`, `Eq`,
/// `PartialOrd`, `Ord` and `Hash` (by code) and `Debug` (the variant's name). The attributes, visibility and doc comment written
/// on the declaration are kept. With status-core's `http` feature it also converts into
/// `http::StatusCode` and compares with it both ways; with `serde` it is `Serialize` and
/// `Deserialize` as its number (the calling crate needs no dependency of its own on either).
///
/// Such an enum is an API's status contract, written once: `#[contract(ApiStatus)]` on a
/// type that derives [`HttpStatus`](derive@HttpStatus) makes every status outside it a
/// compile error, and the `conformance` layer (feature `tower`) checks a route's responses
/// against it. See the [`guide`].
///
/// ```
/// use status_core::{status_enum, Status, StatusCode};
///
/// status_enum! {
///     /// The statuses our public API returns.
///     pub enum ApiStatus {
///         Ok,
///         201,
///         NotFound,
///         409,
///         5xx,
///     }
/// }
///
/// assert_eq!(ApiStatus::Created.code(), 201);
/// assert_eq!(ApiStatus::ALL.first(), Some(&ApiStatus::Ok));
/// assert_eq!(StatusCode::from(ApiStatus::Conflict), StatusCode::Conflict);
/// assert_eq!(Status::from(ApiStatus::BadGateway).code(), 502);
/// assert!(ApiStatus::try_from(StatusCode::Gone).is_err());
/// assert_eq!("404".parse::<ApiStatus>()?, ApiStatus::NotFound);
/// # Ok::<(), status_core::StatusError>(())
/// ```
///
/// An unknown name or code, a duplicate member, a bad class pattern and an empty enum are
/// compile errors that say what to write instead.
pub use status_macros::status_enum;

/// Generates the enums of an application's own codes file.
///
/// The path is relative to the folder of the calling crate's `Cargo.toml`, and the file has
/// the schema of the project's `codes.toml` (its header comment describes it): each
/// `[[origin]]` becomes one public enum with the same methods as [`StatusCode`], and its
/// values convert into [`Status`] and implement [`HttpStatus`], so
/// `#[status(AcmeStatus::QuotaExhausted)]` works in `#[derive(HttpStatus)]`. A problem in the
/// file is a compile error naming its line and column; an edit of the file rebuilds the crate.
/// The `http` and `serde` features give these enums the same impls as [`status_enum!`]'s.
///
/// A [`Status`] keeps only the origins of status-core's own registry, so one made from these
/// enums is read against IANA (`460` alone); the enum itself, and
/// [`HttpStatus::status_meaning`] of a derived error, keep the file's reason phrase.
///
/// ```
/// status_core::include_codes!("doc/acme-codes.toml");
///
/// assert_eq!(AcmeStatus::QuotaExhausted.code(), 460);
/// assert_eq!(AcmeStatus::QuotaExhausted.to_string(), "460 Quota Exhausted");
/// assert_eq!(AcmeStatus::ORIGIN.name(), "Acme API");
/// assert_eq!(status_core::Status::from(AcmeStatus::PartiallyApplied).code(), 299);
/// ```
pub use status_macros::include_codes;

// The items generated from the project's registry (`codes.toml`, embedded in status-macros):
// the `Origin` constants (`Origin::IANA`, `Origin::NGINX`, …, and `Origin::ALL`), the static
// `REGISTRY` of every `Meaning`, the enum `StatusCode` and the module `vendor` with one enum per
// other origin. Each enum's methods and impls come from `__private::status_enum!`, the rules
// they answer from `Meaning` (`meaning.rs`).
status_macros::__core_registry!();
