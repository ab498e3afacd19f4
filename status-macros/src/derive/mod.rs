//! `#[derive(HttpStatus)]`: parse the input, resolve every `#[status(...)]` against the
//! registry, then expand. Every problem of one expansion is reported together.

mod ast;
mod attr;
mod expand;
mod plan;
mod resolve;

use proc_macro2::TokenStream;

use crate::embedded;

/// Expands the derive for `input`: the impls, or every error beside stub impls so that the
/// user sees the errors and not a cascade of "trait not implemented".
pub fn expand(input: &syn::DeriveInput) -> TokenStream {
    let registry = match embedded::registry() {
        Ok(registry) => registry,
        Err(error) => return crate::expand::core::errors(error),
    };
    let mut errors = Vec::new();
    if let Some(parsed) = ast::Input::from_syn(input, &mut errors) {
        let plan = plan::plan(&parsed, registry, &mut errors);
        if errors.is_empty() {
            return expand::impls(&plan);
        }
    }
    let errors = errors.iter().map(syn::Error::to_compile_error);
    let fallback = expand::fallback(input);
    quote::quote! { #(#errors)* #fallback }
}
