//! The five classes of status code (RFC 9110 §15).

use core::fmt;
use core::ops::RangeInclusive;
use core::str::FromStr;

use crate::{StatusCode, StatusError};

/// The class of a status code, given by its first digit (RFC 9110 §15).
///
/// A client must understand the class of every code, registered or not: an unrecognised code
/// is treated as the x00 code of its class ([`StatusClass::fallback`]).
///
/// ```
/// use status_core::{StatusClass, StatusCode};
///
/// let class = StatusClass::of(471).unwrap();
/// assert_eq!(class, StatusClass::ClientError);
/// assert_eq!(class.range(), 400..=499);
/// assert_eq!(class.fallback(), StatusCode::BadRequest);
/// assert_eq!("4xx".parse::<StatusClass>()?, class);
/// # Ok::<(), status_core::StatusError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum StatusClass {
    /// 1xx: an interim response; the request was received and work goes on.
    Informational = 1,
    /// 2xx: the request was received, understood and accepted.
    Successful = 2,
    /// 3xx: the user agent must act further to complete the request.
    Redirection = 3,
    /// 4xx: the client seems to have erred.
    ClientError = 4,
    /// 5xx: the server failed to fulfil an apparently valid request.
    ServerError = 5,
}

impl StatusClass {
    /// The five classes, in order.
    pub const ALL: [Self; 5] = [
        Self::Informational,
        Self::Successful,
        Self::Redirection,
        Self::ClientError,
        Self::ServerError,
    ];

    /// The class of `code`, or `None` when `code` is not a status code (outside 100..=599).
    #[inline]
    #[must_use]
    pub const fn of(code: u16) -> Option<Self> {
        match code {
            100..=199 => Some(Self::Informational),
            200..=299 => Some(Self::Successful),
            300..=399 => Some(Self::Redirection),
            400..=499 => Some(Self::ClientError),
            500..=599 => Some(Self::ServerError),
            _ => None,
        }
    }

    /// The first digit of the codes of this class: 4 for [`ClientError`](Self::ClientError).
    #[inline]
    #[must_use]
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// The codes of this class: `400..=499` for [`ClientError`](Self::ClientError).
    #[inline]
    #[must_use]
    pub const fn range(self) -> RangeInclusive<u16> {
        let first = self.digit() as u16 * 100;
        first..=first + 99
    }

    /// The x00 code of the class, which stands for any code of the class that a recipient
    /// does not recognise (RFC 9110 §15): 471 is handled as 400 (Bad Request).
    #[inline]
    #[doc(alias = "x00")]
    #[must_use]
    pub const fn fallback(self) -> StatusCode {
        match self {
            Self::Informational => StatusCode::Continue,
            Self::Successful => StatusCode::Ok,
            Self::Redirection => StatusCode::MultipleChoices,
            Self::ClientError => StatusCode::BadRequest,
            Self::ServerError => StatusCode::InternalServerError,
        }
    }

    /// The class's name as RFC 9110 gives it: `Client Error`.
    #[inline]
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Informational => "Informational",
            Self::Successful => "Successful",
            Self::Redirection => "Redirection",
            Self::ClientError => "Client Error",
            Self::ServerError => "Server Error",
        }
    }
}

impl fmt::Display for StatusClass {
    /// Writes the class as RFC 9110 does: `4xx (Client Error)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}xx ({})", self.digit(), self.name())
    }
}

impl FromStr for StatusClass {
    type Err = StatusError;

    /// Parses a class pattern: `4xx` or `4XX`.
    #[inline]
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.as_bytes() {
            [digit @ b'1'..=b'5', b'x' | b'X', b'x' | b'X'] => {
                Self::of(u16::from(*digit - b'0') * 100).ok_or(StatusError::not_a_class())
            }
            _ => Err(StatusError::not_a_class()),
        }
    }
}
