//! One status enum: its variants with their docs, its methods and its trait impls.
//!
//! The same expansion serves `StatusCode` and every vendor enum, so they all have the same
//! method set.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::docs;
use crate::registry::model::{Origin, Status};

/// What the generator needs to write one enum.
pub struct EnumSpec<'r> {
    /// The enum's outer attributes, its doc comment among them.
    pub attrs: TokenStream,
    /// The enum's visibility.
    pub vis: TokenStream,
    /// The enum's name.
    pub name: Ident,
    /// How the enum is named in error messages: `StatusCode`, `vendor::Nginx`, `ApiStatus`.
    pub type_name: String,
    /// The origin whose codes the enum lists, for the variants' docs.
    pub origin: &'r Origin,
    /// An expression of type `status_core::Origin` for that origin.
    pub origin_expr: TokenStream,
    /// The path of the static `[Meaning; N]` that holds the enum's registry entries.
    pub table: TokenStream,
    /// The enum's codes in code order, each with its index in `table`.
    pub statuses: Vec<(&'r Status, usize)>,
    /// The doc comment of the `status()` method: what a `Status` made from this enum keeps.
    pub status_doc: String,
}

/// Writes the enum, its inherent methods and its trait impls.
pub fn expand(spec: &EnumSpec<'_>) -> TokenStream {
    let EnumSpec {
        attrs,
        vis,
        name,
        type_name,
        origin_expr,
        table,
        ..
    } = spec;
    let variants = spec.statuses.iter().map(|(status, _)| {
        let variant = Ident::new(&status.name, Span::call_site());
        let code = Literal::u16_unsuffixed(status.code);
        let doc = docs::variant(status, spec.origin);
        let code_alias = status.code.to_string();
        let phrase_aliases = status.aliases.iter();
        quote! {
            #[doc = #doc]
            #[doc(alias = #code_alias)]
            #(#[doc(alias = #phrase_aliases)])*
            #variant = #code,
        }
    });
    let all = spec.statuses.iter().map(|(status, _)| variant_path(status));
    let table_slots = spec.statuses.iter().map(|(status, index)| {
        let slot = Literal::usize_unsuffixed(usize::from(status.code - 100));
        let index = Literal::u16_unsuffixed(u16::try_from(*index).unwrap_or(u16::MAX));
        quote! { slots[#slot] = #index; }
    });
    let by_code = spec.statuses.iter().map(|(status, _)| {
        let variant = variant_path(status);
        let slot = Literal::usize_unsuffixed(usize::from(status.code - 100));
        quote! { table[#slot] = ::core::option::Option::Some(#variant); }
    });
    let methods = methods(&spec.status_doc);
    let rule_methods = rule_methods();
    let trait_impls = trait_impls(name, type_name);

    quote! {
        #attrs
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash,
            ::core::fmt::Debug,
        )]
        #[repr(u16)]
        #vis enum #name {
            #(#variants)*
        }

        impl #name {
            /// Every status of this enum, in code order.
            pub const ALL: &'static [Self] = &[#(#all),*];

            /// The origin that defines these codes.
            pub const ORIGIN: ::status_core::Origin = #origin_expr;

            /// Every code from 100 to 599, at `code - 100`, with the index of its entry in the
            /// table of meanings (0 for codes the enum does not have).
            const TABLE_INDEX: [u16; 500] = {
                let mut slots = [0; 500];
                #(#table_slots)*
                slots
            };

            /// The registry entry behind this status: every fact the registry records about it.
            #[must_use]
            pub const fn meaning(self) -> &'static ::status_core::Meaning {
                &#table[Self::TABLE_INDEX[(self as u16 - 100) as usize] as usize]
            }

            /// Every code from 100 to 599, at `code - 100`, with its status, if the enum has one.
            const BY_CODE: [::core::option::Option<Self>; 500] = {
                let mut table = [::core::option::Option::None; 500];
                #(#by_code)*
                table
            };

            /// The status for `code`, or `None` when this enum has no status with that code.
            #[must_use]
            pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
                if code >= 100 && code < 600 {
                    Self::BY_CODE[(code - 100) as usize]
                } else {
                    ::core::option::Option::None
                }
            }

            #methods
            #rule_methods
        }

        #trait_impls
    }
}

