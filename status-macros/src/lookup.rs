//! Finding a status by code or by name, with one wording and one set of hints for every
//! macro: the derive and `status_enum!` ask the same questions and get the same answers.

use syn::{Ident, LitInt};

use crate::registry::model::{IANA, IANA_ENUM, Registry, Status};
use crate::registry::validate;

/// The macro asking, for the advice that differs between them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Asker {
    /// `#[derive(HttpStatus)]`, which takes vendor statuses by path.
    Derive,
    /// `status_enum!`, which lists IANA statuses only.
    StatusEnum,
}

impl Asker {
    /// What to write for a status that only vendors define, given its paths.
    fn vendor_advice(self, paths: &[String]) -> String {
        match (self, paths) {
            (Asker::Derive, [only]) => format!(": write `#[status({only})]`"),
            (Asker::Derive, [first, ..]) => {
                format!(": name the one you mean, e.g. `#[status({first})]`")
            }
            _ => ", and status_enum! lists IANA statuses only: use the vendor enum itself, or list the code in an application codes file read with `include_codes!`".to_owned(),
        }
    }
}

/// The code `lit` spells, if it is a plain decimal number from 100 to 599, such as `404`.
///
/// # Errors
/// An error at the literal for a type suffix (`404u16`), another suffix (`4yy`), another base
/// or digit separators (`0x194`, `4_04`), or a number that is not a status code (`999`,
/// `4040`), with a hint.
pub fn code_literal(lit: &LitInt, registry: &Registry) -> syn::Result<u16> {
    let written = lit.to_string();
    let suffix = lit.suffix();
    if !suffix.is_empty() {
        let digits = written.trim_end_matches(suffix);
        let message = if is_integer_type(suffix) {
            format!("write the status code without a type suffix: `{digits}`")
        } else {
            format!(
                "`{written}` is not a status code: a status code is three digits, such as `404`"
            )
        };
        return Err(syn::Error::new_spanned(lit, message));
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
        let hint = number.map_or_else(String::new, |number| out_of_range_hint(number, registry));
        Err(syn::Error::new_spanned(
            lit,
            format!(
                "`{written}` is not an HTTP status code: a status code is a number from 100 to 599{hint}"
            ),
        ))
    }
}

/// Whether `suffix` is one of Rust's integer types, as in `404u16`.
pub fn is_integer_type(suffix: &str) -> bool {
    [
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    ]
    .contains(&suffix)
}

/// The IANA status with the code `lit` spells.
///
/// # Errors
/// At the literal, when it is not a status code or IANA does not register it, with the
/// vendor statuses of that code or the nearest registered ones.
pub fn iana_by_code<'r>(
    lit: &LitInt,
    registry: &'r Registry,
    asker: Asker,
) -> syn::Result<&'r Status> {
    let code = code_literal(lit, registry)?;
    if let Some(status) = registry.find_code(IANA, code) {
        return Ok(status);
    }
    let vendors: Vec<&Status> = registry
        .vendor_statuses()
        .filter(|status| status.code == code)
        .collect();
    let message = if vendors.is_empty() {
        format!(
            "`{code}` is not in the IANA registry{}; an application's own code belongs in a codes file read with `include_codes!`",
            nearest_codes(code, registry)
        )
    } else {
        let meanings: Vec<String> = vendors
            .iter()
            .map(|status| describe_vendor(status, registry))
            .collect();
        let paths: Vec<String> = vendors
            .iter()
            .map(|status| registry.rust_path(status))
            .collect();
        format!(
            "`{code}` is not in the IANA registry; it is {}{}",
            meanings.join(" or "),
            asker.vendor_advice(&paths)
        )
    };
    Err(syn::Error::new_spanned(lit, message))
}

/// The IANA status whose variant is `ident`.
///
/// # Errors
/// At the name, when `StatusCode` has no such variant, with the vendor statuses of that name
/// or the closest IANA name.
pub fn iana_by_name<'r>(
    ident: &Ident,
    registry: &'r Registry,
    asker: Asker,
) -> syn::Result<&'r Status> {
    let name = ident.to_string();
    registry
        .find_name(IANA, &name)
        .ok_or_else(|| syn::Error::new_spanned(ident, unknown_iana_name(&name, registry, asker)))
}

/// Why `name` is not a variant of `StatusCode`: "`X` is not a status of `StatusCode`" with the
/// vendor statuses of that name, or the closest IANA name.
pub fn unknown_iana_name(name: &str, registry: &Registry, asker: Asker) -> String {
    let vendors: Vec<String> = registry
        .named(name)
        .filter(|status| status.origin != IANA)
        .map(|status| registry.rust_path(status))
        .collect();
    let hint = if vendors.is_empty() {
        suggest_name(name, registry, IANA)
    } else {
        let quoted: Vec<String> = vendors.iter().map(|path| format!("`{path}`")).collect();
        format!(
            "; it is the vendor status {}{}",
            quoted.join(" or "),
            asker.vendor_advice(&vendors)
        )
    };
    format!("`{name}` is not a status of `{IANA_ENUM}`{hint}")
}

/// nginx's `Client Closed Request` (`Nginx::ClientClosedRequest`).
fn describe_vendor(status: &Status, registry: &Registry) -> String {
    let owner = registry
        .owner(status)
        .map_or(status.origin.as_str(), |origin| origin.name.as_str());
    format!(
        "{owner}'s `{}` (`{}`)",
        status.reason,
        registry.rust_path(status)
    )
}

