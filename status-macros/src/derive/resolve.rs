//! Checks a `#[status(...)]` against the registry and turns it into the expression that gives
//! the status.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{Ident, LitInt, Path};

use super::attr::StatusArg;
use crate::registry::model::{Origin, Registry, Status};
use crate::registry::validate;
use crate::suggest::{
    closest_status, nearest_codes, squash, suggest_name, vendor_meanings, vendor_paths,
};

use crate::registry::model::IANA;

/// How an item gets its status.
#[derive(Clone)]
pub enum Resolved {
    /// A status given by a path: `status` is an expression of type `status_core::Status`,
    /// `meaning` one of type `Option<&'static status_core::Meaning>`. Either a registry status
    /// the macro checked, or a path to a value whose `HttpStatus` impl the compiler checks.
    Status {
        status: TokenStream,
        meaning: TokenStream,
    },
    /// `transparent`: the status of the only field.
    Transparent,
}

/// Resolves `arg`, or explains why it names no status.
pub fn resolve(arg: &StatusArg, registry: &Registry) -> syn::Result<Resolved> {
    match arg {
        StatusArg::Transparent(_) => Ok(Resolved::Transparent),
        StatusArg::Code(lit) => by_code(lit, registry),
        StatusArg::Name(ident) => by_name(ident, registry),
        StatusArg::Path(path) => by_path(path, registry),
    }
}

fn by_code(lit: &LitInt, registry: &Registry) -> syn::Result<Resolved> {
    let code = crate::literal::status_code(lit, registry)?;
    if let Some(status) = find(registry, IANA, |status| status.code == code) {
        return checked(lit, status, registry);
    }
    let vendors = vendor_meanings(code, registry);
    let message = if vendors.is_empty() {
        format!(
            "`{code}` is not a registered status code{}",
            nearest_codes(code, registry)
        )
    } else {
        format!(
            "`{code}` is not in the IANA registry; it is {}: name the one you mean, e.g. `#[status({})]`",
            vendors.join(" or "),
            first_vendor_path(code, registry).unwrap_or_default()
        )
    };
    Err(syn::Error::new_spanned(lit, message))
}

fn by_name(ident: &Ident, registry: &Registry) -> syn::Result<Resolved> {
    let name = ident.to_string();
    if let Some(status) = find(registry, IANA, |status| status.name == name) {
        return checked(ident, status, registry);
    }
    let vendor_matches = vendor_paths(&name, registry);
    let hint = if squash(&name) != "transparent"
        && validate::edit_distance(&squash(&name), "transparent") <= 2
    {
        "; did you mean `transparent`?".to_owned()
    } else if squash(&name) == "transparent" {
        "; write `transparent` in lower case".to_owned()
    } else if vendor_matches.is_empty() {
        let is_constant_case = name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if is_constant_case {
            let status = closest_status(&name, registry, IANA).map_or_else(String::new, |status| {
                format!(
                    ", for the status write `{}` ({} {})",
                    status.name, status.code, status.reason
                )
            });
            format!(
                "; a bare name is read as a `StatusCode` variant: for a constant write a path such as `self::{name}`{status}"
            )
        } else {
            suggest_name(&name, registry, IANA)
        }
    } else {
        format!(
            "; it is a vendor status: write {}",
            vendor_matches.join(" or ")
        )
    };
    Err(syn::Error::new_spanned(
        ident,
        format!("`{name}` is not a status of `StatusCode`{hint}"),
    ))
}

fn by_path(path: &Path, registry: &Registry) -> syn::Result<Resolved> {
    let segments: Vec<String> = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    let has_arguments = path
        .segments
        .iter()
        .any(|segment| !segment.arguments.is_empty());
    let mut rest: &[String] = &segments;
    if let [first, tail @ ..] = rest
        && first == "status_core"
    {
        rest = tail;
    }
    let mut through_vendor = false;
    if let [first, tail @ ..] = rest
        && first == "vendor"
    {
        rest = tail;
        through_vendor = true;
    }
    if let [enum_name, variant] = rest {
        let iana = registry.origins.iter().find(|origin| origin.id == IANA);
        if through_vendor && iana.is_some_and(|iana| &iana.enum_name == enum_name) {
            return Err(syn::Error::new_spanned(
                path,
                format!(
                    "`{enum_name}` is not a vendor enum: write `{enum_name}::{variant}`, without `vendor::`"
                ),
            ));
        }
    }
    let known_enum = match rest {
        [enum_name, _] if !has_arguments => registry.origins.iter().find(|origin| {
            &origin.enum_name == enum_name && (!through_vendor || origin.id != IANA)
        }),
        _ => None,
    };
    let Some(origin) = known_enum else {
        // Not one of the registry's enums: a constant, an application's own status enum, …
        // The compiler checks that it implements `HttpStatus`.
        return Ok(Resolved::Status {
            status: quote_spanned! {path.span()=> ::status_core::HttpStatus::status(&#path) },
            meaning: quote_spanned! {path.span()=> ::status_core::HttpStatus::status_meaning(&#path) },
        });
    };
    let variant = &rest[1];
    if let Some(status) = find(registry, &origin.id, |status| &status.name == variant) {
        checked(path, status, registry)
    } else {
        let elsewhere: Vec<String> = registry
            .statuses
            .iter()
            .filter(|status| &status.name == variant)
            .filter_map(|status| {
                let owner = self::origin(registry, &status.origin)?;
                Some(format!("`{}::{}`", owner.enum_name, status.name))
            })
            .collect();
        let hint = if elsewhere.is_empty() {
            suggest_name(variant, registry, &origin.id)
        } else {
            format!("; it is {}", elsewhere.join(" or "))
        };
        Err(syn::Error::new_spanned(
            path,
            format!(
                "`{}` has no status named `{variant}`{hint}",
                origin.enum_name
            ),
        ))
    }
}

/// The expression for a status found in the registry, once it is known to be a final status.
fn checked(tokens: &dyn ToTokens, status: &Status, registry: &Registry) -> syn::Result<Resolved> {
    if status.code < 200 {
        return Err(syn::Error::new_spanned(
            tokens,
            format!(
                "`{} {}` is an informational (1xx) status, an interim response; an error needs a final status, from 200 to 599",
                status.code, status.reason
            ),
        ));
    }
    let origin = origin(registry, &status.origin);
    let variant = Ident::new(&status.name, tokens.to_token_stream().span());
    let path = match origin {
        Some(origin) if origin.id != IANA => {
            let enum_name = Ident::new(&origin.enum_name, variant.span());
            quote!(::status_core::vendor::#enum_name::#variant)
        }
        _ => quote!(::status_core::StatusCode::#variant),
    };
    Ok(Resolved::Status {
        status: quote!(#path.status()),
        meaning: quote!(::core::option::Option::Some(#path.meaning())),
    })
}

fn find<'r>(
    registry: &'r Registry,
    origin: &str,
    matches: impl Fn(&Status) -> bool,
) -> Option<&'r Status> {
    registry
        .statuses
        .iter()
        .find(|status| status.origin == origin && matches(status))
}

fn origin<'r>(registry: &'r Registry, id: &str) -> Option<&'r Origin> {
    registry.origins.iter().find(|origin| origin.id == id)
}

/// `Nginx::ClientClosedRequest` for the first vendor that registers `code`.
fn first_vendor_path(code: u16, registry: &Registry) -> Option<String> {
    let status = registry
        .statuses
        .iter()
        .find(|status| status.code == code)?;
    let origin = origin(registry, &status.origin)?;
    Some(format!("{}::{}", origin.enum_name, status.name))
}
