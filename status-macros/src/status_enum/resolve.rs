//! Checks every member of a `status_enum!` declaration against the registry: what each stands
//! for, duplicates, derives the enum already has. Returns the chosen statuses as data.

use syn::{Attribute, LitInt, Path};

use super::parse::{Declaration, Member};
use crate::errors::Errors;
use crate::lookup::{self, Asker};
use crate::registry::model::{IANA, IANA_ENUM, Registry, State, Status};

/// The IANA statuses the declaration lists, in code order.
pub fn resolve<'r>(
    declaration: &Declaration,
    registry: &'r Registry,
    errors: &mut Errors,
) -> Vec<&'r Status> {
    derive_conflicts(&declaration.attrs, errors);
    let mut chosen = Chosen::default();
    for member in &declaration.members {
        let Some(statuses) = errors.take(resolve_member(member, registry)) else {
            continue;
        };
        let mut repeated: Vec<(&Status, &Member)> = Vec::new();
        for status in &statuses {
            if let Some((_, first)) = chosen.get(status.code) {
                repeated.push((status, first));
            }
        }
        if let Some((status, first)) = repeated.first() {
            errors.push(duplicate_error(member, first, status, repeated.len()));
            errors.spanned(first.tokens(), "first listed here");
            continue;
        }
        for status in statuses {
            chosen.push(status, member);
        }
    }
    if chosen.0.is_empty() && errors.is_empty() {
        errors.spanned(
            &declaration.name,
            format!(
                "`{}` has no members; list statuses by name (`NotFound`), code (`404`) or class (`4xx`)",
                declaration.name
            ),
        );
    }
    let mut in_order = Vec::with_capacity(chosen.0.len());
    for status in registry.statuses_of_by_code(IANA) {
        if chosen.get(status.code).is_some() {
            in_order.push(status);
        }
    }
    in_order
}

/// The statuses chosen so far, each with the member that chose it.
#[derive(Default)]
struct Chosen<'r, 'd>(Vec<(&'r Status, &'d Member)>);

impl<'r, 'd> Chosen<'r, 'd> {
    /// The status with `code` and the member that chose it, if one did.
    fn get(&self, code: u16) -> Option<(&'r Status, &'d Member)> {
        for (status, member) in &self.0 {
            if status.code == code {
                return Some((status, member));
            }
        }
        None
    }

    fn push(&mut self, status: &'r Status, member: &'d Member) {
        self.0.push((status, member));
    }
}

/// The error for `member`, which repeats `count` statuses of `first`, among them `status`.
fn duplicate_error(member: &Member, first: &Member, status: &Status, count: usize) -> syn::Error {
    let is_class = |member: &Member| matches!(member, Member::Number(lit) if is_class_pattern(lit));
    let message = match (is_class(first), is_class(member)) {
        (false, false) => format!(
            "duplicate member: `{}` is `{}` ({} {}), already listed as `{}`; remove one",
            member.tokens(),
            status.name,
            status.code,
            status.reason,
            first.tokens()
        ),
        (true, false) => format!(
            "duplicate member: `{}` ({} {}) is already in the enum through `{}`; remove `{}`",
            status.name,
            status.code,
            status.reason,
            first.tokens(),
            member.tokens()
        ),
        (false, true) => format!(
            "duplicate member: `{}` includes `{}` ({} {}), which is also listed as `{}`; remove `{}`",
            member.tokens(),
            status.name,
            status.code,
            status.reason,
            first.tokens(),
            first.tokens()
        ),
        (true, true) => format!(
            "duplicate member: `{}` repeats {count} statuses already in the enum through `{}`; remove it",
            member.tokens(),
            first.tokens()
        ),
    };
    syn::Error::new_spanned(member.tokens(), message)
}

/// The traits every generated enum already derives.
pub const DERIVED: [&str; 8] = [
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Debug",
];

/// Records an error for each trait in a `#[derive(...)]` of the declaration that the
/// generated enum already derives.
fn derive_conflicts(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("derive")) {
        let Ok(paths) = attr.parse_args_with(crate::comma::terminated::<Path>) else {
            continue;
        };
        for path in paths {
            let Some(last) = path.segments.last() else {
                continue;
            };
            if DERIVED.iter().any(|name| last.ident == name) {
                let mut derived = String::new();
                for (index, name) in DERIVED.iter().enumerate() {
                    if index > 0 {
                        derived.push_str(", ");
                    }
                    derived.push_str(name);
                }
                errors.spanned(
                    &path,
                    format!(
                        "`{}` is already derived by status_enum!, which derives {derived}; remove it",
                        last.ident,
                    ),
                );
            }
        }
    }
}

