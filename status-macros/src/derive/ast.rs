//! The derive's input as a typed model that borrows the `syn` nodes, with each place's
//! attributes read once (`attr`), so that any later error can point at the tokens.

use syn::{DeriveInput, Fields, Generics, Ident, Member, Type};

use super::attr::{self, FieldAttrs, ItemAttrs, TypeAttrs};
use crate::errors::Errors;

/// A type that derives `HttpStatus`.
pub struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub attrs: TypeAttrs<'a>,
    pub shape: Shape<'a>,
}

/// An enum's variants, or a struct's fields.
pub enum Shape<'a> {
    Enum(Vec<Variant<'a>>),
    Struct(Item<'a>),
}

/// One variant of an enum.
pub struct Variant<'a> {
    pub attrs: ItemAttrs<'a>,
    pub item: Item<'a>,
}

/// What a variant and a struct share: a name and fields, each with its attributes.
pub struct Item<'a> {
    pub ident: &'a Ident,
    pub fields: &'a Fields,
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
        let attrs = attr::of_type(input, errors);
        let shape = match &input.data {
            syn::Data::Enum(data) => {
                let mut variants = Vec::with_capacity(data.variants.len());
                for variant in &data.variants {
                    variants.push(Variant {
                        attrs: attr::of_variant(input, variant, errors),
                        item: Item::new(input, &variant.ident, &variant.fields, errors),
                    });
                }
                Shape::Enum(variants)
            }
            syn::Data::Struct(data) => {
                Shape::Struct(Item::new(input, &input.ident, &data.fields, errors))
            }
            syn::Data::Union(data) => {
                errors.at(
                    data.union_token.span,
                    "#[derive(HttpStatus)] does not support unions; use an enum or a struct",
                );
                return None;
            }
        };
        Some(Input {
            ident: &input.ident,
            generics: &input.generics,
            attrs,
            shape,
        })
    }
}

impl<'a> Item<'a> {
    fn new(input: &DeriveInput, ident: &'a Ident, fields: &'a Fields, errors: &mut Errors) -> Self {
        let mut field_attrs = Vec::with_capacity(fields.len());
        for (index, field) in fields.iter().enumerate() {
            field_attrs.push(attr::of_field(input, index, field, errors));
        }
        Item {
            ident,
            fields,
            field_attrs,
        }
    }

    /// The item's only field, or `None` when it has none or several.
    pub fn single_field(&self) -> Option<Inner<'a>> {
        let mut iter = self.fields.iter();
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
}
