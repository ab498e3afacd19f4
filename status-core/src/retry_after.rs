//! `Retry-After` read as a duration (RFC 9110 §10.2.3), and the HTTP-date it may carry
//! (RFC 9110 §5.6.7).
//!
//! A server that answers 503 (Service Unavailable), 429 (Too Many Requests) or a 3xx may say
//! how long the client should wait before it asks again, as a number of seconds or as a date.
//! [`RetryAfter::parse`] reads either; [`RetryAfter::delay`] turns it into a
//! [`Duration`], counted from the response's `Date` (or from the
//! caller's clock) and capped by the caller. The crate has no clock: `now` is always given.
//!
//! What each reader accepts:
//!
//! | value | [`RetryAfter::parse`] (a recipient) | `conformance::is_valid_retry_after` (what a sender may generate) |
//! | --- | --- | --- |
//! | delta-seconds, `120` | yes; a number too large for a `u64` saturates | yes |
//! | IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT` | yes | yes, if the day name is the date's weekday |
//! | obsolete RFC 850 date, `Sunday, 06-Nov-94 08:49:37 GMT` | yes, the century chosen by the 50-year rule | no |
//! | obsolete asctime date, `Sun Nov  6 08:49:37 1994` | yes | no |
//! | a day name that is not the date's weekday | yes: the numbers say when | no |
//! | spaces or tabs around the value | yes | no |
//! | an impossible date (`31 Apr`, `25:00:00`), a sign, a fraction, anything else | no | no |
//!
//! Both readers are the same code; the conformance check (features `tower` or `actix-web`)
//! adds its stricter rules on top. Neither allocates nor panics, whatever the bytes.
//!
//! ```
//! use core::time::Duration;
//! use status_core::retry_after::{HttpDate, RetryAfter};
//!
//! let cap = Duration::from_secs(60);
//! // The response's `Date`, or the caller's clock as seconds since the Unix epoch.
//! let date = HttpDate::parse(b"Sun, 06 Nov 1994 08:49:37 GMT")?;
//!
//! let seconds = RetryAfter::parse(b"30")?;
//! assert_eq!(seconds.delay(date, cap), Duration::from_secs(30));
//!
//! let at = RetryAfter::parse(b"Sun, 06 Nov 1994 08:50:07 GMT")?;
//! assert_eq!(at.delay(date, cap), Duration::from_secs(30));
//!
//! // A long wait is capped, and a date already past means no wait.
//! assert_eq!(RetryAfter::parse(b"86400")?.delay(date, cap), cap);
//! let past = RetryAfter::parse(b"Sunday, 06-Nov-94 08:00:00 GMT")?;
//! assert_eq!(past.delay(date, cap), Duration::ZERO);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;
use core::str::FromStr;
use core::time::Duration;

