//! The syntax of `#[problem(...)]`: what a problem details response (RFC 9457) says.
//!
//! ```text
//! #[problem(type = "https://…", expose | withhold)]      on the enum, a variant or a struct
//! #[problem(skip_decode)]                                on a variant (`#[respond(decode)]`)
//! #[problem(extension)], #[problem(extension = "name")]  on a field
//! #[problem(detail)]                                     on a field (`#[respond(decode)]`)
//! ```

use quote::ToTokens;
use syn::{Attribute, Ident, LitStr, Token};

use super::place::{self, Place, ProblemKey};

/// Whether a client may see the message of an error as the problem's `detail`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Exposure {
    Expose,
    Withhold,
}

/// What the `#[problem(...)]` attributes of one place say.
#[derive(Default)]
pub struct ProblemAttr {
    pub type_uri: Option<LitStr>,
    pub exposure: Option<Exposure>,
    /// On a field: the name of the extension member the field is.
    pub extension: Option<String>,
    /// On a field: the `detail` key, when the field receives the problem's `detail`.
    pub detail: Option<Ident>,
    /// On a variant: the `skip_decode` key, when decoding never rebuilds it.
    pub skip_decode: Option<Ident>,
}

impl ProblemAttr {
    /// Whether an item's `#[problem(...)]` says anything.
    pub fn is_empty(&self) -> bool {
        self.type_uri.is_none()
            && self.exposure.is_none()
            && self.extension.is_none()
            && self.detail.is_none()
    }
}

/// Parses one `#[problem(...)]` written at `place` into `into`; `field` is the field's name,
/// when it is on a named field.
pub fn parse(
    attr: &Attribute,
    place: Place,
    field: Option<&Ident>,
    into: &mut ProblemAttr,
) -> syn::Result<()> {
    attr.parse_nested_meta(|meta| {
        let written = meta.path.to_token_stream().to_string();
        let key = match meta.path.get_ident().map(ToString::to_string).as_deref() {
            Some("type") => ProblemKey::Type,
            Some("expose") => ProblemKey::Expose,
            Some("withhold") => ProblemKey::Withhold,
            Some("extension") => ProblemKey::Extension,
            Some("detail") => ProblemKey::Detail,
            Some("skip_decode") => ProblemKey::SkipDecode,
            _ if place.is_item() => {
                return Err(meta.error(format!(
                    "unknown key `{written}` in #[problem(...)]; it takes `type = \"…\"`, `expose`, `withhold` or, on a variant, `skip_decode`"
                )));
            }
            _ => {
                return Err(meta.error(format!(
                    "on a field, #[problem(...)] takes `extension`, `extension = \"name\"` or `detail`, not `{written}`"
                )));
            }
        };
        place::check_problem(place, key, &written).map_err(|message| meta.error(message))?;
        match key {
            ProblemKey::Type => {
                let uri: LitStr = meta.value()?.parse()?;
                if uri.value().trim().is_empty() || uri.value().contains(char::is_whitespace) {
                    return Err(syn::Error::new_spanned(
                        &uri,
                        "a problem type is a URI without spaces, such as `\"https://example.com/problems/out-of-credit\"`",
                    ));
                }
                into.type_uri = Some(uri);
            }
            ProblemKey::Expose | ProblemKey::Withhold => {
                if into.exposure.is_some() {
                    return Err(meta.error("`expose` and `withhold` are exclusive; keep one"));
                }
                into.exposure = Some(if key == ProblemKey::Expose {
                    Exposure::Expose
                } else {
                    Exposure::Withhold
                });
            }
            ProblemKey::Extension => {
                let name = if meta.input.peek(Token![=]) {
                    let name: LitStr = meta.value()?.parse()?;
                    name.value()
                } else if let Some(ident) = field {
                    syn::ext::IdentExt::unraw(ident).to_string()
                } else {
                    return Err(meta.error(
                        "a tuple field has no name to give its member: write `#[problem(extension = \"name\")]`",
                    ));
                };
                into.extension = Some(name);
            }
            ProblemKey::Detail | ProblemKey::SkipDecode => {
                let word = meta.path.get_ident().cloned().ok_or_else(|| meta.error("expected a key"))?;
                let slot = if key == ProblemKey::Detail {
                    &mut into.detail
                } else {
                    &mut into.skip_decode
                };
                if slot.is_some() {
                    return Err(meta.error(format!("duplicate `{word}`; write it once")));
                }
                *slot = Some(word);
            }
        }
        Ok(())
    })
}
