//! `status_enum!`: an enum declared in application code as a subset of the IANA registry.
//!
//! Grammar: `#[attr]* vis enum Name { member, … }` where a member is a variant name of
//! `StatusCode` (`NotFound`), a registered code (`404`) or a class (`4xx`, every code of the
//! class that the registry does not mark unused).

use std::collections::BTreeMap;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, LitInt, Token, Visibility, braced};

use super::layout::{CoreLayout, IANA};
use super::status_enum::{self, EnumSpec};
use crate::literal;
use crate::registry::model::{Registry, State, Status};
use crate::suggest::{nearest_codes, suggest_name, vendor_meanings, vendor_paths};

/// The declaration written in `status_enum! { … }`.
pub struct Declaration {
    attrs: Vec<Attribute>,
    vis: Visibility,
    name: Ident,
    members: Punctuated<Member, Token![,]>,
}

/// One member as written.
enum Member {
    /// `404`, or a class written `4xx`.
    Number(LitInt),
    /// `NotFound`.
    Name(Ident),
}

impl Member {
    fn tokens(&self) -> TokenStream {
        match self {
            Member::Number(lit) => lit.to_token_stream(),
            Member::Name(ident) => ident.to_token_stream(),
        }
    }
}

impl Parse for Declaration {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        input.parse::<Token![enum]>()?;
        let name = input.parse()?;
        let body;
        braced!(body in input);
        let members = body.parse_terminated(Member::parse, Token![,])?;
        Ok(Declaration {
            attrs,
            vis,
            name,
            members,
        })
    }
}

