//! Parsing `#[respond(...)]`: the web frameworks whose response trait the type asks for.
//!
//! ```text
//! #[respond(axum)]               IntoResponse (axum 0.8), with status-core's `axum` feature
//! #[respond(axum, actix_web)]    and ResponseError (actix-web 4), with `actix-web`
//! #[respond(utoipa)]             IntoResponses (utoipa 6), the responses documented, with `utoipa`
//! ```
//!
//! The impls are written in the user's crate, as the orphan rule requires, through a hidden
//! macro of status-core per framework; with the feature off that macro is an error naming it.

use proc_macro2::Ident;
use syn::parse::Parser as _;
use syn::punctuated::Punctuated;
use syn::{Attribute, Token};

use crate::errors::Errors;

/// A framework that `#[respond(...)]` names.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Framework {
    Axum,
    ActixWeb,
    Utoipa,
}

/// Every framework the words and spellings `#[respond(...)]` accepts.
const FRAMEWORKS: [(&str, Framework); 3] = [
    ("axum", Framework::Axum),
    ("actix_web", Framework::ActixWeb),
    ("utoipa", Framework::Utoipa),
];

/// The frameworks named by the `#[respond(...)]` attributes among `attrs` (of the type),
/// each with the word as written, whose span the impl's errors point at.
pub fn frameworks(attrs: &[Attribute], errors: &mut Errors) -> Vec<(Framework, Ident)> {
    let mut found: Vec<(Framework, Ident)> = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("respond")) {
        let syn::Meta::List(list) = &attr.meta else {
            errors.spanned(
                attr,
                "expected the frameworks in parentheses, such as `#[respond(axum)]` or `#[respond(axum, actix_web)]`",
            );
            continue;
        };
        let words = Punctuated::<Ident, Token![,]>::parse_terminated.parse2(list.tokens.clone());
        let words = match words {
            Ok(words) if !words.is_empty() => words,
            Ok(_) => {
                errors.spanned(
                    attr,
                    "empty #[respond()]; name a framework: `axum`, `actix_web` or `utoipa`",
                );
                continue;
            }
            Err(error) => {
                errors.at(
                    error.span(),
                    format!(
                        "{error}; #[respond(...)] takes framework names separated by commas: `axum`, `actix_web`, `utoipa`"
                    ),
                );
                continue;
            }
        };
        for word in words {
            let Some((_, framework)) = FRAMEWORKS.iter().find(|(name, _)| word == name) else {
                errors.spanned(
                    &word,
                    format!(
                        "unknown framework `{word}` in #[respond(...)]; {}",
                        suggest(&word.to_string())
                    ),
                );
                continue;
            };
            if let Some((_, first)) = found.iter().find(|(earlier, _)| earlier == framework) {
                errors.spanned(
                    &word,
                    format!("duplicate `{word}` in #[respond(...)]; name each framework once"),
                );
                errors.spanned(first, format!("first `{first}` is here"));
                continue;
            }
            found.push((*framework, word));
        }
    }
    found
}

/// The advice for an unknown framework name.
fn suggest(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if lower.starts_with("actix") {
        return "did you mean `actix_web`?".to_owned();
    }
    if lower.starts_with("ax") || lower == "axum_core" {
        return "did you mean `axum`?".to_owned();
    }
    if lower.starts_with("utoipa") || lower.starts_with("openapi") {
        return "did you mean `utoipa`?".to_owned();
    }
    "the frameworks are `axum`, `actix_web` and `utoipa`".to_owned()
}

/// Reports every `#[respond(...)]` on a variant or a field: the attribute belongs on the type.
pub fn reject_elsewhere(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("respond")) {
        errors.spanned(
            attr,
            "#[respond(...)] goes on the enum or the struct: the framework's response trait is implemented for the whole type",
        );
    }
}
