//! `#[derive(HttpStatus)]`: parse the input (`ast`, `attr`), resolve every `#[status(...)]`
//! against the registry (`resolve`, `plan`), then expand. Every problem of one expansion is
//! reported together.

mod ast;
mod attr;
mod contract;
mod contract_attr;
mod expand;
mod plan;
mod resolve;
mod respond_attr;
mod response;
mod response_attr;

use proc_macro2::{Span, TokenStream};

use crate::embedded;
use crate::errors::{self, Errors};

/// Expands the derive for `input`: the impls, or every error beside stub impls so that the
/// user sees the errors and not a cascade of "trait not implemented".
pub fn expand(input: &syn::DeriveInput) -> TokenStream {
    let registry = match embedded::registry() {
        Ok(registry) => registry,
        Err(error) => return errors::load_errors(error, Span::call_site()),
    };
    let mut errors = Errors::new();
    let impls = ast::Input::from_syn(input, &mut errors).and_then(|parsed| {
        let plan = plan::plan(&parsed, registry, &mut errors);
        errors.is_empty().then(|| expand::impls(&plan, registry))
    });
    match (errors.finish(), impls) {
        (Ok(()), Some(impls)) => impls,
        (Ok(()), None) => expand::fallback(input),
        (Err(errors), _) => {
            let fallback = expand::fallback(input);
            quote::quote! { #errors #fallback }
        }
    }
}
