//! Resolves every `#[status(...)]` of the input into how each variant (or the struct) gets its
//! status: the plan the impls are written from, as data. The enum's default is resolved once.

use syn::{Fields, Ident, Type};

use super::ast::{self, Input, Shape};
use super::attr::{Doc, Found, StatusAttr};
use super::resolve::{self, Resolved};
use super::response::{self, Response};
use super::response_attr::{FieldAttrs, HeaderAttr, ProblemAttr};
use crate::errors::Errors;
use crate::registry::model::{Registry, Status};

/// What the impls are made of, once every `#[status(...)]` is resolved.
pub struct Plan<'a, 'r> {
    pub input: &'a Input<'a>,
    pub arms: Vec<Arm<'a, 'r>>,
    /// The enum's default status, when it names one (not `transparent`): the contract
    /// checks it once, whichever variants take it.
    pub default: Option<Source<'a, 'r>>,
}

/// How one variant (or the struct) gets its status.
pub struct Arm<'a, 'r> {
    /// `None` for a struct.
    pub variant: Option<&'a Ident>,
    pub doc: &'a Doc<'a>,
    pub source: Source<'a, 'r>,
    /// What the response needs beside the status; empty for a transparent arm, whose field
    /// answers for it.
    pub response: Response<'a>,
    /// Whether the status is the enum's default rather than the variant's own.
    pub from_default: bool,
}

