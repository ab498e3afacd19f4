//! Checks what the `#[header(...)]` and `#[problem(...)]` attributes of one variant (or the
//! struct) say, over the enum's defaults, and returns it as data: the headers with their
//! names as the registry spells them, the problem type, the exposure of the detail, the
//! extension members. A status whose defining section requires a header must get one.

use proc_macro2::Span;
use syn::{LitStr, Path};

use super::attr::{Exposure, FieldAttrs, HeaderAttr, HeaderName, HeaderSource, ItemAttrs};
use crate::errors::Errors;
use crate::lookup;
use crate::registry::model::{Registry, Status};

/// What a response needs beside its status, for one arm.
#[derive(Default)]
pub struct Response<'a> {
    pub headers: Vec<Header<'a>>,
    pub type_uri: Option<&'a LitStr>,
    pub exposure: Option<Exposure>,
    /// The extension members: each name with the field that holds its value.
    pub extensions: Vec<(String, &'a syn::Member)>,
    /// Whether every header named here is a header field name: when one is not, the
    /// headers the status requires are not reported missing.
    pub names_valid: bool,
}

impl Response<'_> {
    /// Whether the arm says anything beyond the defaults of `HttpStatus`.
    pub fn is_empty(&self) -> bool {
        self.headers
            .iter()
            .all(|header| matches!(header.value, Value::AddedBy))
            && self.type_uri.is_none()
            && self.exposure.is_none()
            && self.extensions.is_empty()
    }
}

/// One header an arm supplies.
#[derive(Clone)]
pub struct Header<'a> {
    /// The name as the registry (or the user's string) spells it: `WWW-Authenticate`.
    pub name: String,
    pub value: Value<'a>,
}

/// Where a header's value comes from.
#[derive(Clone, Copy)]
pub enum Value<'a> {
    Constant(&'a LitStr),
    /// A method called with `&self`.
    Method(&'a Path),
    Field(&'a syn::Member),
    /// Added by another part of the service: nothing to write.
    AddedBy,
}

/// What the enum's own attributes say for all its variants, checked once: its default
/// headers and problem facts. A struct has none beyond its own attributes.
#[derive(Default)]
pub struct Defaults<'a> {
    pub headers: Vec<Header<'a>>,
    pub type_uri: Option<&'a LitStr>,
    pub exposure: Option<Exposure>,
    /// Whether the enum's headers are all valid.
    pub valid: bool,
}

/// The enum's defaults, from its attributes `attrs`.
pub fn defaults<'a>(
    attrs: &'a ItemAttrs<'_>,
    registry: &Registry,
    errors: &mut Errors,
) -> Defaults<'a> {
    let mut defaults = Defaults {
        type_uri: attrs.problem.type_uri.as_ref(),
        exposure: attrs.problem.exposure,
        valid: attrs.headers_valid,
        ..Defaults::default()
    };
    for attr in &attrs.headers {
        match canonical_name(&attr.name, registry) {
            Ok(name) => push(&mut defaults.headers, attr, name, item_value(attr), errors),
            Err(error) => {
                errors.push(error);
                defaults.valid = false;
            }
        }
    }
    defaults
}

/// The response facts of an item with `own` attributes and `fields`, over the enum's
/// `defaults` (none for a struct).
pub fn response<'a>(
    defaults: &Defaults<'a>,
    own: &'a ItemAttrs<'_>,
    fields: &'a [FieldAttrs],
    registry: &Registry,
    errors: &mut Errors,
) -> Response<'a> {
    let mut response = Response {
        type_uri: own.problem.type_uri.as_ref().or(defaults.type_uri),
        exposure: own.problem.exposure.or(defaults.exposure),
        names_valid: defaults.valid
            && own.headers_valid
            && fields.iter().all(|field| field.headers_valid),
        ..Response::default()
    };
    let mut add =
        |response: &mut Response<'a>, attr: &HeaderAttr, value: Value<'a>| match canonical_name(
            &attr.name, registry,
        ) {
            Ok(name) => push(&mut response.headers, attr, name, value, errors),
            Err(error) => {
                errors.push(error);
                response.names_valid = false;
            }
        };
    for field in fields {
        for attr in &field.headers {
            add(&mut response, attr, Value::Field(&field.member));
        }
        if let Some(name) = &field.extension {
            response.extensions.push((name.clone(), &field.member));
        }
    }
    for attr in &own.headers {
        add(&mut response, attr, item_value(attr));
    }
    // The enum's defaults apply to the headers the variant does not supply itself.
    for default in &defaults.headers {
        if !response
            .headers
            .iter()
            .any(|header| header.name.eq_ignore_ascii_case(&default.name))
        {
            response.headers.push(default.clone());
        }
    }
    response
}