/// The candidate a misspelt `word` most likely meant: the closest by edit distance, or else
/// the one it begins with or that begins with it (`actix` for `actix_web`). The one way the
/// macros guess, for every "did you mean".
pub fn closest_word<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let candidates: Vec<&'c str> = candidates.into_iter().collect();
    validate::closest(word, candidates.iter().copied()).or_else(|| {
        let word = word.to_ascii_lowercase();
        candidates.into_iter().find(|candidate| {
            let candidate = candidate.to_ascii_lowercase();
            !word.is_empty() && (candidate.starts_with(&word) || word.starts_with(&candidate))
        })
    })
}

/// `` did you mean `axum`? `` for a misspelt `word`, as [`closest_word`] guesses it.
pub fn did_you_mean<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<String> {
    closest_word(word, candidates).map(|close| format!("did you mean `{close}`?"))
}

/// A path as the registry's enums are reached, without what may lead to them: the segments
/// after `status_core::` and `vendor::`, and whether `vendor::` was written. The one reading
/// of `status_core::vendor::Nginx::ClientClosedRequest`, `vendor::Nginx::…` and `Nginx::…`.
pub fn strip_prefixes(segments: &[String]) -> (&[String], bool) {
    let mut rest = segments;
    if let [first, tail @ ..] = rest
        && first == "status_core"
    {
        rest = tail;
    }
    match rest {
        [first, tail @ ..] if first == "vendor" => (tail, true),
        _ => (rest, false),
    }
}

/// Whether `text` is a header field name: an HTTP token (RFC 9110 §5.1, §5.6.2), letters,
/// digits and ``!#$%&'*+-.^_`|~``.
pub fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
}

/// Lower case with everything but letters and digits removed: `Payload Too Large` and
/// `PayloadTooLarge` both give `payloadtoolarge`.
pub fn squash(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// `; did you mean …?` for a name not found in `origin_id`'s enum, matching the variant names,
/// the reason phrases and the former phrases.
pub fn suggest_name(name: &str, registry: &Registry, origin_id: &str) -> String {
    closest_status(name, registry, origin_id).map_or_else(String::new, |status| {
        format!(
            "; did you mean `{}` ({} {})?",
            status.name, status.code, status.reason
        )
    })
}

/// The status of `origin_id` whose name, reason phrase or former phrase is closest to `name`,
/// if one is close enough to be a likely typo.
pub fn closest_status<'r>(
    name: &str,
    registry: &'r Registry,
    origin_id: &str,
) -> Option<&'r Status> {
    let wanted = squash(name);
    let by_phrase = registry.statuses_of(origin_id).find(|status| {
        squash(&status.reason) == wanted
            || status.aliases.iter().any(|alias| squash(alias) == wanted)
    });
    if let Some(status) = by_phrase {
        return Some(status);
    }
    let mut candidates: Vec<(String, &Status)> = Vec::new();
    for status in registry.statuses_of(origin_id) {
        candidates.push((squash(&status.name), status));
        candidates.extend(status.aliases.iter().map(|alias| (squash(alias), status)));
    }
    let closest = validate::closest(&wanted, candidates.iter().map(|(text, _)| text.as_str()))
        .or_else(|| {
            candidates
                .iter()
                .map(|(text, _)| text.as_str())
                .find(|text| {
                    !wanted.is_empty() && (text.starts_with(&wanted) || text.ends_with(&wanted))
                })
        })?;
    candidates
        .iter()
        .find(|(candidate, _)| candidate == closest)
        .map(|(_, status)| *status)
}

/// `; the nearest registered 4xx codes are …` for a valid but unregistered code: the two
/// IANA codes of its class closest to it.
pub fn nearest_codes(code: u16, registry: &Registry) -> String {
    let class = code / 100;
    let nearest = |skip: Option<u16>| {
        registry
            .statuses_of(IANA)
            .filter(|status| status.code / 100 == class && Some(status.code) != skip)
            .min_by_key(|status| (status.code.abs_diff(code), status.code))
    };
    let first = nearest(None);
    let second = first.and_then(|first| nearest(Some(first.code)));
    let names: Vec<String> = [first, second]
        .into_iter()
        .flatten()
        .map(|status| format!("{} ({})", status.code, status.reason))
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("; the nearest registered {class}xx code is {one}"),
        [one, two, ..] => format!("; the nearest registered {class}xx codes are {one} and {two}"),
    }
}

/// `; did you mean 404 (Not Found)?` for a number that is not a status code.
fn out_of_range_hint(number: u64, registry: &Registry) -> String {
    let mut shortened = number;
    while shortened > 599 {
        shortened /= 10;
    }
    while shortened > 0 && shortened < 100 {
        shortened *= 10;
    }
    let exact = u16::try_from(shortened)
        .ok()
        .and_then(|code| registry.find_code(IANA, code));
    if let Some(status) = exact {
        return format!("; did you mean {} ({})?", status.code, status.reason);
    }
    let nearest = registry
        .statuses_of(IANA)
        .filter(|status| status.code >= 200)
        .min_by_key(|status| u64::from(status.code).abs_diff(number));
    nearest.map_or_else(String::new, |status| {
        format!(
            "; the nearest registered code is {} ({})",
            status.code, status.reason
        )
    })
}
