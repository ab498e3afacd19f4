//! Writes the `HttpStatus` and `StatusContract` impls: the only place the derive emits code.
//! `contract` writes the checks of `#[contract(...)]`, `framework` the impls of
//! `#[respond(...)]`, `fallback` the stubs written beside errors, `generics` the bounds.
//!
//! `status()` and `status_meaning()` are one `match` each, whose arms are constant
//! expressions; the type's statuses are stated once, as the table `table` writes, which
//! `visit_statuses` walks and `#[contract(...)]` checks: data rather than one call per
//! variant.

mod contract;
mod decode;
mod fallback;
mod framework;
mod generics;
mod paths;
mod table;
mod transparent;
mod uses;

pub use fallback::fallback;
pub use paths::written;

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{Ident, Type};

use self::generics::{mentions_any, type_param_names, where_tokens};
use self::paths::registry_path;
use super::ast::Shape;
use super::attr::Exposure;
use super::decode::DecodePlan;
use super::plan::{Arm, Plan, Source};
use super::response::Value;
use crate::registry::model::Registry;

/// The two impls for a valid input, and the `Decode` impl of `decoding`, when the type asks
/// for `#[respond(decode)]`.
pub fn impls(
    plan: &Plan<'_, '_>,
    decoding: Option<&DecodePlan<'_>>,
    registry: &Registry,
) -> TokenStream {
    let input = plan.input;
    let ident = input.ident;
    let type_name = syn::ext::IdentExt::unraw(ident).to_string();
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    let generic_params = type_param_names(input.generics);
    let mut inner_types: Vec<&Type> = Vec::new();
    for arm in &plan.arms {
        if let Source::Transparent { ty, .. } = &arm.source
            && mentions_any(ty, &generic_params)
        {
            inner_types.push(ty);
        }
    }
    let bounds = |bound: &dyn Fn(Span) -> TokenStream| -> TokenStream {
        let mut added = Vec::with_capacity(inner_types.len());
        for ty in &inner_types {
            let bound = bound(ty.span());
            added.push(quote_spanned! {ty.span()=> #ty: #bound });
        }
        where_tokens(where_clause, added)
    };
    let bound_to_contract = input.attrs.contract.is_some();
    let status_where = bounds(&|span| {
        if bound_to_contract {
            quote_spanned! {span=> ::status_core::HttpStatus + ::status_core::StatusContract }
        } else {
            quote_spanned! {span=> ::status_core::HttpStatus }
        }
    });
    let contract_where = bounds(&|span| quote_spanned! {span=> ::status_core::StatusContract });

    let checks = contract::checks(plan, registry);
    let status_body = method_body(plan, registry, Method::Status, &checks.in_status);
    // A registry's status answers `status_meaning` as the trait's default does, from
    // `status()`: the method is written only for the arms that need more.
    let mut all_registered = true;
    let mut entries: Vec<TokenStream> = Vec::with_capacity(plan.arms.len());
    for arm in &plan.arms {
        all_registered &= matches!(arm.source, Source::Registered { .. });
        entries.push(table::entry(plan, arm, registry, &type_name));
    }
    let meaning_method = if all_registered {
        None
    } else {
        let body = method_body(plan, registry, Method::Meaning, &[]);
        Some(quote! {
            fn status_meaning(&self) -> ::core::option::Option<&'static ::status_core::Meaning> {
                #body
            }
        })
    };
    let free_checks = checks.free;
    let response_methods = response_methods(plan);
    let extensions = extensions(input, &generic_params);
    let frameworks = framework::impls(ident, input.generics, &input.attrs.respond, &extensions);
    let decode_impl = decoding.map(|decoding| decode::decode_impl(ident, input.generics, decoding));
    let mut field_bindings: Vec<TokenStream> = Vec::new();
    for index in 0..max_bound_fields(plan) {
        let name = field_binding(index);
        field_bindings.push(quote! {
            #[allow(dead_code)]
            fn #name() {}
        });
    }

    let uses::Uses { beside, inside } = uses::uses(plan);

    quote! {
        #beside

        // A value path must have at least two segments (`self::GONE`), which the lint
        // would call unnecessary where the constant is in scope.
        #[allow(unused_qualifications)]
        const _: () = {
            #inside
            // Local items with these names keep the bindings below from resolving to a
            // constant or unit struct of the same name in the user's scope (E0530).
            #[allow(dead_code)]
            fn __inner() {}
            #[allow(dead_code)]
            fn __visit() {}
            #[allow(dead_code)]
            fn __extensions() {}
            use ::status_core::__private::contract_check as __contract;
            #(#field_bindings)*

            #[automatically_derived]
            #[allow(clippy::match_same_arms, clippy::match_wildcard_for_single_variants)]
            impl #impl_generics ::status_core::HttpStatus for #ident #type_generics #status_where {
                fn status(&self) -> ::status_core::Status {
                    #status_body
                }

                #meaning_method

                #response_methods
            }

            #free_checks

            #[automatically_derived]
            impl #impl_generics ::status_core::StatusContract for #ident #type_generics #contract_where {
                const __STATUSES: &'static [__contract::Entry] = &[
                    #(#entries),*
                ];
            }

            #frameworks

            #decode_impl
        };
    }
}

