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
/// It is two machine words (16 bytes on 64-bit targets), so that a `Result<Status,
/// StatusError>` comes back in registers: it keeps the code, the kind and, for
/// [`StatusErrorKind::Unregistered`], a thin reference to the type's name.
///
/// [`Status::new`]: crate::Status::new
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct StatusError {
    /// The name of the type that has no status with `code`; `""` unless `kind` is
    /// `Unregistered`. A reference to the `&str` rather than the `&str` itself, to keep the
    /// error two words.
    type_name: &'static &'static str,
    /// The number involved; 0 for `NotANumber` and `NotAClass`.
    code: u16,
    /// One of the constants of the module `kind`.
    kind: u8,
}

/// The variant of [`StatusErrorKind`] a [`StatusError`] stands for. A plain byte rather than
/// an enum: an enum's unused values would be the niche of `Result<_, StatusError>`, and
/// telling `Ok` from `Err` would then mean reading a kind picked among several constants, a
/// selection that LLVM does not always fold (`"600".parse::<StatusCode>().is_ok()` computed
/// the kind). Without it, the niche is the null `type_name`, never null in an error.
mod kind {
    pub const NOT_A_NUMBER: u8 = 0;
    pub const NOT_A_CLASS: u8 = 1;
    pub const OUT_OF_RANGE: u8 = 2;
    pub const UNREGISTERED: u8 = 3;
    pub const UNKNOWN_REASON: u8 = 4;
}

/// What kind of [`StatusError`] happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusErrorKind {
    /// The text is neither three ASCII digits nor a code followed by one space and a
    /// reason phrase (`404 Not Found`).
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
    /// The text is a code, a space and a phrase, as `Display` writes a status
    /// (`404 Not Found`), but the phrase is neither the reason phrase nor an alias of any
    /// status with that code in the type asked for.
    UnknownReason {
        /// The code given.
        code: u16,
    },
}

impl StatusError {
    /// What kind of error this is, with the number involved.
    #[inline]
    #[must_use]
    pub const fn kind(&self) -> StatusErrorKind {
        match self.kind {
            kind::NOT_A_NUMBER => StatusErrorKind::NotANumber,
            kind::NOT_A_CLASS => StatusErrorKind::NotAClass,
            kind::OUT_OF_RANGE => StatusErrorKind::OutOfRange { code: self.code },
            kind::UNREGISTERED => StatusErrorKind::Unregistered {
                code: self.code,
                type_name: self.type_name,
            },
            _ => StatusErrorKind::UnknownReason { code: self.code },
        }
    }

    #[inline]
    const fn of(kind: u8, code: u16) -> Self {
        StatusError {
            type_name: &"",
            code,
            kind,
        }
    }

    #[inline]
    pub(crate) const fn not_a_number() -> Self {
        Self::of(kind::NOT_A_NUMBER, 0)
    }

    #[inline]
    pub(crate) const fn not_a_class() -> Self {
        Self::of(kind::NOT_A_CLASS, 0)
    }

    #[inline]
    pub(crate) const fn out_of_range(code: u16) -> Self {
        Self::of(kind::OUT_OF_RANGE, code)
    }

    #[inline]
    pub(crate) const fn unknown_reason(code: u16) -> Self {
        Self::of(kind::UNKNOWN_REASON, code)
    }

    /// The error of a generated type that has no status with `code`: `type_name` is
    /// `&"TypeName"`.
    #[inline]
    pub(crate) const fn unregistered(code: u16, type_name: &'static &'static str) -> Self {
        match crate::StatusClass::of(code) {
            Some(_) => StatusError {
                type_name,
                code,
                kind: kind::UNREGISTERED,
            },
            None => Self::out_of_range(code),
        }
    }
}

impl fmt::Debug for StatusError {
    /// Writes `StatusError { kind: OutOfRange { code: 999 } }`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatusError")
            .field("kind", &self.kind())
            .finish()
    }
}

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind() {
            StatusErrorKind::NotANumber => {
                f.write_str(
                    "a status code is written as three digits, such as `404`, or with its reason phrase, as `404 Not Found`",
                )
            }
            StatusErrorKind::NotAClass => f.write_str(
                "a status class is written as its first digit and `xx`, from `1xx` to `5xx`",
            ),
            StatusErrorKind::OutOfRange { code } => write!(
                f,
                "{code} is not a status code: a status code is a number from 100 to 599 (RFC 9110 §15)"
            ),
            StatusErrorKind::Unregistered { code, type_name } => write!(
                f,
                "{code} is not a code of `{type_name}`; `Status::new` accepts any code from 100 to 599"
            ),
            StatusErrorKind::UnknownReason { code } => write!(
                f,
                "the text after {code} is not one of its reason phrases; write the code alone, or with the reason phrase it prints with"
            ),
        }
    }
}

impl core::error::Error for StatusError {}
