//! `#[derive(HttpStatus)]`, in phases: read the input and each place's attributes once
//! (`ast`, `attr`), resolve every `#[status(...)]` against the registry (`resolve`) and each
//! item's response facts (`response`) into a plan (`plan`), and, for `#[respond(decode)]`,
//! where each field is on the wire (`decode`), then write the impls (`expand`),
//! or, when anything is wrong, every error beside stub impls. Every problem of one expansion
//! is reported together.

mod ast;
mod attr;
mod decode;
mod expand;
mod plan;
mod resolve;
mod response;

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
    let parsed = ast::Input::from_syn(input, &mut errors);
    let impls = parsed.as_ref().and_then(|parsed| {
        let plan = plan::plan(parsed, registry, &mut errors);
        let decoding = decode::plan(&plan, &mut errors);
        errors
            .is_empty()
            .then(|| expand::impls(&plan, decoding.as_ref(), registry))
    });
    match (errors.finish(), impls) {
        (Ok(()), Some(impls)) => impls,
        (result, _) => {
            let respond = parsed
                .as_ref()
                .map_or(&[][..], |parsed| &parsed.attrs.respond);
            let fallback = expand::fallback(input, respond);
            let errors = result.err().unwrap_or_default();
            quote::quote! { #errors #fallback }
        }
    }
}
