//! Impls for other crates' traits and types, each behind the feature of the same name.

#[cfg(feature = "http")]
pub mod http;
#[cfg(feature = "serde")]
pub mod serde;
