//! Writes the `HttpStatus` and `StatusContract` impls: the only place the derive emits code.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{DeriveInput, Fields, Ident, Type};

use super::ast::{self, Input, Shape};
use super::attr::Found;
use super::resolve::{self, Resolved};
use crate::registry::model::Registry;

/// What the impls are made of, once every `#[status(...)]` is resolved.
pub struct Plan<'a> {
    input: &'a Input<'a>,
    arms: Vec<Arm<'a>>,
}

/// How one variant (or the struct) gets its status.
struct Arm<'a> {
    /// `None` for a struct.
    variant: Option<&'a Ident>,
    doc: &'a str,
    source: Source<'a>,
}

enum Source<'a> {
    /// An expression of type `Status`.
    Status(TokenStream),
    /// The status of the only field, `member` of type `ty`.
    Transparent { member: syn::Member, ty: &'a Type },
}

/// Resolves every item of `input`, pushing each problem to `errors`.
pub fn plan<'a>(
    input: &'a Input<'a>,
    registry: &Registry,
    errors: &mut Vec<syn::Error>,
) -> Plan<'a> {
    let mut arms = Vec::new();
    errors.extend(input.attr_errors.iter().cloned());
    match &input.shape {
        Shape::Struct(fields) => {
            let source = match &input.attr {
                Found::Present(attr) => source_of(attr, fields, "struct", registry, errors),
                Found::Invalid => None,
                Found::Absent => {
                    errors.push(syn::Error::new_spanned(
                        input.ident,
                        format!(
                            "struct `{}` has no status; add `#[status(...)]` with a status such as `#[status(404)]`, or `#[status(transparent)]` to use its field's status",
                            input.ident
                        ),
                    ));
                    None
                }
            };
            if let Some(source) = source {
                arms.push(Arm {
                    variant: None,
                    doc: &input.doc,
                    source,
                });
            }
        }
        Shape::Enum(variants) => {
            for variant in variants {
                errors.extend(variant.attr_errors.iter().cloned());
                let attr = match (&variant.attr, &input.attr) {
                    (Found::Present(attr), _) | (Found::Absent, Found::Present(attr)) => attr,
                    (Found::Invalid, _) | (Found::Absent, Found::Invalid) => continue,
                    (Found::Absent, Found::Absent) => {
                        errors.push(syn::Error::new_spanned(
                            variant.ident,
                            format!(
                                "variant `{}` has no status; add `#[status(...)]` to it, or a default `#[status(...)]` on the enum",
                                variant.ident
                            ),
                        ));
                        continue;
                    }
                };
                let from_default = !matches!(variant.attr, Found::Present(_));
                if from_default
                    && matches!(attr.arg, super::attr::StatusArg::Transparent(_))
                    && ast::single_field(variant.fields).is_none()
                {
                    errors.push(syn::Error::new_spanned(
                        variant.ident,
                        format!(
                            "variant `{}` has {} fields, so the enum's default #[status(transparent)] cannot apply to it; give it its own status, such as `#[status(500)]`",
                            variant.ident,
                            variant.fields.len()
                        ),
                    ));
                    continue;
                }
                if let Some(source) = source_of(attr, variant.fields, "variant", registry, errors) {
                    arms.push(Arm {
                        variant: Some(variant.ident),
                        doc: &variant.doc,
                        source,
                    });
                }
            }
        }
    }
    Plan { input, arms }
}

fn source_of<'a>(
    attr: &super::attr::StatusAttr,
    fields: &'a Fields,
    what: &str,
    registry: &Registry,
    errors: &mut Vec<syn::Error>,
) -> Option<Source<'a>> {
    match resolve::resolve(&attr.arg, registry) {
        Ok(Resolved::Status(expr)) => Some(Source::Status(expr)),
        Ok(Resolved::Transparent) => {
            if let Some(inner) = ast::single_field(fields) {
                Some(Source::Transparent {
                    member: inner.member,
                    ty: inner.ty,
                })
            } else {
                errors.push(syn::Error::new_spanned(
                &attr.tokens,
                format!(
                    "#[status(transparent)] needs a {what} with exactly one field, found {}; give the {what} its own status instead, such as `#[status(500)]`",
                    fields.len()
                ),
            ));
                None
            }
        }
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

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
