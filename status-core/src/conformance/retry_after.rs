//! `Retry-After` as a sender must write it: delta-seconds or an IMF-fixdate, read by the
//! crate's one `Retry-After` reader ([`crate::retry_after`]) with a sender's stricter rules,
//! so that the check allocates nothing and cannot panic on any input.

use crate::retry_after::{DateForm, is_delta_seconds, read_date};

/// Whether `value` is a `Retry-After` field value that a sender may generate (RFC 9110
/// §10.2.3): delta-seconds (one or more digits), or an HTTP-date in the IMF-fixdate form that
/// a sender must use (RFC 9110 §5.6.7), such as `Sun, 06 Nov 1994 08:49:37 GMT`.
///
/// The date is read by [`HttpDate::parse`](crate::retry_after::HttpDate::parse)'s reader, with
/// a sender's rules on top: exactly 29 bytes, names in their registered case, an hour up to
/// 23, a minute up to 59, a second up to 59 (60 only at 23:59, the one minute a leap second
/// ends), a day that exists in its month (29 February only in a Gregorian leap year), and a
/// day name that is the weekday of the date. The obsolete RFC 850 and asctime forms, which a
/// recipient must still accept (and [`RetryAfter::parse`](crate::retry_after::RetryAfter::parse)
/// does), are refused, as is any whitespace around the value: a generator has no reason to
/// write either.
///
/// ```
/// use status_core::conformance::is_valid_retry_after;
///
/// assert!(is_valid_retry_after(b"120"));
/// assert!(is_valid_retry_after(b"Sun, 06 Nov 1994 08:49:37 GMT"));
/// assert!(!is_valid_retry_after(b"Mon, 06 Nov 1994 08:49:37 GMT")); // a Sunday
/// assert!(!is_valid_retry_after(b"Sunday, 06-Nov-94 08:49:37 GMT")); // RFC 850
/// assert!(!is_valid_retry_after(b"-5"));
/// ```
#[must_use]
pub fn is_valid_retry_after(value: &[u8]) -> bool {
    is_delta_seconds(value)
        || read_date(value)
            .is_some_and(|read| read.form == DateForm::ImfFixdate && read.weekday_matches)
}