/// The two methods of `HttpStatus`, written from the same arms.
#[derive(Clone, Copy)]
enum Method {
    Status,
    Meaning,
}

/// The body of `method`: the one expression of a struct, or a `match` over the variants.
/// `checks` holds, for each arm, the contract check that must run where the generic
/// parameters are known (see `contract`), if any.
fn method_body(
    plan: &Plan<'_, '_>,
    registry: &Registry,
    method: Method,
    checks: &[Option<TokenStream>],
) -> TokenStream {
    // For a transparent item, the call to the field's impl carries the field type's span, so
    // that a field type without `HttpStatus` is reported at the field.
    let value = |source: &Source<'_, '_>, inner: &dyn Fn(Span) -> TokenStream| match source {
        Source::Registered { status, span, .. } => {
            let path = registry_path(status, *span, registry);
            match method {
                Method::Status => quote!(#path.status()),
                Method::Meaning => quote!(::core::option::Option::Some(#path.meaning())),
            }
        }
        Source::Value(path) => match method {
            Method::Status => {
                quote_spanned! {path.span()=> ::status_core::HttpStatus::status(&#path) }
            }
            Method::Meaning => {
                quote_spanned! {path.span()=> ::status_core::HttpStatus::status_meaning(&#path) }
            }
        },
        Source::Transparent { ty, .. } => {
            let name = match method {
                Method::Status => "status",
                Method::Meaning => "status_meaning",
            };
            transparent::call(plan, ty, name, &inner(ty.span()))
        }
    };
    match &plan.input.shape {
        Shape::Struct(_) => plan.arms.first().map_or_else(TokenStream::new, |arm| {
            let member = match &arm.source {
                Source::Transparent { member, .. } => Some(member),
                Source::Registered { .. } | Source::Value(_) => None,
            };
            let expr = value(&arm.source, &|span| quote_spanned! {span=> &self.#member });
            match checks.first() {
                Some(Some(check)) => quote! { #check #expr },
                _ => expr,
            }
        }),
        Shape::Enum(_) => {
            let mut any_registered = false;
            for arm in &plan.arms {
                any_registered |= matches!(arm.source, Source::Registered { .. });
            }
            let skipped = matches!(method, Method::Meaning) && any_registered;
            let mut arms: Vec<TokenStream> = Vec::with_capacity(plan.arms.len());
            for (index, arm) in plan.arms.iter().enumerate() {
                if skipped && matches!(arm.source, Source::Registered { .. }) {
                    continue;
                }
                let variant = arm.variant;
                let expr = value(&arm.source, &|span| quote_spanned! {span=> __inner });
                let expr = match checks.get(index) {
                    Some(Some(check)) => quote! {{ #check #expr }},
                    _ => expr,
                };
                arms.push(if let Source::Transparent { member, .. } = &arm.source {
                    quote! { Self::#variant { #member: ref __inner, .. } => #expr, }
                } else {
                    quote! { Self::#variant { .. } => #expr, }
                });
            }
            let rest = skipped.then(|| {
                quote! { _ => ::status_core::HttpStatus::status(self).meaning(), }
            });
            quote! { match *self { #(#arms)* #rest } }
        }
    }
}

/// The binding of the `index`th field an arm reads: `__f0`.
fn field_binding(index: usize) -> Ident {
    Ident::new(&format!("__f{index}"), Span::call_site())
}

/// The extension members of `input`'s variants (or of the struct) whose field's type names
/// no generic parameter: those whose schema `#[respond(utoipa)]` can write once for the type.
fn extensions<'a>(
    input: &'a super::ast::Input<'a>,
    generic_params: &[String],
) -> Vec<framework::Extension<'a>> {
    let mut items: Vec<(String, &super::ast::Item<'_>)> = Vec::new();
    match &input.shape {
        Shape::Enum(variants) => {
            for variant in variants {
                let name = syn::ext::IdentExt::unraw(variant.item.ident).to_string();
                items.push((name, &variant.item));
            }
        }
        Shape::Struct(item) => items.push((String::new(), item)),
    }
    let mut extensions = Vec::new();
    for (variant, item) in items {
        for (field, attrs) in item.fields.iter().zip(&item.field_attrs) {
            if let Some(member) = &attrs.extension
                && !mentions_any(&field.ty, generic_params)
            {
                extensions.push(framework::Extension {
                    variant: variant.clone(),
                    member,
                    ty: &field.ty,
                });
            }
        }
    }
    extensions
}

/// The fields of `arm` that its headers and extension members read, each once.
fn bound_fields<'a>(arm: &Arm<'a, '_>) -> Vec<&'a syn::Member> {
    let mut members: Vec<&syn::Member> = Vec::new();
    for header in &arm.response.headers {
        if let Value::Field(member) = header.value
            && !members.contains(&member)
        {
            members.push(member);
        }
    }
    for (_, member) in &arm.response.extensions {
        if !members.contains(member) {
            members.push(member);
        }
    }
    members
}

/// The most fields one arm binds.
fn max_bound_fields(plan: &Plan<'_, '_>) -> usize {
    let mut most = 0;
    for arm in &plan.arms {
        most = most.max(bound_fields(arm).len());
    }
    most
}

/// `visit_headers`, `exposes_detail`, `problem_type` and `problem_extensions`, when an arm
/// says anything about them or is transparent (its field answers for it); otherwise the
/// trait's defaults stand.
fn response_methods(plan: &Plan<'_, '_>) -> TokenStream {
    let mut needed = false;
    for arm in &plan.arms {
        needed |= !arm.response.is_empty() || matches!(arm.source, Source::Transparent { .. });
    }
    if !needed {
        return TokenStream::new();
    }
    let headers = headers_body(plan);
    let exposes = response_body(
        plan,
        &|arm, _| match (arm.response.exposure, &arm.source) {
            (Some(Exposure::Expose), _) => quote!(true),
            (Some(Exposure::Withhold), _) => quote!(false),
            (None, Source::Registered { status, .. }) => {
                let client_side = status.code < 500;
                quote!(#client_side)
            }
            (None, _) => quote!(!::status_core::HttpStatus::status(self).is_server_error()),
        },
        &|ty| {
            transparent::call(
                plan,
                ty,
                "exposes_detail",
                &quote_spanned!(ty.span()=> __inner),
            )
        },
    );
    let problem_type = response_body(
        plan,
        &|arm, _| {
            arm.response.type_uri.map_or_else(
                || quote!(::core::option::Option::None),
                |uri| quote!(::core::option::Option::Some(#uri)),
            )
        },
        &|ty| {
            transparent::call(
                plan,
                ty,
                "problem_type",
                &quote_spanned!(ty.span()=> __inner),
            )
        },
    );
    let extensions = response_body(
        plan,
        &|arm, field| {
            let mut inserts: Vec<TokenStream> = Vec::new();
            for (name, member) in &arm.response.extensions {
                let value = field(member);
                inserts.push(
                    quote! { ::status_core::__private::extension(__extensions, #name, #value); },
                );
            }
            quote! { { #(#inserts)* } }
        },
        &|ty| {
            transparent::call(
                plan,
                ty,
                "problem_extensions",
                &quote_spanned!(ty.span()=> __inner, __extensions),
            )
        },
    );
    quote! {
        fn visit_headers(&self, __visit: &mut dyn ::core::ops::FnMut(&'static str, &dyn ::status_core::HeaderValue)) {
            #headers
        }

        fn exposes_detail(&self) -> bool {
            #exposes
        }

        fn problem_type(&self) -> ::core::option::Option<&'static str> {
            #problem_type
        }

        ::status_core::__private::with_problem! {
            fn problem_extensions(&self, __extensions: &mut ::status_core::problem::Extensions) {
                #extensions
            }
        }
    }
}

/// The body of `visit_headers`: each arm hands its headers to `__visit`.
fn headers_body(plan: &Plan<'_, '_>) -> TokenStream {
    response_body(
        plan,
        &|arm, field| {
            let mut visits: Vec<TokenStream> = Vec::new();
            for header in &arm.response.headers {
                let name = &header.name;
                let value = match header.value {
                    Value::Constant(text) => quote!(&#text),
                    Value::Method(path) => quote!(&#path(self)),
                    Value::Field(member) => field(member),
                    Value::AddedBy => continue,
                };
                visits.push(quote! { ::status_core::__private::header(__visit, #name, #value); });
            }
            quote! { { #(#visits)* } }
        },
        &|ty| {
            transparent::call(
                plan,
                ty,
                "visit_headers",
                &quote_spanned!(ty.span()=> __inner, __visit),
            )
        },
    )
}

/// How an arm's value reaches one of its fields: `&self.name`, or the binding of a `match`.
type FieldAccess<'f> = &'f dyn Fn(&syn::Member) -> TokenStream;

/// The body of a response method: `arm_value` for each arm (given how to reach a field), or
/// `transparent` (with `__inner` bound to the field) for a transparent arm.
fn response_body(
    plan: &Plan<'_, '_>,
    arm_value: &dyn Fn(&Arm<'_, '_>, FieldAccess<'_>) -> TokenStream,
    transparent: &dyn Fn(&Type) -> TokenStream,
) -> TokenStream {
    match &plan.input.shape {
        Shape::Struct(_) => plan.arms.first().map_or_else(TokenStream::new, |arm| {
            if let Source::Transparent { member, ty } = &arm.source {
                let call = transparent(ty);
                quote_spanned! {ty.span()=> { let __inner = &self.#member; #call }}
            } else {
                arm_value(arm, &|member| quote!(&self.#member))
            }
        }),
        Shape::Enum(_) => {
            let mut arms: Vec<TokenStream> = Vec::with_capacity(plan.arms.len());
            for arm in &plan.arms {
                let variant = arm.variant;
                if let Source::Transparent { member, ty } = &arm.source {
                    let call = transparent(ty);
                    let inner = quote_spanned!(ty.span()=> __inner);
                    arms.push(quote! { Self::#variant { #member: ref #inner, .. } => #call, });
                    continue;
                }
                let members = bound_fields(arm);
                let mut bindings: Vec<TokenStream> = Vec::with_capacity(members.len());
                for (index, member) in members.iter().enumerate() {
                    let name = field_binding(index);
                    bindings.push(quote!(#member: ref #name));
                }
                let field = |wanted: &syn::Member| {
                    let mut index = 0;
                    for (position, member) in members.iter().enumerate() {
                        if *member == wanted {
                            index = position;
                            break;
                        }
                    }
                    let name = field_binding(index);
                    quote!(#name)
                };
                let value = arm_value(arm, &field);
                arms.push(quote! { Self::#variant { #(#bindings,)* .. } => #value, });
            }
            quote! { match *self { #(#arms)* } }
        }
    }
}
