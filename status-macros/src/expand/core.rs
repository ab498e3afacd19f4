//! The types of `status-core` generated from the project's registry: `Origin`, `REGISTRY`,
//! `StatusCode` and the `vendor` enums.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::docs;
use super::status_enum::{self, EnumSpec};
use crate::registry::model::{Origin, Registry, State, Status};
use crate::registry::{self, LoadError};

/// The origin whose codes make up `StatusCode`; it must be declared and gets the tag 0.
const IANA: &str = "iana";

/// Expands `__core_registry!()`: writes every type generated from the loaded registry, or one
/// `compile_error!` per problem in it.
pub fn expand(input: TokenStream, loaded: &Result<Registry, LoadError>) -> TokenStream {
    if let Some(token) = input.into_iter().next() {
        return quote_spanned! {token.span()=>
            ::core::compile_error!("`__core_registry!` takes no input");
        };
    }
    match loaded {
        Ok(registry) => match order_origins(registry) {
            Some(origins) => generate(registry, &origins),
            None => errors(&LoadError {
                path: crate::embedded::PATH.to_owned(),
                diagnostics: vec![registry::diagnostic::Diagnostic {
                    location: registry::diagnostic::Location { line: 1, column: 1 },
                    message: format!(
                        "no `[[origin]]` with `id = \"{IANA}\"`; status-core's `StatusCode` lists the IANA codes"
                    ),
                }],
            }),
        },
        Err(error) => errors(error),
    }
}

