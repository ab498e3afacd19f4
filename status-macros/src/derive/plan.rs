//! Resolves every `#[status(...)]` of the input into how each variant (or the struct) gets its
//! status: the plan the impls are written from. The enum's default is resolved once.

use proc_macro2::TokenStream;
use syn::{Fields, Ident, Type};

use super::ast::{self, Input, Shape};
use super::attr::{Found, StatusAttr};
use super::resolve::{self, Resolved};
use crate::registry::model::Registry;

/// What the impls are made of, once every `#[status(...)]` is resolved.
pub struct Plan<'a> {
    pub input: &'a Input<'a>,
    pub arms: Vec<Arm<'a>>,
}

/// How one variant (or the struct) gets its status.
pub struct Arm<'a> {
    /// `None` for a struct.
    pub variant: Option<&'a Ident>,
    pub doc: &'a str,
    pub source: Source<'a>,
}

pub enum Source<'a> {
    /// Expressions of type `Status` and `Option<&'static Meaning>`.
    Status {
        status: TokenStream,
        meaning: TokenStream,
    },
    /// The status of the only field, `member` of type `ty`.
    Transparent { member: syn::Member, ty: &'a Type },
}

/// Resolves every item of `input`, pushing each problem to `errors`.
pub fn plan<'a>(
    input: &'a Input<'a>,
    registry: &Registry,
    errors: &mut Vec<syn::Error>,
) -> Plan<'a> {
    let mut arms = Vec::new();
    errors.extend(input.attr_errors.iter().cloned());
    match &input.shape {
        Shape::Struct(fields) => {
            let source = match &input.attr {
                Found::Present(attr) => match resolve::resolve(&attr.arg, registry) {
                    Ok(resolved) => source_of(attr, resolved, fields, "struct", errors),
                    Err(error) => {
                        errors.push(error);
                        None
                    }
                },
                Found::Invalid => None,
                Found::Absent => {
                    errors.push(syn::Error::new_spanned(
                        input.ident,
                        format!(
                            "struct `{}` has no status; add `#[status(...)]` with a status such as `#[status(404)]`, or `#[status(transparent)]` to use its field's status",
                            input.ident
                        ),
                    ));
                    None
                }
            };
            if let Some(source) = source {
                arms.push(Arm {
                    variant: None,
                    doc: &input.doc,
                    source,
                });
            }
        }
        Shape::Enum(variants) => {
            // The default is resolved once, so that a mistake in it is reported once.
            let default = match &input.attr {
                Found::Present(attr) => match resolve::resolve(&attr.arg, registry) {
                    Ok(resolved) => Some((attr, resolved)),
                    Err(error) => {
                        errors.push(error);
                        None
                    }
                },
                Found::Absent | Found::Invalid => None,
            };
            for variant in variants {
                errors.extend(variant.attr_errors.iter().cloned());
                let (attr, resolved) = match (&variant.attr, &default, &input.attr) {
                    (Found::Present(attr), _, _) => match resolve::resolve(&attr.arg, registry) {
                        Ok(resolved) => (attr, resolved),
                        Err(error) => {
                            errors.push(error);
                            continue;
                        }
                    },
                    (Found::Absent, Some((attr, resolved)), _) => (*attr, resolved.clone()),
                    (Found::Invalid, _, _)
                    | (Found::Absent, None, Found::Present(_) | Found::Invalid) => continue,
                    (Found::Absent, None, Found::Absent) => {
                        errors.push(syn::Error::new_spanned(
                            variant.ident,
                            format!(
                                "variant `{}` has no status; add `#[status(...)]` to it, or a default `#[status(...)]` on the enum",
                                variant.ident
                            ),
                        ));
                        continue;
                    }
                };
                let from_default = !matches!(variant.attr, Found::Present(_));
                if from_default
                    && matches!(resolved, Resolved::Transparent)
                    && ast::single_field(variant.fields).is_none()
                {
                    errors.push(syn::Error::new_spanned(
                        variant.ident,
                        format!(
                            "variant `{}` has {} fields, so the enum's default #[status(transparent)] cannot apply to it; give it its own status, such as `#[status(500)]`",
                            variant.ident,
                            variant.fields.len()
                        ),
                    ));
                    continue;
                }
                if let Some(source) = source_of(attr, resolved, variant.fields, "variant", errors) {
                    arms.push(Arm {
                        variant: Some(variant.ident),
                        doc: &variant.doc,
                        source,
                    });
                }
            }
        }
    }
    Plan { input, arms }
}

/// How an item with `fields` gets the status its attribute `attr` resolved to.
fn source_of<'a>(
    attr: &StatusAttr,
    resolved: Resolved,
    fields: &'a Fields,
    what: &str,
    errors: &mut Vec<syn::Error>,
) -> Option<Source<'a>> {
    match resolved {
        Resolved::Status { status, meaning } => Some(Source::Status { status, meaning }),
        Resolved::Transparent => {
            if let Some(inner) = ast::single_field(fields) {
                Some(Source::Transparent {
                    member: inner.member,
                    ty: inner.ty,
                })
            } else {
                errors.push(syn::Error::new_spanned(
                &attr.tokens,
                format!(
                    "#[status(transparent)] needs a {what} with exactly one field, found {}; give the {what} its own status instead, such as `#[status(500)]`",
                    fields.len()
                ),
            ));
                None
            }
        }
    }
}
