//! The search of the tables: whether a contract has a status, the first status of a row
//! outside it, and the member a user would map it to instead.

use super::{Code, Declarer, Entry, Read};
use crate::Meaning;
// An import, not a path in the code: when the registry has errors and `REGISTRY` is not
// generated, rustc reports the registry's errors alone, not this name too.
use crate::REGISTRY;
use crate::rules::eq;

/// What the contract's table holds about one status: whether it has it (same code, same
/// origin), or the code under another origin.
pub(super) struct Search {
    pub(super) found: bool,
    /// An origin whose status has the wanted code, when no member is the status itself.
    pub(super) other_origin: Option<&'static str>,
}

/// Whether `contract` states all its statuses at compile time.
pub(super) const fn readable(contract: &[Entry]) -> bool {
    let mut index = 0;
    while index < contract.len() {
        match contract[index].read() {
            Read::Status(..) => {}
            Read::Inner(entries) => {
                if !readable(entries) {
                    return false;
                }
            }
            Read::Opaque(..) | Read::Unstated => return false,
        }
        index += 1;
    }
    true
}

/// What `contract` holds about `wanted`.
pub(super) const fn search(contract: &[Entry], wanted: &Code) -> Search {
    search_in(
        contract,
        wanted,
        Search {
            found: false,
            other_origin: None,
        },
    )
}

/// [`search`], adding what `contract` holds to what `into` found so far.
const fn search_in(contract: &[Entry], wanted: &Code, mut into: Search) -> Search {
    let mut index = 0;
    while index < contract.len() {
        match contract[index].read() {
            Read::Status(member, _) => {
                if member.number == wanted.number {
                    if eq(member.origin, wanted.origin) {
                        into.found = true;
                    } else {
                        into.other_origin = Some(member.origin);
                    }
                }
            }
            Read::Inner(entries) => into = search_in(entries, wanted, into),
            Read::Opaque(..) | Read::Unstated => {}
        }
        index += 1;
    }
    into
}

/// What is outside the contract in a checked row.
#[derive(Clone, Copy)]
pub(super) struct Outside {
    /// The transparent entry of the row it was found under, if any: its declarer and its
    /// field's type as written.
    pub(super) through: Option<(Declarer, &'static str)>,
    pub(super) leaf: Leaf,
}

/// The status, or what cannot be read, found outside the contract.
#[derive(Clone, Copy)]
pub(super) enum Leaf {
    Status(Code, Declarer),
    Opaque(Declarer, &'static str),
    Unstated,
}

/// The first status of `entries` (descending into transparent ones) that is not in
/// `contract`, or that cannot be read; `through` is the transparent entry of the checked row
/// that the search is under.
pub(super) const fn find_outside(
    contract: &[Entry],
    entries: &[Entry],
    through: Option<(Declarer, &'static str)>,
) -> Option<Outside> {
    let mut index = 0;
    while index < entries.len() {
        let leaf = match entries[index].read() {
            Read::Status(code, declarer) => {
                if search(contract, &code).found {
                    None
                } else {
                    Some(Leaf::Status(code, declarer))
                }
            }
            Read::Opaque(declarer, path) => Some(Leaf::Opaque(declarer, path)),
            Read::Unstated => Some(Leaf::Unstated),
            Read::Inner(inner) => {
                let under = match (through, entries[index]) {
                    (Some(through), _) => Some(through),
                    (None, Entry::Inner(declarer, field_type, ..)) => Some((declarer, field_type)),
                    (None, _) => None,
                };
                if let Some(outside) = find_outside(contract, inner, under) {
                    return Some(outside);
                }
                None
            }
        };
        if let Some(leaf) = leaf {
            return Some(Outside { through, leaf });
        }
        index += 1;
    }
    None
}

/// Whether a status entry before `end` in `entries` has `code`.
pub(super) const fn appears_before(entries: &[Entry], end: usize, code: u16) -> bool {
    let mut index = 0;
    while index < end {
        if let Read::Status(member, _) = entries[index].read()
            && member.number == code
        {
            return true;
        }
        index += 1;
    }
    false
}

/// The member a user would map `wanted` to instead: of the same class if there is one, then
/// one whose meaning the registry relates to `wanted`'s (see [`related`]), then the closest
/// number (the lower one on a tie). 410 Gone is nearest 404 Not Found, not 413.
pub(super) const fn nearest(contract: &[Entry], wanted: &Code, best: Option<Code>) -> Option<Code> {
    let mut best = best;
    let mut index = 0;
    while index < contract.len() {
        match contract[index].read() {
            Read::Status(member, _) => {
                best = match best {
                    None => Some(member),
                    Some(current) if closer(&member, &current, wanted) => Some(member),
                    keep => keep,
                };
            }
            Read::Inner(entries) => best = nearest(entries, wanted, best),
            Read::Opaque(..) | Read::Unstated => {}
        }
        index += 1;
    }
    best
}

/// Whether `candidate` is nearer `wanted` than `current`.
const fn closer(candidate: &Code, current: &Code, wanted: &Code) -> bool {
    let code = wanted.number;
    let (candidate_class, current_class) = (
        candidate.number / 100 == code / 100,
        current.number / 100 == code / 100,
    );
    if candidate_class != current_class {
        return candidate_class;
    }
    let (candidate_related, current_related) =
        (related(candidate, wanted), related(current, wanted));
    if candidate_related != current_related {
        return candidate_related;
    }
    let (candidate_gap, current_gap) = (
        candidate.number.abs_diff(code),
        current.number.abs_diff(code),
    );
    candidate_gap < current_gap
        || (candidate_gap == current_gap && candidate.number < current.number)
}

/// Whether the registry relates the meanings of `a` and `b`: both cacheable by default
/// (RFC 9110 §15.1), or both permanent or both temporary, or alike in whether a retry can
/// succeed. Codes the registry of status-core does not know relate to nothing.
const fn related(a: &Code, b: &Code) -> bool {
    let (Some(a), Some(b)) = (meaning_of(a), meaning_of(b)) else {
        return false;
    };
    let permanence = match (a.permanence, b.permanence) {
        (Some(a), Some(b)) => a as u8 == b as u8,
        _ => false,
    };
    let retry = match (a.retry, b.retry) {
        (Some(a), Some(b)) => a as u8 == b as u8,
        _ => false,
    };
    (a.cacheable && b.cacheable) || permanence || retry
}

/// The entry of status-core's registry for `code`, if it has one.
const fn meaning_of(code: &Code) -> Option<&'static Meaning> {
    let registry: &'static [Meaning] = &REGISTRY;
    let mut index = 0;
    while index < registry.len() {
        let meaning = &registry[index];
        if meaning.code == code.number && eq(meaning.origin.id(), code.origin) {
            return Some(meaning);
        }
        index += 1;
    }
    None
}
