//! Writes the type's table of statuses (`StatusContract::__STATUSES`) and, when the type is
//! bound to a `#[contract(...)]`, the constants that check each variant against it.
//!
//! A check is a constant whose evaluation panics, with a message written by
//! `status_core::__private::contract_check::check`, when the variant's status is not a member:
//! the compiler reports it at the variant. A variant whose field type names a generic
//! parameter cannot be checked where the type is declared; its check is an inline `const`
//! in `status()`, evaluated for each instantiation the program builds.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned as _;

use super::generics::mentions_any;
use super::transparent;
use crate::derive::plan::{Arm, Plan, Source};
use crate::registry::model::Status;

/// The checks of a type bound to a contract.
pub struct Checks {
    /// One constant per checked arm (and for the enum's default), written beside the impls.
    pub free: TokenStream,
    /// For each arm, in order, the check that runs in `status()`, if it is generic.
    pub in_status: Vec<Option<TokenStream>>,
}

/// The table entry of `arm` of the type `type_name`. A status given by a value path is
/// read at compile time only when the type has a contract (the path must then be a
/// generated enum's variant or a `Status` constant); otherwise the entry only names it.
pub fn entry(
    plan: &Plan<'_, '_>,
    arm: &Arm<'_, '_>,
    type_name: &str,
    bound_to_contract: bool,
) -> TokenStream {
    let entry = quote!(__contract::Entry);
    match &arm.source {
        Source::Registered { status, .. } => {
            // Flat: the rows of a large enum cost the compiler less so.
            let (code, origin, reason) = (status.code, &status.origin, &status.reason);
            let variant = arm.variant.map_or_else(String::new, |variant| {
                syn::ext::IdentExt::unraw(variant).to_string()
            });
            quote!(#entry::Row(#code, #origin, #reason, #type_name, #variant))
        }
        Source::Value(path) if bound_to_contract => {
            let declarer = declarer(arm, type_name);
            quote_spanned! {path.span()=> #entry::Status(#path.__contract_code(), #declarer) }
        }
        Source::Value(path) => {
            let (declarer, written) = (declarer(arm, type_name), written(path));
            quote!(#entry::Opaque(#declarer, #written))
        }
        Source::Transparent { ty, .. } => {
            let (declarer, written) = (declarer(arm, type_name), written(ty));
            let table = transparent::table(plan, ty);
            quote_spanned! {ty.span()=> #entry::Inner(#declarer, #written, #table) }
        }
    }
}

/// The checks of `plan`, empty when the type has no contract.
pub fn checks(plan: &Plan<'_, '_>) -> Checks {
    let input = plan.input;
    let Some(contract) = &input.attrs.contract else {
        return Checks {
            free: TokenStream::new(),
            in_status: Vec::new(),
        };
    };
    let type_name = syn::ext::IdentExt::unraw(input.ident).to_string();
    let written_names: Vec<String> = contract.iter().map(|path| written(path)).collect();
    let names = quote!(&[#(#written_names),*]);
    let contract_table = contract_table(contract, &written_names);
    // Read once, so that a contract that is no `StatusContract` is one error.
    let mut free = vec![quote! {
        const __CONTRACT: &[__contract::Entry] = #contract_table;
    }];
    if let Some(source) = &plan.default {
        free.extend(default_check(source, &type_name, &names));
    }
    // Every generic parameter, lifetimes too: a field type that names one cannot be
    // written in a constant outside the impl.
    let params: Vec<String> = input
        .generics
        .params
        .iter()
        .map(|param| match param {
            syn::GenericParam::Type(param) => param.ident.to_string(),
            syn::GenericParam::Lifetime(param) => param.lifetime.ident.to_string(),
            syn::GenericParam::Const(param) => param.ident.to_string(),
        })
        .collect();
    let mut in_status = Vec::new();
    for (row, arm) in plan.arms.iter().enumerate() {
        if arm.from_default && !matches!(arm.source, Source::Transparent { .. }) {
            // Checked once, at the default.
            in_status.push(None);
            continue;
        }
        let span = arm
            .variant
            .map_or_else(|| input.ident.span(), syn::Ident::span);
        // A type without generics is checked from its own table, row by row; the entry of
        // a generic type's arm is written out, with the parameters in scope.
        let call = if params.is_empty() {
            let ident = input.ident;
            quote! {
                __contract::check_row(
                    #names,
                    __CONTRACT,
                    <#ident as ::status_core::StatusContract>::__STATUSES,
                    #row,
                )
            }
        } else {
            let entry = entry(plan, arm, &type_name, true);
            quote!(__contract::check(#names, __CONTRACT, &[#entry]))
        };
        let check = panic_on_message(&call, span);
        let generic = match &arm.source {
            Source::Transparent { ty, .. } => mentions_any(ty, &params),
            Source::Value(path) => mentions_any(path, &params),
            Source::Registered { .. } => false,
        };
        if generic {
            in_status.push(Some(quote_spanned! {span=> const { #check }; }));
        } else {
            in_status.push(None);
            free.push(quote_spanned! {span=> const _: () = #check; });
        }
    }
    Checks {
        free: quote!(#(#free)*),
        in_status,
    }
}

/// The contract's table: the one type's, or one transparent entry per type.
fn contract_table(contract: &[syn::Path], names: &[String]) -> TokenStream {
    let tables = contract.iter().map(|path| {
        quote_spanned! {path.span()=> <#path as ::status_core::StatusContract>::__STATUSES }
    });
    if contract.len() == 1 {
        return quote!(#(#tables)*);
    }
    let declarers = names
        .iter()
        .map(|name| quote!(__contract::Declarer::Struct(#name)));
    quote! {
        &[#(__contract::Entry::Inner(#declarers, #names, #tables)),*]
    }
}

/// The check of the enum's default status, spanned where it is written; none for a
/// transparent default, which each variant that takes it answers for.
fn default_check(
    source: &Source<'_, '_>,
    type_name: &str,
    names: &TokenStream,
) -> Option<TokenStream> {
    let (code, span) = match source {
        Source::Registered { status, span, .. } => (registered_code(status), *span),
        Source::Value(path) => (
            quote_spanned!(path.span()=> #path.__contract_code()),
            path.span(),
        ),
        Source::Transparent { .. } => return None,
    };
    let entry = quote!(__contract::Entry::Status(#code, __contract::Declarer::Default(#type_name)));
    let check = panic_on_message(
        &quote!(__contract::check(#names, __CONTRACT, &[#entry])),
        span,
    );
    Some(quote_spanned! {span=> const _: () = #check; })
}

/// Panics with the message `call` (of `check` or `check_row`) returns, if any: in a
/// constant, a compile error at `span`.
fn panic_on_message(call: &TokenStream, span: Span) -> TokenStream {
    quote_spanned! {span=>
        if let ::core::option::Option::Some(__message) = #call {
            ::core::panic!("{}", __message.as_str())
        }
    }
}

/// Who declares `arm`'s status: the variant, or the struct.
fn declarer(arm: &Arm<'_, '_>, type_name: &str) -> TokenStream {
    let declarer = quote!(__contract::Declarer);
    if let Some(variant) = arm.variant {
        let variant = syn::ext::IdentExt::unraw(variant).to_string();
        quote!(#declarer::Variant(#type_name, #variant))
    } else {
        quote!(#declarer::Struct(#type_name))
    }
}

/// The code, origin and reason phrase of a status of the registry, as literals.
fn registered_code(status: &Status) -> TokenStream {
    let (code, origin, reason) = (status.code, &status.origin, &status.reason);
    quote!(__contract::Code::new(#code, #origin, #reason))
}

/// Tokens as the user wrote them, without the spaces of their printing: `crate::Api`.
fn written(tokens: &dyn ToTokens) -> String {
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
