//! The type's table of statuses (`StatusContract::__STATUSES`): one entry per variant (or
//! for the struct), written once, which `visit_statuses` walks and `#[contract(...)]`
//! checks. A transparent entry refers to its field type's table.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use super::paths::{doc_expr, registry_path, written};
use super::transparent;
use crate::derive::plan::{Arm, Plan, Source};
use crate::registry::model::Registry;

/// The table entry of `arm` of the type `type_name`. A status given by a value path is
/// read at compile time only when the type has a contract (the path must then be a
/// generated enum's variant or a `Status` constant); otherwise the entry reads it when
/// visited.
pub fn entry(
    plan: &Plan<'_, '_>,
    arm: &Arm<'_, '_>,
    registry: &Registry,
    type_name: &str,
) -> TokenStream {
    let entry = quote!(__contract::Entry);
    let variant = arm.variant.map_or_else(String::new, |variant| {
        syn::ext::IdentExt::unraw(variant).to_string()
    });
    let doc = doc_expr(arm.doc);
    let headers = arm.response.headers.iter().map(|header| &header.name);
    let headers = quote!(&[#(#headers),*]);
    match &arm.source {
        Source::Registered { status, span, .. } => {
            let path = registry_path(status, *span, registry);
            quote!(#entry::Registered(#path.meaning(), #type_name, #variant, #doc, #headers))
        }
        Source::Value(path) => {
            let code = if plan.input.attrs.contract.is_some() {
                quote_spanned!(path.span()=> ::core::option::Option::Some(#path.__contract_code()))
            } else {
                quote!(::core::option::Option::None)
            };
            let written = written(path);
            quote_spanned! {path.span()=>
                #entry::Value(__contract::ValueRow {
                    read: || (
                        ::status_core::HttpStatus::status(&#path),
                        ::status_core::HttpStatus::status_meaning(&#path),
                    ),
                    code: #code,
                    written: #written,
                    type_name: #type_name,
                    variant: #variant,
                    doc: #doc,
                    headers: #headers,
                })
            }
        }
        Source::Transparent { ty, .. } => {
            let (declarer, written) = (declarer(arm, type_name), written(ty));
            let table = transparent::table(plan, ty);
            let visit = transparent::visit_statuses(plan, ty);
            quote_spanned! {ty.span()=> #entry::Inner(#declarer, #written, #table, #visit) }
        }
    }
}

/// Who declares `arm`'s status: the variant, or the struct.
pub fn declarer(arm: &Arm<'_, '_>, type_name: &str) -> TokenStream {
    let declarer = quote!(__contract::Declarer);
    if let Some(variant) = arm.variant {
        let variant = syn::ext::IdentExt::unraw(variant).to_string();
        quote!(#declarer::Variant(#type_name, #variant))
    } else {
        quote!(#declarer::Struct(#type_name))
    }
}
