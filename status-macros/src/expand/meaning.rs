//! One registry entry written as a `status_core::Meaning` constant expression.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::registry::model::{State, Status};

/// `::status_core::Meaning::__new(…)` for `status`, whose origin is the expression `origin`.
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
    let state = state_variant(status.state);
    let spec = status.citation();
    let spec_url = &status.url;
    quote! {
        ::status_core::Meaning::__new(::status_core::__private::MeaningParts {
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
            state: ::status_core::RegistryState::#state,
            spec: #spec,
            spec_url: #spec_url,
        })
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

fn state_variant(state: State) -> Ident {
    let name = match state {
        State::Current => "Current",
        State::Unused => "Unused",
        State::Deprecated => "Deprecated",
        State::Obsolete => "Obsolete",
        State::Temporary => "Temporary",
    };
    Ident::new(name, Span::call_site())
}
