//! What a transparent arm calls its field's impls through: the traits themselves for a
//! field type that names a type parameter (bound trait by trait in each impl's `where`
//! clause), otherwise the function pointers of `status_core::__private::transparent`, bound by one
//! trait, so that a field type without `HttpStatus` is one error with advice for a field.
//! Each call reaches its method through one call of `calls::<Type>()`: the same obligation
//! at the same span, which the compiler reports once.
//! Every call is spanned on the field's type, where that error points.

use proc_macro2::{Ident, TokenStream};
use quote::quote_spanned;
use syn::Type;
use syn::spanned::Spanned as _;

use super::generics::{mentions_any, type_param_names};
use crate::derive::plan::Plan;

/// Whether `ty` names a type parameter of the derived type.
fn is_generic(plan: &Plan<'_, '_>, ty: &Type) -> bool {
    mentions_any(ty, &type_param_names(plan.input.generics))
}

/// A call of the method `method` of `HttpStatus` on the field, with `args` (the field first).
pub fn call(plan: &Plan<'_, '_>, ty: &Type, method: &str, args: &TokenStream) -> TokenStream {
    let method = Ident::new(method, ty.span());
    if is_generic(plan, ty) {
        quote_spanned!(ty.span()=> ::status_core::HttpStatus::#method(#args))
    } else {
        quote_spanned!(ty.span()=> (::status_core::__private::transparent::calls::<#ty>().#method)(#args))
    }
}

/// `visit_statuses` of the field's type, as a function.
pub fn visit_statuses(plan: &Plan<'_, '_>, ty: &Type) -> TokenStream {
    if is_generic(plan, ty) {
        quote_spanned!(ty.span()=> <#ty as ::status_core::StatusContract>::visit_statuses)
    } else {
        quote_spanned!(ty.span()=> ::status_core::__private::transparent::calls::<#ty>().visit_statuses)
    }
}

/// The table of the field's type, as a constant expression.
pub fn table(plan: &Plan<'_, '_>, ty: &Type) -> TokenStream {
    if is_generic(plan, ty) {
        quote_spanned!(ty.span()=> <#ty as ::status_core::StatusContract>::__STATUSES)
    } else {
        quote_spanned!(ty.span()=> ::status_core::__private::transparent::calls::<#ty>().table)
    }
}