/// Adds the header `name` from `attr`, unless the item supplies it already.
fn push<'a>(
    headers: &mut Vec<Header<'a>>,
    attr: &HeaderAttr,
    name: String,
    value: Value<'a>,
    errors: &mut Errors,
) {
    if headers
        .iter()
        .any(|header| header.name.eq_ignore_ascii_case(&name))
    {
        errors.spanned(
            &attr.tokens,
            format!("`{name}` is supplied twice for this item; keep one"),
        );
        return;
    }
    headers.push(Header { name, value });
}

fn item_value(attr: &HeaderAttr) -> Value<'_> {
    match &attr.source {
        HeaderSource::Constant(value) => Value::Constant(value),
        HeaderSource::Method(path) => Value::Method(path),
        // Refused on items by the parser; kept as added elsewhere.
        HeaderSource::AddedBy | HeaderSource::Field => Value::AddedBy,
    }
}

/// Records an error at `span` for each header the registry says `status` requires and the
/// arm does not supply.
pub fn check_required(status: &Status, span: Span, response: &Response<'_>, errors: &mut Errors) {
    for required in &status.required_headers {
        let supplied = response
            .headers
            .iter()
            .any(|header| header.name.eq_ignore_ascii_case(required));
        if !supplied {
            let ident = header_ident(required);
            errors.at(
                span,
                format!(
                    "`{} {}` needs the `{required}` header: a response with this status MUST carry one ({}); \
                     supply it with `#[header({ident} = \"…\")]` on the variant, `#[header({ident})]` on the field that holds it, \
                     or `#[header({ident} = Self::method)]`; if another layer adds it, say so with `#[header({ident}, added_by = \"…\")]`",
                    status.code,
                    status.reason,
                    status.citation()
                ),
            );
        }
    }
}

/// `www_authenticate` for `WWW-Authenticate`.
pub fn header_ident(name: &str) -> String {
    name.to_ascii_lowercase().replace('-', "_")
}

/// The name of a header as written: an identifier the registry knows, or any valid name as a
/// string.
fn canonical_name(name: &HeaderName, registry: &Registry) -> syn::Result<String> {
    match name {
        HeaderName::Literal(lit) => {
            let value = lit.value();
            if lookup::is_token(&value) {
                Ok(value)
            } else {
                Err(syn::Error::new_spanned(
                    lit,
                    format!(
                        "`{value}` is not a header field name (RFC 9110 §5.1: letters, digits and !#$%&'*+-.^_`|~)"
                    ),
                ))
            }
        }
        HeaderName::Ident(ident) => {
            let written = syn::ext::IdentExt::unraw(ident).to_string();
            let known = registry.header_names();
            if let Some(name) = known.iter().find(|name| header_ident(name) == written) {
                return Ok((*name).to_owned());
            }
            let mut idents: Vec<String> = Vec::with_capacity(known.len());
            for name in &known {
                idents.push(header_ident(name));
            }
            let mut candidates: Vec<&str> = Vec::with_capacity(idents.len());
            for ident in &idents {
                candidates.push(ident);
            }
            let hint = lookup::closest_word(&written, &candidates)
                .and_then(|close| {
                    let name = known.iter().find(|name| header_ident(name) == close)?;
                    Some(format!("; did you mean `{close}` (`{name}`)?"))
                })
                .unwrap_or_else(|| {
                    format!("; for a header the registry does not list, write its name as a string: `#[header(\"{}\" = …)]`", written.replace('_', "-"))
                });
            Err(syn::Error::new_spanned(
                ident,
                format!("unknown header `{written}`{hint}"),
            ))
        }
    }
}