/// The day names of an IMF-fixdate and of an asctime date, from Sunday, the weekday that
/// [`weekday_of`] numbers 0.
const DAY_NAMES: [&[u8]; 7] = [b"Sun", b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat"];

/// The day names of an RFC 850 date, from Sunday.
const LONG_DAY_NAMES: [&[u8]; 7] = [
    b"Sunday",
    b"Monday",
    b"Tuesday",
    b"Wednesday",
    b"Thursday",
    b"Friday",
    b"Saturday",
];

/// The month names of every form, from January.
const MONTH_NAMES: [&[u8]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// The last second an IMF-fixdate can write, 9999-12-31 23:59:59 UTC, in seconds since the
/// Unix epoch.
const MAX_UNIX_SECONDS: u64 = 253_402_300_799;

/// The seconds of a day.
const DAY: i64 = 86_400;

/// A `Retry-After` field value (RFC 9110 §10.2.3): how long to wait, or until when.
///
/// [`RetryAfter::parse`] reads the bytes of the field value; [`RetryAfter::delay`] gives the
/// wait, capped. `Display` writes the value back as a sender must (delta-seconds, or an
/// IMF-fixdate), and `FromStr` reads text as [`RetryAfter::parse`] reads bytes.
///
/// ```
/// use core::time::Duration;
/// use status_core::retry_after::{HttpDate, RetryAfter};
///
/// let value = RetryAfter::parse(b"120")?;
/// assert_eq!(value, RetryAfter::Delay(Duration::from_secs(120)));
///
/// // `now` from the caller's clock when the response has no usable `Date`:
/// # let since_epoch = Duration::from_secs(1_700_000_000);
/// // let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?;
/// let now = HttpDate::from_unix_seconds(since_epoch.as_secs());
/// let at: RetryAfter = "Tue, 14 Nov 2023 22:13:27 GMT".parse()?;
/// assert_eq!(at.delay(now, Duration::from_secs(3600)), Duration::from_secs(7));
/// assert_eq!(at.to_string(), "Tue, 14 Nov 2023 22:13:27 GMT");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryAfter {
    /// delta-seconds: wait this long after the response was received. A number too large for
    /// a `u64` of seconds is kept as `u64::MAX` seconds.
    Delay(Duration),
    /// An HTTP-date: wait until then.
    At(HttpDate),
}

impl RetryAfter {
    /// Reads a `Retry-After` field value: delta-seconds (`1*DIGIT`) or an HTTP-date in any of
    /// its three forms (IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient
    /// must accept), with spaces and tabs around it ignored.
    ///
    /// ```
    /// use core::time::Duration;
    /// use status_core::retry_after::{RetryAfter, RetryAfterError};
    ///
    /// assert_eq!(RetryAfter::parse(b" 5\t")?, RetryAfter::Delay(Duration::from_secs(5)));
    /// assert!(matches!(RetryAfter::parse(b"Sun Nov  6 08:49:37 1994")?, RetryAfter::At(_)));
    /// // Too many seconds to count is still a (very long) delay.
    /// assert_eq!(
    ///     RetryAfter::parse(b"99999999999999999999999")?,
    ///     RetryAfter::Delay(Duration::from_secs(u64::MAX)),
    /// );
    /// assert_eq!(RetryAfter::parse(b""), Err(RetryAfterError::Empty));
    /// assert_eq!(RetryAfter::parse(b"-5"), Err(RetryAfterError::Malformed));
    /// assert_eq!(RetryAfter::parse(b"1.5"), Err(RetryAfterError::Malformed));
    /// # Ok::<(), RetryAfterError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`RetryAfterError::Empty`] for a value of only spaces and tabs,
    /// [`RetryAfterError::Malformed`] for anything that is neither form, an impossible date
    /// included.
    pub fn parse(value: &[u8]) -> Result<Self, RetryAfterError> {
        let value = trim(value);
        if value.is_empty() {
            return Err(RetryAfterError::Empty);
        }
        if let Some(seconds) = delta_seconds(value) {
            return Ok(RetryAfter::Delay(Duration::from_secs(seconds)));
        }
        read_date(value)
            .map(|read| RetryAfter::At(read.date))
            .ok_or(RetryAfterError::Malformed)
    }

    /// How long to wait, at most `cap`.
    ///
    /// `now` is the response's `Date` when it has one (so that a difference between the
    /// server's clock and the client's does not change the wait), or the caller's clock
    /// ([`HttpDate::from_unix_seconds`]). A date at or before `now` gives
    /// [`Duration::ZERO`]; an RFC 850 date's two-digit year is read relative to `now`
    /// ([`HttpDate::relative_to`]). A delay does not depend on `now`.
    ///
    /// ```
    /// use core::time::Duration;
    /// use status_core::retry_after::{HttpDate, RetryAfter};
    ///
    /// let now = HttpDate::parse(b"Sun, 06 Nov 1994 08:49:37 GMT")?;
    /// let cap = Duration::from_secs(300);
    /// let rfc_850 = RetryAfter::parse(b"Sunday, 06-Nov-94 08:51:37 GMT")?;
    /// assert_eq!(rfc_850.delay(now, cap), Duration::from_secs(120));
    /// let a_day_later = RetryAfter::parse(b"Mon Nov  7 08:49:37 1994")?;
    /// assert_eq!(a_day_later.delay(now, cap), cap);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn delay(&self, now: HttpDate, cap: Duration) -> Duration {
        let wait = match *self {
            RetryAfter::Delay(delay) => delay,
            RetryAfter::At(date) => {
                let now = now.unix_seconds_signed();
                let then = date.relative_to_signed(now);
                Duration::from_secs(u64::try_from(then.saturating_sub(now)).unwrap_or(0))
            }
        };
        wait.min(cap)
    }
}

impl FromStr for RetryAfter {
    type Err = RetryAfterError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        RetryAfter::parse(text.as_bytes())
    }
}

