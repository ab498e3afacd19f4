//! Parsing `#[respond(...)]`: the web frameworks whose response trait the type asks for.
//!
//! ```text
//! #[respond(axum)]               IntoResponse (axum 0.8), with status-core's `axum` feature
//! #[respond(axum, actix_web)]    and ResponseError (actix-web 4), with `actix-web`
//! #[respond(utoipa)]             IntoResponses (utoipa 6), the responses documented, with `utoipa`
//! #[respond(decode)]             Decode: the type rebuilt from a response (a client's side), with `problem`
//! ```
//!
//! The impls are written in the user's crate, as the orphan rule requires, through a hidden
//! macro of status-core per framework; with the feature off that macro is an error naming it.

use proc_macro2::Ident;
use syn::Attribute;
use syn::parse::Parser as _;

use crate::errors::Errors;
use crate::lookup;

/// A framework that `#[respond(...)]` names.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Framework {
    Axum,
    ActixWeb,
    Utoipa,
    /// Not a framework but the client's side: `status_core::decode::Decode`, whose impl the
    /// derive writes from the variants (`expand::decode`).
    Decode,
}

/// Every framework the words and spellings `#[respond(...)]` accepts.
const FRAMEWORKS: [(&str, Framework); 4] = [
    ("axum", Framework::Axum),
    ("actix_web", Framework::ActixWeb),
    ("utoipa", Framework::Utoipa),
    ("decode", Framework::Decode),
];

/// Adds the frameworks named by one `#[respond(...)]` (on the type) to `found`, each with
/// the word as written, whose span the impl's errors point at.
pub fn parse(attr: &Attribute, found: &mut Vec<(Framework, Ident)>, errors: &mut Errors) {
    let syn::Meta::List(list) = &attr.meta else {
        errors.spanned(
            attr,
            "expected the frameworks in parentheses, such as `#[respond(axum)]` or `#[respond(axum, actix_web)]`",
        );
        return;
    };
    let words = crate::comma::terminated::<Ident>.parse2(list.tokens.clone());
    let words = match words {
        Ok(words) if !words.is_empty() => words,
        Ok(_) => {
            errors.spanned(
                attr,
                "empty #[respond()]; name a framework: `axum`, `actix_web` or `utoipa`, or `decode`",
            );
            return;
        }
        Err(error) => {
            errors.at(
                error.span(),
                format!(
                    "{error}; #[respond(...)] takes framework names separated by commas: `axum`, `actix_web`, `utoipa`, and `decode`"
                ),
            );
            return;
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

/// The advice for an unknown framework name.
fn suggest(word: &str) -> String {
    let names = FRAMEWORKS.map(|(name, _)| name);
    lookup::did_you_mean(word, &names)
        .unwrap_or_else(|| {
        "the frameworks are `axum`, `actix_web` and `utoipa`, and `decode` rebuilds the type from a response"
            .to_owned()
    })
}
