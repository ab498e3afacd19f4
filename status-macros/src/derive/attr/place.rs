//! Where each attribute of the derive may be written, and what it may say there: every
//! placement rule in one file, each with the message that says where the attribute goes.
//!
//! | attribute      | the type | a variant | a field |
//! | ---            | :---:    | :---:     | :---:   |
//! | `#[status]`    | yes (an enum's: the default) | yes | no |
//! | `#[header]`    | with a value | with a value | without one: the field is the value |
//! | `#[problem]`   | `type`, `expose`, `withhold` | the same, `skip_decode` | `extension`, `detail` |
//! | `#[respond]`   | yes | no | no |
//! | `#[contract]`  | yes | no | no |

use syn::Attribute;

/// Where an attribute is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The enum or the struct.
    Type,
    Variant,
    Field,
}

impl Place {
    /// Whether the place is an item (the type or a variant), which states a status, rather
    /// than a field.
    pub fn is_item(self) -> bool {
        self != Place::Field
    }
}

/// The attributes the derive reads.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Status,
    Header,
    Problem,
    Respond,
    Contract,
}

impl Kind {
    /// The derive's attribute `attr` is, if it is one.
    pub fn of(attr: &Attribute) -> Option<Kind> {
        let ident = attr.path().get_ident()?;
        Some(match ident.to_string().as_str() {
            "status" => Kind::Status,
            "header" => Kind::Header,
            "problem" => Kind::Problem,
            "respond" => Kind::Respond,
            "contract" => Kind::Contract,
            _ => return None,
        })
    }
}

/// Whether an attribute of `kind` may be written at `place`; the error message if not.
pub fn check(kind: Kind, place: Place) -> Result<(), &'static str> {
    match (kind, place) {
        (Kind::Status, Place::Field) => Err(
            "#[status(...)] goes on the enum, on a variant or on the struct, not on a field; for the status of a field's type, write #[status(transparent)] on its variant",
        ),
        (Kind::Respond, Place::Variant | Place::Field) => Err(
            "#[respond(...)] goes on the enum or the struct: the framework's response trait is implemented for the whole type",
        ),
        (Kind::Contract, Place::Variant | Place::Field) => Err(
            "#[contract(...)] goes on the enum or the struct: a contract binds every status of the type",
        ),
        _ => Ok(()),
    }
}

/// How a `#[header(...)]` gets its value, for the placement rules.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HeaderForm {
    /// `#[header(name)]`: the value is the field.
    Bare,
    /// `#[header(name = "…")]` or `#[header(name = Self::method)]`.
    Valued,
    /// `#[header(name, added_by = "…")]`.
    AddedBy,
}

/// Whether a header of `form`, named `name`, may be written at `place`; the message if not.
pub fn check_header(place: Place, form: HeaderForm, name: &str) -> Result<(), String> {
    match (place.is_item(), form) {
        (true, HeaderForm::Bare) => Err(format!(
            "#[header({name})] on a variant needs a value: `#[header({name} = \"…\")]`, a method `#[header({name} = Self::method)]`, or put `#[header({name})]` on the field that holds it"
        )),
        (false, HeaderForm::Valued) => Err(format!(
            "on a field, the header's value is the field: write `#[header({name})]`"
        )),
        (false, HeaderForm::AddedBy) => {
            Err("`added_by` goes on the variant or the enum, not on a field".to_owned())
        }
        _ => Ok(()),
    }
}

/// A key of `#[problem(...)]`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ProblemKey {
    Type,
    Expose,
    Withhold,
    Extension,
    /// `detail`: the field that decoding fills from the problem's `detail`.
    Detail,
    /// `skip_decode`: a variant that decoding never rebuilds.
    SkipDecode,
}

/// Whether the `#[problem(...)]` key `key` (written `written`) may be used at `place`; the
/// message if not.
pub fn check_problem(place: Place, key: ProblemKey, written: &str) -> Result<(), String> {
    match (place.is_item(), key) {
        (true, ProblemKey::Extension) => Err(
            "`extension` goes on a field: the field becomes an extension member of the problem"
                .to_owned(),
        ),
        (true, ProblemKey::Detail) => Err(
            "`detail` goes on a field: the field that decoding fills from the problem's `detail`"
                .to_owned(),
        ),
        (false, ProblemKey::Type | ProblemKey::Expose | ProblemKey::Withhold) => Err(format!(
            "on a field, #[problem(...)] takes `extension`, `extension = \"name\"` or `detail`, not `{written}`"
        )),
        (false, ProblemKey::SkipDecode) => Err(
            "`skip_decode` goes on a variant: decoding never rebuilds that variant".to_owned(),
        ),
        (true, ProblemKey::SkipDecode) if place == Place::Type => Err(
            "`skip_decode` goes on a variant; to rebuild no variant of the type, remove `decode` from its #[respond(...)]"
                .to_owned(),
        ),
        _ => Ok(()),
    }
}
