//! Resolves every `#[status(...)]` of the input into how each variant (or the struct) gets its
//! status: the plan the impls are written from, as data. The enum's defaults are resolved
//! once.

use syn::{Ident, Type};

use super::ast::{Input, Item, Shape};
use super::attr::{Doc, Found, ItemAttrs, StatusAttr};
use super::resolve::{self, Resolved};
use super::response::{self, Defaults, Response};
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
    /// A status of the project's registry, written as `written` at `span`.
    Registered {
        status: &'r Status,
        span: proc_macro2::Span,
        written: Option<&'a syn::Path>,
    },
    /// A path to a value that implements `HttpStatus`.
    Value(&'a syn::Path),
    /// The status of the only field, `member` of type `ty`.
    Transparent { member: syn::Member, ty: &'a Type },
}

/// What planning every arm shares: the registry, the enum's defaults and the errors.
struct Planner<'p, 'a, 'r> {
    registry: &'r Registry,
    defaults: Defaults<'a>,
    errors: &'p mut Errors,
}

/// Resolves every item of `input`, recording each problem in `errors`.
pub fn plan<'a, 'r>(
    input: &'a Input<'a>,
    registry: &'r Registry,
    errors: &mut Errors,
) -> Plan<'a, 'r> {
    let type_attrs = &input.attrs.item;
    match &input.shape {
        Shape::Struct(item) => {
            let mut planner = Planner {
                registry,
                defaults: Defaults {
                    valid: true,
                    ..Defaults::default()
                },
                errors,
            };
            let source = match &type_attrs.status {
                Found::Present(attr) => planner.resolve(attr, item, "struct"),
                Found::Invalid => None,
                Found::Absent => {
                    planner.errors.spanned(
                        item.ident,
                        format!(
                            "struct `{}` has no status; add `#[status(...)]` with a status such as `#[status(404)]`, or `#[status(transparent)]` to use its field's status",
                            item.ident
                        ),
                    );
                    None
                }
            };
            let mut arms = Vec::new();
            if let Some(source) = source {
                arms.push(planner.arm(None, type_attrs, item, source, false));
            }
            Plan {
                input,
                arms,
                default: None,
            }
        }
        Shape::Enum(variants) => {
            // The defaults are resolved once, so that a mistake in them is reported once.
            let defaults = response::defaults(type_attrs, registry, errors);
            let mut planner = Planner {
                registry,
                defaults,
                errors,
            };
            let default = match &type_attrs.status {
                Found::Present(attr) => planner
                    .errors
                    .take(resolve::resolve(&attr.arg, registry))
                    .map(|resolved| (attr, resolved)),
                Found::Absent | Found::Invalid => None,
            };
            let mut arms = Vec::new();
            for variant in variants {
                let item = &variant.item;
                let (attr, from_default) = match (&variant.attrs.status, &default) {
                    (Found::Present(attr), _) => (attr, false),
                    (Found::Absent, Some((attr, _))) => (*attr, true),
                    (Found::Invalid, _) => continue,
                    (Found::Absent, None) => {
                        if matches!(type_attrs.status, Found::Absent) {
                            planner.errors.spanned(
                                item.ident,
                                format!(
                                    "variant `{}` has no status; add `#[status(...)]` to it, or a default `#[status(...)]` on the enum",
                                    item.ident
                                ),
                            );
                        }
                        continue;
                    }
                };
                let source = if from_default {
                    default.and_then(|(_, resolved)| planner.default_source(resolved, item))
                } else {
                    planner.resolve(attr, item, "variant")
                };
                if let Some(source) = source {
                    arms.push(planner.arm(
                        Some(item.ident),
                        &variant.attrs,
                        item,
                        source,
                        from_default,
                    ));
                }
            }
            Plan {
                input,
                arms,
                default: default.and_then(|(attr, resolved)| match resolved {
                    Resolved::Registered { status, span } => Some(Source::Registered {
                        status,
                        span,
                        written: written_path(attr),
                    }),
                    Resolved::Value(path) => Some(Source::Value(path)),
                    Resolved::Transparent => None,
                }),
            }
        }
    }
}

