//! The types of `status-core` generated from the project's registry: the `Origin` constants,
//! `REGISTRY`, `StatusCode` and the `vendor` enums.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::layout::{self, CoreLayout, IANA};
use super::status_enum::{self, EnumSpec};
use super::{docs, meaning};
use crate::registry::LoadError;
use crate::registry::diagnostic::{Diagnostic, Location};
use crate::registry::model::Registry;

/// Expands `__core_registry!()`: writes every type generated from the loaded registry, or one
/// `compile_error!` per problem in it.
pub fn expand(input: TokenStream, loaded: &Result<Registry, LoadError>) -> TokenStream {
    if let Some(token) = input.into_iter().next() {
        return quote_spanned! {token.span()=>
            ::core::compile_error!("`__core_registry!` takes no input");
        };
    }
    match loaded {
        Ok(registry) => match CoreLayout::of(registry) {
            Some(layout) => generate(&layout),
            None => errors(&LoadError {
                path: crate::embedded::PATH.to_owned(),
                diagnostics: vec![Diagnostic {
                    location: Location { line: 1, column: 1 },
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
    errors_at(error, Span::call_site())
}

/// Like [`errors`], with every error placed at `span`.
pub fn errors_at(error: &LoadError, span: Span) -> TokenStream {
    let messages = error.diagnostics.iter().map(|diagnostic| {
        format!(
            "{}:{}:{}: {}",
            error.path, diagnostic.location.line, diagnostic.location.column, diagnostic.message
        )
    });
    quote_spanned! {span=> #(::core::compile_error!(#messages);)* }
}

fn generate(layout: &CoreLayout<'_>) -> TokenStream {
    let mut enums = layout.origins.iter().map(|origin| {
        let statuses = layout.statuses_of(&origin.id);
        let doc = docs::status_enum(
            origin,
            statuses.len(),
            "status-core's registry, `codes.toml`",
        );
        status_enum::expand(&EnumSpec {
            attrs: quote!(#[doc = #doc]),
            vis: quote!(pub),
            name: Ident::new(&origin.enum_name, Span::call_site()),
            type_name: layout::core_type_name(origin),
            origin,
            origin_expr: layout::origin_path(origin),
            table: quote!(::status_core::REGISTRY),
            statuses,
            status_doc: docs::status_method(origin),
        })
    });
    let status_code = enums.next();
    let vendor_list = layout.origins[1..]
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
    let origin_constants = origin_constants(layout);
    let registry_table = registry_table(layout);

    quote! {
        #origin_constants
        #registry_table
        #status_code

        #[doc = #vendor_doc]
        pub mod vendor {
            #(#enums)*
        }
    }
}

fn origin_constants(layout: &CoreLayout<'_>) -> TokenStream {
    let constants = layout.origins.iter().enumerate().map(|(tag, origin)| {
        let name = layout::origin_const(origin);
        let tag = Literal::u8_unsuffixed(u8::try_from(tag).unwrap_or(u8::MAX));
        let doc = format!("{}: {}", origin.name, origin.description);
        let id = &origin.id;
        let prose = &origin.name;
        let type_name = layout::core_type_name(origin);
        let reference = &origin.reference;
        let description = &origin.description;
        quote! {
            #[doc = #doc]
            pub const #name: Self = Self::__registry(#tag, #id, #prose, #type_name, #reference, #description);
        }
    });
    let all = layout
        .origins
        .iter()
        .map(|origin| layout::origin_const(origin));
    quote! {
        impl Origin {
            #(#constants)*

            /// Every origin of the project's registry, IANA first.
            pub const ALL: &'static [Self] = &[#(Self::#all),*];
        }
    }
}

fn registry_table(layout: &CoreLayout<'_>) -> TokenStream {
    let count = layout.table.len();
    let rows = layout.table.iter().map(|status| {
        let origin = layout
            .origin(&status.origin)
            .map_or_else(|| quote!(::status_core::Origin::IANA), layout::origin_path);
        meaning::row(status, &origin)
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
            #(#rows),*
        ];
    }
}
