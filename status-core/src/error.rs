//! The error of every conversion into a status type.

use core::fmt;

/// Why a number or a string is not a status of the type asked for.
///
/// Returned by `TryFrom<u16>` and `FromStr` of every status type, and by [`Status::new`].
/// Its message says what was wrong and what to use instead.
///
/// ```
/// use status_core::{Status, StatusCode, StatusErrorKind};
///
/// let error = StatusCode::try_from(471).unwrap_err();
/// assert_eq!(error.kind(), StatusErrorKind::Unregistered { code: 471, type_name: "StatusCode" });
/// assert_eq!(
///     error.to_string(),
///     "471 is not a code of `StatusCode`; `Status::new` accepts any code from 100 to 599",
/// );
/// assert!(Status::new(999).is_err());
/// ```
///
/// [`Status::new`]: crate::Status::new
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StatusError {
    kind: StatusErrorKind,
}

/// What kind of [`StatusError`] happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusErrorKind {
    /// The text is not three ASCII digits.
    NotANumber,
    /// The text is not a class pattern such as `4xx`.
    NotAClass,
    /// The number is not a status code: a status code is 100 to 599 (RFC 9110 §15).
    OutOfRange {
        /// The number given.
        code: u16,
    },
    /// The code is valid, but the type asked for has no status with it.
    Unregistered {
        /// The code given.
        code: u16,
        /// The type that has no status with this code: `StatusCode`, `vendor::Nginx`, …
        type_name: &'static str,
    },
}

impl StatusError {
    /// What kind of error this is, with the number involved.
    #[must_use]
    pub const fn kind(&self) -> StatusErrorKind {
        self.kind
    }

    pub(crate) const fn not_a_number() -> Self {
        StatusError {
            kind: StatusErrorKind::NotANumber,
        }
    }

    pub(crate) const fn not_a_class() -> Self {
        StatusError {
            kind: StatusErrorKind::NotAClass,
        }
    }

    pub(crate) const fn out_of_range(code: u16) -> Self {
        StatusError {
            kind: StatusErrorKind::OutOfRange { code },
        }
    }

    /// The error of a generated type that has no status with `code`. Used by generated code.
    #[doc(hidden)]
    #[must_use]
    pub const fn __unregistered(code: u16, type_name: &'static str) -> Self {
        match crate::StatusClass::of(code) {
            Some(_) => StatusError {
                kind: StatusErrorKind::Unregistered { code, type_name },
            },
            None => Self::out_of_range(code),
        }
    }
}

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            StatusErrorKind::NotANumber => {
                f.write_str("a status code is written as three digits, such as `404`")
            }
            StatusErrorKind::NotAClass => f.write_str(
                "a status class is written as its first digit and `xx`, from `1xx` to `5xx`",
            ),
            StatusErrorKind::OutOfRange { code } => write!(
                f,
                "{code} is not a status code: a status code has three digits, from 100 to 599 (RFC 9110 §15)"
            ),
            StatusErrorKind::Unregistered { code, type_name } => write!(
                f,
                "{code} is not a code of `{type_name}`; `Status::new` accepts any code from 100 to 599"
            ),
        }
    }
}

impl core::error::Error for StatusError {}