impl fmt::Display for RetryAfter {
    /// delta-seconds (whole seconds; a fraction is dropped), or the date as an IMF-fixdate.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RetryAfter::Delay(delay) => write!(f, "{}", delay.as_secs()),
            RetryAfter::At(date) => fmt::Display::fmt(date, f),
        }
    }
}

/// Why a `Retry-After` value could not be read.
///
/// ```
/// use status_core::retry_after::{RetryAfter, RetryAfterError};
///
/// let error = RetryAfter::parse(b"soon").unwrap_err();
/// assert_eq!(error, RetryAfterError::Malformed);
/// assert_eq!(error.to_string(), "`Retry-After` is neither delta-seconds nor an HTTP-date");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryAfterError {
    /// The value is empty, or only spaces and tabs.
    Empty,
    /// The value is neither delta-seconds nor an HTTP-date of a day and time that exist.
    Malformed,
}

impl fmt::Display for RetryAfterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RetryAfterError::Empty => "`Retry-After` is empty",
            RetryAfterError::Malformed => "`Retry-After` is neither delta-seconds nor an HTTP-date",
        })
    }
}

impl core::error::Error for RetryAfterError {}

/// A point in time as HTTP writes it (RFC 9110 §5.6.7), to the second, in UTC, from the year
/// 0000 to 9999.
///
/// [`HttpDate::parse`] reads the three forms a recipient must accept; `Display` writes the
/// IMF-fixdate a sender must use; [`HttpDate::from_unix_seconds`] and
/// [`HttpDate::unix_seconds`] convert from and to the caller's clock.
///
/// An RFC 850 date has a two-digit year. Until [`HttpDate::relative_to`] places it near
/// another date (as [`RetryAfter::delay`] does with `now`), it is read as POSIX `%y` reads two
/// digits: 69 to 99 in the 1900s, 00 to 68 in the 2000s.
///
/// ```
/// use status_core::retry_after::HttpDate;
///
/// let imf = HttpDate::parse(b"Sun, 06 Nov 1994 08:49:37 GMT")?;
/// assert_eq!(imf, HttpDate::parse(b"Sun Nov  6 08:49:37 1994")?);
/// assert_eq!(imf.unix_seconds(), 784_111_777);
/// assert_eq!(HttpDate::from_unix_seconds(784_111_777), imf);
/// assert_eq!(imf.to_string(), "Sun, 06 Nov 1994 08:49:37 GMT");
///
/// let rfc_850 = HttpDate::parse(b"Sunday, 06-Nov-94 08:49:37 GMT")?;
/// assert_eq!(rfc_850.relative_to(imf), imf);
/// # Ok::<(), status_core::retry_after::HttpDateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HttpDate {
    /// 0 to 9999; for a two-digit year, the year POSIX `%y` gives.
    year: u16,
    /// 1 to 12.
    month: u8,
    /// 1 to the days of the month.
    day: u8,
    /// 0 to 23.
    hour: u8,
    /// 0 to 59.
    minute: u8,
    /// 0 to 59, or 60 at 23:59, the minute a leap second ends.
    second: u8,
    /// The year was written with two digits (an RFC 850 date) and its century is a guess.
    two_digit_year: bool,
}

impl HttpDate {
    /// Reads an HTTP-date in any of its three forms (RFC 9110 §5.6.7), with spaces and tabs
    /// around it ignored: `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate),
    /// `Sunday, 06-Nov-94 08:49:37 GMT` (RFC 850) or `Sun Nov  6 08:49:37 1994` (asctime).
    ///
    /// Names are case-sensitive, as RFC 9110 says. The day and time must exist (a second of
    /// 60 only at 23:59, for a leap second); the day name must be a day name, but it need
    /// not be the date's weekday, since the numbers say when.
    ///
    /// ```
    /// use status_core::retry_after::HttpDate;
    ///
    /// assert!(HttpDate::parse(b"Mon, 06 Nov 1994 08:49:37 GMT").is_ok()); // a Sunday
    /// assert!(HttpDate::parse(b"Sun, 31 Nov 1994 08:49:37 GMT").is_err());
    /// assert!(HttpDate::parse(b"sun, 06 nov 1994 08:49:37 gmt").is_err());
    /// ```
    ///
    /// # Errors
    ///
    /// [`HttpDateError`] when the value is none of the three forms or names a day or time
    /// that does not exist.
    pub fn parse(value: &[u8]) -> Result<Self, HttpDateError> {
        read_date(trim(value))
            .map(|read| read.date)
            .ok_or(HttpDateError(()))
    }

