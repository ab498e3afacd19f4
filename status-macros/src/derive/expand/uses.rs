//! A path written in `#[status(...)]` that names one of the registry's enums
//! (`Nginx::ClientClosedRequest`, `StatusCode::NotFound`, `vendor::Nginx::…`) is resolved by
//! the macro, which writes status-core's own path; so that it still counts as a use of the
//! user's import (`use status_core::vendor::Nginx;`, an error under `#![deny(warnings)]`
//! if unused), the first segment of each such path is imported again, as written, with
//! `use Nginx as _;`.
//!
//! The path must also work without an import, as it always has: beside the type, a glob
//! import of a hidden module makes each first segment name status-core's item. A glob has
//! the lowest priority, so the user's own import (or item) of that name wins wherever there
//! is one, and the glob is used only where there is none.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::derive::plan::{Plan, Source};
use crate::registry::model::IANA_ENUM;

/// The items written beside the type (the hidden module and its glob import), and the
/// imports written inside the derive's `const _` block; both empty when no path names one
/// of the registry's enums.
pub struct Uses {
    pub beside: TokenStream,
    pub inside: TokenStream,
}

/// The uses of the paths of `plan`'s arms and of the enum's default.
pub fn uses(plan: &Plan<'_, '_>) -> Uses {
    let mut sources: Vec<&Source<'_, '_>> = Vec::with_capacity(plan.arms.len() + 1);
    for arm in &plan.arms {
        sources.push(&arm.source);
    }
    if let Some(default) = &plan.default {
        sources.push(default);
    }
    let mut firsts: Vec<&Ident> = Vec::new();
    for source in sources {
        if let Source::Registered {
            written: Some(path),
            ..
        } = source
            && let Some(segment) = path.segments.first()
        {
            let first = &segment.ident;
            if first != "status_core" && !firsts.contains(&first) {
                firsts.push(first);
            }
        }
    }
    if firsts.is_empty() {
        return Uses {
            beside: TokenStream::new(),
            inside: TokenStream::new(),
        };
    }
    let type_name = syn::ext::IdentExt::unraw(plan.input.ident).to_string();
    let module = format_ident!("__status_core_paths_of_{}", type_name);
    let mut fallbacks: Vec<TokenStream> = Vec::with_capacity(firsts.len());
    for first in &firsts {
        let target = if *first == "vendor" {
            quote!(::status_core::vendor)
        } else if *first == IANA_ENUM {
            quote!(::status_core::StatusCode)
        } else {
            quote!(::status_core::vendor::#first)
        };
        let name = Ident::new(&first.to_string(), proc_macro2::Span::call_site());
        fallbacks.push(quote!(pub(super) use #target as #name;));
    }
    Uses {
        beside: quote! {
            #[doc(hidden)]
            #[allow(unused_imports, non_snake_case)]
            mod #module {
                #(#fallbacks)*
            }
            #[allow(unused_imports, clippy::wildcard_imports)]
            use #module::*;
        },
        inside: quote! {
            #(
                #[allow(unused_imports)]
                use #firsts as _;
            )*
        },
    }
}