/// The conversions and formatting every status enum implements.
fn trait_impls(name: &Ident, type_name: &str) -> TokenStream {
    quote! {
        impl ::core::fmt::Display for #name {
            /// Writes the code and the reason phrase, as on a status line: `404 Not Found`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{} {}", self.code(), self.reason())
            }
        }

        impl ::core::str::FromStr for #name {
            type Err = ::status_core::StatusError;

            /// Parses a three-digit code such as `"404"`.
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                let code = ::status_core::__private::parse_code(text)?;
                <Self as ::core::convert::TryFrom<u16>>::try_from(code)
            }
        }

        impl ::core::convert::TryFrom<u16> for #name {
            type Error = ::status_core::StatusError;

            /// The status with this code, or an error saying why there is none.
            fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_u16(code) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        ::status_core::StatusError::__unregistered(code, #type_name),
                    ),
                }
            }
        }

        impl ::status_core::HttpStatus for #name {
            fn status(&self) -> ::status_core::Status {
                #name::status(*self)
            }

            fn status_meaning(&self) -> ::core::option::Option<&'static ::status_core::Meaning> {
                ::core::option::Option::Some(#name::meaning(*self))
            }
        }

        impl ::status_core::StatusContract for #name {
            /// Visits every status of the enum: a value of this type can be any of them.
            fn visit_statuses(visit: &mut dyn ::core::ops::FnMut(&::status_core::Outcome)) {
                for status in Self::ALL {
                    let meaning = Self::meaning(*status);
                    visit(&::status_core::Outcome::__new(
                        Self::status(*status),
                        ::core::option::Option::Some(meaning),
                        #type_name,
                        ::core::option::Option::Some(meaning.name),
                        meaning.description,
                    ));
                }
            }
        }

        impl ::core::convert::From<#name> for u16 {
            fn from(status: #name) -> u16 {
                status.code()
            }
        }

        impl ::core::convert::From<#name> for ::status_core::Status {
            fn from(status: #name) -> ::status_core::Status {
                status.status()
            }
        }

        impl ::core::cmp::PartialEq<#name> for ::status_core::Status {
            fn eq(&self, other: &#name) -> bool {
                *self == other.status()
            }
        }

        impl ::core::cmp::PartialEq<::status_core::Status> for #name {
            fn eq(&self, other: &::status_core::Status) -> bool {
                self.status() == *other
            }
        }
    }
}

/// `Self::Name` for a status.
fn variant_path(status: &Status) -> TokenStream {
    let variant = Ident::new(&status.name, Span::call_site());
    quote!(Self::#variant)
}

/// The methods every status enum has that read the registry entry or the code.
fn methods(status_doc: &str) -> TokenStream {
    quote! {
        /// The three-digit code: `404` for `NotFound`.
        #[must_use]
        pub const fn code(self) -> u16 {
            self as u16
        }

        /// The reason phrase, in the origin's current wording: `Not Found`.
        #[must_use]
        pub const fn reason(self) -> &'static str {
            self.meaning().reason
        }

        /// Former or other reason phrases for this status, e.g. `Payload Too Large` for 413.
        #[must_use]
        pub const fn aliases(self) -> &'static [&'static str] {
            self.meaning().aliases
        }

        /// What the status means, in one or two sentences.
        #[must_use]
        pub const fn description(self) -> &'static str {
            self.meaning().description
        }

        /// The class, given by the first digit (RFC 9110 §15).
        #[must_use]
        pub const fn class(self) -> ::status_core::StatusClass {
            match ::status_core::StatusClass::of(self.code()) {
                ::core::option::Option::Some(class) => class,
                ::core::option::Option::None => ::status_core::StatusClass::ServerError,
            }
        }

        /// Whether this is a 1xx (Informational) status: an interim response.
        #[must_use]
        pub const fn is_informational(self) -> bool {
            ::core::matches!(self.class(), ::status_core::StatusClass::Informational)
        }

        /// Whether this is a 2xx (Successful) status.
        #[must_use]
        pub const fn is_success(self) -> bool {
            ::core::matches!(self.class(), ::status_core::StatusClass::Successful)
        }

        /// Whether this is a 3xx (Redirection) status.
        #[must_use]
        pub const fn is_redirection(self) -> bool {
            ::core::matches!(self.class(), ::status_core::StatusClass::Redirection)
        }

        /// Whether this is a 4xx (Client Error) status.
        #[must_use]
        pub const fn is_client_error(self) -> bool {
            ::core::matches!(self.class(), ::status_core::StatusClass::ClientError)
        }

        /// Whether this is a 5xx (Server Error) status.
        #[must_use]
        pub const fn is_server_error(self) -> bool {
            ::core::matches!(self.class(), ::status_core::StatusClass::ServerError)
        }

        /// Whether a cache may reuse a response with this status without explicit freshness
        /// information (heuristically cacheable, RFC 9110 §15.1 and RFC 7725 §3).
        #[must_use]
        pub const fn is_cacheable_by_default(self) -> bool {
            self.meaning().cacheable
        }

        /// Whether a response with this status never has content (1xx, 204 and 304).
        #[must_use]
        pub const fn is_body_forbidden(self) -> bool {
            self.meaning().body_forbidden
        }

        /// The header fields that go with this status, e.g. `Location` for 301.
        #[must_use]
        pub const fn headers(self) -> &'static [&'static str] {
            self.meaning().headers
        }

        /// Where the status stands in its registry: current, unused, deprecated, …
        #[must_use]
        pub const fn state(self) -> ::status_core::RegistryState {
            self.meaning().state
        }

        /// The defining document and section, as prose: `RFC 9110, Section 15.5.5`.
        #[must_use]
        pub const fn spec(self) -> &'static str {
            self.meaning().spec
        }

        /// A link to the definition.
        #[must_use]
        pub const fn spec_url(self) -> &'static str {
            self.meaning().spec_url
        }

        /// The origin that defines this status.
        #[must_use]
        pub const fn origin(self) -> ::status_core::Origin {
            Self::ORIGIN
        }

        #[doc = #status_doc]
        #[must_use]
        pub const fn status(self) -> ::status_core::Status {
            ::status_core::Status::__registered(self.code(), Self::ORIGIN)
        }
    }
}

