//! Implementation detail of [`status-core`](https://docs.rs/status-core): do not depend on this
//! crate directly. Its macros are re-exported, with their documentation, by `status-core`.
//!
//! It reads the HTTP status registry (`codes.toml`, embedded at compile time) and generates
//! the status types of `status-core`.

mod expand;
mod registry;

use proc_macro::TokenStream;

/// The project's registry, embedded so that an edit of `codes.toml` rebuilds this crate and
/// everything generated from it.
const REGISTRY_SOURCE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/codes.toml"));

/// The name under which errors in the embedded registry are reported.
const REGISTRY_PATH: &str = "codes.toml";

/// Generates the types of `status-core` from the embedded registry: `StatusCode`, the
/// `vendor` enums, `Origin` and `REGISTRY`. Used once, by `status-core` itself.
#[doc(hidden)]
#[proc_macro]
pub fn __core_registry(input: TokenStream) -> TokenStream {
    expand::core::expand(input.into(), REGISTRY_PATH, REGISTRY_SOURCE).into()
}
