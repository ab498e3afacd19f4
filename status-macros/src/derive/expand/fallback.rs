//! The stubs written beside the errors of an invalid input, as `thiserror`'s `fallback.rs`:
//! every impl the derive would have written, the framework impls included, so that the uses
//! of the type add no error of their own and one mistake is one error. They are never run:
//! the crate does not compile.

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::DeriveInput;

use super::framework;
use crate::derive::attr::Framework;

/// The stub impls of `input`, with the framework impls of `respond` (the frameworks of a
/// `#[respond(...)]` that parsed).
pub fn fallback(input: &DeriveInput, respond: &[(Framework, Ident)]) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    let frameworks = framework::impls(ident, &input.generics, respond, &[]);
    let decode = respond
        .iter()
        .find(|(framework, _)| *framework == Framework::Decode)
        .map(|(_, word)| super::decode::stub(input, word));
    quote! {
        #[automatically_derived]
        impl #impl_generics ::status_core::HttpStatus for #ident #type_generics #where_clause {
            fn status(&self) -> ::status_core::Status {
                ::core::unreachable!()
            }
        }

        // No statuses: a contract check that reads this table reports nothing more.
        #[automatically_derived]
        impl #impl_generics ::status_core::StatusContract for #ident #type_generics #where_clause {
            const __STATUSES: &'static [::status_core::__private::contract_check::Entry] = &[];
        }

        #frameworks

        #decode
    }
}