    /// The date `seconds` after 1970-01-01 00:00:00 UTC, at most 9999-12-31 23:59:59, the
    /// last an IMF-fixdate can write. With `std`,
    /// `SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs()` gives the caller's clock.
    ///
    /// ```
    /// use status_core::retry_after::HttpDate;
    ///
    /// assert_eq!(HttpDate::from_unix_seconds(0).to_string(), "Thu, 01 Jan 1970 00:00:00 GMT");
    /// assert_eq!(
    ///     HttpDate::from_unix_seconds(u64::MAX).to_string(),
    ///     "Fri, 31 Dec 9999 23:59:59 GMT",
    /// );
    /// ```
    #[must_use]
    pub fn from_unix_seconds(seconds: u64) -> Self {
        let seconds = seconds.min(MAX_UNIX_SECONDS);
        // At most 2,932,896 days: every conversion below is lossless.
        let days = i64::try_from(seconds / 86_400).unwrap_or(0);
        let of_day = seconds % 86_400;
        let (year, month, day) = civil_from_days(days);
        let narrow = |value: u64| u8::try_from(value).unwrap_or(0);
        HttpDate {
            year: u16::try_from(year).unwrap_or(9999),
            month,
            day,
            hour: narrow(of_day / 3600),
            minute: narrow(of_day / 60 % 60),
            second: narrow(of_day % 60),
            two_digit_year: false,
        }
    }

    /// The seconds since 1970-01-01 00:00:00 UTC; 0 for a date before then. A leap second
    /// counts as the first second of the next day.
    ///
    /// ```
    /// use status_core::retry_after::HttpDate;
    ///
    /// assert_eq!(HttpDate::parse(b"Thu, 01 Jan 1970 00:01:00 GMT")?.unix_seconds(), 60);
    /// assert_eq!(HttpDate::parse(b"Sun, 06 Nov 1994 08:49:37 GMT")?.unix_seconds(), 784_111_777);
    /// assert_eq!(HttpDate::parse(b"Wed, 31 Dec 1969 23:59:59 GMT")?.unix_seconds(), 0);
    /// # Ok::<(), status_core::retry_after::HttpDateError>(())
    /// ```
    #[must_use]
    pub fn unix_seconds(self) -> u64 {
        u64::try_from(self.unix_seconds_signed()).unwrap_or(0)
    }

    /// This date, with an RFC 850 date's two-digit year placed by the rule of RFC 9110
    /// §5.6.7: the year with those two digits that is at most 50 years after `now`'s, and
    /// otherwise the most recent one before it. Any other date is returned as it is.
    ///
    /// ```
    /// use status_core::retry_after::HttpDate;
    ///
    /// let now = HttpDate::parse(b"Thu, 01 Jan 2026 00:00:00 GMT")?;
    /// let soon = HttpDate::parse(b"Friday, 01-Jan-76 00:00:00 GMT")?;
    /// assert_eq!(soon.relative_to(now).to_string(), "Wed, 01 Jan 2076 00:00:00 GMT");
    /// let past = HttpDate::parse(b"Tuesday, 01-Jan-77 00:00:00 GMT")?;
    /// assert_eq!(past.relative_to(now).to_string(), "Sat, 01 Jan 1977 00:00:00 GMT");
    /// # Ok::<(), status_core::retry_after::HttpDateError>(())
    /// ```
    #[must_use]
    pub fn relative_to(self, now: HttpDate) -> HttpDate {
        if !self.two_digit_year {
            return self;
        }
        let year = placed_year(self.year, now.year);
        HttpDate {
            year,
            two_digit_year: false,
            ..self
        }
    }

    /// [`HttpDate::relative_to`] a moment given in (possibly negative) Unix seconds, as
    /// seconds since the epoch.
    fn relative_to_signed(self, now: i64) -> i64 {
        if !self.two_digit_year {
            return self.unix_seconds_signed();
        }
        let (now_year, _, _) = civil_from_days(now.div_euclid(DAY));
        let now_year = u16::try_from(now_year.clamp(0, 9999)).unwrap_or(0);
        HttpDate {
            year: placed_year(self.year, now_year),
            two_digit_year: false,
            ..self
        }
        .unix_seconds_signed()
    }

