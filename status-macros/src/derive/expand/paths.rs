//! The paths and literals the expansion writes for what the user wrote: a registry status
//! as status-core's own path, a type or path as written (for messages), a doc comment.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::Ident;

use crate::derive::attr::{Doc, DocPart};
use crate::registry::model::{IANA, Registry, Status};

/// `::status_core::StatusCode::NotFound` or `::status_core::vendor::Nginx::ClientClosedRequest`,
/// spanned where the status was written.
pub fn registry_path(status: &Status, span: Span, registry: &Registry) -> TokenStream {
    let variant = Ident::new(&status.name, span);
    match registry.owner(status) {
        Some(origin) if origin.id != IANA => {
            let enum_name = Ident::new(&origin.enum_name, span);
            quote!(::status_core::vendor::#enum_name::#variant)
        }
        _ => quote!(::status_core::StatusCode::#variant),
    }
}

/// The doc comment as an expression of type `&'static str`.
pub fn doc_expr(doc: &Doc<'_>) -> TokenStream {
    match doc {
        Doc::Text(text) => quote!(#text),
        Doc::Parts(parts) => {
            let parts = parts.iter().map(|part| match part {
                DocPart::Text(text) => quote!(#text),
                DocPart::Expr(expr) => quote!(#expr),
            });
            quote!(::core::concat!(#(#parts),*))
        }
    }
}

/// Tokens as the user wrote them, without the spaces of their printing: `crate::Api`.
pub fn written(tokens: &dyn ToTokens) -> String {
    let text = tokens.to_token_stream().to_string();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            // Keep a space only between two words: `dyn Error`, `&'a T`.
            let before = out.chars().last().is_some_and(is_word);
            let after = chars.peek().copied().is_some_and(is_word);
            if before && after {
                out.push(' ');
            }
            continue;
        }
        out.push(c);
    }
    out
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}
