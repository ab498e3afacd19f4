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
//!   retry can succeed, whether the response may carry content.
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
//! macros. Its features:
//!
//! | feature | gives |
//! |---|---|
//! | `alloc` (default) | the traits for `Box<T>`, `HeaderValue` for `String` and `Vec` |
//! | `serde` | `Serialize`/`Deserialize` of the status types |
//! | `problem` | RFC 9457 problem details (`problem`) and error responses built from a mapping (`respond`) |
//! | `tracing` | what `problem` withholds from clients, reported as `tracing` events |
//! | `axum` | `IntoResponse` (axum 0.8) for types with `#[respond(axum)]` and for `respond::Failure` |
//! | `actix-web` | `ResponseError` (actix-web 4) for types with `#[respond(actix_web)]` and for `respond::Failure` |
//! | `utoipa` | `IntoResponses` (utoipa 6) for types with `#[respond(utoipa)]`: their error responses in `OpenAPI` |
//!
//! The macros' code names `::status_core::…`. A crate that renames the dependency
//! (`sc = { package = "status-core", … }`) adds `extern crate sc as status_core;` at its
//! root: an `extern crate` item there puts the name in the extern prelude, where such paths
//! are looked up.

#![no_std]

#[cfg(feature = "alloc")]
extern crate alloc;

extern crate self as status_core;

mod class;
mod contract;
mod error;
mod header;
mod meaning;
mod origin;
#[cfg(feature = "problem")]
pub mod problem;
#[cfg(feature = "problem")]
pub mod respond;
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
/// default for variants without their own:
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
/// attribute is a compile error that says so.
///
/// Names of the registry's enums need no import: the macro writes the full path. Every
/// mistake is a compile error at the offending token that says how to fix it: a number that
/// is not a status code or not registered (with the nearest registered codes), an unknown
/// name (with a "did you mean"), an informational (1xx) status, which is not a final status,
/// a variant without a status, two `#[status]` on one item, and `transparent` on an item
/// without exactly one field.
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
/// `TryFrom<StatusCode> for Enum`; it derives `Clone`, `Copy`, `PartialEq`, `Eq`,
/// `PartialOrd`, `Ord`, `Hash` and `Debug`. The attributes, visibility and doc comment written
/// on the declaration are kept.
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

status_macros::__core_registry!();
