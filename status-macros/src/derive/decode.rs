//! What `#[respond(decode)]` asks of each item: how each field of each variant (or of the
//! struct) is read back from a response, as data for `expand::decode`, with every field that
//! nothing on the wire holds reported. Without `#[respond(decode)]`, the attributes that only
//! decoding reads (`#[problem(detail)]`, `#[problem(skip_decode)]`) are reported instead.

use syn::spanned::Spanned as _;
use syn::{Ident, LitStr, Member, Type};

use super::ast::{Item, Shape};
use super::attr::{Exposure, Framework};
use super::plan::{Arm, Plan, Source};
use super::response::Value;
use crate::errors::Errors;

/// The `Decode` impl to write, once every field has a place on the wire.
pub struct DecodePlan<'a> {
    /// The word `decode` of `#[respond(...)]`, where a missing feature is reported.
    pub word: &'a Ident,
    pub arms: Vec<DecodeArm<'a>>,
}

/// How one variant (or the struct) is recognised and rebuilt.
pub struct DecodeArm<'a> {
    /// `None` for a struct.
    pub variant: Option<&'a Ident>,
    pub how: How<'a>,
}

/// How an arm is rebuilt.
pub enum How<'a> {
    /// Through the field type's own `Decode`.
    Transparent { member: &'a Member, ty: &'a Type },
    /// When the status and the problem type match, from the fields' places on the wire.
    Fields {
        status: StatusTest<'a>,
        type_uri: Option<&'a LitStr>,
        fields: Vec<Field<'a>>,
    },
}

/// How an arm's status is recognised.
pub enum StatusTest<'a> {
    /// A registry status: its code.
    Code(u16),
    /// A value whose `HttpStatus` gives the status at run time.
    Value(&'a syn::Path),
}

/// One field and where its value is on the wire.
pub struct Field<'a> {
    pub member: &'a Member,
    pub ty: &'a Type,
    pub place: WirePlace,
}

/// Where a field's value is on the wire.
pub enum WirePlace {
    /// The header field of this name, as the registry spells it.
    Header(String),
    /// The extension member of this name.
    Extension(String),
    /// The problem's `detail`.
    Detail,
}

/// The decode plan of `plan`, when its type asks for `#[respond(decode)]`; otherwise
/// `None`, with an error for each attribute only decoding reads.
pub fn plan<'a>(plan: &'a Plan<'a, '_>, errors: &mut Errors) -> Option<DecodePlan<'a>> {
    let input = plan.input;
    let word = input
        .attrs
        .respond
        .iter()
        .find(|(framework, _)| *framework == Framework::Decode)
        .map(|(_, word)| word);
    let Some(word) = word else {
        report_unasked(plan, errors);
        return None;
    };
    let mut arms = Vec::new();
    for arm in &plan.arms {
        let Some((item, skip)) = item_of(plan, arm) else {
            continue;
        };
        if skip {
            continue;
        }
        if let Some(how) = how(arm, item, errors) {
            arms.push(DecodeArm {
                variant: arm.variant,
                how,
            });
        }
    }
    check_ambiguous(&arms, errors);
    Some(DecodePlan { word, arms })
}

/// The item of `arm`, and whether it is marked `#[problem(skip_decode)]`.
fn item_of<'a>(plan: &'a Plan<'a, '_>, arm: &Arm<'a, '_>) -> Option<(&'a Item<'a>, bool)> {
    match &plan.input.shape {
        Shape::Struct(item) => Some((item, false)),
        Shape::Enum(variants) => variants
            .iter()
            .find(|variant| Some(variant.item.ident) == arm.variant)
            .map(|variant| (&variant.item, variant.attrs.problem.skip_decode.is_some())),
    }
}

