//! Fuzzes the `Retry-After` reader: any bytes are read or rejected, never a panic; a delay is
//! never above its cap; what a value prints reads back to the same wait; a date read in any
//! form prints as an IMF-fixdate that reads back to the same second.

#![no_main]

use core::time::Duration;

use libfuzzer_sys::fuzz_target;
use status_core::retry_after::{HttpDate, RetryAfter};

/// Moments to read a date against: the epoch, the date of RFC 9110's examples, one in 2023,
/// the last second an IMF-fixdate writes, and beyond it.
const NOWS: [u64; 5] = [0, 784_111_777, 1_700_000_000, 253_402_300_799, u64::MAX];

/// Caps: none, a minute and nothing.
const CAPS: [Duration; 3] = [Duration::MAX, Duration::from_secs(60), Duration::ZERO];

fuzz_target!(|value: &[u8]| {
    let read = RetryAfter::parse(value);
    if let Ok(retry_after) = read {
        let printed = retry_after.to_string();
        let reread = RetryAfter::parse(printed.as_bytes()).expect("a printed value reads back");
        match (retry_after, reread) {
            (RetryAfter::Delay(delay), RetryAfter::Delay(again)) => assert_eq!(delay, again),
            (RetryAfter::At(date), RetryAfter::At(again)) => {
                assert_eq!(date.unix_seconds(), again.unix_seconds());
            }
            (read, reread) => panic!("{read:?} printed as {printed:?} reads as {reread:?}"),
        }
    }
    let date = HttpDate::parse(value);
    for now in NOWS.map(HttpDate::from_unix_seconds) {
        if let Ok(retry_after) = read {
            for cap in CAPS {
                assert!(retry_after.delay(now, cap) <= cap);
            }
        }
        if let Ok(date) = date {
            let placed = date.relative_to(now);
            assert_eq!(placed.to_string().parse::<HttpDate>(), Ok(placed));
        }
    }
});
