//! The impls of `#[respond(...)]`: one call of status-core's hidden macro per framework,
//! written for a valid input and, around the stubs, for an invalid one, so that a mistake
//! elsewhere does not also leave the framework's trait unimplemented.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};
use syn::{Generics, Type};

use super::generics::where_tokens;
use crate::derive::attr::Framework;

/// An extension member of the problem body that a variant (or the struct) sends: the
/// variant's name (empty for a struct), the member's name and the field's type, whose schema
/// `#[respond(utoipa)]` documents.
pub struct Extension<'a> {
    pub variant: String,
    pub member: &'a str,
    pub ty: &'a Type,
}

/// The framework impls of the type `ident` with `generics`, spanned on each framework's word,
/// so that an error of the impl (the feature off) points there. `extensions` are the type's
/// extension members, for `utoipa`.
pub fn impls(
    ident: &Ident,
    generics: &Generics,
    respond: &[(Framework, Ident)],
    extensions: &[Extension<'_>],
) -> TokenStream {
    let (impl_generics, type_generics, where_clause) = generics.split_for_impl();
    let mut generic_bound = Vec::new();
    if !generics.params.is_empty() {
        generic_bound.push(quote!(Self: ::status_core::HttpStatus + ::core::error::Error));
    }
    let where_tokens = where_tokens(where_clause, generic_bound);
    let type_name = syn::ext::IdentExt::unraw(ident).to_string();
    let extensions = extensions.iter().map(|extension| {
        let Extension {
            variant,
            member,
            ty,
        } = extension;
        quote!((#variant, #member, #ty))
    });
    let extensions = quote!(#type_name [#(#extensions)*]);
    let calls = respond.iter().filter_map(|(framework, word)| {
        let name = match framework {
            Framework::Axum => Ident::new("respond_axum", word.span()),
            Framework::ActixWeb => Ident::new("respond_actix_web", word.span()),
            Framework::Utoipa => Ident::new("respond_utoipa", word.span()),
            // Written from the variants by `decode`, not by a macro of status-core.
            Framework::Decode => return None,
        };
        let extensions = (*framework == Framework::Utoipa).then_some(&extensions);
        Some(quote_spanned! {word.span()=>
            ::status_core::__private::#name! {
                {#impl_generics} {#ident #type_generics} {#where_tokens} #extensions
            }
        })
    });
    quote!(#(#calls)*)
}
