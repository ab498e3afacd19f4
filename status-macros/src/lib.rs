//! Implementation detail of [`status-core`](https://docs.rs/status-core): do not depend on this
//! crate directly. Its macros are re-exported, with their documentation, by `status-core`.
//!
//! It reads the HTTP status registry (`codes.toml`, embedded at compile time) and generates
//! the status types of `status-core`, `status_enum!`, `include_codes!` and the `HttpStatus`
//! derive. Each macro has its module; `generate` holds what they write alike, `registry` the
//! loader and its queries, `lookup` the one way to find a status by code or name.
//!
//! Lists are built with loops rather than `.map(..).collect()` chains, and comma lists are
//! read into a `Vec` (`comma`) rather than a `Punctuated`: every user compiles this crate
//! unoptimised, where each chain instantiates its own copy of the standard library's iterator
//! and `Vec` code; the loops cut the crate's LLVM IR by a third.

mod comma;
mod core_registry;
mod derive;
mod embedded;
mod errors;
mod generate;
mod include_codes;
mod lookup;
mod registry;
mod status_enum;

use proc_macro::TokenStream;

/// Generates the types of `status-core` from the embedded registry: `StatusCode`, the
/// `vendor` enums, `Origin` and `REGISTRY`. Used once, by `status-core` itself.
#[doc(hidden)]
#[proc_macro]
pub fn __core_registry(input: TokenStream) -> TokenStream {
    core_registry::expand(input.into(), embedded::registry()).into()
}

/// Derives `status_core::HttpStatus` and `status_core::StatusContract`; documented in
/// `status-core`, which re-exports it.
#[proc_macro_derive(HttpStatus, attributes(status, header, problem, respond, contract))]
pub fn derive_http_status(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    derive::expand(&input).into()
}

/// Declares an enum as a subset of the IANA registry; documented in `status-core`, which
/// re-exports it.
#[proc_macro]
pub fn status_enum(input: TokenStream) -> TokenStream {
    let declaration = syn::parse_macro_input!(input as status_enum::parse::Declaration);
    match embedded::registry() {
        Ok(registry) => status_enum::expand(&declaration, registry).into(),
        Err(error) => errors::load_errors(error, proc_macro2::Span::call_site()).into(),
    }
}

/// Generates the enums of an application's own codes file; documented in `status-core`,
/// which re-exports it.
#[proc_macro]
pub fn include_codes(input: TokenStream) -> TokenStream {
    let path = syn::parse_macro_input!(input as syn::LitStr);
    include_codes::expand(&path).into()
}
