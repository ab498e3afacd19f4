//! `status_enum!`: an enum declared in application code as a subset of the IANA registry.
//! Parse the declaration, resolve its members against the registry, expand.

mod expand;
pub mod parse;
mod resolve;

use proc_macro2::TokenStream;

use crate::errors::Errors;
use crate::generate::layout::CoreLayout;
use crate::registry::model::Registry;

/// Expands `status_enum! { … }` against the project's registry: the enum, or every error.
pub fn expand(declaration: &parse::Declaration, registry: &Registry) -> TokenStream {
    let mut errors = Errors::new();
    let chosen = resolve::resolve(declaration, registry, &mut errors);
    if let Err(errors) = errors.finish() {
        return errors;
    }
    CoreLayout::of(registry)
        .map(|layout| expand::expand(declaration, &layout, &chosen))
        .unwrap_or_default()
}
