//! The status contract of a type: [`StatusContract`], the statuses it can produce stated as
//! data, each an [`Outcome`].

pub use crate::http_status::HttpStatus;
use crate::{HeaderValue, Meaning, Status};

/// The statuses a type can produce, stated as data: the type's whole status contract.
///
/// `#[derive(HttpStatus)]` implements it beside [`HttpStatus`], from the same attributes, so
/// one mapping serves the responses, the documentation and API descriptions such as `OpenAPI`,
/// and the two cannot drift. A `transparent` variant contributes its inner type's contract.
///
/// ```
/// use status_core::{HttpStatus, Outcome, StatusContract};
///
/// #[derive(HttpStatus)]
/// enum StoreError {
///     /// No item has this id.
///     #[status(404)]
///     NoSuchItem,
///     /// The store is read-only during maintenance.
///     #[status(ServiceUnavailable)]
///     Maintenance,
/// }
///
/// let mut codes = Vec::new();
/// StoreError::visit_statuses(&mut |outcome: &Outcome| {
///     codes.push((outcome.status.code(), outcome.variant, outcome.doc));
/// });
/// assert_eq!(
///     codes,
///     [
///         (404, Some("NoSuchItem"), "No item has this id."),
///         (503, Some("Maintenance"), "The store is read-only during maintenance."),
///     ],
/// );
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not state the statuses it can produce",
    label = "no `StatusContract` for `{Self}`",
    note = "derive `HttpStatus` for `{Self}`, or declare it with `status_enum!` or `include_codes!`"
)]
pub trait StatusContract {
    /// Calls `visit` once for each way a value of this type gets its status, in declaration
    /// order, descending into `transparent` variants.
    ///
    /// The default walks the type's table of statuses, the one statement of them that
    /// `#[contract(...)]` also reads, which the derive writes; a type that implements the
    /// trait by hand implements this method.
    fn visit_statuses(visit: &mut dyn FnMut(&Outcome)) {
        crate::__private::contract_check::visit(Self::__STATUSES, visit);
    }

    /// The type's statuses as a table the compiler reads, for `#[contract(...)]` and for
    /// [`visit_statuses`](StatusContract::visit_statuses). Written by the derive and the
    /// generated enums; not public API.
    #[doc(hidden)]
    const __STATUSES: &'static [crate::__private::contract_check::Entry] =
        crate::__private::contract_check::UNSTATED;
}

/// One status a type can produce, and what produces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Outcome {
    /// The status.
    pub status: Status,
    /// What the registry records about it (reason phrase, description, rules), when it is
    /// registered, in status-core's registry or in the application's own codes file.
    pub meaning: Option<&'static Meaning>,
    /// The type whose variant (or which struct) declares the status.
    pub type_name: &'static str,
    /// The variant that declares it, or `None` for a struct.
    pub variant: Option<&'static str>,
    /// The doc comment of that variant (or struct), without the leading `///`.
    pub doc: &'static str,
    /// The header fields the mapping supplies with this outcome (`#[header(...)]`, the
    /// `added_by` ones included), named as the RFCs write them: `WWW-Authenticate`.
    pub headers: &'static [&'static str],
}

/// `HttpStatus` and `StatusContract` for a pointer type, answering as what it points to.
macro_rules! forward_through_pointer {
    ($(#[$attr:meta])* $pointer:ty) => {
        $(#[$attr])*
        impl<T: HttpStatus + ?Sized> HttpStatus for $pointer {
            fn status(&self) -> Status {
                (**self).status()
            }

            fn status_meaning(&self) -> Option<&'static Meaning> {
                (**self).status_meaning()
            }

            fn visit_headers(&self, visit: &mut dyn FnMut(&'static str, &dyn HeaderValue)) {
                (**self).visit_headers(visit);
            }

            fn exposes_detail(&self) -> bool {
                (**self).exposes_detail()
            }

            fn problem_type(&self) -> Option<&'static str> {
                (**self).problem_type()
            }

            #[cfg(feature = "problem")]
            fn problem_extensions(&self, extensions: &mut crate::problem::Extensions) {
                (**self).problem_extensions(extensions);
            }
        }

        $(#[$attr])*
        impl<T: StatusContract + ?Sized> StatusContract for $pointer {
            const __STATUSES: &'static [crate::__private::contract_check::Entry] = T::__STATUSES;

            fn visit_statuses(visit: &mut dyn FnMut(&Outcome)) {
                T::visit_statuses(visit);
            }
        }
    };
}

forward_through_pointer!(&T);
forward_through_pointer!(#[cfg(feature = "alloc")] alloc::boxed::Box<T>);

/// `StatusContract` for a tuple of contracts: their union, in order, each as a transparent
/// entry. A route whose errors come from several types states them as one,
/// `(PathRejection, ItemError)`.
macro_rules! union_of_tuple {
    ($($member:ident),+) => {
        /// The union of the members' contracts, in order.
        impl<$($member: StatusContract),+> StatusContract for ($($member,)+) {
            const __STATUSES: &'static [crate::__private::contract_check::Entry] = &[$(
                crate::__private::contract_check::Entry::Inner(
                    crate::__private::contract_check::Declarer::Struct(stringify!($member)),
                    stringify!($member),
                    $member::__STATUSES,
                    $member::visit_statuses,
                ),
            )+];

            fn visit_statuses(visit: &mut dyn FnMut(&Outcome)) {
                $($member::visit_statuses(visit);)+
            }
        }
    };
}

union_of_tuple!(A);
union_of_tuple!(A, B);
union_of_tuple!(A, B, C);
union_of_tuple!(A, B, C, D);

#[cfg(test)]
#[allow(dead_code, reason = "the test enums' own methods are not called")]
mod tests {
    use alloc::vec::Vec;

    use super::{Outcome, StatusContract};

    crate::status_enum! {
        /// Two statuses.
        enum Pair { BadRequest, NotFound }
    }

    crate::status_enum! {
        /// One status.
        enum Single { Conflict }
    }

    #[test]
    fn a_tuple_states_the_union_of_its_members_in_order() {
        let mut codes = Vec::new();
        <(Single, Pair)>::visit_statuses(&mut |outcome: &Outcome| {
            codes.push(outcome.status.code());
        });
        assert_eq!(codes, [409, 400, 404]);
    }
}
