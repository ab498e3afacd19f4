//! A type's statuses as one table, and the status contract of `#[contract(...)]` checked
//! against it while the crate compiles.
//!
//! Every type that implements `StatusContract` states its statuses once, as a table of
//! [`Entry`]s (`StatusContract::__STATUSES`): the derive writes one entry per variant (a
//! [`Entry::Registered`] or [`Entry::Value`] row, or an [`Entry::Inner`] for a transparent
//! one, which refers to its field type's table), the generated enums one [`Entry::Status`]
//! per member. `StatusContract::visit_statuses` walks the same table (`visit`), so the
//! documentation of a type's statuses and its contract check read one statement.
//!
//! For each variant of a type bound to a contract, the derive writes a constant that calls
//! [`check_row`] on its row and the contract's table, and panics with the message it
//! returns: a failed constant is a compile error at the variant. The search of the tables
//! is in `search`, the message in `message`; everything runs in `const` evaluation, so it
//! allocates nothing and writes its messages into a fixed buffer.

mod message;
mod search;
mod visit;

pub use message::Message;
pub use visit::visit;

use crate::{Meaning, Status};

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

    /// The status `meaning` records.
    #[must_use]
    pub const fn of(meaning: &Meaning) -> Self {
        Code::new(meaning.code, meaning.origin.id(), meaning.reason)
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

impl Declarer {
    /// The variant `variant` of `type_name`, or the struct `type_name` when `variant` is
    /// empty.
    const fn of(type_name: &'static str, variant: &'static str) -> Self {
        if variant.is_empty() {
            Declarer::Struct(type_name)
        } else {
            Declarer::Variant(type_name, variant)
        }
    }
}

/// `StatusContract::visit_statuses` of a type.
pub type VisitStatuses = fn(&mut dyn FnMut(&crate::Outcome));

/// One way a type gets its status: one row of its table.
#[derive(Clone, Copy)]
pub enum Entry {
    /// A status known at compile time: a member of a generated status enum.
    Status(Code, Declarer),
    /// A variant (or a struct) of a type that derives `HttpStatus` whose status is a
    /// registry's, checked by the macro: its entry, the type, the variant (empty for a
    /// struct), the doc comment and the names of the headers its mapping supplies.
    Registered(
        &'static Meaning,
        &'static str,
        &'static str,
        &'static str,
        &'static [&'static str],
    ),
    /// A variant (or a struct) whose status is given by a value that implements
    /// `HttpStatus`.
    Value(ValueRow),
    /// A `transparent` variant or struct (or one type of a contract of several): the
    /// declarer, the field's type as written, its table and its `visit_statuses`.
    Inner(Declarer, &'static str, &'static [Entry], VisitStatuses),
    /// A type whose `StatusContract` impl does not state its statuses as a table.
    Unstated,
}

/// A variant (or a struct) whose status is given by a value path.
#[derive(Clone, Copy)]
pub struct ValueRow {
    /// Reads the status and its registry entry, when the contract is visited.
    pub read: fn() -> (Status, Option<&'static Meaning>),
    /// The status, when it is read at compile time: for a type bound to a contract, whose
    /// value paths name a generated enum's variant or a `Status` constant.
    pub code: Option<Code>,
    /// The path as written.
    pub written: &'static str,
    pub type_name: &'static str,
    /// The variant, empty for a struct.
    pub variant: &'static str,
    pub doc: &'static str,
    pub headers: &'static [&'static str],
}

impl Entry {
    /// What the entry says at compile time: a status with who declares it, or a status that
    /// cannot be read (`Opaque`), or nothing of itself (a transparent entry).
    const fn read(&self) -> Read {
        match *self {
            Entry::Status(code, declarer) => Read::Status(code, declarer),
            Entry::Registered(meaning, type_name, variant, ..) => {
                Read::Status(Code::of(meaning), Declarer::of(type_name, variant))
            }
            Entry::Value(row) => {
                let declarer = Declarer::of(row.type_name, row.variant);
                match row.code {
                    Some(code) => Read::Status(code, declarer),
                    None => Read::Opaque(declarer, row.written),
                }
            }
            Entry::Inner(_, _, entries, _) => Read::Inner(entries),
            Entry::Unstated => Read::Unstated,
        }
    }
}

/// An entry as the checker reads it.
#[derive(Clone, Copy)]
enum Read {
    Status(Code, Declarer),
    /// A status given by the path, which cannot be read at compile time.
    Opaque(Declarer, &'static str),
    Inner(&'static [Entry]),
    Unstated,
}

/// The statuses of a type whose `StatusContract` impl does not list them.
pub const UNSTATED: &[Entry] = &[Entry::Unstated];

/// Checks that every status `entries` can produce is a member of the contract `contract`
/// (made of the types `names`, as written), descending into transparent entries. Returns
/// the message of the first one that is not, or `None` when all are.
#[must_use]
pub const fn check(names: &[&str], contract: &[Entry], entries: &[Entry]) -> Option<Message> {
    if !search::readable(contract) {
        return Some(Message::unreadable(names));
    }
    match search::find_outside(contract, entries, None) {
        Some(outside) => Some(Message::outside(names, contract, outside)),
        None => None,
    }
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

#[cfg(test)]
mod tests;
