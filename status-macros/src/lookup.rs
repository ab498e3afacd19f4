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
    let mut vendors: Vec<&Status> = Vec::new();
    for status in registry.vendor_statuses() {
        if status.code == code {
            vendors.push(status);
        }
    }
    let message = if vendors.is_empty() {
        format!(
            "`{code}` is not in the IANA registry{}; an application's own code belongs in a codes file read with `include_codes!`",
            nearest_codes(code, registry)
        )
    } else {
        let mut meanings: Vec<String> = Vec::with_capacity(vendors.len());
        let mut paths: Vec<String> = Vec::with_capacity(vendors.len());
        for status in &vendors {
            meanings.push(describe_vendor(status, registry));
            paths.push(registry.rust_path(status));
        }
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
    let mut vendors: Vec<String> = Vec::new();
    for status in registry.named(name) {
        if status.origin != IANA {
            vendors.push(registry.rust_path(status));
        }
    }
    let hint = if vendors.is_empty() {
        suggest_name(name, registry, IANA)
    } else {
        let mut quoted: Vec<String> = Vec::with_capacity(vendors.len());
        for path in &vendors {
            quoted.push(format!("`{path}`"));
        }
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
pub fn closest_word<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    if let Some(close) = validate::closest(word, candidates) {
        return Some(close);
    }
    let word = word.to_ascii_lowercase();
    if word.is_empty() {
        return None;
    }
    for candidate in candidates {
        let lower = candidate.to_ascii_lowercase();
        if lower.starts_with(&word) || word.starts_with(&lower) {
            return Some(candidate);
        }
    }
    None
}

/// `` did you mean `axum`? `` for a misspelt `word`, as [`closest_word`] guesses it.
pub fn did_you_mean(word: &str, candidates: &[&str]) -> Option<String> {
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

/// The names of `path`'s segments, as written: `["StatusCode", "NotFound"]`.
pub fn segment_names(path: &syn::Path) -> Vec<String> {
    let mut names = Vec::with_capacity(path.segments.len());
    for segment in &path.segments {
        names.push(segment.ident.to_string());
    }
    names
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
    let mut squashed = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            squashed.push(c.to_ascii_lowercase());
        }
    }
    squashed
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
    let statuses = registry.statuses_of(origin_id);
    for status in &statuses {
        if squash(&status.reason) == wanted {
            return Some(status);
        }
        for alias in &status.aliases {
            if squash(alias) == wanted {
                return Some(status);
            }
        }
    }
    let mut texts: Vec<String> = Vec::new();
    let mut owners: Vec<&Status> = Vec::new();
    for status in statuses {
        texts.push(squash(&status.name));
        owners.push(status);
        for alias in &status.aliases {
            texts.push(squash(alias));
            owners.push(status);
        }
    }
    let mut candidates: Vec<&str> = Vec::with_capacity(texts.len());
    for text in &texts {
        candidates.push(text);
    }
    let closest = match validate::closest(&wanted, &candidates) {
        Some(closest) => closest,
        None if wanted.is_empty() => return None,
        None => {
            let mut found = None;
            for text in &candidates {
                if text.starts_with(&wanted) || text.ends_with(&wanted) {
                    found = Some(*text);
                    break;
                }
            }
            found?
        }
    };
    let index = candidates
        .iter()
        .position(|candidate| *candidate == closest)?;
    Some(owners[index])
}

/// `; the nearest registered 4xx codes are …` for a valid but unregistered code: the two
/// IANA codes of its class closest to it.
pub fn nearest_codes(code: u16, registry: &Registry) -> String {
    let class = code / 100;
    let statuses = registry.statuses_of(IANA);
    let first = nearest_in_class(&statuses, code, None);
    let second = first.and_then(|first| nearest_in_class(&statuses, code, Some(first.code)));
    let name = |status: &Status| format!("{} ({})", status.code, status.reason);
    match (first, second) {
        (None, _) => String::new(),
        (Some(one), None) => format!("; the nearest registered {class}xx code is {}", name(one)),
        (Some(one), Some(two)) => format!(
            "; the nearest registered {class}xx codes are {} and {}",
            name(one),
            name(two)
        ),
    }
}

/// Among `statuses`, the first of those of `code`'s class (other than `skip`) closest to
/// `code`, the lower code first when two are as close.
fn nearest_in_class<'r>(
    statuses: &[&'r Status],
    code: u16,
    skip: Option<u16>,
) -> Option<&'r Status> {
    let mut best: Option<((u16, u16), &Status)> = None;
    for status in statuses {
        if status.code / 100 != code / 100 || Some(status.code) == skip {
            continue;
        }
        let key = (status.code.abs_diff(code), status.code);
        match best {
            Some((best_key, _)) if best_key <= key => {}
            _ => best = Some((key, status)),
        }
    }
    best.map(|(_, status)| status)
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
    let mut nearest: Option<(u64, &Status)> = None;
    for status in registry.statuses_of(IANA) {
        if status.code < 200 {
            continue;
        }
        let distance = u64::from(status.code).abs_diff(number);
        match nearest {
            Some((best, _)) if best <= distance => {}
            _ => nearest = Some((distance, status)),
        }
    }
    match nearest {
        Some((_, status)) => format!(
            "; the nearest registered code is {} ({})",
            status.code, status.reason
        ),
        None => String::new(),
    }
}