    /// The seconds since the Unix epoch, negative before 1970.
    fn unix_seconds_signed(self) -> i64 {
        let days = days_from_civil(
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        days * DAY
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
    }
}

impl FromStr for HttpDate {
    type Err = HttpDateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        HttpDate::parse(text.as_bytes())
    }
}

impl fmt::Display for HttpDate {
    /// The IMF-fixdate a sender must write, such as `Sun, 06 Nov 1994 08:49:37 GMT`, with the
    /// date's own weekday.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let weekday = weekday_of(
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let name = |names: &[&'static [u8]], index: usize| {
            names
                .get(index)
                .and_then(|name| core::str::from_utf8(name).ok())
                .unwrap_or("???")
        };
        write!(
            f,
            "{}, {:02} {} {:04} {:02}:{:02}:{:02} GMT",
            name(&DAY_NAMES, weekday),
            self.day,
            name(&MONTH_NAMES, usize::from(self.month).saturating_sub(1)),
            self.year,
            self.hour,
            self.minute,
            self.second,
        )
    }
}

/// The bytes are not an HTTP-date ([`HttpDate::parse`]).
///
/// ```
/// let error = status_core::retry_after::HttpDate::parse(b"yesterday").unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "not an HTTP-date (IMF-fixdate, RFC 850 or asctime) of a day and time that exist",
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HttpDateError(());

impl fmt::Display for HttpDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "not an HTTP-date (IMF-fixdate, RFC 850 or asctime) of a day and time that exist",
        )
    }
}

impl core::error::Error for HttpDateError {}

/// The form an HTTP-date was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateForm {
    /// `Sun, 06 Nov 1994 08:49:37 GMT`, the form a sender must generate.
    ImfFixdate,
    /// `Sunday, 06-Nov-94 08:49:37 GMT`.
    Rfc850,
    /// `Sun Nov  6 08:49:37 1994`.
    Asctime,
}

/// What [`read_date`] found: the date, its form, and whether its day name is its weekday.
#[cfg_attr(
    not(any(test, feature = "tower", feature = "actix-web")),
    expect(
        dead_code,
        reason = "the form and the weekday are read by the conformance check"
    )
)]
#[derive(Clone, Copy, Debug)]
pub(crate) struct ReadDate {
    pub(crate) date: HttpDate,
    pub(crate) form: DateForm,
    pub(crate) weekday_matches: bool,
}

/// Reads exactly `value` (nothing trimmed) as an HTTP-date of any form, or `None`.
pub(crate) fn read_date(value: &[u8]) -> Option<ReadDate> {
    match value {
        [_, _, _, b',', ..] => imf_fixdate(value),
        [_, _, _, b' ', ..] => asctime(value),
        _ => rfc_850(value),
    }
}

/// Whether `value` is `1*DIGIT`, nothing around it.
pub(crate) fn is_delta_seconds(value: &[u8]) -> bool {
    !value.is_empty() && value.iter().all(u8::is_ascii_digit)
}

/// The seconds `value` writes as `1*DIGIT`, `u64::MAX` when they are more, or `None` when it
/// is not `1*DIGIT`.
fn delta_seconds(value: &[u8]) -> Option<u64> {
    if !is_delta_seconds(value) {
        return None;
    }
    Some(value.iter().fold(0_u64, |seconds, &digit| {
        seconds
            .saturating_mul(10)
            .saturating_add(u64::from(digit - b'0'))
    }))
}

/// `value` without the spaces and tabs (OWS) around it.
fn trim(value: &[u8]) -> &[u8] {
    let is_ows = |byte: &u8| *byte == b' ' || *byte == b'\t';
    let start = value
        .iter()
        .position(|byte| !is_ows(byte))
        .unwrap_or(value.len());
    let end = value
        .iter()
        .rposition(|byte| !is_ows(byte))
        .map_or(start, |last| last + 1);
    value.get(start..end).unwrap_or_default()
}

