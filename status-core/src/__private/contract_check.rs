//! The status contract of `#[contract(...)]`, checked while the crate compiles.
//!
//! Every type that implements `StatusContract` states its statuses as a table of
//! [`Entry`]s (`StatusContract::__STATUSES`): the derive writes one entry per variant, the
//! generated enums one per member. For each variant of a type bound to a contract, the
//! derive writes a constant that calls [`check`] on the variant's entry and the contract's
//! table, and panics with the message it returns: a failed constant is a compile error at
//! the variant. Everything here runs in `const` evaluation, so it allocates nothing and
//! writes its messages into a fixed buffer.

use crate::Meaning;
use crate::rules::eq;

/// A status as the compiler can read it: its code, the `id` of its origin (empty when no
/// registry knows the code) and its reason phrase (empty when unknown).
#[derive(Clone, Copy)]
pub struct Code {
    number: u16,
    origin: &'static str,
    reason: &'static str,
}

impl Code {
    /// The status `code` of the origin `origin`, with its reason phrase.
    #[must_use]
    pub const fn new(code: u16, origin: &'static str, reason: &'static str) -> Self {
        Code {
            number: code,
            origin,
            reason,
        }
    }
}

/// What declares an entry: a variant, a struct, an enum's default, or a member of a status
/// enum.
#[derive(Clone, Copy)]
pub enum Declarer {
    /// A variant of a type that derives `HttpStatus`: the type and the variant.
    Variant(&'static str, &'static str),
    /// A struct that derives `HttpStatus`.
    Struct(&'static str),
    /// The enum-level `#[status(...)]` of a type that derives `HttpStatus`.
    Default(&'static str),
    /// A member of a generated status enum: the enum and the variant.
    Member(&'static str, &'static str),
}

/// One way a type gets its status.
#[derive(Clone, Copy)]
pub enum Entry {
    /// A status known at compile time.
    Status(Code, Declarer),
    /// A `transparent` variant or struct: the field's type (as written) and its table.
    Inner(Declarer, &'static str, &'static [Entry]),
    /// A status given by a value the table cannot read: the path as written.
    Opaque(Declarer, &'static str),
    /// A type whose `StatusContract` impl does not state its statuses as a table.
    Unstated,
    /// A status known at compile time, flat, as the derive writes most rows (it costs the
    /// compiler less than the nested form): code, origin, reason, type, variant (empty for
    /// a struct).
    Row(u16, &'static str, &'static str, &'static str, &'static str),
}

/// `entry`, with a flat row as the status it is.
const fn flat(entry: Entry) -> Entry {
    match entry {
        Entry::Row(code, origin, reason, type_name, variant) => {
            let declarer = if variant.is_empty() {
                Declarer::Struct(type_name)
            } else {
                Declarer::Variant(type_name, variant)
            };
            Entry::Status(Code::new(code, origin, reason), declarer)
        }
        other => other,
    }
}

/// The statuses of a type whose `StatusContract` impl does not list them.
pub const UNSTATED: &[Entry] = &[Entry::Unstated];

/// A compile-time message: text written into a fixed buffer, cut short with `…` when it
/// does not fit.
pub struct Message {
    bytes: [u8; Self::CAPACITY],
    len: usize,
}

impl Message {
    const CAPACITY: usize = 1536;

    const fn new() -> Self {
        Message {
            bytes: [0; Self::CAPACITY],
            len: 0,
        }
    }

    /// The text written so far.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (written, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(written) {
            Ok(text) => text,
            Err(_) => "a status is outside the contract",
        }
    }

    const fn push(&mut self, text: &str) {
        const ELLIPSIS: &[u8] = "…".as_bytes();
        let bytes = text.as_bytes();
        // Room is kept for the ellipsis; a cut never splits a character.
        let room = Self::CAPACITY - ELLIPSIS.len();
        let mut index = 0;
        while index < bytes.len() {
            if self.len + 1 > room {
                while self.len > 0 && (self.bytes[self.len - 1] & 0xC0) == 0x80 {
                    self.len -= 1;
                }
                if self.len > 0 && self.bytes[self.len - 1] >= 0xC0 {
                    self.len -= 1;
                }
                let mut tail = 0;
                while tail < ELLIPSIS.len() {
                    self.bytes[self.len] = ELLIPSIS[tail];
                    self.len += 1;
                    tail += 1;
                }
                return;
            }
            self.bytes[self.len] = bytes[index];
            self.len += 1;
            index += 1;
        }
    }

    #[allow(clippy::cast_possible_truncation)] // a digit
    const fn push_number(&mut self, number: u16) {
        let mut digits = [0u8; 5];
        let mut count = 0;
        let mut rest = number;
        loop {
            digits[4 - count] = b'0' + (rest % 10) as u8;
            count += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let (_, written) = digits.split_at(5 - count);
        match core::str::from_utf8(written) {
            Ok(text) => self.push(text),
            Err(_) => self.push("?"),
        }
    }

    /// `404 Not Found`, with the origin unless it is IANA: `499 Token Required (esri)`.
    const fn push_status(&mut self, code: &Code) {
        self.push_number(code.number);
        if !code.reason.is_empty() {
            self.push(" ");
            self.push(code.reason);
        }
        if !eq(code.origin, "iana") && !code.origin.is_empty() {
            self.push(" (");
            self.push(code.origin);
            self.push(")");
        }
    }

    /// `names`, each in backticks, separated by `separator`.
    const fn push_names(&mut self, names: &[&str], separator: &str) {
        let mut index = 0;
        while index < names.len() {
            if index > 0 {
                self.push(separator);
            }
            self.push("`");
            self.push(names[index]);
            self.push("`");
            index += 1;
        }
    }

    /// `` `ApiError::Internal` `` and the like.
    const fn push_declarer(&mut self, declarer: Declarer) {
        match declarer {
            Declarer::Variant(type_name, variant) | Declarer::Member(type_name, variant) => {
                self.push("`");
                self.push(type_name);
                self.push("::");
                self.push(variant);
                self.push("`");
            }
            Declarer::Struct(type_name) => {
                self.push("`");
                self.push(type_name);
                self.push("`");
            }
            Declarer::Default(type_name) => {
                self.push("the default #[status(...)] of `");
                self.push(type_name);
                self.push("`");
            }
        }
    }
}

/// What the contract's table holds: whether it states every status, and whether it has
/// `wanted` (same code, same origin), or the code under another origin.
struct Search {
    readable: bool,
    found: bool,
    /// An origin whose status has `wanted`'s code, when no member is `wanted` itself.
    other_origin: Option<&'static str>,
}

const fn search(contract: &[Entry], wanted: &Code) -> Search {
    search_in(
        contract,
        wanted,
        Search {
            readable: true,
            found: false,
            other_origin: None,
        },
    )
}

/// [`search`], adding what `contract` holds to what `into` found so far.
const fn search_in(contract: &[Entry], wanted: &Code, mut into: Search) -> Search {
    let mut index = 0;
    while index < contract.len() {
        match flat(contract[index]) {
            Entry::Status(member, _) => {
                if member.number == wanted.number {
                    if eq(member.origin, wanted.origin) {
                        into.found = true;
                    } else {
                        into.other_origin = Some(member.origin);
                    }
                }
            }
            Entry::Inner(_, _, entries) => into = search_in(entries, wanted, into),
            Entry::Opaque(..) | Entry::Unstated => into.readable = false,
            // `flat` made it a status.
            Entry::Row(..) => {}
        }
        index += 1;
    }
    into
}

/// The member a user would map `wanted` to instead: of the same class if there is one, then
/// one whose meaning the registry relates to `wanted`'s (see [`related`]), then the closest
/// number (the lower one on a tie). 410 Gone is nearest 404 Not Found, not 413.
const fn nearest(contract: &[Entry], wanted: &Code, best: Option<Code>) -> Option<Code> {
    let mut best = best;
    let mut index = 0;
    while index < contract.len() {
        match flat(contract[index]) {
            Entry::Status(member, _) => {
                best = match best {
                    None => Some(member),
                    Some(current) if closer(&member, &current, wanted) => Some(member),
                    keep => keep,
                };
            }
            Entry::Inner(_, _, entries) => best = nearest(entries, wanted, best),
            Entry::Opaque(..) | Entry::Unstated | Entry::Row(..) => {}
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
    let registry: &'static [Meaning] = &crate::REGISTRY;
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

/// Writes the contract's codes in order of appearance, each once.
const fn push_members(message: &mut Message, contract: &[Entry], first: &mut bool) {
    let mut index = 0;
    while index < contract.len() {
        match flat(contract[index]) {
            Entry::Status(member, _) => {
                if !appears_before(contract, index, member.number) {
                    if !*first {
                        message.push(", ");
                    }
                    *first = false;
                    message.push_number(member.number);
                }
            }
            Entry::Inner(_, _, entries) => push_members(message, entries, first),
            Entry::Opaque(..) | Entry::Unstated | Entry::Row(..) => {}
        }
        index += 1;
    }
}

/// Whether a status entry before `end` in `entries` has `code`.
const fn appears_before(entries: &[Entry], end: usize, code: u16) -> bool {
    let mut index = 0;
    while index < end {
        if let Entry::Status(member, _) = flat(entries[index])
            && member.number == code
        {
            return true;
        }
        index += 1;
    }
    false
}

/// The first entry of `entries` (descending into transparent ones) whose status is not
/// in `contract`, with the transparent entry of `entries` it was found under.
#[derive(Clone, Copy)]
struct Outside {
    /// The entry of the checked item: a status, or the transparent entry it is under.
    top: Entry,
    /// The status, opaque or unstated entry found outside the contract.
    leaf: Entry,
}

const fn find_outside(
    contract: &[Entry],
    entries: &[Entry],
    top: Option<Entry>,
) -> Option<Outside> {
    let mut index = 0;
    while index < entries.len() {
        let entry = flat(entries[index]);
        let top_here = match top {
            Some(top) => top,
            None => entry,
        };
        match entry {
            Entry::Status(code, _) => {
                let found = search(contract, &code);
                if !found.found {
                    return Some(Outside {
                        top: top_here,
                        leaf: entry,
                    });
                }
            }
            Entry::Inner(_, _, inner) => {
                if let Some(outside) = find_outside(contract, inner, Some(top_here)) {
                    return Some(outside);
                }
            }
            Entry::Opaque(..) | Entry::Unstated => {
                return Some(Outside {
                    top: top_here,
                    leaf: entry,
                });
            }
            // `flat` made it a status.
            Entry::Row(..) => {}
        }
        index += 1;
    }
    None
}

/// Checks that every status `entries` can produce is a member of the contract `contract`
/// (made of the types `names`, as written), descending into transparent entries. Returns
/// the message of the first one that is not, or `None` when all are.
#[must_use]
pub const fn check(names: &[&str], contract: &[Entry], entries: &[Entry]) -> Option<Message> {
    let mut message = Message::new();
    let readable = search(contract, &Code::new(0, "", "")).readable;
    if !readable {
        message.push("the contract ");
        message.push_names(names, ", ");
        message.push(
            " does not state all its statuses at compile time; name status enums (`status_enum!`, `include_codes!`, `StatusCode`, the vendor enums) or types whose every variant has a registered status",
        );
        return Some(message);
    }
    let Some(outside) = find_outside(contract, entries, None) else {
        return None;
    };
    if push_subject(&mut message, outside)
        && let Entry::Status(code, _) = outside.leaf
    {
        push_advice(&mut message, names, contract, &code);
    }
    Some(message)
}

/// [`check`] of the row `row` of the table `table`: one variant of a type.
#[must_use]
pub const fn check_row(
    names: &[&str],
    contract: &[Entry],
    table: &[Entry],
    row: usize,
) -> Option<Message> {
    if row >= table.len() {
        return None;
    }
    let (_, rest) = table.split_at(row);
    let (entry, _) = rest.split_at(1);
    check(names, contract, entry)
}

/// Writes who is at fault, as the user wrote it: the variant, then where its field leads.
/// Returns whether the message goes on with the contract's members (a status was found);
/// otherwise it is complete.
const fn push_subject(message: &mut Message, outside: Outside) -> bool {
    if let Entry::Inner(declarer, field_type, _) = outside.top {
        message.push_declarer(declarer);
        message.push(" is transparent, and its field's type `");
        message.push(field_type);
        message.push("` ");
        return match outside.leaf {
            Entry::Status(code, leaf) => {
                message.push("can have ");
                message.push_status(&code);
                message.push(" (");
                message.push_declarer(leaf);
                message.push(")");
                true
            }
            Entry::Opaque(leaf, path) => {
                message.push("gives ");
                message.push_declarer(leaf);
                message.push(" the status of `");
                message.push(path);
                message.push(
                    "`, which cannot be read at compile time: bind that type to a contract too, with #[contract(...)], so that its statuses are read as it compiles",
                );
                false
            }
            Entry::Unstated | Entry::Inner(..) | Entry::Row(..) => {
                message.push(
                    "does not state its statuses at compile time: derive `HttpStatus` for it, or give the variant a status of its own",
                );
                false
            }
        };
    }
    match outside.leaf {
        Entry::Status(code, declarer) => {
            message.push_declarer(declarer);
            message.push(" has ");
            message.push_status(&code);
            true
        }
        // The derive writes no opaque entry for a type with a contract: kept for
        // completeness.
        Entry::Opaque(declarer, path) => {
            message.push_declarer(declarer);
            message.push(" takes its status from `");
            message.push(path);
            message.push("`, which cannot be read at compile time");
            false
        }
        Entry::Unstated | Entry::Inner(..) | Entry::Row(..) => {
            message.push("a status cannot be read at compile time");
            false
        }
    }
}

/// Writes what the contract `names` holds instead of `code`, and how to fix it.
const fn push_advice(message: &mut Message, names: &[&str], contract: &[Entry], code: &Code) {
    if names.len() == 1 {
        message.push(", which is not in the contract ");
    } else {
        message.push(", which is in none of the contract's types ");
    }
    message.push_names(names, ", ");
    let other = search(contract, code);
    if let Some(origin) = other.other_origin {
        message.push(" (its ");
        message.push_number(code.number);
        message.push(" is the status of `");
        message.push(origin);
        message.push("`, another origin)");
    }
    message.push("; its members are ");
    let mut first = true;
    push_members(message, contract, &mut first);
    if let Some(near) = nearest(contract, code, None) {
        message.push("; the nearest is ");
        message.push_status(&near);
    }
    if !eq(code.origin, "iana") {
        // A vendor's or an application's code joins a contract with its enum.
        message.push(". Map it to a member, or add its origin's enum to the contract");
        return;
    }
    message.push(". Map it to a member, or add ");
    message.push_number(code.number);
    if names.len() == 1 {
        message.push(" to ");
        message.push_names(names, "");
    } else {
        message.push(" to one of them");
    }
}

#[cfg(test)]
mod tests {
    use super::{Code, Declarer, Entry, check, check_row};

    const CONTRACT: &[Entry] = &[
        Entry::Status(Code::new(200, "iana", "OK"), Declarer::Member("Api", "Ok")),
        Entry::Status(
            Code::new(404, "iana", "Not Found"),
            Declarer::Member("Api", "NotFound"),
        ),
        Entry::Status(
            Code::new(409, "iana", "Conflict"),
            Declarer::Member("Api", "Conflict"),
        ),
        Entry::Status(
            Code::new(503, "iana", "Service Unavailable"),
            Declarer::Member("Api", "ServiceUnavailable"),
        ),
    ];

    #[test]
    fn a_member_passes_and_an_outsider_is_named_with_the_members_and_the_nearest() {
        let member = [Entry::Status(
            Code::new(404, "iana", "Not Found"),
            Declarer::Variant("ApiError", "Missing"),
        )];
        assert!(check(&["Api"], CONTRACT, &member).is_none());
        let outsider = [Entry::Status(
            Code::new(410, "iana", "Gone"),
            Declarer::Variant("ApiError", "Gone"),
        )];
        let message = check(&["Api"], CONTRACT, &outsider).expect("410 is outside");
        assert_eq!(
            message.as_str(),
            "`ApiError::Gone` has 410 Gone, which is not in the contract `Api`; its members are 200, 404, 409, 503; the nearest is 404 Not Found. Map it to a member, or add 410 to `Api`"
        );
    }

    #[test]
    fn a_flat_row_reads_as_its_status() {
        let variant = [Entry::Row(410, "iana", "Gone", "ApiError", "Gone")];
        let message = check(&["Api"], CONTRACT, &variant).expect("410 is outside");
        assert!(
            message
                .as_str()
                .starts_with("`ApiError::Gone` has 410 Gone, which")
        );
        let structure = [Entry::Row(404, "iana", "Not Found", "Missing", "")];
        assert!(check(&["Api"], CONTRACT, &structure).is_none());
        let teapot = [Entry::Row(418, "iana", "I'm a teapot", "Teapot", "")];
        let message = check(&["Api"], CONTRACT, &teapot).expect("418 is outside");
        assert!(
            message
                .as_str()
                .starts_with("`Teapot` has 418 I'm a teapot")
        );
    }

    #[test]
    fn a_row_is_checked_alone() {
        const TABLE: &[Entry] = &[
            Entry::Status(
                Code::new(404, "iana", "Not Found"),
                Declarer::Variant("E", "A"),
            ),
            Entry::Status(
                Code::new(418, "iana", "I'm a teapot"),
                Declarer::Variant("E", "B"),
            ),
        ];
        assert!(check_row(&["Api"], CONTRACT, TABLE, 0).is_none());
        let message = check_row(&["Api"], CONTRACT, TABLE, 1).expect("418 is outside");
        assert!(message.as_str().starts_with("`E::B` has 418 I'm a teapot"));
        assert!(check_row(&["Api"], CONTRACT, TABLE, 2).is_none());
    }

    #[test]
    fn a_transparent_entry_is_checked_through_its_field_type() {
        const INNER: &[Entry] = &[
            Entry::Status(
                Code::new(503, "iana", "Service Unavailable"),
                Declarer::Variant("DbError", "Down"),
            ),
            Entry::Status(
                Code::new(504, "iana", "Gateway Timeout"),
                Declarer::Variant("DbError", "Timeout"),
            ),
        ];
        let entries = [Entry::Inner(
            Declarer::Variant("ApiError", "Db"),
            "DbError",
            INNER,
        )];
        let message = check(&["Api"], CONTRACT, &entries).expect("504 is outside");
        assert!(message.as_str().starts_with(
            "`ApiError::Db` is transparent, and its field's type `DbError` can have 504 Gateway Timeout (`DbError::Timeout`), which is not in the contract `Api`"
        ));
        assert!(
            message
                .as_str()
                .contains("the nearest is 503 Service Unavailable")
        );
    }

    #[test]
    fn origins_stay_apart() {
        let nginx = [Entry::Status(
            Code::new(404, "nginx", ""),
            Declarer::Variant("ApiError", "Odd"),
        )];
        let message = check(&["Api"], CONTRACT, &nginx).expect("another origin");
        assert!(
            message
                .as_str()
                .contains("(its 404 is the status of `iana`, another origin)")
        );
    }

    #[test]
    fn a_contract_of_several_types_names_them_all() {
        const ACME: &[Entry] = &[Entry::Status(
            Code::new(460, "acme", "Quota Exhausted"),
            Declarer::Member("AcmeStatus", "QuotaExhausted"),
        )];
        let contract = [
            Entry::Inner(Declarer::Struct("Api"), "Api", CONTRACT),
            Entry::Inner(Declarer::Struct("AcmeStatus"), "AcmeStatus", ACME),
        ];
        let quota = [Entry::Status(
            Code::new(460, "acme", "Quota Exhausted"),
            Declarer::Variant("ApiError", "Quota"),
        )];
        assert!(check(&["Api", "AcmeStatus"], &contract, &quota).is_none());
        let gone = [Entry::Status(
            Code::new(410, "iana", "Gone"),
            Declarer::Variant("ApiError", "Gone"),
        )];
        let message = check(&["Api", "AcmeStatus"], &contract, &gone).expect("410 is outside");
        assert_eq!(
            message.as_str(),
            "`ApiError::Gone` has 410 Gone, which is in none of the contract's types `Api`, `AcmeStatus`; its members are 200, 404, 409, 503, 460; the nearest is 404 Not Found. Map it to a member, or add 410 to one of them"
        );
    }

    #[test]
    fn an_unreadable_contract_or_field_says_so() {
        let entries = [Entry::Status(
            Code::new(404, "iana", "Not Found"),
            Declarer::Variant("ApiError", "Missing"),
        )];
        let message = check(&["Opaque"], &[Entry::Unstated], &entries).expect("unreadable");
        assert!(message.as_str().contains("does not state all its statuses"));
        let through = [Entry::Inner(
            Declarer::Variant("ApiError", "Db"),
            "DbError",
            &[Entry::Opaque(
                Declarer::Variant("DbError", "Custom"),
                "self::CUSTOM",
            )],
        )];
        let message = check(&["Api"], CONTRACT, &through).expect("opaque");
        assert!(
            message
                .as_str()
                .contains("`self::CUSTOM`, which cannot be read")
        );
    }

    #[test]
    fn a_long_message_is_cut_on_a_character_boundary() {
        let many: [Entry; 40] = [Entry::Status(
            Code::new(418, "iana", "I'm a teapot"),
            Declarer::Member("Big", "Teapot"),
        ); 40];
        let mut message = super::Message::new();
        for _ in 0..400 {
            message.push("☕ ");
        }
        assert!(message.as_str().ends_with('…'));
        assert!(message.as_str().len() <= super::Message::CAPACITY);
        let outsider = [Entry::Status(
            Code::new(200, "iana", "OK"),
            Declarer::Struct("Fine"),
        )];
        let text = check(&["Big"], &many, &outsider).expect("200 is outside");
        assert!(text.as_str().contains("its members are 418;"));
    }
}
