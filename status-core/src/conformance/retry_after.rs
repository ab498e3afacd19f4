//! `Retry-After` as a sender must write it: delta-seconds or an IMF-fixdate, read by hand so
//! that the check allocates nothing and cannot panic on any input.

/// The day names of an IMF-fixdate, from Sunday, the weekday that `weekday` numbers 0.
const DAY_NAMES: [&[u8; 3]; 7] = [b"Sun", b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat"];

/// The month names of an IMF-fixdate, from January.
const MONTH_NAMES: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// Whether `value` is a `Retry-After` field value that a sender may generate (RFC 9110
/// §10.2.3): delta-seconds (one or more digits), or an HTTP-date in the IMF-fixdate form that
/// a sender must use (RFC 9110 §5.6.7), such as `Sun, 06 Nov 1994 08:49:37 GMT`.
///
/// The date is read strictly: exactly 29 bytes, names in their registered case, an hour up to
/// 23, a minute up to 59, a second up to 59 (60 only at 23:59, the one minute a leap second
/// ends), a day that exists in its month (29 February only in a Gregorian leap year), and a
/// day name that is the weekday of the date. The obsolete RFC 850 and asctime forms, which a
/// recipient must still accept, are refused, as is any whitespace around the value: a
/// generator has no reason to write either.
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
    is_delta_seconds(value) || is_imf_fixdate(value)
}

/// `1*DIGIT`, of any length: a recipient caps a number too large for it (RFC 9111 §1.2.2).
fn is_delta_seconds(value: &[u8]) -> bool {
    !value.is_empty() && value.iter().all(u8::is_ascii_digit)
}

/// `day-name "," SP day SP month SP year SP hour ":" minute ":" second SP "GMT"`, a real
/// date and time whose day name is right.
fn is_imf_fixdate(value: &[u8]) -> bool {
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
        return false;
    };
    let (Some(day), Some(hour), Some(minute), Some(second)) = (
        two_digits(d0, d1),
        two_digits(h0, h1),
        two_digits(i0, i1),
        two_digits(s0, s1),
    ) else {
        return false;
    };
    let (Some(high), Some(low)) = (two_digits(y0, y1), two_digits(y2, y3)) else {
        return false;
    };
    let year = high * 100 + low;
    let (Some(weekday), Some(month)) = (
        position(&DAY_NAMES, [n0, n1, n2]),
        position(&MONTH_NAMES, [m0, m1, m2]),
    ) else {
        return false;
    };
    let leap_second = second == 60 && hour == 23 && minute == 59;
    hour <= 23
        && minute <= 59
        && (second <= 59 || leap_second)
        && (1..=days_in_month(year, month)).contains(&day)
        && weekday_of(year, month, day) == weekday
}

/// The number two ASCII digits write, or `None` if either is not a digit.
fn two_digits(tens: u8, units: u8) -> Option<i32> {
    let digit = |byte: u8| byte.is_ascii_digit().then(|| i32::from(byte - b'0'));
    Some(digit(tens)? * 10 + digit(units)?)
}

/// Where `name` is in `names`, counted from 0 (a weekday from Sunday, a month from January).
fn position<const N: usize>(names: &[&[u8; 3]; N], name: [u8; 3]) -> Option<i32> {
    names
        .iter()
        .zip(0..)
        .find(|(candidate, _)| ***candidate == name)
        .map(|(_, index)| index)
}

/// The days of `month` (0 for January) in `year` of the Gregorian calendar.
fn days_in_month(year: i32, month: i32) -> i32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        1 if leap => 29,
        1 => 28,
        3 | 5 | 8 | 10 => 30,
        _ => 31,
    }
}

/// The weekday (0 for Sunday) of a date of the proleptic Gregorian calendar, `month` counted
/// from 0 and `day` from 1: the days since 1 January 1970, a Thursday, counted in 400-year
/// eras that start on 1 March, so that a leap day ends its year.
fn weekday_of(year: i32, month: i32, day: i32) -> i32 {
    let year = if month < 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 10) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days_since_1970 = era * 146_097 + day_of_era - 719_468;
    (days_since_1970 + 4).rem_euclid(7)
}