/// `day-name "," SP day SP month SP year SP hour ":" minute ":" second SP "GMT"`.
fn imf_fixdate(value: &[u8]) -> Option<ReadDate> {
    let &[
        n0,
        n1,
        n2,
        b',',
        b' ',
        d0,
        d1,
        b' ',
        m0,
        m1,
        m2,
        b' ',
        y0,
        y1,
        y2,
        y3,
        b' ',
        h0,
        h1,
        b':',
        i0,
        i1,
        b':',
        s0,
        s1,
        b' ',
        b'G',
        b'M',
        b'T',
    ] = value
    else {
        return None;
    };
    let year = u16::from(two_digits(y0, y1)?) * 100 + u16::from(two_digits(y2, y3)?);
    let weekday = position(&DAY_NAMES, &[n0, n1, n2])?;
    let date = checked_date(
        year,
        position(&MONTH_NAMES, &[m0, m1, m2])?,
        two_digits(d0, d1)?,
        time(h0, h1, i0, i1, s0, s1)?,
        false,
    )?;
    Some(ReadDate {
        date,
        form: DateForm::ImfFixdate,
        weekday_matches: weekday == date.weekday(),
    })
}

/// `day-name-l "," SP day "-" month "-" 2DIGIT SP hour ":" minute ":" second SP "GMT"`.
fn rfc_850(value: &[u8]) -> Option<ReadDate> {
    let comma = value.iter().position(|&byte| byte == b',')?;
    let (name, rest) = value.split_at(comma);
    let &[
        b',',
        b' ',
        d0,
        d1,
        b'-',
        m0,
        m1,
        m2,
        b'-',
        y0,
        y1,
        b' ',
        h0,
        h1,
        b':',
        i0,
        i1,
        b':',
        s0,
        s1,
        b' ',
        b'G',
        b'M',
        b'T',
    ] = rest
    else {
        return None;
    };
    let short = two_digits(y0, y1)?;
    let year = if short >= 69 {
        1900 + u16::from(short)
    } else {
        2000 + u16::from(short)
    };
    let weekday = position(&LONG_DAY_NAMES, name)?;
    let date = checked_date(
        year,
        position(&MONTH_NAMES, &[m0, m1, m2])?,
        two_digits(d0, d1)?,
        time(h0, h1, i0, i1, s0, s1)?,
        true,
    )?;
    Some(ReadDate {
        date,
        form: DateForm::Rfc850,
        weekday_matches: weekday == date.weekday(),
    })
}

/// `day-name SP month SP ( 2DIGIT / ( SP DIGIT ) ) SP hour ":" minute ":" second SP year`.
fn asctime(value: &[u8]) -> Option<ReadDate> {
    let &[
        n0,
        n1,
        n2,
        b' ',
        m0,
        m1,
        m2,
        b' ',
        d0,
        d1,
        b' ',
        h0,
        h1,
        b':',
        i0,
        i1,
        b':',
        s0,
        s1,
        b' ',
        y0,
        y1,
        y2,
        y3,
    ] = value
    else {
        return None;
    };
    let day = if d0 == b' ' {
        two_digits(b'0', d1)?
    } else {
        two_digits(d0, d1)?
    };
    let year = u16::from(two_digits(y0, y1)?) * 100 + u16::from(two_digits(y2, y3)?);
    let weekday = position(&DAY_NAMES, &[n0, n1, n2])?;
    let date = checked_date(
        year,
        position(&MONTH_NAMES, &[m0, m1, m2])?,
        day,
        time(h0, h1, i0, i1, s0, s1)?,
        false,
    )?;
    Some(ReadDate {
        date,
        form: DateForm::Asctime,
        weekday_matches: weekday == date.weekday(),
    })
}

/// The hour, minute and second that six ASCII digits write, if they are a time of day.
fn time(h0: u8, h1: u8, i0: u8, i1: u8, s0: u8, s1: u8) -> Option<(u8, u8, u8)> {
    let (hour, minute, second) = (
        two_digits(h0, h1)?,
        two_digits(i0, i1)?,
        two_digits(s0, s1)?,
    );
    let leap_second = second == 60 && hour == 23 && minute == 59;
    (hour <= 23 && minute <= 59 && (second <= 59 || leap_second)).then_some((hour, minute, second))
}

/// The date, if `day` exists in `month` (counted from 0) of `year`.
fn checked_date(
    year: u16,
    month: usize,
    day: u8,
    (hour, minute, second): (u8, u8, u8),
    two_digit_year: bool,
) -> Option<HttpDate> {
    let month = u8::try_from(month + 1).ok()?;
    (1..=days_in_month(year, month))
        .contains(&day)
        .then_some(HttpDate {
            year,
            month,
            day,
            hour,
            minute,
            second,
            two_digit_year,
        })
}

