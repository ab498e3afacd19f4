//! One registry entry written as a `status_core::Meaning` constant expression.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::registry::model::{Keyword, PROTOCOLS, Status};

/// The `::status_core::Meaning { … }` of `status`, whose origin is the expression `origin`:
/// one field per fact of the registry's model, the hidden `sealed` last.
pub fn row(status: &Status, origin: &TokenStream) -> TokenStream {
    let code = Literal::u16_unsuffixed(status.code);
    let name = &status.name;
    let reason = &status.reason;
    let aliases = &status.aliases;
    let description = &status.description;
    let class = class_variant(status.code);
    let cacheable = status.cacheable;
    let body_forbidden = status.body_forbidden;
    let headers = &status.headers;
    let required_headers = &status.required_headers;
    let state = Ident::new(status.state.variant(), Span::call_site());
    let no_content = status.rules.no_content;
    let protocols = status.rules.protocols.iter().filter_map(|protocol| {
        let (_, variant) = PROTOCOLS.iter().find(|(name, _)| name == protocol)?;
        let variant = Ident::new(variant, Span::call_site());
        Some(quote!(::status_core::HttpVersion::#variant))
    });
    let redirect = option(status.rules.redirect, &quote!(::status_core::RedirectKind));
    let permanence = option(status.rules.permanence, &quote!(::status_core::Permanence));
    let retry = option(status.rules.retry, &quote!(::status_core::Retry));
    let follow = option(
        status.rules.follow,
        &quote!(::status_core::__private::FollowRule),
    );
    let spec = status.citation();
    let spec_url = &status.url;
    quote! {
        ::status_core::Meaning {
            code: #code,
            origin: #origin,
            name: #name,
            reason: #reason,
            aliases: &[#(#aliases),*],
            description: #description,
            class: ::status_core::StatusClass::#class,
            cacheable: #cacheable,
            body_forbidden: #body_forbidden,
            headers: &[#(#headers),*],
            required_headers: &[#(#required_headers),*],
            state: ::status_core::RegistryState::#state,
            spec: #spec,
            spec_url: #spec_url,
            no_content: #no_content,
            protocols: &[#(#protocols),*],
            redirect: #redirect,
            permanence: #permanence,
            retry: #retry,
            follow: #follow,
            sealed: ::status_core::__private::Sealed,
        }
    }
}

fn class_variant(code: u16) -> Ident {
    let name = match code / 100 {
        1 => "Informational",
        2 => "Successful",
        3 => "Redirection",
        4 => "ClientError",
        _ => "ServerError",
    };
    Ident::new(name, Span::call_site())
}

/// `Some(path::Variant)` or `None` for an optional keyword fact.
fn option<T: Keyword>(value: Option<T>, path: &TokenStream) -> TokenStream {
    match value {
        Some(value) => variant_option(Some(value.variant()), path),
        None => variant_option(None, path),
    }
}

/// `Some(path::Variant)` for the variant named `variant`, or `None`: the body of [`option`],
/// written once for every keyword type.
fn variant_option(variant: Option<&str>, path: &TokenStream) -> TokenStream {
    if let Some(variant) = variant {
        let variant = Ident::new(variant, Span::call_site());
        quote!(::core::option::Option::Some(#path::#variant))
    } else {
        quote!(::core::option::Option::None)
    }
}
