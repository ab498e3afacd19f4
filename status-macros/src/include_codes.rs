//! `include_codes!("path")`: the enums of an application's own codes file.
//!
//! The file has the schema of the project's `codes.toml`; its path is relative to the calling
//! crate's folder (`CARGO_MANIFEST_DIR`). Each origin of the file becomes one enum.

use std::path::{Path, PathBuf};

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::LitStr;

use crate::embedded::display_path;
use crate::errors::{Errors, load_errors};
use crate::generate::enum_type::{self, EnumSpec};
use crate::generate::{docs, meaning};
use crate::registry::model::{Origin, Registry, Status};
use crate::registry::{self, Kind};

/// Expands `include_codes!(path)`.
pub fn expand(path: &LitStr) -> TokenStream {
    let mut errors = Errors::new();
    let file = read(path, &mut errors);
    match (errors.finish(), file) {
        (Ok(()), Some((absolute, source))) => expand_file(path, &absolute, &source),
        (Err(errors), _) => errors,
        (Ok(()), None) => TokenStream::new(),
    }
}

/// The absolute path and the bytes of the codes file `path` names, relative to the calling
/// crate's folder.
fn read(path: &LitStr, errors: &mut Errors) -> Option<(PathBuf, Vec<u8>)> {
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from) else {
        errors.spanned(
            path,
            "CARGO_MANIFEST_DIR is not set, so the codes file cannot be found; build with cargo",
        );
        return None;
    };
    let absolute = manifest_dir.join(path.value());
    match std::fs::read(&absolute) {
        Ok(source) => Some((absolute, source)),
        Err(error) => {
            errors.spanned(
                path,
                format!(
                    "cannot read the codes file `{}`: {error}; the path is relative to the folder of the crate's Cargo.toml",
                    absolute.display()
                ),
            );
            None
        }
    }
}

/// The enums of the codes file at `absolute`, whose bytes are `source`, or its problems.
fn expand_file(path: &LitStr, absolute: &Path, source: &[u8]) -> TokenStream {
    let relative = path.value();
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
    match registry::load_bytes(&display_path(absolute), source, Kind::Application) {
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

/// The enums of a loaded codes file, one per origin (public for the fuzz target `generate`).
pub fn generate(registry: &Registry, path: &str) -> TokenStream {
    let mut enums: Vec<TokenStream> = Vec::with_capacity(registry.origins.len());
    for origin in &registry.origins {
        let statuses = registry.statuses_of_by_code(&origin.id);
        enums.push(origin_enum(origin, &statuses, path));
    }
    quote!(#(#enums)*)
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
        ::status_core::__private::application_origin(#id, #prose, #type_name, #reference, #description)
    };
    let mut rows: Vec<TokenStream> = Vec::with_capacity(statuses.len());
    let mut indexed: Vec<(&Status, usize)> = Vec::with_capacity(statuses.len());
    for (index, status) in statuses.iter().enumerate() {
        rows.push(meaning::row(status, &origin_expr));
        indexed.push((status, index));
    }
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
        statuses: indexed,
        status_doc: docs::UNTRACKED_STATUS_METHOD.to_owned(),
        lookup_table: false,
    });
    quote! {
        /// The registry entries behind the enum of the same origin, in code order.
        static #table: [::status_core::Meaning; #count] = [#(#rows),*];

        #enum_tokens
    }
}