/// The path the user wrote in `attr`, if it is one.
fn written_path(attr: &StatusAttr) -> Option<&syn::Path> {
    match &attr.arg {
        super::attr::StatusArg::Path(path) => Some(path),
        _ => None,
    }
}

impl<'a, 'r> Planner<'_, 'a, 'r> {
    /// The source of the item `item`'s own `#[status(...)]`, `attr`; `what` names the item
    /// in messages.
    fn resolve(
        &mut self,
        attr: &'a StatusAttr,
        item: &Item<'a>,
        what: &str,
    ) -> Option<Source<'a, 'r>> {
        let resolved = self
            .errors
            .take(resolve::resolve(&attr.arg, self.registry))?;
        self.source(attr, resolved, item, what)
    }

    /// The source of a variant without a status of its own, from the enum's default.
    fn default_source(
        &mut self,
        resolved: Resolved<'a, 'r>,
        item: &Item<'a>,
    ) -> Option<Source<'a, 'r>> {
        match resolved {
            Resolved::Transparent => {
                let Some(inner) = item.single_field() else {
                    self.errors.spanned(
                        item.ident,
                        format!(
                            "variant `{}` has {} fields, so the enum's default #[status(transparent)] cannot apply to it; give it its own status, such as `#[status(500)]`",
                            item.ident,
                            item.fields.len()
                        ),
                    );
                    return None;
                };
                Some(Source::Transparent {
                    member: inner.member,
                    ty: inner.ty,
                })
            }
            // The default's path is counted as written once, at the default.
            Resolved::Registered { status, span } => Some(Source::Registered {
                status,
                span,
                written: None,
            }),
            Resolved::Value(path) => Some(Source::Value(path)),
        }
    }

    /// How `item` gets the status its attribute `attr` resolved to.
    fn source(
        &mut self,
        attr: &'a StatusAttr,
        resolved: Resolved<'a, 'r>,
        item: &Item<'a>,
        what: &str,
    ) -> Option<Source<'a, 'r>> {
        match resolved {
            Resolved::Registered { status, span } => Some(Source::Registered {
                status,
                span,
                written: written_path(attr),
            }),
            Resolved::Value(path) => Some(Source::Value(path)),
            Resolved::Transparent => {
                let Some(inner) = item.single_field() else {
                    self.errors.spanned(
                        &attr.tokens,
                        format!(
                            "#[status(transparent)] needs a {what} with exactly one field, found {}; give the {what} its own status instead, such as `#[status(500)]`",
                            item.fields.len()
                        ),
                    );
                    return None;
                };
                Some(Source::Transparent {
                    member: inner.member,
                    ty: inner.ty,
                })
            }
        }
    }

    /// The arm of `item`, whose status comes from `source`, with its response facts checked
    /// against the headers its status requires. A transparent arm takes them from its field,
    /// so it may not state its own.
    fn arm(
        &mut self,
        variant: Option<&'a Ident>,
        own: &'a ItemAttrs<'a>,
        item: &'a Item<'a>,
        source: Source<'a, 'r>,
        from_default: bool,
    ) -> Arm<'a, 'r> {
        let response = if let Source::Transparent { .. } = source {
            let stated = !own.headers.is_empty()
                || !own.problem.is_empty()
                || item
                    .field_attrs
                    .iter()
                    .any(|field| !field.headers.is_empty() || field.extension.is_some());
            if stated {
                let ident = item.ident;
                self.errors.spanned(
                    ident,
                    format!(
                        "`{ident}` is transparent: its headers and problem details come from its field's type; remove its #[header]/#[problem] attributes or give it its own status"
                    ),
                );
            }
            Response::default()
        } else {
            let response = response::response(
                &self.defaults,
                own,
                &item.field_attrs,
                self.registry,
                self.errors,
            );
            // A header attribute with a mistake of its own is reported once, not again as
            // missing.
            if let Source::Registered { status, span, .. } = &source
                && response.names_valid
            {
                response::check_required(status, *span, &response, self.errors);
            }
            response
        };
        Arm {
            variant,
            doc: &own.doc,
            source,
            response,
            from_default,
        }
    }
}