/// One `compile_error!` per problem, each reading `path:line:column: message`.
pub fn errors(error: &LoadError) -> TokenStream {
    let messages = error.diagnostics.iter().map(|diagnostic| {
        format!(
            "{}:{}:{}: {}",
            error.path, diagnostic.location.line, diagnostic.location.column, diagnostic.message
        )
    });
    quote! { #(::core::compile_error!(#messages);)* }
}

/// The origins with IANA first, so that its tag is 0, then the others in file order.
fn order_origins(registry: &Registry) -> Option<Vec<&Origin>> {
    let iana = registry.origins.iter().find(|origin| origin.id == IANA)?;
    let vendors = registry.origins.iter().filter(|origin| origin.id != IANA);
    Some(std::iter::once(iana).chain(vendors).collect())
}

fn generate(registry: &Registry, origins: &[&Origin]) -> TokenStream {
    let tag_of = |id: &str| {
        origins
            .iter()
            .position(|origin| origin.id == id)
            .unwrap_or(0)
    };
    let mut table: Vec<&Status> = registry.statuses.iter().collect();
    table.sort_by_key(|status| (status.code, tag_of(&status.origin)));

    let enums = origins.iter().map(|origin| {
        let statuses: Vec<(&Status, usize)> = table
            .iter()
            .enumerate()
            .filter(|(_, status)| status.origin == origin.id)
            .map(|(index, status)| (*status, index))
            .collect();
        let doc = docs::status_enum(origin, statuses.len());
        status_enum::expand(&EnumSpec {
            origin,
            origin_variant: origin_variant(origin),
            statuses,
            doc,
        })
    });
    let mut enums = enums.collect::<Vec<_>>().into_iter();
    let status_code = enums.next();
    let vendor_list = origins[1..]
        .iter()
        .map(|origin| format!("- [`{0}`]: {1}", origin.enum_name, origin.name))
        .collect::<Vec<_>>()
        .join("\n");
    let vendor_doc = format!(
        "Status codes defined outside the IANA registry, one enum per origin.\n\n\
         Vendors reuse numbers (499 is both nginx's `Client Closed Request` and Esri's \
         `Token Required`), so each origin has its own enum and a [`Status`](crate::Status) \
         made from one remembers its origin.\n\n{vendor_list}"
    );
    let origin_enum = origin_enum(origins);
    let registry_table = registry_table(&table, origins);

    quote! {
        #origin_enum
        #registry_table
        #status_code

        #[doc = #vendor_doc]
        pub mod vendor {
            #(#enums)*
        }
    }
}

/// The `Origin` variant of an origin: its id in `PascalCase` (`nginx` gives `Nginx`).
fn origin_variant(origin: &Origin) -> Ident {
    let name: String = origin
        .id
        .split('-')
        .flat_map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect();
    Ident::new(&name, Span::call_site())
}

fn origin_enum(origins: &[&Origin]) -> TokenStream {
    let variants = origins.iter().enumerate().map(|(tag, origin)| {
        let variant = origin_variant(origin);
        let tag = Literal::u8_unsuffixed(u8::try_from(tag).unwrap_or(u8::MAX));
        let doc = format!("{}: {}", origin.name, origin.description);
        quote! { #[doc = #doc] #variant = #tag, }
    });
    let all = origins.iter().map(|origin| origin_variant(origin));
    let arms = |text: fn(&Origin) -> String| {
        let arms = origins.iter().map(move |origin| {
            let variant = origin_variant(origin);
            let value = text(origin);
            quote! { Self::#variant => #value, }
        });
        quote! { match self { #(#arms)* } }
    };
    let ids = arms(|origin| origin.id.clone());
    let names = arms(|origin| origin.name.clone());
    let references = arms(|origin| origin.reference.clone());
    let descriptions = arms(|origin| origin.description.clone());
    let type_names = arms(|origin| {
        if origin.id == IANA {
            origin.enum_name.clone()
        } else {
            format!("vendor::{}", origin.enum_name)
        }
    });
    let tag_arms = origins.iter().enumerate().map(|(tag, origin)| {
        let variant = origin_variant(origin);
        let tag = Literal::u8_unsuffixed(u8::try_from(tag).unwrap_or(u8::MAX));
        quote! { #tag => ::core::option::Option::Some(Self::#variant), }
    });

    quote! {
        /// Who defines a status code: the IANA registry, or a vendor that uses codes of its own.
        ///
        /// Each origin has its own enum ([`StatusCode`] for IANA, the [`vendor`] enums for the
        /// others), so that two origins giving one number different meanings stay apart.
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
        #[non_exhaustive]
        #[repr(u8)]
        pub enum Origin {
            #(#variants)*
        }

        impl Origin {
            /// Every origin in the registry, IANA first.
            pub const ALL: &'static [Self] = &[#(Self::#all),*];

            /// The short identifier the registry uses: `iana`, `nginx`, …
            #[must_use]
            pub const fn id(self) -> &'static str {
                #ids
            }

            /// The origin's name in prose: `IANA`, `nginx`, `Cloudflare`, …
            #[must_use]
            pub const fn name(self) -> &'static str {
                #names
            }

            /// Where the origin documents its codes.
            #[must_use]
            pub const fn reference(self) -> &'static str {
                #references
            }

            /// Who uses these codes, in one sentence.
            #[must_use]
            pub const fn description(self) -> &'static str {
                #descriptions
            }

            /// The generated enum that lists this origin's codes: `StatusCode`, `vendor::Nginx`, …
            #[must_use]
            pub const fn type_name(self) -> &'static str {
                #type_names
            }

            /// The origin with this tag (its discriminant), if there is one.
            pub(crate) const fn from_tag(tag: u8) -> ::core::option::Option<Self> {
                match tag {
                    #(#tag_arms)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        impl ::core::fmt::Display for Origin {
            /// Writes the origin's name: `nginx`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.name())
            }
        }
    }
}

fn registry_table(table: &[&Status], origins: &[&Origin]) -> TokenStream {
    let count = table.len();
    let rows = table.iter().map(|status| {
        let origin = origins
            .iter()
            .find(|origin| origin.id == status.origin)
            .map_or_else(
                || Ident::new("Iana", Span::call_site()),
                |origin| origin_variant(origin),
            );
        let code = Literal::u16_unsuffixed(status.code);
        let name = &status.name;
        let reason = &status.reason;
        let aliases = &status.aliases;
        let description = &status.description;
        let class = class_variant(status.code);
        let cacheable = status.cacheable;
        let body_forbidden = status.body_forbidden;
        let headers = &status.headers;
        let state = state_variant(status.state);
        let spec = status.citation();
        let spec_url = &status.url;
        quote! {
            ::status_core::Meaning {
                code: #code,
                origin: ::status_core::Origin::#origin,
                name: #name,
                reason: #reason,
                aliases: &[#(#aliases),*],
                description: #description,
                class: ::status_core::StatusClass::#class,
                cacheable: #cacheable,
                body_forbidden: #body_forbidden,
                headers: &[#(#headers),*],
                state: ::status_core::RegistryState::#state,
                spec: #spec,
                spec_url: #spec_url,
            },
        }
    });
    let doc = format!(
        "Every meaning in the registry, {count} in all, sorted by code and then by origin \
         (IANA first): one entry per code and origin that defines it."
    );
    quote! {
        #[doc = #doc]
        ///
        /// [`Status::meanings`] gives the entries of one code.
        pub static REGISTRY: [::status_core::Meaning; #count] = [
            #(#rows)*
        ];
    }
}

fn class_variant(code: u16) -> Ident {
    let name = match code / 100 {
        1 => "Informational",
        2 => "Successful",
        3 => "Redirection",
        4 => "ClientError",
        _ => "ServerError",
    };
    Ident::new(name, Span::call_site())
}

fn state_variant(state: State) -> Ident {
    let name = match state {
        State::Current => "Current",
        State::Unused => "Unused",
        State::Deprecated => "Deprecated",
        State::Obsolete => "Obsolete",
        State::Temporary => "Temporary",
    };
    Ident::new(name, Span::call_site())
}
