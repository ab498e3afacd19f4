//! Comma-separated lists, read into a `Vec`: what `Punctuated::parse_terminated` reads, without
//! the `Punctuated` machinery each element type would instantiate in this crate.

use syn::Token;
use syn::parse::{Parse, ParseStream};

/// The `T`s of `input`, separated by commas, with an optional trailing comma: the same input
/// and the same errors as `Punctuated::<T, Token![,]>::parse_terminated`.
///
/// # Errors
/// The first element that does not parse, or a missing comma between two elements.
pub fn terminated<T: Parse>(input: ParseStream<'_>) -> syn::Result<Vec<T>> {
    let mut items = Vec::new();
    while !input.is_empty() {
        items.push(input.parse()?);
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(items)
}
