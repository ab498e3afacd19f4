//! The derive's attributes, read once per place, as `serde_derive`'s `Container`, `Variant` and
//! `Field` are: the type, each variant and each field parse all their attributes in one pass
//! (`read`), in source order, into a model that says what is present, what is absent and
//! what was written but is invalid (its error already recorded). Where an attribute may be
//! written is decided in `place`; the syntax of each attribute in its own file.

mod contract;
mod doc;
mod header;
mod place;
mod problem;
mod respond;
mod status;

use proc_macro2::Ident;
use syn::{Attribute, DeriveInput, Member, Path};

pub use doc::{Doc, DocPart};
pub use header::{HeaderAttr, HeaderName, HeaderSource};
pub use place::Place;
pub use problem::{Exposure, ProblemAttr};
pub use respond::Framework;
pub use status::{StatusArg, StatusAttr};

use crate::errors::Errors;

/// The `#[status(...)]` of one item.
pub enum Found {
    /// The item has no `#[status(...)]`.
    Absent,
    /// It has one, but it could not be parsed; the error is already recorded.
    Invalid,
    Present(StatusAttr),
}

/// What the attributes of an item (the type or a variant) say about its response.
pub struct ItemAttrs<'a> {
    pub doc: Doc<'a>,
    pub status: Found,
    pub headers: Vec<HeaderAttr>,
    /// Whether every `#[header(...)]` of the item parsed: when one did not, the headers its
    /// status requires are not reported missing, as the mistake is reported already.
    pub headers_valid: bool,
    pub problem: ProblemAttr,
}

/// What the attributes of the type say: those of an item, and what only the type may say.
pub struct TypeAttrs<'a> {
    pub item: ItemAttrs<'a>,
    /// The frameworks of `#[respond(...)]`, each with its word as written.
    pub respond: Vec<(Framework, Ident)>,
    /// The types of the status contract of `#[contract(...)]`, checked by the compiler.
    pub contract: Option<Vec<Path>>,
}

/// What the attributes of one field say: the headers it supplies and the extension member
/// it is.
pub struct FieldAttrs {
    pub member: Member,
    pub headers: Vec<HeaderAttr>,
    /// Whether every `#[header(...)]` of the field parsed.
    pub headers_valid: bool,
    /// The name of the extension member the field is, if it is one.
    pub extension: Option<String>,
    /// The `detail` of `#[problem(detail)]`, when the field receives the problem's `detail`
    /// on decoding.
    pub detail: Option<Ident>,
    /// Whether every `#[problem(...)]` of the field parsed: when one did not, its place on
    /// the wire is not reported missing, as the mistake is reported already.
    pub problem_valid: bool,
}

/// Everything one place's attributes may say, filled by [`read`].
struct Read<'a> {
    status: Found,
    first_status: Option<&'a Attribute>,
    headers: Vec<HeaderAttr>,
    headers_valid: bool,
    problem: ProblemAttr,
    problem_valid: bool,
    respond: Vec<(Framework, Ident)>,
    contract: Option<Vec<Path>>,
    first_contract: Option<&'a Attribute>,
}

/// Reads the attributes `attrs` written at `place`, in one pass, recording every problem in
/// source order. `input` gives the type's generics (for `#[contract]`), `field` a named
/// field's name (for `#[problem(extension)]`).
fn read<'a>(
    attrs: &'a [Attribute],
    place: Place,
    input: &DeriveInput,
    field: Option<&Ident>,
    errors: &mut Errors,
) -> Read<'a> {
    let mut read = Read {
        status: Found::Absent,
        first_status: None,
        headers: Vec::new(),
        headers_valid: true,
        problem: ProblemAttr::default(),
        problem_valid: true,
        respond: Vec::new(),
        contract: None,
        first_contract: None,
    };
    for attr in attrs {
        let Some(kind) = place::Kind::of(attr) else {
            continue;
        };
        if let Err(message) = place::check(kind, place) {
            errors.spanned(attr, message);
            continue;
        }
        match kind {
            place::Kind::Status => {
                if let Some(first) = read.first_status {
                    errors.spanned(
                        attr,
                        "duplicate #[status(...)] attribute; keep one status per item",
                    );
                    errors.spanned(first, "first #[status(...)] is here");
                    continue;
                }
                read.first_status = Some(attr);
                read.status = errors
                    .take(status::parse(attr))
                    .map_or(Found::Invalid, Found::Present);
            }
            place::Kind::Header => match header::parse(attr, place) {
                Ok(header) => {
                    let repeated = read.headers.iter().any(|earlier| {
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
                        read.headers_valid = false;
                    } else {
                        read.headers.push(header);
                    }
                }
                Err(error) => {
                    errors.push(error);
                    read.headers_valid = false;
                }
            },
            place::Kind::Problem => {
                let result = problem::parse(attr, place, field, &mut read.problem);
                if errors.take(result).is_none() {
                    read.problem_valid = false;
                }
            }
            place::Kind::Respond => respond::parse(attr, &mut read.respond, errors),
            place::Kind::Contract => {
                if let Some(first) = read.first_contract {
                    errors.spanned(
                        attr,
                        "duplicate #[contract(...)] attribute; a type has one contract: name all its types in one, such as `#[contract(ApiStatus, AcmeStatus)]`",
                    );
                    errors.spanned(first, "first #[contract(...)] is here");
                    continue;
                }
                read.first_contract = Some(attr);
                read.contract = contract::parse(attr, &input.generics, errors);
            }
        }
    }
    read
}

impl Read<'_> {
    fn into_item(self, attrs: &[Attribute]) -> ItemAttrs<'_> {
        ItemAttrs {
            doc: doc::doc_of(attrs),
            status: self.status,
            headers: self.headers,
            headers_valid: self.headers_valid,
            problem: self.problem,
        }
    }
}

/// Reads the attributes of the type.
pub fn of_type<'a>(input: &'a DeriveInput, errors: &mut Errors) -> TypeAttrs<'a> {
    let mut read = read(&input.attrs, Place::Type, input, None, errors);
    let respond = std::mem::take(&mut read.respond);
    let contract = read.contract.take();
    TypeAttrs {
        item: read.into_item(&input.attrs),
        respond,
        contract,
    }
}

/// Reads the attributes of a variant of the enum `input`.
pub fn of_variant<'a>(
    input: &DeriveInput,
    variant: &'a syn::Variant,
    errors: &mut Errors,
) -> ItemAttrs<'a> {
    read(&variant.attrs, Place::Variant, input, None, errors).into_item(&variant.attrs)
}

/// Reads the attributes of the `index`th field, `field`, of a variant or a struct of `input`.
pub fn of_field(
    input: &DeriveInput,
    index: usize,
    field: &syn::Field,
    errors: &mut Errors,
) -> FieldAttrs {
    let read = read(
        &field.attrs,
        Place::Field,
        input,
        field.ident.as_ref(),
        errors,
    );
    let member = field.ident.clone().map_or_else(
        || {
            Member::Unnamed(syn::Index {
                index: u32::try_from(index).unwrap_or(u32::MAX),
                span: syn::spanned::Spanned::span(field),
            })
        },
        Member::Named,
    );
    FieldAttrs {
        member,
        headers: read.headers,
        headers_valid: read.headers_valid,
        extension: read.problem.extension,
        detail: read.problem.detail,
        problem_valid: read.problem_valid,
    }
}
