//! `include_codes!("path")`: the enums of an application's own codes file.
//!
//! The file has the schema of the project's `codes.toml`; its path is relative to the calling
//! crate's folder (`CARGO_MANIFEST_DIR`). Each origin of the file becomes one enum.

use std::path::PathBuf;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::LitStr;

use crate::embedded::display_path;
use crate::errors::load_errors;
use crate::generate::enum_type::{self, EnumSpec};
use crate::generate::{docs, meaning};
use crate::registry::model::{Origin, Registry, Status};
use crate::registry::{self, Kind};

/// Expands `include_codes!(path)`.
pub fn expand(path: &LitStr) -> TokenStream {
    let relative = path.value();
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let Some(manifest_dir) = manifest_dir else {
        return syn::Error::new_spanned(
            path,
            "CARGO_MANIFEST_DIR is not set, so the codes file cannot be found; build with cargo",
        )
        .to_compile_error();
    };
    let absolute = manifest_dir.join(&relative);
    let source = match std::fs::read(&absolute) {
        Ok(source) => source,
        Err(error) => {
            return syn::Error::new_spanned(
                path,
                format!(
                    "cannot read the codes file `{}`: {error}; the path is relative to the folder of the crate's Cargo.toml",
                    absolute.display()
                ),
            )
            .to_compile_error();
        }
    };
    let Some(absolute_text) = absolute.to_str() else {
        return syn::Error::new_spanned(
            path,
            format!("the path `{}` is not valid UTF-8", absolute.display()),
        )
        .to_compile_error();
    };
    // Cargo does not know that this expansion read the file: including its bytes makes an
    // edit of the file rebuild the crate.
    let track = quote! { const _: &[u8] = ::core::include_bytes!(#absolute_text); };
    match registry::load_bytes(&display_path(&absolute), &source, Kind::Application) {
        Ok(registry) => {
            let enums = generate(&registry, &relative);
            quote! { #track #enums }
        }
        Err(error) => {
            let errors = load_errors(&error, path.span());
            quote! { #track #errors }
        }
    }
}

fn generate(registry: &Registry, path: &str) -> TokenStream {
    registry
        .origins
        .iter()
        .map(|origin| {
            let statuses = registry.statuses_of_by_code(&origin.id);
            origin_enum(origin, &statuses, path)
        })
        .collect()
}

/// One enum for one origin of the file, with the static table of its meanings beside it.
fn origin_enum(origin: &Origin, statuses: &[&Status], path: &str) -> TokenStream {
    let name = Ident::new(&origin.enum_name, Span::call_site());
    let table = format_ident!("__{}_MEANINGS", origin.enum_name.to_ascii_uppercase());
    let (id, prose, type_name, reference, description) = (
        &origin.id,
        &origin.name,
        &origin.enum_name,
        &origin.reference,
        &origin.description,
    );
    let origin_expr = quote! {
        ::status_core::Origin::__application(#id, #prose, #type_name, #reference, #description)
    };
    let rows: Vec<TokenStream> = statuses
        .iter()
        .map(|status| meaning::row(status, &origin_expr))
        .collect();
    let count = statuses.len();
    let doc = docs::status_enum(
        origin,
        count,
        &format!("the application's codes file `{path}`"),
    );
    let enum_tokens = enum_type::expand(&EnumSpec {
        attrs: quote!(#[doc = #doc]),
        vis: quote!(pub),
        name,
        type_name: origin.enum_name.clone(),
        origin,
        origin_expr,
        table: quote!(#table),
        statuses: statuses
            .iter()
            .enumerate()
            .map(|(index, status)| (*status, index))
            .collect(),
        status_doc: docs::UNTRACKED_STATUS_METHOD.to_owned(),
    });
    quote! {
        /// The registry entries behind the enum of the same origin, in code order.
        static #table: [::status_core::Meaning; #count] = [#(#rows),*];

        #enum_tokens
    }
}
