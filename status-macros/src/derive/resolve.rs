//! Checks a `#[status(...)]` against the registry and says where the item's status comes
//! from, as data: only `expand` writes tokens.

use proc_macro2::Span;
use quote::ToTokens;
use syn::spanned::Spanned as _;
use syn::{Ident, LitInt, Path};

use super::attr::StatusArg;
use crate::lookup::{self, Asker, closest_status, squash, suggest_name};
use crate::registry::model::{IANA, IANA_ENUM, Registry, Status};

/// Where an item's status comes from.
#[derive(Clone, Copy)]
pub enum Resolved<'a, 'r> {
    /// A status of the project's registry, checked by the macro; `span` is where it was
    /// written.
    Registered { status: &'r Status, span: Span },
    /// A path to a value whose `HttpStatus` impl the compiler checks: a constant, an
    /// application's own status enum, …
    Value(&'a Path),
    /// `transparent`: the status of the only field.
    Transparent,
}

/// Resolves `arg`, or explains why it names no status.
pub fn resolve<'a, 'r>(
    arg: &'a StatusArg,
    registry: &'r Registry,
) -> syn::Result<Resolved<'a, 'r>> {
    match arg {
        StatusArg::Transparent(_) => Ok(Resolved::Transparent),
        StatusArg::Code(lit) => by_code(lit, registry),
        StatusArg::Name(ident) => by_name(ident, registry),
        StatusArg::Path(path) => by_path(path, registry),
    }
}

fn by_code<'a, 'r>(lit: &LitInt, registry: &'r Registry) -> syn::Result<Resolved<'a, 'r>> {
    let status = lookup::iana_by_code(lit, registry, Asker::Derive)?;
    checked(lit, status)
}

fn by_name<'a, 'r>(ident: &Ident, registry: &'r Registry) -> syn::Result<Resolved<'a, 'r>> {
    let name = ident.to_string();
    if let Some(status) = registry.find_name(IANA, &name) {
        return checked(ident, status);
    }
    let mut is_vendor_name = false;
    for status in registry.vendor_statuses() {
        is_vendor_name |= status.name == name;
    }
    let message = if squash(&name) != "transparent"
        && lookup::closest_word(&squash(&name), &["transparent"]).is_some()
    {
        format!("`{name}` is not a status of `{IANA_ENUM}`; did you mean `transparent`?")
    } else if squash(&name) == "transparent" {
        format!("`{name}` is not a status of `{IANA_ENUM}`; write `transparent` in lower case")
    } else if !is_vendor_name
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    {
        let status = closest_status(&name, registry, IANA).map_or_else(String::new, |status| {
            format!(
                ", for the status write `{}` ({} {})",
                status.name, status.code, status.reason
            )
        });
        format!(
            "`{name}` is not a status of `{IANA_ENUM}`; a bare name is read as a `{IANA_ENUM}` variant: for a constant write a path such as `self::{name}`{status}"
        )
    } else {
        lookup::unknown_iana_name(&name, registry, Asker::Derive)
    };
    Err(syn::Error::new_spanned(ident, message))
}

fn by_path<'a, 'r>(path: &'a Path, registry: &'r Registry) -> syn::Result<Resolved<'a, 'r>> {
    let segments = lookup::segment_names(path);
    let has_arguments = path
        .segments
        .iter()
        .any(|segment| !segment.arguments.is_empty());
    let (rest, through_vendor) = lookup::strip_prefixes(&segments);
    if let [enum_name, variant] = rest
        && through_vendor
        && enum_name == IANA_ENUM
    {
        return Err(syn::Error::new_spanned(
            path,
            format!(
                "`{enum_name}` is not a vendor enum: write `{enum_name}::{variant}`, without `vendor::`"
            ),
        ));
    }
    let known_enum = match rest {
        [enum_name, _] if !has_arguments => registry
            .origin_by_enum(enum_name)
            .filter(|origin| !through_vendor || origin.id != IANA),
        _ => None,
    };
    let Some(origin) = known_enum else {
        // Not one of the registry's enums: a constant, an application's own status enum, …
        // The compiler checks that it implements `HttpStatus`.
        return Ok(Resolved::Value(path));
    };
    let variant = &rest[1];
    if let Some(status) = registry.find_name(&origin.id, variant) {
        return checked(path, status);
    }
    let mut elsewhere: Vec<String> = Vec::new();
    for status in registry.named(variant) {
        elsewhere.push(format!("`{}`", registry.rust_path(status)));
    }
    let hint = if elsewhere.is_empty() {
        suggest_name(variant, registry, &origin.id)
    } else {
        format!("; it is {}", elsewhere.join(" or "))
    };
    // An application's own enum may share a name with one of the registry's enums
    // (`Google`): a longer path reaches it.
    let own_enum = if hint.is_empty() {
        format!(
            "; if `{0}` is your own status enum (from `include_codes!`), it shares its name with a vendor enum of the registry: reach yours through a longer path, such as `crate::codes::{0}::{variant}` or `self::{0}::{variant}`",
            origin.enum_name
        )
    } else {
        String::new()
    };
    Err(syn::Error::new_spanned(
        path,
        format!(
            "`{}` has no status named `{variant}`{hint}{own_enum}",
            origin.enum_name
        ),
    ))
}

/// A status found in the registry, once it is known to be a final status.
fn checked<'a, 'r>(tokens: &dyn ToTokens, status: &'r Status) -> syn::Result<Resolved<'a, 'r>> {
    if status.code < 200 {
        return Err(syn::Error::new_spanned(
            tokens,
            format!(
                "`{} {}` is an informational (1xx) status, an interim response; an error needs a final status, from 200 to 599",
                status.code, status.reason
            ),
        ));
    }
    Ok(Resolved::Registered {
        status,
        span: tokens.to_token_stream().span(),
    })
}
