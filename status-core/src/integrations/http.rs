//! Conversions and comparisons with [`http::StatusCode`](::http::StatusCode), the status type
//! of the `http` crate (1.x) that hyper, axum, reqwest and tower share. Feature `http`.
//!
//! Every status type converts into `http::StatusCode` with `From`, keeping its number: `http`
//! has no notion of origin, so nginx's 499 becomes a plain 499. Back from `http`, whose
//! `StatusCode` accepts any number from 100 to 999, [`Status`] and [`StatusCode`] are
//! `TryFrom`, with a [`StatusError`] for a number outside 100..=599 (and, for `StatusCode`, for
//! a code IANA does not register). `PartialEq` compares the numbers, both ways.
//!
//! The impls for [`StatusCode`], the [`vendor`](crate::vendor) enums and the enums of
//! [`status_enum!`](crate::status_enum) and [`include_codes!`](crate::include_codes) (`From`
//! and `PartialEq`) are written by `__status_enum!` with every enum, through [`to_http`].

use crate::{Status, StatusCode, StatusError};

/// The `http::StatusCode` with number `code`. Used by generated code, with codes from 100 to
/// 599, which `http` accepts all of; anything else (never passed) gives 500 rather than a panic.
#[must_use]
pub const fn to_http(code: u16) -> ::http::StatusCode {
    match ::http::StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => ::http::StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Converts into `http`'s status with the same number.
///
/// `http` has no origin, so a vendor status keeps only its number:
///
/// ```
/// use status_core::{Status, vendor::Nginx};
///
/// let status = Status::new(471)?;
/// assert_eq!(http::StatusCode::from(status).as_u16(), 471);
///
/// let nginx = http::StatusCode::from(Status::from(Nginx::ClientClosedRequest));
/// assert_eq!(nginx.as_u16(), 499);
/// assert_eq!(nginx.canonical_reason(), None);
/// # Ok::<(), status_core::StatusError>(())
/// ```
impl From<Status> for ::http::StatusCode {
    #[inline]
    fn from(status: Status) -> Self {
        to_http(status.code())
    }
}

/// Takes the number of an `http` status, read against the IANA registry as
/// [`Status::new`] reads it.
///
/// # Errors
/// [`StatusErrorKind::OutOfRange`](crate::StatusErrorKind::OutOfRange) for 600 to 999, which
/// `http` accepts and RFC 9110 does not.
///
/// ```
/// use status_core::{Status, StatusCode, StatusErrorKind};
///
/// let status = Status::try_from(http::StatusCode::NOT_FOUND)?;
/// assert_eq!(status, StatusCode::NotFound);
///
/// let large = http::StatusCode::from_u16(600).unwrap();
/// assert_eq!(Status::try_from(large).unwrap_err().kind(), StatusErrorKind::OutOfRange { code: 600 });
/// # Ok::<(), status_core::StatusError>(())
/// ```
impl TryFrom<::http::StatusCode> for Status {
    type Error = StatusError;

    /// The status with the same number, or why there is none.
    #[inline]
    fn try_from(status: ::http::StatusCode) -> Result<Self, Self::Error> {
        Status::new(status.as_u16())
    }
}

/// Takes the IANA status with the number of an `http` status.
///
/// # Errors
/// [`StatusErrorKind::OutOfRange`](crate::StatusErrorKind::OutOfRange) for 600 to 999, and
/// [`StatusErrorKind::Unregistered`](crate::StatusErrorKind::Unregistered) for a code IANA
/// does not register (`Status` takes those).
///
/// ```
/// use status_core::{StatusCode, StatusErrorKind};
///
/// assert_eq!(StatusCode::try_from(http::StatusCode::IM_A_TEAPOT)?, StatusCode::ImATeapot);
///
/// let unregistered = http::StatusCode::from_u16(471).unwrap();
/// assert_eq!(
///     StatusCode::try_from(unregistered).unwrap_err().kind(),
///     StatusErrorKind::Unregistered { code: 471, type_name: "StatusCode" },
/// );
/// # Ok::<(), status_core::StatusError>(())
/// ```
impl TryFrom<::http::StatusCode> for StatusCode {
    type Error = StatusError;

    /// The IANA status with the same number, or why there is none.
    #[inline]
    fn try_from(status: ::http::StatusCode) -> Result<Self, Self::Error> {
        Self::try_from(status.as_u16())
    }
}

/// Compares the numbers alone, as `http` has no origin: nginx's 499 equals `http`'s 499.
///
/// ```
/// use status_core::{Status, vendor::Nginx};
///
/// let nginx = Status::from(Nginx::ClientClosedRequest);
/// assert!(nginx == http::StatusCode::from_u16(499).unwrap());
/// assert!(Status::new(404)? == http::StatusCode::NOT_FOUND);
/// # Ok::<(), status_core::StatusError>(())
/// ```
impl PartialEq<::http::StatusCode> for Status {
    #[inline]
    fn eq(&self, other: &::http::StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

/// Compares the numbers alone, as `http` has no origin.
///
/// ```
/// use status_core::Status;
///
/// assert!(http::StatusCode::NOT_FOUND == Status::new(404)?);
/// # Ok::<(), status_core::StatusError>(())
/// ```
impl PartialEq<Status> for ::http::StatusCode {
    #[inline]
    fn eq(&self, other: &Status) -> bool {
        self.as_u16() == other.code()
    }
}
