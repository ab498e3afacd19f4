//! `__core_registry!()`: the types of `status-core` generated from the project's registry:
//! the `Origin` constants, `REGISTRY`, `StatusCode` and the `vendor` enums.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::errors;
use crate::generate::docs;
use crate::generate::enum_type::{self, EnumSpec};
use crate::generate::layout::{self, CoreLayout};
use crate::generate::meaning;
use crate::registry::LoadError;
use crate::registry::model::{Origin, Registry, Status};

/// Expands `__core_registry!()`: every type generated from the loaded registry, or one
/// `compile_error!` per problem in it beside stand-ins for what status-core's own code uses.
pub fn expand(input: TokenStream, loaded: &Result<Registry, LoadError>) -> TokenStream {
    if let Some(token) = input.into_iter().next() {
        return quote_spanned! {token.span()=>
            ::core::compile_error!("`__core_registry!` takes no input");
        };
    }
    let layout = loaded.as_ref().map(CoreLayout::of);
    match (loaded, layout) {
        (Ok(_), Ok(Some(layout))) => generate(&layout),
        (Err(error), _) => {
            let errors = errors::load_errors(error, Span::call_site());
            let stand_ins = stand_ins();
            quote! { #errors #stand_ins }
        }
        // The loader refuses a project registry without the IANA origin.
        (Ok(_), _) => stand_ins(),
    }
}

/// What status-core's hand-written code names on `Origin`, for when the registry could not be
/// loaded, so that the user sees the registry's errors alone (rustc already stays silent
/// about the missing types themselves). Never run: the crate does not compile.
fn stand_ins() -> TokenStream {
    quote! {
        impl Origin {
            /// A stand-in: the registry has errors.
            pub const IANA: Self = ::status_core::__private::registry_origin(0, "", "", "", "", "");
            /// A stand-in: the registry has errors.
            pub const ALL: &'static [Self] = &[];
        }
    }
}

fn generate(layout: &CoreLayout<'_>) -> TokenStream {
    let mut enums = layout.origins.iter().map(|origin| {
        let statuses = layout.statuses_of(&origin.id);
        let doc = docs::status_enum(
            origin,
            statuses.len(),
            "status-core's registry, `codes.toml`",
        ) + &enum_example(origin, &statuses);
        enum_type::expand(&EnumSpec {
            attrs: quote!(#[doc = #doc]),
            vis: quote!(pub),
            name: Ident::new(&origin.enum_name, Span::call_site()),
            type_name: layout::core_type_name(origin),
            origin,
            origin_expr: layout::origin_path(origin),
            table: quote!(::status_core::REGISTRY),
            statuses,
            status_doc: docs::status_method(origin),
            lookup_table: true,
        })
    });
    let status_code = enums.next();
    let vendor_doc = vendor_module_doc(layout);
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

/// The doc of `status_core::vendor`: why vendors have enums of their own, with a number two
/// vendors give different meanings, if the registry has one.
fn vendor_module_doc(layout: &CoreLayout<'_>) -> String {
    let mut vendors: Vec<&Status> = Vec::new();
    for status in &layout.table {
        if status.origin != layout::IANA {
            vendors.push(status);
        }
    }
    // The table is in code order: the first code with two vendor meanings.
    let mut example = String::new();
    let mut code_example = String::new();
    for pair in vendors.windows(2) {
        if pair[0].code != pair[1].code {
            continue;
        }
        let code = pair[0].code;
        let mut meanings: Vec<String> = Vec::new();
        for status in &vendors {
            if status.code == code
                && let Some(origin) = layout.origin(&status.origin)
            {
                meanings.push(format!("{}'s `{}`", origin.name, status.reason));
            }
        }
        example = format!(" ({code} is both {})", meanings.join(" and "));
        code_example = shared_code_example(layout, pair[0], pair[1]);
        break;
    }
    let mut list: Vec<String> = Vec::new();
    for origin in &layout.origins[1..] {
        list.push(format!("- [`{0}`]: {1}", origin.enum_name, origin.name));
    }
    format!(
        "Status codes defined outside the IANA registry, one enum per origin.\n\n\
         Vendors reuse numbers{example}, so each origin has its own enum and a \
         [`Status`](crate::Status) made from one remembers its origin.{code_example}\n\n{}",
        list.join("\n")
    )
}

/// An example of two vendors' statuses with one code, `first` and `second`: one number, two
/// statuses.
fn shared_code_example(layout: &CoreLayout<'_>, first: &Status, second: &Status) -> String {
    let (Some(first_origin), Some(second_origin)) =
        (layout.origin(&first.origin), layout.origin(&second.origin))
    else {
        return String::new();
    };
    let a = format!("{}::{}", first_origin.enum_name, first.name);
    let b = format!("{}::{}", second_origin.enum_name, second.name);
    format!(
        "\n\n```\nuse status_core::Status;\n\
         use status_core::vendor::{{{}, {}}};\n\n\
         assert_eq!({a}.code(), {b}.code());\n\
         assert_ne!(Status::from({a}), Status::from({b}));\n\
         assert_eq!(Status::from({a}).to_string(), {line:?});\n```",
        first_origin.enum_name,
        second_origin.enum_name,
        line = format!("{} {}", first.code, first.reason),
    )
}

/// The example in the doc of an enum of status-core's registry, written from its first client
/// error (or its first status): what a user does first with a status. Only status-core's own
/// enums have one, as an example is a doc test in the crate the enum is declared in.
fn enum_example(origin: &Origin, statuses: &[(&Status, usize)]) -> String {
    let mut chosen = statuses.first();
    for entry in statuses {
        if entry.0.code / 100 == 4 {
            chosen = Some(entry);
            break;
        }
    }
    let Some((status, _)) = chosen else {
        return String::new();
    };
    let path = layout::core_type_name(origin);
    let name = &origin.enum_name;
    let variant = &status.name;
    let code = status.code;
    let class_method = match code / 100 {
        1 => "is_informational",
        2 => "is_success",
        3 => "is_redirection",
        4 => "is_client_error",
        _ => "is_server_error",
    };
    format!(
        "\n\n```\nuse status_core::{path};\n\n\
         let status = {name}::{variant};\n\
         assert_eq!(status.code(), {code});\n\
         assert_eq!(status.reason(), {reason:?});\n\
         assert_eq!(status.to_string(), {line:?});\n\
         assert!(status.{class_method}());\n\
         assert_eq!({name}::from_u16({code}), Some(status));\n\
         assert_eq!(\"{code}\".parse::<{name}>().ok(), Some(status));\n```",
        reason = status.reason,
        line = format!("{code} {}", status.reason),
    )
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
            pub const #name: Self = ::status_core::__private::registry_origin(#tag, #id, #prose, #type_name, #reference, #description);
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
    let example = layout.table.first().map_or_else(String::new, |first| {
        format!(
            "```\nuse status_core::REGISTRY;\n\n\
             assert_eq!(REGISTRY.len(), {count});\n\
             assert_eq!((REGISTRY[0].code, REGISTRY[0].reason), ({}, {:?}));\n\
             assert!(REGISTRY.iter().all(|meaning| meaning.status().code() == meaning.code));\n```",
            first.code, first.reason,
        )
    });
    quote! {
        #[doc = #doc]
        ///
        /// [`Status::meanings`] gives the entries of one code.
        ///
        #[doc = #example]
        pub static REGISTRY: [::status_core::Meaning; #count] = [
            #(#rows),*
        ];
    }
}