impl HttpDate {
    /// The weekday, 0 for Sunday.
    fn weekday(self) -> usize {
        weekday_of(
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        )
    }
}

/// The year ending in the two digits of `year` that is at most 50 years after `now_year`,
/// the latest such (RFC 9110 §5.6.7), kept from 0 to 9999.
fn placed_year(year: u16, now_year: u16) -> u16 {
    let (short, now) = (i32::from(year % 100), i32::from(now_year));
    let mut placed = now - now % 100 + short;
    if placed > now + 50 {
        placed -= 100;
    } else if placed + 100 <= now + 50 {
        placed += 100;
    }
    u16::try_from(placed.clamp(0, 9999)).unwrap_or(year)
}

/// The number two ASCII digits write, or `None` if either is not a digit.
fn two_digits(tens: u8, units: u8) -> Option<u8> {
    let digit = |byte: u8| byte.is_ascii_digit().then(|| byte - b'0');
    Some(digit(tens)? * 10 + digit(units)?)
}

/// Where `name` is in `names`, counted from 0 (a weekday from Sunday, a month from January).
fn position(names: &[&[u8]], name: &[u8]) -> Option<usize> {
    names.iter().position(|candidate| *candidate == name)
}

/// The days of `month` (1 for January) in `year` of the Gregorian calendar.
fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The days from 1970-01-01 to a date of the proleptic Gregorian calendar (`month` and `day`
/// from 1), negative before it: counted in 400-year eras that start on 1 March, so that a
/// leap day ends its year.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The year, month (from 1) and day (from 1) `days` after 1970-01-01: the inverse of
/// [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    let narrow = |value: i64| u8::try_from(value).unwrap_or(1);
    (year, narrow(month), narrow(day))
}

