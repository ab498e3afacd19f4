//! Parsing `#[header(...)]` and `#[problem(...)]`: what a response needs beside its status.
//!
//! ```text
//! #[header(www_authenticate = "Bearer realm=\"items\"")]   a constant value
//! #[header(retry_after = Self::retry_after)]             a method: fn(&self) -> impl HeaderValue
//! #[header(allow)]                                       on a field: the field is the value
//! #[header("X-Request-Id" = "…")]                        a name the registry does not list
//! #[header(www_authenticate, added_by = "the auth layer")] supplied by something else
//! #[problem(type = "https://…", expose | withhold)]      on the enum, a variant or a struct
//! #[problem(extension)], #[problem(extension = "name")]  on a field
//! ```

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::parse::{ParseStream, Parser as _};
use syn::spanned::Spanned as _;
use syn::{Attribute, Ident, LitStr, Path, Token};

use crate::errors::Errors;

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

/// Whether a client may see the message of an error as the problem's `detail`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Exposure {
    Expose,
    Withhold,
}

/// The `#[problem(...)]` of the enum, a variant or a struct.
#[derive(Default)]
pub struct ProblemAttr {
    pub type_uri: Option<LitStr>,
    pub exposure: Option<Exposure>,
}

/// What a field's attributes say: the headers it supplies and the extension member it is.
pub struct FieldAttrs {
    pub member: syn::Member,
    pub headers: Vec<HeaderAttr>,
    /// The name of the extension member the field is, if it is one.
    pub extension: Option<String>,
}

/// Where an attribute is written, for what it may say.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The enum, a variant or a struct.
    Item,
    Field,
}

/// Every `#[header(...)]` among `attrs`.
pub fn headers(attrs: &[Attribute], place: Place, errors: &mut Errors) -> Vec<HeaderAttr> {
    let mut headers: Vec<HeaderAttr> = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("header")) {
        let Some(header) = errors.take(parse_header(attr, place)) else {
            continue;
        };
        let repeated = headers.iter().any(|earlier| {
            earlier
                .name
                .written()
                .eq_ignore_ascii_case(&header.name.written())
        });
        if repeated {
            errors.spanned(
                &header.tokens,
                format!(
                    "duplicate #[header({})]; supply each header once",
                    header.name.written()
                ),
            );
            continue;
        }
        headers.push(header);
    }
    headers
}

fn parse_header(attr: &Attribute, place: Place) -> syn::Result<HeaderAttr> {
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
    check_place(attr, place, &name, &source)?;
    Ok(HeaderAttr {
        tokens: attr.to_token_stream(),
        name,
        source,
    })
}

/// Whether the header's `source` may be written at `place`.
fn check_place(
    attr: &Attribute,
    place: Place,
    name: &HeaderName,
    source: &HeaderSource,
) -> syn::Result<()> {
    match (place, &source) {
        (Place::Item, HeaderSource::Field) => Err(syn::Error::new_spanned(
            attr,
            format!(
                "#[header({0})] on a variant needs a value: `#[header({0} = \"…\")]`, a method `#[header({0} = Self::method)]`, or put `#[header({0})]` on the field that holds it",
                name.written()
            ),
        )),
        (Place::Field, HeaderSource::Constant(_) | HeaderSource::Method(_)) => {
            Err(syn::Error::new_spanned(
                attr,
                format!(
                    "on a field, the header's value is the field: write `#[header({})]`",
                    name.written()
                ),
            ))
        }
        (Place::Field, HeaderSource::AddedBy) => Err(syn::Error::new_spanned(
            attr,
            "`added_by` goes on the variant or the enum, not on a field",
        )),
        _ => Ok(()),
    }
}

/// The `#[problem(...)]` of an item (the enum, a variant or a struct).
pub fn item_problem(attrs: &[Attribute], errors: &mut Errors) -> ProblemAttr {
    let mut problem = ProblemAttr::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("problem")) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("type") {
                let uri: LitStr = meta.value()?.parse()?;
                if uri.value().trim().is_empty() || uri.value().contains(char::is_whitespace) {
                    return Err(syn::Error::new_spanned(
                        &uri,
                        "a problem type is a URI without spaces, such as `\"https://example.com/problems/out-of-credit\"`",
                    ));
                }
                problem.type_uri = Some(uri);
            } else if meta.path.is_ident("expose") || meta.path.is_ident("withhold") {
                let exposure = if meta.path.is_ident("expose") {
                    Exposure::Expose
                } else {
                    Exposure::Withhold
                };
                if problem.exposure.is_some() {
                    return Err(meta.error("`expose` and `withhold` are exclusive; keep one"));
                }
                problem.exposure = Some(exposure);
            } else if meta.path.is_ident("extension") {
                return Err(meta.error(
                    "`extension` goes on a field: the field becomes an extension member of the problem",
                ));
            } else {
                let key = meta.path.to_token_stream().to_string();
                return Err(meta.error(format!(
                    "unknown key `{key}` in #[problem(...)]; it takes `type = \"…\"`, `expose` or `withhold`"
                )));
            }
            Ok(())
        });
        errors.take(result);
    }
    problem
}

/// The extension member a field's `#[problem(...)]` makes it, if any.
pub fn field_extension(field: &syn::Field, errors: &mut Errors) -> Option<String> {
    let mut extension = None;
    for attr in field
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("problem"))
    {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("extension") {
                let name = if meta.input.peek(Token![=]) {
                    let name: LitStr = meta.value()?.parse()?;
                    name.value()
                } else if let Some(ident) = &field.ident {
                    syn::ext::IdentExt::unraw(ident).to_string()
                } else {
                    return Err(meta.error(
                        "a tuple field has no name to give its member: write `#[problem(extension = \"name\")]`",
                    ));
                };
                extension = Some(name);
                Ok(())
            } else {
                let key = meta.path.to_token_stream().to_string();
                Err(meta.error(format!(
                    "on a field, #[problem(...)] takes `extension` or `extension = \"name\"`, not `{key}`"
                )))
            }
        });
        errors.take(result);
    }
    extension
}

/// The attributes of each field of `fields`.
pub fn fields(fields: &syn::Fields, errors: &mut Errors) -> Vec<FieldAttrs> {
    fields
        .iter()
        .enumerate()
        .map(|(index, field)| FieldAttrs {
            member: field.ident.clone().map_or_else(
                || {
                    syn::Member::Unnamed(syn::Index {
                        index: u32::try_from(index).unwrap_or(u32::MAX),
                        span: field.span(),
                    })
                },
                syn::Member::Named,
            ),
            headers: headers(&field.attrs, Place::Field, errors),
            extension: field_extension(field, errors),
        })
        .collect()
}
