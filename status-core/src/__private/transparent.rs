//! The calls the derive writes for a `#[status(transparent)]` field of a concrete type: the
//! methods of `HttpStatus` and `StatusContract`, as functions bound by one trait,
//! [`Transparent`], so that a field type that implements neither is one error, with advice
//! that fits a field (map the variant to a status), rather than one error per trait.
//!
//! A field type that names a type parameter is bound in the impl's `where` clause instead,
//! trait by trait, as each impl needs.

use crate::__private::contract_check::Entry;
use crate::__private::contract_check::VisitStatuses;
use crate::{HeaderValue, HttpStatus, Meaning, Status, StatusContract};

/// A type whose values give a `#[status(transparent)]` variant its status: it states its
/// statuses (`StatusContract`) and answers for each value (`HttpStatus`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no HTTP status of its own, so a `#[status(transparent)]` field cannot be of this type",
    label = "`{Self}` does not implement `HttpStatus`",
    note = "give the variant a status of its own instead, such as `#[status(500)]` or `#[status(InternalServerError)]`",
    note = "`HttpStatus` cannot be implemented for a type of another crate, such as `std::io::Error`: the orphan rule forbids it; for a type of this crate, derive `HttpStatus` for it"
)]
pub trait Transparent: HttpStatus + StatusContract {}

#[diagnostic::do_not_recommend]
impl<T: HttpStatus + StatusContract + ?Sized> Transparent for T {}

/// The methods of `HttpStatus` and `StatusContract` of a field type, as function pointers
/// and the table: the derive reaches each through one call of [`calls`], so that a type
/// without them is one obligation, `T: Transparent`, and one error.
#[allow(missing_debug_implementations, clippy::type_complexity)]
pub struct Calls<T: ?Sized> {
    pub status: fn(&T) -> Status,
    pub status_meaning: fn(&T) -> Option<&'static Meaning>,
    pub visit_headers: fn(&T, &mut dyn FnMut(&'static str, &dyn HeaderValue)),
    pub exposes_detail: fn(&T) -> bool,
    pub problem_type: fn(&T) -> Option<&'static str>,
    #[cfg(feature = "problem")]
    pub problem_extensions: fn(&T, &mut crate::problem::Extensions),
    pub visit_statuses: VisitStatuses,
    pub table: &'static [Entry],
}

/// The calls of the field type `T`.
#[must_use]
pub const fn calls<T: Transparent + ?Sized>() -> Calls<T> {
    Calls {
        status: T::status,
        status_meaning: T::status_meaning,
        visit_headers: T::visit_headers,
        exposes_detail: T::exposes_detail,
        problem_type: T::problem_type,
        #[cfg(feature = "problem")]
        problem_extensions: T::problem_extensions,
        visit_statuses: T::visit_statuses,
        table: T::__STATUSES,
    }
}
