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
//!   requires: an unregistered code is treated as the x00 of its class and is never cached.
//! - [`StatusClass`], [`Origin`], [`Meaning`] and [`REGISTRY`]: the classes, the origins and
//!   every fact the registry records.
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
//! The crate is `#![no_std]` and has no dependency but its own macros.

#![no_std]

extern crate self as status_core;

mod class;
mod contract;
mod error;
mod meaning;
mod origin;
mod rules;
mod status;

#[doc(hidden)]
pub mod __private;

pub use class::StatusClass;
pub use contract::{HttpStatus, Outcome, StatusContract};
pub use error::{StatusError, StatusErrorKind};
pub use meaning::{Meaning, RegistryState};
pub use origin::Origin;
pub use rules::{FollowUp, HttpVersion, Permanence, RedirectKind, Retry, is_safe_method};
pub use status::Status;

/// Derives [`HttpStatus`] and [`StatusContract`] for an enum or a struct.
///
/// See the [`HttpStatus`](trait@HttpStatus) trait for an example.
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
/// values convert into [`Status`], so `#[status(AcmeStatus::QuotaExhausted)]` works in
/// `#[derive(HttpStatus)]`. A problem in the file is a compile error naming its line and
/// column; an edit of the file rebuilds the crate.
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