/// The weekday (0 for Sunday) of a date of the proleptic Gregorian calendar; 1970-01-01 was a
/// Thursday.
fn weekday_of(year: i64, month: i64, day: i64) -> usize {
    usize::try_from((days_from_civil(year, month, day) + 4).rem_euclid(7)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::string::ToString;

    use super::*;

    #[test]
    fn the_three_forms_of_rfc_9110_read_as_one_date() {
        let imf = HttpDate::parse(b"Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        let rfc_850 = HttpDate::parse(b"Sunday, 06-Nov-94 08:49:37 GMT").unwrap();
        let asctime = HttpDate::parse(b"Sun Nov  6 08:49:37 1994").unwrap();
        assert_eq!(rfc_850.relative_to(imf), imf);
        assert_eq!(asctime, imf);
        assert_eq!(imf.unix_seconds(), 784_111_777);
        assert_eq!(rfc_850.unix_seconds(), 784_111_777);
    }

    #[test]
    fn the_strict_reader_records_the_form_and_the_weekday() {
        let read = read_date(b"Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(
            (read.form, read.weekday_matches),
            (DateForm::ImfFixdate, true)
        );
        let read = read_date(b"Mon, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert!(!read.weekday_matches);
        assert_eq!(
            read_date(b"Sunday, 06-Nov-94 08:49:37 GMT").unwrap().form,
            DateForm::Rfc850
        );
        assert_eq!(
            read_date(b"Sun Nov 16 08:49:37 1994").unwrap().form,
            DateForm::Asctime
        );
        assert!(read_date(b" Sun, 06 Nov 1994 08:49:37 GMT").is_none());
    }

    #[test]
    fn impossible_dates_and_times_are_refused() {
        for value in [
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "Sun, 00 Nov 1994 08:49:37 GMT",
            "Tue, 29 Feb 2100 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 08:60:00 GMT",
            "Sun, 06 Nov 1994 08:49:60 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Xyz, 06 Nov 1994 08:49:37 GMT",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun Nov 6 08:49:37 1994",
            "Sundae, 06-Nov-94 08:49:37 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            ",",
            "",
        ] {
            assert!(HttpDate::parse(value.as_bytes()).is_err(), "{value}");
            assert!(RetryAfter::parse(value.as_bytes()).is_err(), "{value}");
        }
        assert!(HttpDate::parse(b"Tue, 29 Feb 2000 08:49:37 GMT").is_ok());
        assert!(HttpDate::parse(b"Sat, 31 Dec 2016 23:59:60 GMT").is_ok());
    }

    #[test]
    fn a_leap_second_counts_as_the_next_day_s_first() {
        let leap = HttpDate::parse(b"Sat, 31 Dec 2016 23:59:60 GMT").unwrap();
        let next = HttpDate::parse(b"Sun, 01 Jan 2017 00:00:00 GMT").unwrap();
        assert_eq!(leap.unix_seconds(), next.unix_seconds());
    }

    #[test]
    fn two_digit_years_follow_the_fifty_year_rule() {
        assert_eq!(placed_year(1977, 2026), 1977);
        assert_eq!(placed_year(2076, 2026), 2076);
        assert_eq!(placed_year(2005, 2090), 2105);
        assert_eq!(placed_year(1999, 2048), 1999);
        assert_eq!(placed_year(1999, 2049), 2099);
        assert_eq!(placed_year(2068, 9999), 9968);
        assert_eq!(placed_year(2001, 9990), 9999);
        // Read without a reference, as POSIX `%y` does.
        let date = |text: &str| HttpDate::parse(text.as_bytes()).unwrap().year;
        assert_eq!(date("Monday, 01-Jan-69 00:00:00 GMT"), 1969);
        assert_eq!(date("Monday, 01-Jan-68 00:00:00 GMT"), 2068);
    }

    #[test]
    fn an_rfc_850_retry_after_is_placed_near_now() {
        let now = HttpDate::parse(b"Thu, 01 Jan 2026 00:00:00 GMT").unwrap();
        let cap = Duration::MAX;
        let in_70_years = RetryAfter::parse(b"Sunday, 01-Jan-96 00:00:00 GMT").unwrap();
        assert_eq!(in_70_years.delay(now, cap), Duration::ZERO);
        let in_40_years = RetryAfter::parse(b"Sunday, 01-Jan-66 00:00:00 GMT").unwrap();
        let expected = HttpDate::parse(b"Fri, 01 Jan 2066 00:00:00 GMT").unwrap();
        assert_eq!(
            in_40_years.delay(now, cap).as_secs(),
            expected.unix_seconds() - now.unix_seconds()
        );
    }

    #[test]
    fn delays_saturate_and_are_capped() {
        let now = HttpDate::from_unix_seconds(0);
        let far = RetryAfter::parse("9".repeat(400).as_bytes()).unwrap();
        assert_eq!(far, RetryAfter::Delay(Duration::from_secs(u64::MAX)));
        assert_eq!(far.delay(now, Duration::MAX), Duration::from_secs(u64::MAX));
        assert_eq!(
            far.delay(now, Duration::from_secs(9)),
            Duration::from_secs(9)
        );
        let last = RetryAfter::parse(b"Fri, 31 Dec 9999 23:59:59 GMT").unwrap();
        assert_eq!(last.delay(now, Duration::MAX).as_secs(), MAX_UNIX_SECONDS);
        let first = RetryAfter::parse(b"Sat, 01 Jan 0000 00:00:00 GMT").unwrap();
        assert_eq!(first.delay(now, Duration::MAX), Duration::ZERO);
        let year_0 = HttpDate::parse(b"Sat, 01 Jan 0000 00:00:00 GMT").unwrap();
        assert_eq!(year_0.to_string(), "Sat, 01 Jan 0000 00:00:00 GMT");
        assert_eq!(year_0.unix_seconds(), 0);
    }

    #[test]
    fn unix_seconds_and_dates_round_trip() {
        for seconds in [
            0,
            1,
            59,
            86_399,
            86_400,
            951_782_400,
            1_700_000_000,
            MAX_UNIX_SECONDS,
        ] {
            let date = HttpDate::from_unix_seconds(seconds);
            assert_eq!(date.unix_seconds(), seconds);
            assert_eq!(date.to_string().parse::<HttpDate>(), Ok(date));
        }
        assert_eq!(
            HttpDate::from_unix_seconds(951_782_400).to_string(),
            "Tue, 29 Feb 2000 00:00:00 GMT"
        );
    }

    #[test]
    fn retry_after_prints_what_a_sender_writes() {
        assert_eq!(RetryAfter::parse(b"\t0042 ").unwrap().to_string(), "42");
        let at = RetryAfter::parse(b"Sunday, 06-Nov-94 08:49:37 GMT").unwrap();
        assert_eq!(at.to_string(), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(RetryAfter::parse(b" \t "), Err(RetryAfterError::Empty));
    }
}