/// The methods that answer the rules of RFC 9110 §15 from the registry entry.
fn rule_methods() -> TokenStream {
    quote! {
        /// Whether this is an interim response (1xx): a final response follows
        /// (RFC 9110 §15.2).
        #[must_use]
        pub const fn is_interim(self) -> bool {
            self.meaning().is_interim()
        }

        /// Whether this is a final response (2xx to 5xx).
        #[must_use]
        pub const fn is_final(self) -> bool {
            self.meaning().is_final()
        }

        /// Whether a server may send this status to a peer speaking `version`: no 1xx to an
        /// HTTP/1.0 client (RFC 9110 §15.2), and 101 only over HTTP/1.1.
        #[must_use]
        pub const fn may_send_to(self, version: ::status_core::HttpVersion) -> bool {
            self.meaning().may_send_to(version)
        }

        /// The kind of redirect, for a 3xx status (RFC 9110 §15.4).
        #[must_use]
        pub const fn redirect_kind(self) -> ::core::option::Option<::status_core::RedirectKind> {
            self.meaning().redirect
        }

        /// Whether the condition is temporary or permanent, where the RFCs say so.
        #[must_use]
        pub const fn permanence(self) -> ::core::option::Option<::status_core::Permanence> {
            self.meaning().permanence
        }

        /// Whether repeating the identical request can succeed, where the RFCs say so.
        #[must_use]
        pub const fn retry(self) -> ::core::option::Option<::status_core::Retry> {
            self.meaning().retry
        }

        /// Whether `Retry-After` applies: 413, 429, 503 and every redirect (RFC 9110 §10.2.3).
        #[must_use]
        pub fn retry_after_applies(self) -> bool {
            self.meaning().retry_after_applies()
        }

        /// Whether the status goes with a `Location` header field.
        #[must_use]
        pub fn expects_location(self) -> bool {
            self.meaning().expects_location()
        }

        /// Whether a response with this status may carry content (never for 1xx, 204, 304;
        /// a server must not generate any for 205).
        #[must_use]
        pub const fn may_have_content(self) -> bool {
            self.meaning().may_have_content()
        }

        /// Whether a response with this status to a `method` request may carry content
        /// (never for HEAD, nor for a 2xx answer to CONNECT).
        #[must_use]
        pub const fn may_have_content_for(self, method: &str) -> bool {
            self.meaning().may_have_content_for(method)
        }

        /// The request a user agent sends to follow this redirect after a `method` request,
        /// or `None` when it is not followed automatically. See
        /// [`FollowUp`](::status_core::FollowUp).
        #[must_use]
        pub const fn follow_up(self, method: &str) -> ::core::option::Option<::status_core::FollowUp<'_>> {
            self.meaning().follow_up(method)
        }
    }
}
