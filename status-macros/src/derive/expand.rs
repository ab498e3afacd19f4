//! Writes the `HttpStatus` and `StatusContract` impls: the only place the derive emits code.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{DeriveInput, Type};

use super::ast::Shape;
use super::plan::{Plan, Source};

/// The two impls for a valid input.
pub fn impls(plan: &Plan<'_>) -> TokenStream {
    let input = plan.input;
    let ident = input.ident;
    let type_name = syn::ext::IdentExt::unraw(ident).to_string();
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    let generic_params: Vec<String> = input
        .generics
        .type_params()
        .map(|param| param.ident.to_string())
        .collect();
    let inner_types: Vec<&Type> = plan
        .arms
        .iter()
        .filter_map(|arm| match &arm.source {
            Source::Transparent { ty, .. } if mentions_any(ty, &generic_params) => Some(*ty),
            _ => None,
        })
        .collect();
    let predicates = where_clause
        .map(|clause| clause.predicates.iter().collect::<Vec<_>>())
        .unwrap_or_default();
    let status_bounds = inner_types
        .iter()
        .map(|ty| quote_spanned! {ty.span()=> #ty: ::status_core::HttpStatus });
    let contract_bounds = inner_types
        .iter()
        .map(|ty| quote_spanned! {ty.span()=> #ty: ::status_core::StatusContract });
    let status_where = quote! {
        where #(#predicates,)* #(#status_bounds,)*
    };
    let contract_where = quote! {
        where #(#predicates,)* #(#contract_bounds,)*
    };

    let status_body = match &input.shape {
        Shape::Struct(_) => {
            plan.arms
                .first()
                .map_or_else(TokenStream::new, |arm| match &arm.source {
                    Source::Status(expr) => expr.clone(),
                    Source::Transparent { member, ty } => quote_spanned! {ty.span()=>
                        ::status_core::HttpStatus::status(&self.#member)
                    },
                })
        }
        Shape::Enum(_) => {
            let arms = plan.arms.iter().map(|arm| {
                let variant = arm.variant;
                match &arm.source {
                    Source::Status(expr) => quote! { Self::#variant { .. } => #expr, },
                    Source::Transparent { member, ty } => {
                        let call = quote_spanned! {ty.span()=> ::status_core::HttpStatus::status(__inner) };
                        quote! { Self::#variant { #member: ref __inner, .. } => #call, }
                    }
                }
            });
            quote! { match *self { #(#arms)* } }
        }
    };
    let visits = plan.arms.iter().map(|arm| {
        let doc = arm.doc;
        let variant = if let Some(variant) = arm.variant {
            let name = syn::ext::IdentExt::unraw(variant).to_string();
            quote!(::core::option::Option::Some(#name))
        } else {
            quote!(::core::option::Option::None)
        };
        match &arm.source {
            Source::Status(expr) => quote! {
                __visit(&::status_core::Outcome::__new(#expr, #type_name, #variant, #doc));
            },
            Source::Transparent { ty, .. } => quote_spanned! {ty.span()=>
                <#ty as ::status_core::StatusContract>::visit_statuses(__visit);
            },
        }
    });

    quote! {
        #[automatically_derived]
        #[allow(clippy::match_same_arms)]
        impl #impl_generics ::status_core::HttpStatus for #ident #type_generics #status_where {
            fn status(&self) -> ::status_core::Status {
                #status_body
            }
        }

        #[automatically_derived]
        impl #impl_generics ::status_core::StatusContract for #ident #type_generics #contract_where {
            fn visit_statuses(__visit: &mut dyn ::core::ops::FnMut(&::status_core::Outcome)) {
                #(#visits)*
            }
        }
    }
}

/// Stub impls written beside the errors, so that uses of the type do not add errors of their
/// own. They are never run: the crate does not compile.
pub fn fallback(input: &DeriveInput) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics ::status_core::HttpStatus for #ident #type_generics #where_clause {
            fn status(&self) -> ::status_core::Status {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl #impl_generics ::status_core::StatusContract for #ident #type_generics #where_clause {
            fn visit_statuses(_: &mut dyn ::core::ops::FnMut(&::status_core::Outcome)) {}
        }
    }
}

/// Whether `ty` names one of the generic parameters `params`.
fn mentions_any(ty: &Type, params: &[String]) -> bool {
    fn walk(tokens: TokenStream, params: &[String]) -> bool {
        tokens.into_iter().any(|token| match token {
            proc_macro2::TokenTree::Ident(ident) => params.iter().any(|param| ident == param),
            proc_macro2::TokenTree::Group(group) => walk(group.stream(), params),
            _ => false,
        })
    }
    walk(quote!(#ty), params)
}
