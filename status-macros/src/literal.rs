//! Reading a status code written as an integer literal, with the same errors in every macro.

use syn::LitInt;

use crate::registry::model::Registry;
use crate::suggest::suggestion_for_out_of_range;

/// The code `lit` spells, if it is a plain decimal number from 100 to 599, such as `404`.
///
/// # Errors
/// An error at the literal for a suffix (`404u16`), another base or digit separators
/// (`0x194`, `4_04`), or a number that is not a status code (`999`, `4040`), with a hint.
pub fn status_code(lit: &LitInt, registry: &Registry) -> syn::Result<u16> {
    let written = lit.to_string();
    if !lit.suffix().is_empty() {
        let digits = written.trim_end_matches(lit.suffix());
        return Err(syn::Error::new_spanned(
            lit,
            format!("write the status code without a type suffix: `{digits}`"),
        ));
    }
    if written != lit.base10_digits() {
        return Err(syn::Error::new_spanned(
            lit,
            format!(
                "write the status code as plain decimal digits, such as `{}`",
                lit.base10_digits()
            ),
        ));
    }
    let number: Option<u64> = lit.base10_parse().ok();
    if let Some(code @ 100..=599) = number.and_then(|number| u16::try_from(number).ok()) {
        Ok(code)
    } else {
        let hint = number.map_or_else(String::new, |number| {
            suggestion_for_out_of_range(number, registry)
        });
        Err(syn::Error::new_spanned(
            lit,
            format!(
                "`{written}` is not an HTTP status code: a status code has three digits, from 100 to 599{hint}"
            ),
        ))
    }
}
