//! The status contract of a type that derives `HttpStatus`, as a table.
//!
//! The derive writes one [`Row`] per variant (or one for a struct) and a call to
//! [`visit_rows`], rather than one call per variant for the compiler to check.

use crate::{Meaning, Outcome, Status};

/// `StatusContract::visit_statuses` of a type.
pub type VisitStatuses = fn(&mut dyn FnMut(&Outcome));

/// How one variant (or a struct) gets its status, for its type's status contract.
#[derive(Clone, Copy)]
pub enum Row {
    /// A status of a registry, checked by the macro: its entry, the variant's name (`None`
    /// for a struct), its doc comment and the names of the headers its mapping supplies.
    Registered(
        &'static Meaning,
        Option<&'static str>,
        &'static str,
        &'static [&'static str],
    ),
    /// A status given by a value that implements `HttpStatus`: the status, its registry
    /// entry if any, the variant's name, its doc comment and its headers' names.
    Value(
        Status,
        Option<&'static Meaning>,
        Option<&'static str>,
        &'static str,
        &'static [&'static str],
    ),
    /// A `transparent` variant: the contract of its field's type.
    Inner(VisitStatuses),
}

/// Visits the outcome of every row of the type `type_name`, in order, descending into the
/// contracts of `transparent` variants.
pub fn visit_rows(type_name: &'static str, rows: &[Row], visit: &mut dyn FnMut(&Outcome)) {
    for row in rows {
        match *row {
            Row::Registered(meaning, variant, doc, headers) => visit(
                &Outcome::__new(meaning.status(), Some(meaning), type_name, variant, doc)
                    .__with_headers(headers),
            ),
            Row::Value(status, meaning, variant, doc, headers) => {
                visit(
                    &Outcome::__new(status, meaning, type_name, variant, doc)
                        .__with_headers(headers),
                );
            }
            Row::Inner(visit_inner) => visit_inner(visit),
        }
    }
}
