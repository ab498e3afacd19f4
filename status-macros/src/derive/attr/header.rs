//! The syntax of `#[header(...)]`: a header field the response carries beside its status.
//!
//! ```text
//! #[header(www_authenticate = "Bearer realm=\"items\"")]   a constant value
//! #[header(retry_after = Self::retry_after)]             a method: fn(&self) -> impl HeaderValue
//! #[header(allow)]                                       on a field: the field is the value
//! #[header("X-Request-Id" = "…")]                        a name the registry does not list
//! #[header(www_authenticate, added_by = "the auth layer")] supplied by something else
//! ```

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::parse::{ParseStream, Parser as _};
use syn::{Attribute, Ident, LitStr, Path, Token};

use super::place::{self, HeaderForm, Place};

/// A header field as written: an identifier the registry knows (`www_authenticate`) or any
/// name as a string (`"X-Request-Id"`).
pub enum HeaderName {
    Ident(Ident),
    Literal(LitStr),
}

impl HeaderName {
    /// The name as written, for messages.
    pub fn written(&self) -> String {
        match self {
            HeaderName::Ident(ident) => ident.to_string(),
            HeaderName::Literal(lit) => lit.value(),
        }
    }
}

/// Where a header's value comes from.
pub enum HeaderSource {
    /// Nothing after the name: on a field, the field's value.
    Field,
    /// `= "…"`.
    Constant(LitStr),
    /// `= Self::method`, called with `&self`.
    Method(Path),
    /// `added_by = "…"`: another part of the service adds the header; the reason documents
    /// the source and is checked to be there.
    AddedBy,
}

/// One `#[header(...)]`.
pub struct HeaderAttr {
    pub tokens: TokenStream,
    pub name: HeaderName,
    pub source: HeaderSource,
}

/// Parses one `#[header(...)]` written at `place`.
pub fn parse(attr: &Attribute, place: Place) -> syn::Result<HeaderAttr> {
    let syn::Meta::List(list) = &attr.meta else {
        return Err(syn::Error::new_spanned(
            attr,
            "expected a header in parentheses, such as `#[header(www_authenticate = \"Bearer\")]`",
        ));
    };
    let parser = |input: ParseStream<'_>| -> syn::Result<(HeaderName, HeaderSource)> {
        let name = if input.peek(LitStr) {
            HeaderName::Literal(input.parse()?)
        } else {
            HeaderName::Ident(input.call(syn::ext::IdentExt::parse_any)?)
        };
        let mut source = HeaderSource::Field;
        if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            source = if input.peek(LitStr) {
                HeaderSource::Constant(input.parse()?)
            } else {
                HeaderSource::Method(input.parse()?)
            };
        }
        if input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
            let key: Ident = input.parse()?;
            if key != "added_by" {
                return Err(syn::Error::new_spanned(
                    &key,
                    format!(
                        "unknown key `{key}` in #[header(...)]; the one key after the name is `added_by = \"…\"`"
                    ),
                ));
            }
            if !input.peek(Token![=]) {
                return Err(syn::Error::new_spanned(
                    &key,
                    "`added_by` needs a reason: say what adds the header, such as `added_by = \"the auth middleware\"`",
                ));
            }
            input.parse::<Token![=]>()?;
            let reason: LitStr = input.parse()?;
            if reason.value().trim().is_empty() {
                return Err(syn::Error::new_spanned(
                    &reason,
                    "`added_by` needs a reason: say what adds the header, such as `added_by = \"the auth middleware\"`",
                ));
            }
            if !matches!(source, HeaderSource::Field) {
                return Err(syn::Error::new_spanned(
                    &reason,
                    "a header either has a value here or is `added_by` something else, not both; remove one",
                ));
            }
            source = HeaderSource::AddedBy;
        }
        if !input.is_empty() {
            return Err(input.error("unexpected tokens; write `#[header(name = \"value\")]`"));
        }
        Ok((name, source))
    };
    let (name, source) = parser.parse2(list.tokens.clone()).map_err(|error| {
        let message = error.to_string();
        if message.contains("added_by") || message.contains("#[header") {
            return error;
        }
        syn::Error::new(
            error.span(),
            format!("{message}; a header is written `#[header(www_authenticate = \"…\")]`, `#[header(retry_after = Self::retry_after)]` or, on a field, `#[header(allow)]`"),
        )
    })?;
    let form = match source {
        HeaderSource::Field => HeaderForm::Bare,
        HeaderSource::Constant(_) | HeaderSource::Method(_) => HeaderForm::Valued,
        HeaderSource::AddedBy => HeaderForm::AddedBy,
    };
    place::check_header(place, form, &name.written())
        .map_err(|message| syn::Error::new_spanned(attr, message))?;
    Ok(HeaderAttr {
        tokens: attr.to_token_stream(),
        name,
        source,
    })
}