/// Where an arm's status comes from.
pub enum Source<'a, 'r> {
    /// A status of the project's registry, written at `span`.
    Registered {
        status: &'r Status,
        span: proc_macro2::Span,
    },
    /// A path to a value that implements `HttpStatus`.
    Value(&'a syn::Path),
    /// The status of the only field, `member` of type `ty`.
    Transparent { member: syn::Member, ty: &'a Type },
}

/// Resolves every item of `input`, recording each problem in `errors`.
pub fn plan<'a, 'r>(
    input: &'a Input<'a>,
    registry: &'r Registry,
    errors: &mut Errors,
) -> Plan<'a, 'r> {
    let mut arms = Vec::new();
    let mut default_status = None;
    match &input.shape {
        Shape::Struct(fields) => arms.extend(plan_struct(input, fields, registry, errors)),
        Shape::Enum(variants) => {
            // The defaults are resolved once, so that a mistake in them is reported once.
            let default_headers = response::defaults(&input.headers, registry, errors);
            let default = match &input.attr {
                Found::Present(attr) => errors
                    .take(resolve::resolve(&attr.arg, registry))
                    .map(|resolved| (attr, resolved)),
                Found::Absent | Found::Invalid => None,
            };
            default_status = default.and_then(|(_, resolved)| match resolved {
                Resolved::Registered { status, span } => Some(Source::Registered { status, span }),
                Resolved::Value(path) => Some(Source::Value(path)),
                Resolved::Transparent => None,
            });
            for variant in variants {
                let (attr, resolved) = match (&variant.attr, &default, &input.attr) {
                    (Found::Present(attr), _, _) => {
                        let Some(resolved) = errors.take(resolve::resolve(&attr.arg, registry))
                        else {
                            continue;
                        };
                        (attr, resolved)
                    }
                    (Found::Absent, Some((attr, resolved)), _) => (*attr, *resolved),
                    (Found::Invalid, _, _)
                    | (Found::Absent, None, Found::Present(_) | Found::Invalid) => continue,
                    (Found::Absent, None, Found::Absent) => {
                        errors.spanned(
                            variant.ident,
                            format!(
                                "variant `{}` has no status; add `#[status(...)]` to it, or a default `#[status(...)]` on the enum",
                                variant.ident
                            ),
                        );
                        continue;
                    }
                };
                let from_default = !matches!(variant.attr, Found::Present(_));
                if from_default
                    && matches!(resolved, Resolved::Transparent)
                    && ast::single_field(variant.fields).is_none()
                {
                    errors.spanned(
                        variant.ident,
                        format!(
                            "variant `{}` has {} fields, so the enum's default #[status(transparent)] cannot apply to it; give it its own status, such as `#[status(500)]`",
                            variant.ident,
                            variant.fields.len()
                        ),
                    );
                    continue;
                }
                if let Some(source) = source_of(attr, resolved, variant.fields, "variant", errors) {
                    let response = arm_response(
                        input.headers_invalid || variant.headers_invalid,
                        (&default_headers, &input.problem),
                        (&variant.headers, &variant.problem),
                        &variant.field_attrs,
                        &source,
                        variant.ident,
                        registry,
                        errors,
                    );
                    arms.push(Arm {
                        variant: Some(variant.ident),
                        doc: &variant.doc,
                        source,
                        response,
                        from_default,
                    });
                }
            }
        }
    }
    Plan {
        input,
        arms,
        default: default_status,
    }
}

/// The response facts of an arm whose status comes from `source`, checked against the
/// headers its status requires. A transparent arm takes them from its field, so it may not
/// state its own.
#[allow(clippy::too_many_arguments)]
fn arm_response<'a>(
    own_headers_invalid: bool,
    defaults: (&[response::Header<'a>], &'a ProblemAttr),
    own: (&'a [HeaderAttr], &'a ProblemAttr),
    fields: &'a [FieldAttrs],
    source: &Source<'_, '_>,
    item: &Ident,
    registry: &Registry,
    errors: &mut Errors,
) -> Response<'a> {
    if let Source::Transparent { .. } = source {
        let stated = !own.0.is_empty()
            || own.1.type_uri.is_some()
            || own.1.exposure.is_some()
            || fields
                .iter()
                .any(|field| !field.headers.is_empty() || field.extension.is_some());
        if stated {
            errors.spanned(
                item,
                format!(
                    "`{item}` is transparent: its headers and problem details come from its field's type; remove its #[header]/#[problem] attributes or give it its own status"
                ),
            );
        }
        return Response::default();
    }
    let before = errors.len();
    let response = response::response(defaults, own, fields, registry, errors);
    // A header attribute with a mistake of its own is reported once, not again as missing.
    let headers_invalid = errors.len() > before || own_headers_invalid;
    if let Source::Registered { status, span } = source
        && !headers_invalid
    {
        response::check_required(status, *span, &response, errors);
    }
    response
}

/// How the struct `input`, with `fields`, gets its status.
fn plan_struct<'a, 'r>(
    input: &'a Input<'a>,
    fields: &'a Fields,
    registry: &'r Registry,
    errors: &mut Errors,
) -> Option<Arm<'a, 'r>> {
    let source = match &input.attr {
        Found::Present(attr) => errors
            .take(resolve::resolve(&attr.arg, registry))
            .and_then(|resolved| source_of(attr, resolved, fields, "struct", errors)),
        Found::Invalid => None,
        Found::Absent => {
            errors.spanned(
                        input.ident,
                        format!(
                            "struct `{}` has no status; add `#[status(...)]` with a status such as `#[status(404)]`, or `#[status(transparent)]` to use its field's status",
                            input.ident
                        ),
                    );
            None
        }
    };
    if let Some(source) = source {
        let response = arm_response(
            input.headers_invalid,
            // A struct has no defaults beyond its own attributes.
            (&[], &input.problem),
            (&input.headers, &input.problem),
            &input.fields,
            &source,
            input.ident,
            registry,
            errors,
        );
        return Some(Arm {
            variant: None,
            doc: &input.doc,
            source,
            response,
            from_default: false,
        });
    }
    None
}

/// How an item with `fields` gets the status its attribute `attr` resolved to.
fn source_of<'a, 'r>(
    attr: &StatusAttr,
    resolved: Resolved<'a, 'r>,
    fields: &'a Fields,
    what: &str,
    errors: &mut Errors,
) -> Option<Source<'a, 'r>> {
    match resolved {
        Resolved::Registered { status, span } => Some(Source::Registered { status, span }),
        Resolved::Value(path) => Some(Source::Value(path)),
        Resolved::Transparent => {
            if let Some(inner) = ast::single_field(fields) {
                Some(Source::Transparent {
                    member: inner.member,
                    ty: inner.ty,
                })
            } else {
                errors.spanned(
                    &attr.tokens,
                    format!(
                        "#[status(transparent)] needs a {what} with exactly one field, found {}; give the {what} its own status instead, such as `#[status(500)]`",
                        fields.len()
                    ),
                );
                None
            }
        }
    }
}
