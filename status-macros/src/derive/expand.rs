//! Writes the `HttpStatus` and `StatusContract` impls: the only place the derive emits code.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{DeriveInput, Ident, Type};

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

    let status_body = method_body(plan, Method::Status);
    let meaning_body = method_body(plan, Method::Meaning);
    let visits = plan.arms.iter().map(|arm| {
        let doc = arm.doc;
        let variant = if let Some(variant) = arm.variant {
            let name = syn::ext::IdentExt::unraw(variant).to_string();
            quote!(::core::option::Option::Some(#name))
        } else {
            quote!(::core::option::Option::None)
        };
        match &arm.source {
            Source::Status { status, meaning } => quote! {
                __visit(&::status_core::Outcome::__new(#status, #meaning, #type_name, #variant, #doc));
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

            fn status_meaning(&self) -> ::core::option::Option<&'static ::status_core::Meaning> {
                #meaning_body
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

/// The two methods of `HttpStatus`, written from the same arms.
#[derive(Clone, Copy)]
enum Method {
    Status,
    Meaning,
}

/// The body of `method`: the one expression of a struct, or a `match` over the variants.
fn method_body(plan: &Plan<'_>, method: Method) -> TokenStream {
    // For a transparent item, the call to the field's impl carries the field type's span, so
    // that a field type without `HttpStatus` is reported at the field.
    let value = |source: &Source<'_>, inner: &dyn Fn(proc_macro2::Span) -> TokenStream| match source
    {
        Source::Status { status, meaning } => match method {
            Method::Status => status.clone(),
            Method::Meaning => meaning.clone(),
        },
        Source::Transparent { ty, .. } => {
            let span = ty.span();
            let name = match method {
                Method::Status => Ident::new("status", span),
                Method::Meaning => Ident::new("status_meaning", span),
            };
            let inner = inner(span);
            quote_spanned! {span=> ::status_core::HttpStatus::#name(#inner) }
        }
    };
    match &plan.input.shape {
        Shape::Struct(_) => plan.arms.first().map_or_else(TokenStream::new, |arm| {
            let member = match &arm.source {
                Source::Transparent { member, .. } => Some(member),
                Source::Status { .. } => None,
            };
            value(&arm.source, &|span| quote_spanned! {span=> &self.#member })
        }),
        Shape::Enum(_) => {
            let arms = plan.arms.iter().map(|arm| {
                let variant = arm.variant;
                let expr = value(&arm.source, &|span| quote_spanned! {span=> __inner });
                match &arm.source {
                    Source::Status { .. } => quote! { Self::#variant { .. } => #expr, },
                    Source::Transparent { member, .. } => {
                        quote! { Self::#variant { #member: ref __inner, .. } => #expr, }
                    }
                }
            });
            quote! { match *self { #(#arms)* } }
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