impl Parse for Member {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(Token![#]) {
            let attrs = input.call(Attribute::parse_outer)?;
            return Err(syn::Error::new_spanned(
                quote!(#(#attrs)*),
                "members take no attributes or doc comments: each variant's docs come from the registry; document the enum itself instead",
            ));
        }
        if input.peek(Token![-]) {
            let minus: Token![-] = input.parse()?;
            let number: LitInt = input.parse()?;
            return Err(syn::Error::new_spanned(
                quote!(#minus #number),
                "a status code is a positive number from 100 to 599, such as `404`",
            ));
        }
        let lookahead = input.lookahead1();
        if lookahead.peek(LitInt) {
            input.parse().map(Member::Number)
        } else if lookahead.peek(Ident) {
            input.parse().map(Member::Name)
        } else {
            Err(syn::Error::new(
                input.span(),
                "expected a member: a status name such as `NotFound`, a code such as `404` or a class such as `4xx`",
            ))
        }
    }
}

/// Expands `status_enum! { … }` against the project's registry.
pub fn expand(declaration: &Declaration, registry: &Registry) -> TokenStream {
    let Some(layout) = CoreLayout::of(registry) else {
        return quote!(::core::compile_error!("the registry declares no IANA origin"););
    };
    let mut errors = derive_conflicts(&declaration.attrs);
    let mut chosen: BTreeMap<u16, (&Status, &Member)> = BTreeMap::new();
    for member in &declaration.members {
        let statuses = match resolve_member(member, registry) {
            Ok(statuses) => statuses,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        let repeated: Vec<(&Status, &Member)> = statuses
            .iter()
            .filter_map(|status| chosen.get(&status.code).map(|(_, first)| (*status, *first)))
            .collect();
        if let Some((status, first)) = repeated.first() {
            errors.push(duplicate_error(member, first, status, repeated.len()));
            errors.push(syn::Error::new_spanned(first.tokens(), "first listed here"));
            continue;
        }
        for status in statuses {
            chosen.insert(status.code, (status, member));
        }
    }
    if chosen.is_empty() && errors.is_empty() {
        errors.push(syn::Error::new_spanned(
            &declaration.name,
            format!(
                "`{}` has no members; list statuses by name (`NotFound`), code (`404`) or class (`4xx`)",
                declaration.name
            ),
        ));
    }
    if !errors.is_empty() {
        return errors.iter().map(syn::Error::to_compile_error).collect();
    }
    let statuses: Vec<(&Status, usize)> = layout
        .statuses_of(IANA)
        .into_iter()
        .filter(|(status, _)| chosen.contains_key(&status.code))
        .collect();
    generate(declaration, &layout, statuses)
}

fn generate(
    declaration: &Declaration,
    layout: &CoreLayout<'_>,
    statuses: Vec<(&Status, usize)>,
) -> TokenStream {
    let Declaration {
        attrs, vis, name, ..
    } = declaration;
    let has_doc = attrs.iter().any(|attr| attr.path().is_ident("doc"));
    let generated_doc = (!has_doc).then(|| {
        let members: Vec<String> = statuses
            .iter()
            .map(|(status, _)| format!("`{} {}`", status.code, status.reason))
            .collect();
        let doc = format!("The statuses {}.", members.join(", "));
        quote!(#[doc = #doc])
    });
    let to_status_code: Vec<TokenStream> = statuses
        .iter()
        .map(|(status, _)| {
            let variant = Ident::new(&status.name, Span::call_site());
            quote!(#name::#variant => ::status_core::StatusCode::#variant,)
        })
        .collect();
    let Some(origin) = layout.origin(IANA) else {
        return TokenStream::new();
    };
    let type_name = name.to_string();
    let enum_tokens = status_enum::expand(&EnumSpec {
        attrs: quote!(#(#attrs)* #generated_doc),
        vis: vis.to_token_stream(),
        name: name.clone(),
        type_name: type_name.clone(),
        origin,
        origin_expr: quote!(::status_core::Origin::IANA),
        table: quote!(::status_core::REGISTRY),
        statuses,
        status_doc: super::docs::status_method(origin),
    });
    quote! {
        #enum_tokens

        impl ::core::convert::From<#name> for ::status_core::StatusCode {
            fn from(status: #name) -> ::status_core::StatusCode {
                match status {
                    #(#to_status_code)*
                }
            }
        }

        impl ::core::convert::TryFrom<::status_core::StatusCode> for #name {
            type Error = ::status_core::StatusError;

            /// The member with this status, or an error when the enum does not list it.
            fn try_from(status: ::status_core::StatusCode) -> ::core::result::Result<Self, Self::Error> {
                <Self as ::core::convert::TryFrom<u16>>::try_from(status.code())
            }
        }
    }
}

/// The error for `member`, which repeats `count` statuses of `first`, among them `status`.
fn duplicate_error(member: &Member, first: &Member, status: &Status, count: usize) -> syn::Error {
    let is_class = |member: &Member| matches!(member, Member::Number(lit) if is_class_pattern(lit));
    let message = match (is_class(first), is_class(member)) {
        (false, false) => format!(
            "duplicate member: `{}` is `{}` ({} {}), already listed as `{}`; remove one",
            member.tokens(),
            status.name,
            status.code,
            status.reason,
            first.tokens()
        ),
        (true, false) => format!(
            "duplicate member: `{}` ({} {}) is already in the enum through `{}`; remove `{}`",
            status.name,
            status.code,
            status.reason,
            first.tokens(),
            member.tokens()
        ),
        (false, true) => format!(
            "duplicate member: `{}` includes `{}` ({} {}), which is also listed as `{}`; remove `{}`",
            member.tokens(),
            status.name,
            status.code,
            status.reason,
            first.tokens(),
            first.tokens()
        ),
        (true, true) => format!(
            "duplicate member: `{}` repeats {count} statuses already in the enum through `{}`; remove it",
            member.tokens(),
            first.tokens()
        ),
    };
    syn::Error::new_spanned(member.tokens(), message)
}

/// The traits every generated enum already derives.
const DERIVED: [&str; 8] = [
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Debug",
];

/// An error for each trait in a `#[derive(...)]` of the declaration that the generated enum
/// already derives.
fn derive_conflicts(attrs: &[Attribute]) -> Vec<syn::Error> {
    let mut errors = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("derive")) {
        let Ok(paths) = attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
        else {
            continue;
        };
        for path in paths {
            let Some(last) = path.segments.last() else {
                continue;
            };
            if DERIVED.iter().any(|name| last.ident == name) {
                errors.push(syn::Error::new_spanned(
                    &path,
                    format!(
                        "`{}` is already derived by status_enum!, which derives {}; remove it",
                        last.ident,
                        DERIVED.join(", ")
                    ),
                ));
            }
        }
    }
    errors
}

/// The IANA statuses a member stands for, or why it stands for none.
fn resolve_member<'r>(member: &Member, registry: &'r Registry) -> syn::Result<Vec<&'r Status>> {
    let iana = || {
        registry
            .statuses
            .iter()
            .filter(|status| status.origin == IANA)
    };
    match member {
        Member::Name(ident) => {
            let name = ident.to_string();
            iana()
                .find(|status| status.name == name)
                .map(|status| vec![status])
                .ok_or_else(|| {
                    let vendors = vendor_paths(&name, registry);
                    let hint = if vendors.is_empty() {
                        suggest_name(&name, registry, IANA)
                    } else {
                        format!(
                            "; it is {}, and status_enum! lists IANA statuses only: use the vendor enum, or list the code in an application codes file read with `include_codes!`",
                            vendors.join(" or ")
                        )
                    };
                    syn::Error::new_spanned(ident, format!("`{name}` is not a status of `StatusCode`{hint}"))
                })
        }
        Member::Number(lit) if is_class_pattern(lit) => {
            let class = class_digit(lit).ok_or_else(|| {
                syn::Error::new_spanned(
                    lit,
                    format!(
                        "`{lit}` is not a status class; write a class as its first digit and `xx`, from `1xx` to `5xx`"
                    ),
                )
            })?;
            Ok(iana()
                .filter(|status| status.code / 100 == class && status.state != State::Unused)
                .collect())
        }
        Member::Number(lit) => {
            let code = literal::status_code(lit, registry)?;
            iana()
                .find(|status| status.code == code)
                .map(|status| vec![status])
                .ok_or_else(|| {
                    let vendors = vendor_meanings(code, registry);
                    let hint = if vendors.is_empty() {
                        format!(
                            "{}; an application's own code belongs in a codes file read with `include_codes!`",
                            nearest_codes(code, registry)
                        )
                    } else {
                        format!(
                            "; it is {}, and status_enum! lists IANA statuses only: use the vendor enum",
                            vendors.join(" or ")
                        )
                    };
                    syn::Error::new_spanned(lit, format!("`{code}` is not in the IANA registry{hint}"))
                })
        }
    }
}

/// Whether `lit` is written like a class (`4xx`, `6xx`, `40x`) rather than a code with a
/// type suffix (`404u16`).
fn is_class_pattern(lit: &LitInt) -> bool {
    let suffix = lit.suffix();
    !suffix.is_empty() && suffix.chars().all(|c| c == 'x' || c == 'X')
}

/// The digit of a class pattern `4xx`/`4XX`, if `lit` is one.
fn class_digit(lit: &LitInt) -> Option<u16> {
    let digits = lit.base10_digits();
    let suffix = lit.suffix();
    let plain = lit.to_string() == format!("{digits}{suffix}");
    let valid = plain && digits.len() == 1 && (suffix == "xx" || suffix == "XX");
    let digit: u16 = digits.parse().ok()?;
    (valid && (1..=5).contains(&digit)).then_some(digit)
}