/// How `arm`, whose item is `item`, is rebuilt; `None`, with the errors recorded, when it
/// cannot be.
fn how<'a>(arm: &'a Arm<'a, '_>, item: &'a Item<'a>, errors: &mut Errors) -> Option<How<'a>> {
    let status = match &arm.source {
        Source::Transparent { member, ty } => {
            return Some(How::Transparent { member, ty });
        }
        Source::Registered { status, .. } => StatusTest::Code(status.code),
        Source::Value(path) => StatusTest::Value(path),
    };
    let mut fields = Vec::new();
    let mut unread: Vec<(String, proc_macro2::Span)> = Vec::new();
    let mut first_detail: Option<&Ident> = None;
    let mut valid = true;
    for (field, attrs) in item.fields.iter().zip(&item.field_attrs) {
        let header = arm
            .response
            .headers
            .iter()
            .find_map(|header| match header.value {
                Value::Field(member) if *member == attrs.member => Some(header.name.clone()),
                _ => None,
            });
        let place = if let Some(word) = &attrs.detail {
            if attrs.extension.is_some() || header.is_some() {
                errors.spanned(
                    word,
                    "a field is read back from one place: `detail`, or the header or extension member it is; keep one",
                );
                valid = false;
            }
            if let Some(first) = first_detail {
                errors.spanned(
                    word,
                    "duplicate #[problem(detail)]; one field of a variant receives the problem's `detail`",
                );
                errors.spanned(first, "first #[problem(detail)] is here");
                valid = false;
            }
            first_detail = Some(word);
            if withheld(arm) {
                errors.spanned(
                    word,
                    "this variant withholds its message from clients (a server error), so no response carries a `detail` to read back; show it with `#[problem(expose)]` on the variant, or send the value as an extension member with `#[problem(extension)]`",
                );
                valid = false;
            }
            WirePlace::Detail
        } else if let Some(name) = header {
            WirePlace::Header(name)
        } else if let Some(name) = &attrs.extension {
            WirePlace::Extension(name.clone())
        } else {
            // A field whose attribute has a mistake of its own is reported once, not again as
            // unread.
            if attrs.problem_valid && attrs.headers_valid {
                let (name, span) = match &field.ident {
                    Some(ident) => (format!("`{ident}`"), ident.span()),
                    None => (
                        format!("{} (`{}`)", index_of(&attrs.member), written(&field.ty)),
                        field.ty.span(),
                    ),
                };
                unread.push((name, span));
            }
            valid = false;
            continue;
        };
        fields.push(Field {
            member: &attrs.member,
            ty: &field.ty,
            place,
        });
    }
    if let Some((_, first)) = unread.first() {
        let names: Vec<&str> = unread.iter().map(|(name, _)| name.as_str()).collect();
        let (those, each) = if names.len() == 1 {
            ("its field", "it")
        } else {
            ("its fields", "each")
        };
        errors.at(
            *first,
            format!(
                "`{}` cannot be rebuilt from a response: nothing on the wire holds {those} {}; say where the response carries {each} with `#[header(name)]`, `#[problem(extension)]` or `#[problem(detail)]`; or make the variant `#[status(transparent)]` over a type that decodes, or mark the variant `#[problem(skip_decode)]` to leave its responses undecoded",
                item.ident,
                join(&names),
            ),
        );
        valid = false;
    }
    valid.then_some(How::Fields {
        status,
        type_uri: arm.response.type_uri,
        fields,
    })
}

/// `0` for a tuple field, as the message names it after "its field".
fn index_of(member: &Member) -> String {
    match member {
        Member::Named(ident) => format!("`{ident}`"),
        Member::Unnamed(index) => index.index.to_string(),
    }
}

/// Whether the arm's message never reaches a client, so that no response has its detail.
fn withheld(arm: &Arm<'_, '_>) -> bool {
    match (arm.response.exposure, &arm.source) {
        (Some(exposure), _) => exposure == Exposure::Withhold,
        (None, Source::Registered { status, .. }) => status.code >= 500,
        // A value's status is known at run time only.
        (None, _) => false,
    }
}

/// `a`, `a and b`, `a, b and c`.
fn join(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [first, rest @ .., last] => {
            let mut joined = (*first).to_owned();
            for name in rest {
                joined.push_str(", ");
                joined.push_str(name);
            }
            format!("{joined} and {last}")
        }
    }
}

/// The type as written, for messages.
fn written(ty: &Type) -> String {
    super::expand::written(ty)
}

/// Two arms with the same code and problem type cannot be told apart on the wire.
fn check_ambiguous(arms: &[DecodeArm<'_>], errors: &mut Errors) {
    for (index, arm) in arms.iter().enumerate() {
        let How::Fields {
            status: StatusTest::Code(code),
            type_uri,
            ..
        } = &arm.how
        else {
            continue;
        };
        let uri =
            |uri: Option<&LitStr>| uri.map_or_else(|| "about:blank".to_owned(), LitStr::value);
        let earlier = arms[..index].iter().find(|earlier| {
            matches!(&earlier.how, How::Fields { status: StatusTest::Code(other), type_uri: other_uri, .. }
                if other == code && uri(*other_uri) == uri(*type_uri))
        });
        let (Some(earlier), Some(variant)) = (earlier, arm.variant) else {
            continue;
        };
        let Some(first) = earlier.variant else {
            continue;
        };
        errors.spanned(
            variant,
            format!(
                "`{variant}` and `{first}` both answer {code} with the problem type `{}`, so a response cannot tell them apart when decoding; give one its own `#[problem(type = \"…\")]`, or mark one `#[problem(skip_decode)]`",
                uri(*type_uri)
            ),
        );
        errors.spanned(first, format!("`{first}` is here"));
    }
}

/// Without `#[respond(decode)]`: an error at each `#[problem(detail)]` and
/// `#[problem(skip_decode)]`, which only decoding reads.
fn report_unasked(plan: &Plan<'_, '_>, errors: &mut Errors) {
    let hint = |what: &str| {
        format!(
            "`{what}` is read when the type is rebuilt from a response; add `#[respond(decode)]` to the type, or remove it"
        )
    };
    let mut items: Vec<(&Item<'_>, Option<&Ident>)> = Vec::new();
    match &plan.input.shape {
        Shape::Struct(item) => items.push((item, None)),
        Shape::Enum(variants) => {
            for variant in variants {
                items.push((&variant.item, variant.attrs.problem.skip_decode.as_ref()));
            }
        }
    }
    for (item, skip) in items {
        if let Some(word) = skip {
            errors.spanned(word, hint("skip_decode"));
        }
        for field in &item.field_attrs {
            if let Some(word) = &field.detail {
                errors.spanned(word, hint("detail"));
            }
        }
    }
}
