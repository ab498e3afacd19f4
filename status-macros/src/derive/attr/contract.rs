//! The syntax of `#[contract(...)]`: the status contract the type is bound to.
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
//! compiler: the expansion writes one constant per variant that fails to evaluate when the
//! variant's status is not a member.

use syn::parse::Parser as _;
use syn::{Attribute, Generics, Path};

use crate::errors::Errors;

/// The types of the contract named by one `#[contract(...)]` (on the type), if it parses;
/// a type parameter among them is reported and left out.
pub fn parse(attr: &Attribute, generics: &Generics, errors: &mut Errors) -> Option<Vec<Path>> {
    let syn::Meta::List(list) = &attr.meta else {
        errors.spanned(
            attr,
            "expected the contract in parentheses, such as `#[contract(ApiStatus)]`, naming an enum declared with `status_enum!`",
        );
        return None;
    };
    let paths = match crate::comma::terminated::<Path>.parse2(list.tokens.clone()) {
        Ok(paths) if !paths.is_empty() => paths,
        Ok(_) => {
            errors.spanned(
                attr,
                "empty #[contract()]; name the contract, such as `#[contract(ApiStatus)]`",
            );
            return None;
        }
        Err(error) => {
            errors.at(
                error.span(),
                format!(
                    "{error}; #[contract(...)] takes paths to status enums, separated by commas, such as `#[contract(ApiStatus)]`"
                ),
            );
            return None;
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
    Some(valid)
}

/// The generic parameter of `generics` that `path` is, or starts with.
fn generic_param(path: &Path, generics: &Generics) -> Option<String> {
    let first = path.segments.first()?;
    generics
        .type_params()
        .find(|param| param.ident == first.ident)
        .map(|param| param.ident.to_string())
}
