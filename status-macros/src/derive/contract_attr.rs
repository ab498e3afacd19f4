//! Parsing `#[contract(...)]`: the status contract the type is bound to.
//!
//! ```text
//! #[contract(ApiStatus)]              every status of the type is a member of `ApiStatus`
//! #[contract(ApiStatus, AcmeStatus)]  … of `ApiStatus` or of `AcmeStatus` (IANA and
//!                                     application codes: `include_codes!`)
//! #[contract(crate::api::Status)]     any path to a type that implements `StatusContract`
//! ```
//!
//! The contract is a type the macro cannot see into (a `status_enum!` or `include_codes!`
//! enum, or another type that derives `HttpStatus`), so membership is checked by the
//! compiler: `expand` writes one constant per variant that fails to evaluate when the
//! variant's status is not a member.

use syn::parse::Parser as _;
use syn::punctuated::Punctuated;
use syn::{Attribute, Generics, Path, Token};

use crate::errors::Errors;

/// The types of the contract named by the type's `#[contract(...)]`, if it has one that
/// parses.
pub fn contract(
    attrs: &[Attribute],
    generics: &Generics,
    errors: &mut Errors,
) -> Option<Vec<Path>> {
    let mut found: Option<(&Attribute, Vec<Path>)> = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("contract")) {
        if let Some((first, _)) = &found {
            errors.spanned(
                attr,
                "duplicate #[contract(...)] attribute; a type has one contract: name all its types in one, such as `#[contract(ApiStatus, AcmeStatus)]`",
            );
            errors.spanned(first, "first #[contract(...)] is here");
            continue;
        }
        let syn::Meta::List(list) = &attr.meta else {
            errors.spanned(
                attr,
                "expected the contract in parentheses, such as `#[contract(ApiStatus)]`, naming an enum declared with `status_enum!`",
            );
            continue;
        };
        let paths = match Punctuated::<Path, Token![,]>::parse_terminated
            .parse2(list.tokens.clone())
        {
            Ok(paths) if !paths.is_empty() => paths,
            Ok(_) => {
                errors.spanned(
                    attr,
                    "empty #[contract()]; name the contract, such as `#[contract(ApiStatus)]`",
                );
                continue;
            }
            Err(error) => {
                errors.at(
                    error.span(),
                    format!(
                        "{error}; #[contract(...)] takes paths to status enums, separated by commas, such as `#[contract(ApiStatus)]`"
                    ),
                );
                continue;
            }
        };
        let mut valid = Vec::new();
        for path in paths {
            if let Some(param) = generic_param(&path, generics) {
                errors.spanned(
                    &path,
                    format!(
                        "#[contract(...)] names the type parameter `{param}`; a contract is made of concrete types, such as an enum declared with `status_enum!`"
                    ),
                );
            } else {
                valid.push(path);
            }
        }
        let path = valid;
        found = Some((attr, path));
    }
    found.map(|(_, path)| path)
}

/// The generic parameter of `generics` that `path` is, or starts with.
fn generic_param(path: &Path, generics: &Generics) -> Option<String> {
    let first = path.segments.first()?;
    generics
        .type_params()
        .find(|param| param.ident == first.ident)
        .map(|param| param.ident.to_string())
}

/// Reports every `#[contract(...)]` on a variant or a field: a contract binds the whole type.
pub fn reject_elsewhere(attrs: &[Attribute], errors: &mut Errors) {
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("contract")) {
        errors.spanned(
            attr,
            "#[contract(...)] goes on the enum or the struct: a contract binds every status of the type",
        );
    }
}
