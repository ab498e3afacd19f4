//! Properties of the `Retry-After` reader (`status_core::retry_after`), on generated input: no
//! bytes make it panic, a delay is never above its cap, a date it formats reads back as the
//! same date in all three forms of RFC 9110 §5.6.7, and what the conformance check lets a
//! sender write is always understood by a recipient.

mod regressions;

use core::time::Duration;

use proptest::prelude::*;
use status_core::conformance::is_valid_retry_after;
use status_core::retry_after::{HttpDate, RetryAfter};

/// The last second an IMF-fixdate can write, 9999-12-31 23:59:59 UTC.
const LAST: u64 = 253_402_300_799;

/// Few cases: `cargo test --workspace` runs these in CI and stays fast.
fn config() -> ProptestConfig {
    regressions::config!("retry_after", 512)
}

/// Reads `value` every way there is, checking what each gives.
fn read_all(value: &[u8], now: u64, cap: Duration) {
    let now = HttpDate::from_unix_seconds(now);
    if let Ok(retry_after) = RetryAfter::parse(value) {
        assert!(retry_after.delay(now, cap) <= cap);
        // What it prints is what a sender may write, and reads back the same.
        let printed = retry_after.to_string();
        assert!(is_valid_retry_after(printed.as_bytes()), "{printed}");
        let reread = RetryAfter::parse(printed.as_bytes()).expect("printed value reads back");
        match (retry_after, reread) {
            (RetryAfter::Delay(delay), RetryAfter::Delay(again)) => assert_eq!(delay, again),
            // An RFC 850 date prints with its year read as POSIX `%y` reads it.
            (RetryAfter::At(date), RetryAfter::At(again)) => {
                assert_eq!(date.unix_seconds(), again.unix_seconds());
            }
            (read, reread) => panic!("{read:?} printed as {printed:?} reads as {reread:?}"),
        }
    } else {
        assert!(
            !is_valid_retry_after(value),
            "{:?}",
            String::from_utf8_lossy(value)
        );
    }
    let _ = HttpDate::parse(value);
}

/// The date of `seconds` in the three forms: IMF-fixdate, RFC 850 and asctime.
fn three_forms(seconds: u64) -> [String; 3] {
    let imf = HttpDate::from_unix_seconds(seconds).to_string();
    // `Sun, 06 Nov 1994 08:49:37 GMT`
    let (day_name, day, month, year, time) = (
        &imf[0..3],
        &imf[5..7],
        &imf[8..11],
        &imf[12..16],
        &imf[17..25],
    );
    let long_name = match day_name {
        "Sun" => "Sunday",
        "Mon" => "Monday",
        "Tue" => "Tuesday",
        "Wed" => "Wednesday",
        "Thu" => "Thursday",
        "Fri" => "Friday",
        _ => "Saturday",
    };
    let rfc_850 = format!("{long_name}, {day}-{month}-{} {time} GMT", &year[2..]);
    let asctime_day = day
        .strip_prefix('0')
        .map_or_else(|| day.to_owned(), |units| format!(" {units}"));
    let asctime = format!("{day_name} {month} {asctime_day} {time} {year}");
    [imf, rfc_850, asctime]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn no_bytes_make_the_reader_panic(
        value in proptest::collection::vec(any::<u8>(), 0..40),
        now in any::<u64>(),
        cap in any::<u64>(),
    ) {
        read_all(&value, now, Duration::from_secs(cap));
    }

    #[test]
    fn no_edit_of_a_date_makes_the_reader_panic(
        seconds in 0..=LAST,
        form in 0..3_usize,
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
        now in any::<u64>(),
    ) {
        let mut value = three_forms(seconds)[form].clone().into_bytes();
        let at = at.index(value.len());
        value[at] = byte;
        read_all(&value, now, Duration::from_secs(3600));
        value.remove(at);
        read_all(&value, now, Duration::from_secs(3600));
    }

    #[test]
    fn a_formatted_date_reads_back_in_every_form(seconds in 0..=LAST) {
        let date = HttpDate::from_unix_seconds(seconds);
        let [imf, rfc_850, asctime] = three_forms(seconds);
        prop_assert!(is_valid_retry_after(imf.as_bytes()), "{}", imf);
        prop_assert_eq!(HttpDate::parse(imf.as_bytes()), Ok(date));
        prop_assert_eq!(date.unix_seconds(), seconds);
        prop_assert_eq!(HttpDate::parse(asctime.as_bytes()), Ok(date));
        // A two-digit year is read in the century the 50-year rule gives from the date itself.
        let short = HttpDate::parse(rfc_850.as_bytes()).expect("RFC 850 form reads");
        prop_assert_eq!(short.relative_to(date), date, "{}", rfc_850);
        prop_assert!(!is_valid_retry_after(rfc_850.as_bytes()));
        prop_assert!(!is_valid_retry_after(asctime.as_bytes()));
    }

    #[test]
    fn a_date_waits_until_then_and_no_longer_than_the_cap(
        now in 0..=LAST,
        then in 0..=LAST,
        cap in any::<u64>(),
    ) {
        let at = RetryAfter::parse(HttpDate::from_unix_seconds(then).to_string().as_bytes())
            .expect("a formatted date reads");
        let expected = Duration::from_secs(then.saturating_sub(now).min(cap));
        prop_assert_eq!(at.delay(HttpDate::from_unix_seconds(now), Duration::from_secs(cap)), expected);
    }

    #[test]
    fn delta_seconds_read_back(seconds in any::<u64>(), cap in any::<u64>()) {
        let value = RetryAfter::parse(seconds.to_string().as_bytes()).expect("digits read");
        prop_assert_eq!(value, RetryAfter::Delay(Duration::from_secs(seconds)));
        prop_assert_eq!(
            value.delay(HttpDate::from_unix_seconds(0), Duration::from_secs(cap)),
            Duration::from_secs(seconds.min(cap)),
        );
    }
}
