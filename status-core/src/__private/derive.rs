//! Helpers for the impls `#[derive(HttpStatus)]` writes. The type's table of statuses and
//! its walk are in `contract_check`; the calls of a transparent field in `transparent`.

use crate::{Meaning, Outcome, Status};

/// An outcome: what `visit_statuses` hands over for one way a type gets its status.
#[must_use]
pub const fn outcome(
    status: Status,
    meaning: Option<&'static Meaning>,
    type_name: &'static str,
    variant: Option<&'static str>,
    doc: &'static str,
    headers: &'static [&'static str],
) -> Outcome {
    Outcome {
        status,
        meaning,
        type_name,
        variant,
        doc,
        headers,
    }
}
