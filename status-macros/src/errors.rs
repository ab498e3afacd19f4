//! The one error collector every macro uses: each problem is pushed with its span, all of
//! them are reported together, and the collector must be checked before it is dropped.

use std::fmt::Display;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote_spanned};

use crate::registry::LoadError;

/// The problems found in one macro invocation, in the order they were found.
///
/// Dropping a collector without calling [`Errors::finish`] is a bug in this crate, caught by
/// a panic in `Drop` (as `serde_derive`'s `Ctxt` does): no user input can reach it.
#[must_use = "call `finish` to report the errors"]
pub struct Errors {
    errors: Option<Vec<syn::Error>>,
}

impl Errors {
    pub fn new() -> Self {
        Errors {
            errors: Some(Vec::new()),
        }
    }

    fn list(&mut self) -> &mut Vec<syn::Error> {
        self.errors.get_or_insert_with(Vec::new)
    }

    /// Records `error`.
    pub fn push(&mut self, error: syn::Error) {
        self.list().push(error);
    }

    /// Records `message`, spanned on `tokens`.
    pub fn spanned(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// Records `message` at `span`.
    pub fn at(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    /// The value of `result`, or `None` with its error recorded.
    pub fn take<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        result.map_err(|error| self.push(error)).ok()
    }

    /// Whether no problem was recorded.
    pub fn is_empty(&self) -> bool {
        self.errors.as_ref().is_none_or(Vec::is_empty)
    }

    /// `Ok` when nothing was recorded, otherwise every error as `compile_error!` tokens.
    ///
    /// # Errors
    /// The combined errors, when there is at least one.
    pub fn finish(mut self) -> Result<(), TokenStream> {
        let errors = self.errors.take().unwrap_or_default();
        if errors.is_empty() {
            Ok(())
        } else {
            let mut tokens = TokenStream::new();
            for error in errors {
                tokens.extend(error.to_compile_error());
            }
            Err(tokens)
        }
    }
}

impl Drop for Errors {
    fn drop(&mut self) {
        assert!(
            self.errors.is_none() || std::thread::panicking(),
            "status-macros dropped an error collector without checking it"
        );
    }
}

/// One `compile_error!` per problem of a codes file, each reading `path:line:column: message`,
/// placed at `span`.
pub fn load_errors(error: &LoadError, span: Span) -> TokenStream {
    let messages = error.to_string();
    let messages = messages.lines();
    quote_spanned! {span=> #(::core::compile_error!(#messages);)* }
}
