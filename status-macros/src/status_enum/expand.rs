//! Writes the enum a `status_enum!` declaration asks for: its variants and one call into
//! status-core for the methods every status enum has and the conversions with `StatusCode`.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::parse::Declaration;
use crate::generate::docs;
use crate::generate::enum_type::{self, EnumSpec};
use crate::generate::layout::{CoreLayout, IANA};
use crate::registry::model::Status;

/// The enum of `declaration` with the statuses `chosen`, laid out as in status-core.
pub fn expand(
    declaration: &Declaration,
    layout: &CoreLayout<'_>,
    chosen: &[&Status],
) -> TokenStream {
    let Some(origin) = layout.origin(IANA) else {
        return TokenStream::new();
    };
    let Declaration {
        attrs, vis, name, ..
    } = declaration;
    let mut statuses: Vec<(&Status, usize)> = Vec::new();
    for (status, index) in layout.statuses_of(IANA) {
        if chosen.iter().any(|chosen| chosen.code == status.code) {
            statuses.push((status, index));
        }
    }
    let has_doc = attrs.iter().any(|attr| attr.path().is_ident("doc"));
    let generated_doc = (!has_doc).then(|| {
        let mut members: Vec<String> = Vec::with_capacity(statuses.len());
        for (status, _) in &statuses {
            members.push(format!("`{} {}`", status.code, status.reason));
        }
        let doc = format!("The statuses {}.", members.join(", "));
        quote!(#[doc = #doc])
    });
    let enum_tokens = enum_type::expand(&EnumSpec {
        attrs: quote!(#(#attrs)* #generated_doc),
        vis: vis.to_token_stream(),
        name: name.clone(),
        type_name: name.to_string(),
        origin,
        origin_expr: quote!(::status_core::Origin::IANA),
        table: quote!(::status_core::REGISTRY),
        statuses,
        status_doc: docs::status_method(origin),
        lookup_table: false,
    });
    quote! {
        #enum_tokens

        ::status_core::__private::status_code_subset! {
            enum: #name,
        }
    }
}
