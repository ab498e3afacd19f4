//! When the type is bound to a `#[contract(...)]`, writes the constants that check each
//! variant's row of its table (`table`) against the contract's table.
//!
//! A check is a constant whose evaluation panics, with a message written by
//! `status_core::__private::contract_check::check`, when the variant's status is not a member:
//! the compiler reports it at the variant. A variant whose field type names a generic
//! parameter cannot be checked where the type is declared; its check is an inline `const`
//! in `status()`, evaluated for each instantiation the program builds.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

use super::generics::mentions_any;
use super::paths::written;
use super::table;
use crate::derive::plan::{Plan, Source};
use crate::registry::model::{Registry, Status};

/// The checks of a type bound to a contract.
pub struct Checks {
    /// One constant per checked arm (and for the enum's default), written beside the impls.
    pub free: TokenStream,
    /// For each arm, in order, the check that runs in `status()`, if it is generic.
    pub in_status: Vec<Option<TokenStream>>,
}

/// The checks of `plan`, empty when the type has no contract.
pub fn checks(plan: &Plan<'_, '_>, registry: &Registry) -> Checks {
    let input = plan.input;
    let Some(contract) = &input.attrs.contract else {
        return Checks {
            free: TokenStream::new(),
            in_status: Vec::new(),
        };
    };
    let type_name = syn::ext::IdentExt::unraw(input.ident).to_string();
    let mut written_names: Vec<String> = Vec::with_capacity(contract.len());
    for path in contract {
        written_names.push(written(path));
    }
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
    let mut params: Vec<String> = Vec::new();
    for param in &input.generics.params {
        params.push(match param {
            syn::GenericParam::Type(param) => param.ident.to_string(),
            syn::GenericParam::Lifetime(param) => param.lifetime.ident.to_string(),
            syn::GenericParam::Const(param) => param.ident.to_string(),
        });
    }
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
            let entry = table::entry(plan, arm, registry, &type_name);
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
    let mut tables: Vec<TokenStream> = Vec::with_capacity(contract.len());
    for path in contract {
        tables.push(
            quote_spanned! {path.span()=> <#path as ::status_core::StatusContract>::__STATUSES },
        );
    }
    if contract.len() == 1 {
        return quote!(#(#tables)*);
    }
    let mut entries: Vec<TokenStream> = Vec::with_capacity(contract.len());
    for ((path, table), name) in contract.iter().zip(tables).zip(names) {
        entries.push(quote_spanned! {path.span()=>
            __contract::Entry::Inner(
                __contract::Declarer::Struct(#name),
                #name,
                #table,
                <#path as ::status_core::StatusContract>::visit_statuses,
            )
        });
    }
    quote!(&[#(#entries),*])
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

/// The code, origin and reason phrase of a status of the registry, as literals.
fn registered_code(status: &Status) -> TokenStream {
    let (code, origin, reason) = (status.code, &status.origin, &status.reason);
    quote!(__contract::Code::new(#code, #origin, #reason))
}
