//! `StatusContract::visit_statuses`, read from the type's table: the same statement of its
//! statuses that `#[contract(...)]` checks.

use super::{Declarer, Entry};
use crate::__private::outcome;
use crate::{Outcome, Status};

/// Visits the outcome of every entry of `table`, in order, descending into the contracts of
/// `transparent` entries.
pub fn visit(table: &[Entry], visit: &mut dyn FnMut(&Outcome)) {
    for entry in table {
        match *entry {
            Entry::Registered(meaning, type_name, variant, doc, headers) => visit(&outcome(
                meaning.status(),
                Some(meaning),
                type_name,
                name(variant),
                doc,
                headers,
            )),
            Entry::Value(row) => {
                let (status, meaning) = (row.read)();
                visit(&outcome(
                    status,
                    meaning,
                    row.type_name,
                    name(row.variant),
                    row.doc,
                    row.headers,
                ));
            }
            Entry::Inner(_, _, _, visit_inner) => visit_inner(visit),
            Entry::Status(code, declarer) => {
                // A member of a generated enum, whose `visit_statuses` is its own; read from
                // the code, for a table written by hand.
                let (type_name, variant) = match declarer {
                    Declarer::Variant(type_name, variant)
                    | Declarer::Member(type_name, variant) => (type_name, Some(variant)),
                    Declarer::Struct(type_name) | Declarer::Default(type_name) => (type_name, None),
                };
                if let Ok(status) = Status::new(code.number) {
                    visit(&outcome(
                        status,
                        status.meaning(),
                        type_name,
                        variant,
                        "",
                        &[],
                    ));
                }
            }
            Entry::Unstated => {}
        }
    }
}

/// A variant's name, `None` for a struct (an empty name).
fn name(variant: &'static str) -> Option<&'static str> {
    (!variant.is_empty()).then_some(variant)
}