/// The IANA statuses a member stands for, or why it stands for none.
fn resolve_member<'r>(member: &Member, registry: &'r Registry) -> syn::Result<Vec<&'r Status>> {
    match member {
        Member::Name(ident) => {
            lookup::iana_by_name(ident, registry, Asker::StatusEnum).map(|status| vec![status])
        }
        Member::Path(path) => resolve_path(path, registry).map(|status| vec![status]),
        Member::Number(lit) if is_class_pattern(lit) => {
            let class = class_digit(lit).ok_or_else(|| {
                syn::Error::new_spanned(
                    lit,
                    format!(
                        "`{lit}` is not a status class; write a class as its first digit and `xx`, from `1xx` to `5xx`"
                    ),
                )
            })?;
            let mut statuses = Vec::new();
            for status in registry.statuses_of(IANA) {
                if status.code / 100 == class && status.state != State::Unused {
                    statuses.push(status);
                }
            }
            Ok(statuses)
        }
        Member::Number(lit)
            if !lit.suffix().is_empty() && !lookup::is_integer_type(lit.suffix()) =>
        {
            Err(syn::Error::new_spanned(
                lit,
                format!(
                    "`{lit}` is neither a status code nor a status class: a code is three digits, such as `404`, and a class is its first digit and `xx`, from `1xx` to `5xx`"
                ),
            ))
        }
        Member::Number(lit) => {
            lookup::iana_by_code(lit, registry, Asker::StatusEnum).map(|status| vec![status])
        }
    }
}

/// The status a path member names: `StatusCode::NotFound` (or `status_core::StatusCode::…`) is
/// accepted; a vendor path is refused with what to use instead.
fn resolve_path<'r>(path: &Path, registry: &'r Registry) -> syn::Result<&'r Status> {
    let segments = lookup::segment_names(path);
    let mut rest: &[String] = &segments;
    if let [first, tail @ ..] = rest
        && first == "status_core"
    {
        rest = tail;
    }
    if let [first, tail @ ..] = rest
        && first == "vendor"
    {
        rest = tail;
    }
    let written = segments.join("::");
    match rest {
        [enum_name, variant] if enum_name == IANA_ENUM => {
            let ident = &path.segments[path.segments.len() - 1].ident;
            registry.find_name(IANA, variant).ok_or_else(|| {
                syn::Error::new_spanned(
                    ident,
                    lookup::unknown_iana_name(variant, registry, Asker::StatusEnum),
                )
            })
        }
        [enum_name, _] if registry.origin_by_enum(enum_name).is_some() => {
            let origin = registry
                .origin_by_enum(enum_name)
                .map_or("", |origin| origin.name.as_str());
            Err(syn::Error::new_spanned(
                path,
                format!(
                    "`{written}` is a status of {origin}, and status_enum! lists IANA statuses only, the variants of `{IANA_ENUM}`: use the enum `status_core::vendor::{enum_name}` itself, or list the code in an application codes file read with `include_codes!`"
                ),
            ))
        }
        _ => Err(syn::Error::new_spanned(
            path,
            format!(
                "`{written}` is not a member status_enum! can read: write a status of `{IANA_ENUM}` by name (`NotFound` or `{IANA_ENUM}::NotFound`), a code (`404`) or a class (`4xx`)"
            ),
        )),
    }
}

/// Whether `lit` is written like a class (`4xx`, `6xx`, `40x`) rather than a code with a
/// type suffix (`404u16`).
pub fn is_class_pattern(lit: &LitInt) -> bool {
    let suffix = lit.suffix();
    !suffix.is_empty() && suffix.chars().all(|c| c == 'x' || c == 'X')
}

/// The digit of a class pattern `4xx`/`4XX`, if `lit` is one.
fn class_digit(lit: &LitInt) -> Option<u16> {
    let digits = lit.base10_digits();
    let suffix = lit.suffix();
    let plain = lit.to_string() == format!("{digits}{suffix}");
    let valid = plain && digits.len() == 1 && (suffix == "xx" || suffix == "XX");
    let digit: u16 = digits.parse().ok()?;
    (valid && (1..=5).contains(&digit)).then_some(digit)
}
