//! The derive's input as a typed model that keeps the original tokens for errors.

use syn::{DeriveInput, Fields, Generics, Ident, Member, Type};

use super::attr::{self, Found};

/// A type that derives `HttpStatus`.
pub struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub doc: String,
    pub attr: Found,
    /// Problems with the type's own `#[status(...)]`, reported before those of its variants.
    pub attr_errors: Vec<syn::Error>,
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
    pub doc: String,
    pub attr: Found,
    /// Problems with the variant's `#[status(...)]`, reported in source order with the rest.
    pub attr_errors: Vec<syn::Error>,
}

/// The single field that a `transparent` item delegates to.
pub struct Inner<'a> {
    pub member: Member,
    pub ty: &'a Type,
}

impl<'a> Input<'a> {
    /// Reads `input`. Unions are refused here; attribute problems are pushed to `errors`.
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Vec<syn::Error>) -> Option<Self> {
        let shape = match &input.data {
            syn::Data::Enum(data) => Shape::Enum(
                data.variants
                    .iter()
                    .map(|variant| {
                        let mut attr_errors = Vec::new();
                        let attr = attr::parse_status_attrs(&variant.attrs, &mut attr_errors);
                        attr::reject_on_fields(&variant.fields, &mut attr_errors);
                        Variant {
                            ident: &variant.ident,
                            fields: &variant.fields,
                            doc: attr::doc_text(&variant.attrs),
                            attr,
                            attr_errors,
                        }
                    })
                    .collect(),
            ),
            syn::Data::Struct(data) => Shape::Struct(&data.fields),
            syn::Data::Union(data) => {
                errors.push(syn::Error::new(
                    data.union_token.span,
                    "#[derive(HttpStatus)] does not support unions; use an enum or a struct",
                ));
                return None;
            }
        };
        let mut attr_errors = Vec::new();
        let attr = attr::parse_status_attrs(&input.attrs, &mut attr_errors);
        if let syn::Data::Struct(data) = &input.data {
            attr::reject_on_fields(&data.fields, &mut attr_errors);
        }
        Some(Input {
            ident: &input.ident,
            generics: &input.generics,
            doc: attr::doc_text(&input.attrs),
            attr,
            attr_errors,
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
