//! The derive's input as a typed model that keeps the original tokens for errors.

use syn::{DeriveInput, Fields, Generics, Ident, Member, Type};

use super::attr::{self, Doc, Found};
use super::contract_attr;
use super::respond_attr::{self, Framework};
use super::response_attr::{self, FieldAttrs, HeaderAttr, Place, ProblemAttr};
use crate::errors::Errors;

/// A type that derives `HttpStatus`.
pub struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub doc: Doc<'a>,
    pub attr: Found,
    /// The enum's default headers, or the struct's.
    pub headers: Vec<HeaderAttr>,
    /// Whether a `#[header]` of the type or of the struct's fields has a mistake.
    pub headers_invalid: bool,
    pub problem: ProblemAttr,
    /// The frameworks of `#[respond(...)]`, each with its word as written.
    pub respond: Vec<(Framework, Ident)>,
    /// The types of the status contract of `#[contract(...)]`, checked by the compiler.
    pub contract: Option<Vec<syn::Path>>,
    /// The struct's fields; empty for an enum.
    pub fields: Vec<FieldAttrs>,
    pub shape: Shape<'a>,
}

/// An enum's variants, or a struct's fields.
pub enum Shape<'a> {
    Enum(Vec<Variant<'a>>),
    Struct(&'a Fields),
}

/// One variant of an enum.
pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub fields: &'a Fields,
    pub doc: Doc<'a>,
    pub attr: Found,
    pub headers: Vec<HeaderAttr>,
    /// Whether a `#[header]` of the variant or of its fields has a mistake.
    pub headers_invalid: bool,
    pub problem: ProblemAttr,
    pub field_attrs: Vec<FieldAttrs>,
}

/// The single field that a `transparent` item delegates to.
pub struct Inner<'a> {
    pub member: Member,
    pub ty: &'a Type,
}

impl<'a> Input<'a> {
    /// Reads `input`, recording every attribute problem in source order. Unions are refused.
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> Option<Self> {
        if let syn::Data::Union(data) = &input.data {
            errors.at(
                data.union_token.span,
                "#[derive(HttpStatus)] does not support unions; use an enum or a struct",
            );
            return None;
        }
        let attr = attr::parse_status_attrs(&input.attrs, errors);
        let before = errors.len();
        let headers = response_attr::headers(&input.attrs, Place::Item, errors);
        let mut headers_invalid = errors.len() > before;
        let problem = response_attr::item_problem(&input.attrs, errors);
        let respond = respond_attr::frameworks(&input.attrs, errors);
        let contract = contract_attr::contract(&input.attrs, &input.generics, errors);
        let mut fields = Vec::new();
        let shape = match &input.data {
            syn::Data::Enum(data) => Shape::Enum(
                data.variants
                    .iter()
                    .map(|variant| {
                        let attr = attr::parse_status_attrs(&variant.attrs, errors);
                        attr::reject_on_fields(&variant.fields, errors);
                        respond_attr::reject_elsewhere(&variant.attrs, errors);
                        contract_attr::reject_elsewhere(&variant.attrs, errors);
                        for field in &variant.fields {
                            respond_attr::reject_elsewhere(&field.attrs, errors);
                            contract_attr::reject_elsewhere(&field.attrs, errors);
                        }
                        let before = errors.len();
                        let headers = response_attr::headers(&variant.attrs, Place::Item, errors);
                        let field_attrs = response_attr::fields(&variant.fields, errors);
                        let headers_invalid = errors.len() > before;
                        Variant {
                            ident: &variant.ident,
                            fields: &variant.fields,
                            doc: attr::doc_of(&variant.attrs),
                            attr,
                            headers,
                            headers_invalid,
                            problem: response_attr::item_problem(&variant.attrs, errors),
                            field_attrs,
                        }
                    })
                    .collect(),
            ),
            syn::Data::Struct(data) => {
                attr::reject_on_fields(&data.fields, errors);
                for field in &data.fields {
                    respond_attr::reject_elsewhere(&field.attrs, errors);
                    contract_attr::reject_elsewhere(&field.attrs, errors);
                }
                let before = errors.len();
                fields = response_attr::fields(&data.fields, errors);
                headers_invalid |= errors.len() > before;
                Shape::Struct(&data.fields)
            }
            syn::Data::Union(_) => return None,
        };
        Some(Input {
            ident: &input.ident,
            generics: &input.generics,
            doc: attr::doc_of(&input.attrs),
            attr,
            headers,
            headers_invalid,
            problem,
            respond,
            contract,
            fields,
            shape,
        })
    }
}

/// The only field of `fields`, or `None` when there are none or several.
pub fn single_field(fields: &Fields) -> Option<Inner<'_>> {
    let mut iter = fields.iter();
    match (iter.next(), iter.next()) {
        (Some(field), None) => Some(Inner {
            member: field
                .ident
                .clone()
                .map_or_else(|| Member::from(0), Member::Named),
            ty: &field.ty,
        }),
        _ => None,
    }
}
