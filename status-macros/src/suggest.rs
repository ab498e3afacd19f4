//! "Did you mean" hints for names and numbers that are not in the registry.

use crate::registry::model::{IANA, Registry, Status};
use crate::registry::validate;

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
    let statuses: Vec<&Status> = registry
        .statuses
        .iter()
        .filter(|status| status.origin == origin_id)
        .collect();
    let wanted = squash(name);
    let by_phrase = statuses.iter().find(|status| {
        squash(&status.reason) == wanted
            || status.aliases.iter().any(|alias| squash(alias) == wanted)
    });
    if let Some(status) = by_phrase {
        return Some(status);
    }
    let mut candidates: Vec<(String, &Status)> = Vec::new();
    for status in &statuses {
        candidates.push((squash(&status.name), status));
        candidates.extend(status.aliases.iter().map(|alias| (squash(alias), *status)));
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
    let mut same_class: Vec<&Status> = registry
        .statuses
        .iter()
        .filter(|status| status.origin == IANA && status.code / 100 == class)
        .collect();
    same_class.sort_by_key(|status| (status.code.abs_diff(code), status.code));
    let names: Vec<String> = same_class
        .iter()
        .take(2)
        .map(|status| format!("{} ({})", status.code, status.reason))
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("; the nearest registered {class}xx code is {one}"),
        [one, two, ..] => format!("; the nearest registered {class}xx codes are {one} and {two}"),
    }
}

/// `; did you mean 404 (Not Found)?` for a number that is not a status code.
pub fn suggestion_for_out_of_range(number: u64, registry: &Registry) -> String {
    let mut shortened = number;
    while shortened > 599 {
        shortened /= 10;
    }
    while shortened > 0 && shortened < 100 {
        shortened *= 10;
    }
    let iana = |code: u64| {
        registry
            .statuses
            .iter()
            .find(|status| status.origin == IANA && u64::from(status.code) == code)
    };
    if let Some(status) = iana(shortened) {
        return format!("; did you mean {} ({})?", status.code, status.reason);
    }
    let nearest = registry
        .statuses
        .iter()
        .filter(|status| status.origin == IANA && status.code >= 200)
        .min_by_key(|status| u64::from(status.code).abs_diff(number));
    nearest.map_or_else(String::new, |status| {
        format!(
            "; the nearest registered code is {} ({})",
            status.code, status.reason
        )
    })
}

/// The vendor meanings of `code`, each as "nginx's `Client Closed Request`
/// (`Nginx::ClientClosedRequest`)".
pub fn vendor_meanings(code: u16, registry: &Registry) -> Vec<String> {
    registry
        .statuses
        .iter()
        .filter(|status| status.code == code && status.origin != IANA)
        .filter_map(|status| {
            let origin = registry
                .origins
                .iter()
                .find(|origin| origin.id == status.origin)?;
            Some(format!(
                "{}'s `{}` (`{}::{}`)",
                origin.name, status.reason, origin.enum_name, status.name
            ))
        })
        .collect()
}

/// The vendor statuses named `name`, each as `Nginx::ClientClosedRequest`.
pub fn vendor_paths(name: &str, registry: &Registry) -> Vec<String> {
    registry
        .statuses
        .iter()
        .filter(|status| status.name == name && status.origin != IANA)
        .filter_map(|status| {
            let origin = registry
                .origins
                .iter()
                .find(|origin| origin.id == status.origin)?;
            Some(format!("`{}::{}`", origin.enum_name, status.name))
        })
        .collect()
}
