//! The impl of `#[respond(decode)]`: `status_core::decode::Decode`, written from the decode
//! plan (`derive::decode`), inside status-core's `respond_decode!`, which keeps it with the
//! `problem` feature and is an error naming the feature without it.
//!
//! `decode_parts` tries the arms in declaration order: an arm whose code and problem type
//! match reads its fields (each from its header, extension member or `detail`) and is the
//! value when all of them read; a transparent arm asks its field's type. `reads_header` names
//! the headers the arms read, so that the others are not kept.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{DeriveInput, Generics, Ident, Type};

use super::field_binding;
use super::generics::{mentions_any, type_param_names, where_tokens};
use crate::derive::decode::{DecodeArm, DecodePlan, Field, How, StatusTest, WirePlace};

/// The `Decode` impl of the type `ident` with `generics`, from `plan`.
pub fn decode_impl(ident: &Ident, generics: &Generics, plan: &DecodePlan<'_>) -> TokenStream {
    let (impl_generics, type_generics, where_clause) = generics.split_for_impl();
    let mut writer = Writer {
        params: type_param_names(generics),
        bounds: Vec::new(),
        header_tests: Vec::new(),
    };
    let mut arms: Vec<TokenStream> = Vec::with_capacity(plan.arms.len());
    for arm in &plan.arms {
        arms.push(writer.arm(arm));
    }
    let header_tests = &writer.header_tests;
    let reads_header = if header_tests.is_empty() {
        quote! {
            let _ = __name;
            false
        }
    } else {
        quote!(#(#header_tests)||*)
    };
    let where_tokens = where_tokens(where_clause, writer.bounds);
    let word = plan.word;
    quote_spanned! {word.span()=>
        ::status_core::__private::respond_decode! {
            #[automatically_derived]
            impl #impl_generics ::status_core::decode::Decode for #ident #type_generics #where_tokens {
                fn decode_parts(
                    __parts: &::status_core::decode::Parts<'_>,
                ) -> ::core::option::Option<Self> {
                    let __code = __parts.status().code();
                    #(#arms)*
                    ::core::option::Option::None
                }

                fn reads_header(__name: &str) -> bool {
                    #reads_header
                }
            }
        }
    }
}

/// What writing the arms gathers beside them: the bounds of generic field types and the
/// headers read.
struct Writer {
    /// The names of the type's parameters.
    params: Vec<String>,
    bounds: Vec<TokenStream>,
    header_tests: Vec<TokenStream>,
}

impl Writer {
    /// The statement that returns the value of `arm` when the response is one.
    fn arm(&mut self, arm: &DecodeArm<'_>) -> TokenStream {
        let path = arm
            .variant
            .map_or_else(|| quote!(Self), |variant| quote!(Self::#variant));
        match &arm.how {
            How::Transparent { member, ty } => {
                if mentions_any(ty, &self.params) {
                    self.bounds
                        .push(quote_spanned! {ty.span()=> #ty: ::status_core::decode::Decode });
                }
                self.header_tests.push(quote_spanned! {ty.span()=>
                    <#ty as ::status_core::decode::Decode>::reads_header(__name)
                });
                let call = quote_spanned! {ty.span()=>
                    <#ty as ::status_core::decode::Decode>::decode_parts(__parts)
                };
                quote! {
                    if let ::core::option::Option::Some(__inner) = #call {
                        return ::core::option::Option::Some(#path { #member: __inner });
                    }
                }
            }
            How::Fields {
                status,
                type_uri,
                fields,
            } => {
                let code = match status {
                    StatusTest::Code(code) => {
                        let code = Literal::u16_unsuffixed(*code);
                        quote!(#code)
                    }
                    StatusTest::Value(path) => quote_spanned! {path.span()=>
                        ::status_core::HttpStatus::status(&#path).code()
                    },
                };
                let uri = type_uri.map_or_else(
                    || quote!(::core::option::Option::None),
                    |uri| quote!(::core::option::Option::Some(#uri)),
                );
                let matched = quote!(__code == #code && __parts.has_type(#uri));
                if fields.is_empty() {
                    return quote! {
                        if #matched {
                            return ::core::option::Option::Some(#path {});
                        }
                    };
                }
                let mut reads: Vec<TokenStream> = Vec::with_capacity(fields.len());
                let mut bindings: Vec<Ident> = Vec::with_capacity(fields.len());
                let mut members: Vec<&syn::Member> = Vec::with_capacity(fields.len());
                for (index, field) in fields.iter().enumerate() {
                    reads.push(self.read(field));
                    bindings.push(field_binding(index));
                    members.push(field.member);
                }
                quote! {
                    if #matched {
                        if let (#(::core::option::Option::Some(#bindings),)*) = (#(#reads,)*) {
                            return ::core::option::Option::Some(#path { #(#members: #bindings),* });
                        }
                    }
                }
            }
        }
    }

    /// The expression that reads `field` from `__parts`, an `Option` of its type, spanned on
    /// the type, where an error of its trait bound points.
    fn read(&mut self, field: &Field<'_>) -> TokenStream {
        let ty = field.ty;
        let generic = mentions_any(ty, &self.params);
        match &field.place {
            WirePlace::Header(name) => {
                if generic {
                    self.bounds.push(quote_spanned! {ty.span()=>
                        #ty: ::status_core::decode::FromHeaderValue
                    });
                }
                self.header_tests
                    .push(quote! { __name.eq_ignore_ascii_case(#name) });
                quote_spanned! {ty.span()=> __parts.header::<#ty>(#name) }
            }
            WirePlace::Extension(name) => {
                if generic {
                    self.bounds.push(deserialize_bound(ty));
                }
                quote_spanned! {ty.span()=> __parts.extension::<#ty>(#name) }
            }
            WirePlace::Detail => {
                if generic {
                    self.bounds.push(deserialize_bound(ty));
                }
                quote_spanned! {ty.span()=> __parts.detail::<#ty>() }
            }
        }
    }
}

/// `ty: DeserializeOwned`, for a field of a generic type read from the body.
fn deserialize_bound(ty: &Type) -> TokenStream {
    quote_spanned! {ty.span()=>
        #ty: ::status_core::__private::serde::de::DeserializeOwned
    }
}

/// The stub `Decode` impl written beside the errors of an invalid input, when the type asks
/// for `#[respond(decode)]`, spanned on the word `decode`.
pub fn stub(input: &DeriveInput, word: &Ident) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    quote_spanned! {word.span()=>
        ::status_core::__private::respond_decode! {
            #[automatically_derived]
            impl #impl_generics ::status_core::decode::Decode for #ident #type_generics #where_clause {
                fn decode_parts(
                    _: &::status_core::decode::Parts<'_>,
                ) -> ::core::option::Option<Self> {
                    ::core::unreachable!()
                }
            }
        }
    }
}
