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
mod status;

#[doc(hidden)]
pub mod __private;

pub use class::StatusClass;
pub use contract::{HttpStatus, Outcome, StatusContract};
pub use error::{StatusError, StatusErrorKind};
pub use meaning::{Meaning, RegistryState};
pub use origin::Origin;
pub use status::Status;

/// Derives [`HttpStatus`] and [`StatusContract`] for an enum or a struct.
///
/// See the [`HttpStatus`](trait@HttpStatus) trait for an example.
pub use status_macros::HttpStatus;

status_macros::__core_registry!();
