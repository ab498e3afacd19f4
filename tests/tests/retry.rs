//! The retry decision (`status_core::retry`): every code gets one, the module's table holds,
//! the method decides where the RFCs say it does, `Retry-After` is read relative to `now` and
//! capped, and no input makes it panic or repeat a request the registry says needs a change.

mod regressions;

use core::time::Duration;

use proptest::prelude::*;
use status_core::retry::{RetryDecision, RetryPolicy, RetryReason, RetryVerdict};
use status_core::retry_after::HttpDate;
use status_core::vendor::{Cloudflare, Microsoft};
use status_core::{REGISTRY, Retry, Status, StatusCode};

const METHODS: [&str; 9] = [
    "GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "POST", "PATCH", "CONNECT",
];

fn now() -> HttpDate {
    HttpDate::parse(b"Sun, 06 Nov 1994 08:49:37 GMT").expect("a valid date")
}

fn decide(status: impl Into<Status>, method: &str, retry_after: Option<&str>) -> RetryDecision {
    RetryPolicy::new().decide(status, method, retry_after.map(str::as_bytes), now())
}

fn wire(code: u16) -> Status {
    Status::new(code).expect("a code from 100 to 599")
}

#[test]
fn every_code_gets_a_decision_for_every_method() {
    for code in 100..=599 {
        for method in METHODS {
            for retry_after in [None, Some("5"), Some("soon")] {
                let decision = decide(wire(code), method, retry_after);
                assert!(!decision.to_string().is_empty());
                if code < 400 {
                    assert_eq!(decision.reason, RetryReason::NotAFailure, "{code}");
                }
            }
        }
    }
}

/// The rows of the module's table, for GET (idempotent) and POST: what this crate decides.
#[test]
fn the_table_of_the_module_docs_holds() {
    use RetryReason::*;
    // (code, reason for GET, reason for POST), no `Retry-After`.
    let rows: [(u16, RetryReason, RetryReason); 15] = [
        (408, MaySucceed, NotIdempotent),
        (413, NotStated, NotStated),
        (421, MisdirectedRequest, MisdirectedRequest),
        (425, TooEarly, TooEarly),
        (429, MaySucceed, NotIdempotent),
        (500, NotStated, NotStated),
        (501, NeedsChange, NeedsChange),
        (502, Transient, NotIdempotent),
        (503, MaySucceed, NotIdempotent),
        (504, Transient, NotIdempotent),
        (505, NeedsChange, NeedsChange),
        (507, NotStated, NotStated),
        (510, NeedsChange, NeedsChange),
        (511, NeedsChange, NeedsChange),
        (404, NotStated, NotStated),
    ];
    let retried = |reason| {
        matches!(
            reason,
            MaySucceed | Transient | MisdirectedRequest | TooEarly | RetryAfterGiven
        )
    };
    for (code, get, post) in rows {
        for (method, reason) in [("GET", get), ("POST", post)] {
            let decision = decide(wire(code), method, None);
            assert_eq!(decision.reason, reason, "{code} {method}");
            let verdict = if retried(reason) {
                RetryVerdict::WithBackoff
            } else {
                RetryVerdict::DoNotRetry
            };
            assert_eq!(decision.verdict, verdict, "{code} {method}");
        }
    }
    // 413 with `Retry-After`: the server says the condition is temporary.
    let decision = decide(StatusCode::ContentTooLarge, "PUT", Some("7"));
    assert_eq!(
        decision.verdict,
        RetryVerdict::After(Duration::from_secs(7))
    );
    assert_eq!(decision.reason, RetryAfterGiven);
    assert_eq!(
        decide(StatusCode::ContentTooLarge, "POST", Some("7")).reason,
        NotIdempotent
    );
    // 404 with `Retry-After` is still not retried: 404 does not carry it.
    assert!(!decide(StatusCode::NotFound, "GET", Some("7")).should_retry());
}

#[test]
fn cloudflare_520_to_524_are_transient_and_525_on_are_not() {
    let transient = [
        Cloudflare::WebServerReturnedAnUnknownError,
        Cloudflare::WebServerIsDown,
        Cloudflare::ConnectionTimedOut,
        Cloudflare::OriginIsUnreachable,
        Cloudflare::ATimeoutOccurred,
    ];
    for status in transient {
        assert_eq!(status.retry(), Some(Retry::Transient), "{status:?}");
        let code = Status::from(status).code();
        for status in [Status::from(status), wire(code)] {
            let decision = decide(status, "GET", None);
            assert_eq!(decision.reason, RetryReason::Transient, "{status}");
            assert_eq!(decision.verdict, RetryVerdict::WithBackoff, "{status}");
            assert_eq!(
                decide(status, "POST", None).reason,
                RetryReason::NotIdempotent
            );
        }
    }
    for code in 525..=527 {
        assert_eq!(
            decide(wire(code), "GET", None).reason,
            RetryReason::NotStated
        );
    }
    // Microsoft's 520 records no fact of its own.
    assert_eq!(
        decide(Microsoft::UnknownError, "GET", None).reason,
        RetryReason::NotStated
    );
}

#[test]
fn the_registry_records_transient_where_the_table_says() {
    let transient: Vec<(u16, &str)> = REGISTRY
        .iter()
        .filter(|meaning| meaning.retry == Some(Retry::Transient))
        .map(|meaning| (meaning.code, meaning.origin.name()))
        .collect();
    assert_eq!(
        transient,
        [
            (502, "IANA"),
            (504, "IANA"),
            (520, "Cloudflare"),
            (521, "Cloudflare"),
            (522, "Cloudflare"),
            (523, "Cloudflare"),
            (524, "Cloudflare"),
        ]
    );
}

#[test]
fn only_idempotent_methods_repeat_what_may_succeed() {
    for status in [
        StatusCode::RequestTimeout,
        StatusCode::TooManyRequests,
        StatusCode::BadGateway,
        StatusCode::ServiceUnavailable,
        StatusCode::GatewayTimeout,
    ] {
        for method in ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"] {
            assert!(
                decide(status, method, None).should_retry(),
                "{status} {method}"
            );
        }
        for method in ["POST", "PATCH", "CONNECT", "get", "put"] {
            let decision = decide(status, method, None);
            assert_eq!(
                decision.verdict,
                RetryVerdict::DoNotRetry,
                "{status} {method}"
            );
            assert_eq!(decision.reason, RetryReason::NotIdempotent);
            assert_eq!(decision.reason.rule(), "RFC 9110 §9.2.2");
        }
    }
}

#[test]
fn a_request_421_or_425_says_was_not_processed_is_repeated_even_for_post() {
    for method in ["POST", "PATCH", "GET"] {
        let misdirected = decide(StatusCode::MisdirectedRequest, method, None);
        assert_eq!(misdirected.verdict, RetryVerdict::WithBackoff);
        assert_eq!(misdirected.reason.rule(), "RFC 9110 §15.5.20");
        let too_early = decide(StatusCode::TooEarly, method, Some("1"));
        assert_eq!(
            too_early.verdict,
            RetryVerdict::After(Duration::from_secs(1))
        );
        assert_eq!(too_early.reason.rule(), "RFC 8470 §5.2");
    }
}

#[test]
fn retry_after_is_read_relative_to_now_and_capped() {
    let policy = RetryPolicy::new().max_delay(Duration::from_secs(100));
    let at = |value: &str| {
        policy
            .decide(
                StatusCode::ServiceUnavailable,
                "GET",
                Some(value.as_bytes()),
                now(),
            )
            .verdict
    };
    let after = |seconds| RetryVerdict::After(Duration::from_secs(seconds));
    assert_eq!(at("30"), after(30));
    assert_eq!(at("100"), after(100));
    assert_eq!(at("101"), after(100));
    assert_eq!(at("99999999999999999999999"), after(100));
    // The three forms of HTTP-date, each 42 seconds after `now`.
    assert_eq!(at("Sun, 06 Nov 1994 08:50:19 GMT"), after(42));
    assert_eq!(at("Sunday, 06-Nov-94 08:50:19 GMT"), after(42));
    assert_eq!(at("Sun Nov  6 08:50:19 1994"), after(42));
    // A day later is capped; a date already past means now.
    assert_eq!(at("Mon, 07 Nov 1994 08:49:37 GMT"), after(100));
    assert_eq!(at("Sun, 06 Nov 1994 08:00:00 GMT"), after(0));
    // Another `now` moves the wait.
    let later = HttpDate::parse(b"Sun, 06 Nov 1994 08:50:00 GMT").expect("a valid date");
    let decision = policy.decide(
        StatusCode::TooManyRequests,
        "GET",
        Some(b"Sun, 06 Nov 1994 08:50:19 GMT"),
        later,
    );
    assert_eq!(decision.verdict, after(19));
    // A malformed value leaves the wait to the caller's backoff.
    for value in ["soon", "", "-5", "1.5", "Sun, 31 Nov 1994 08:50:19 GMT"] {
        assert_eq!(at(value), RetryVerdict::WithBackoff, "{value:?}");
    }
}

#[test]
fn a_refusal_ignores_retry_after() {
    for status in [
        StatusCode::Unauthorized,
        StatusCode::NotImplemented,
        StatusCode::HttpVersionNotSupported,
        StatusCode::NetworkAuthenticationRequired,
    ] {
        let decision = decide(status, "GET", Some("1"));
        assert_eq!(decision.verdict, RetryVerdict::DoNotRetry, "{status}");
        assert_eq!(decision.reason, RetryReason::NeedsChange);
    }
    let decision = decide(StatusCode::ServiceUnavailable, "POST", Some("1"));
    assert_eq!(decision.verdict, RetryVerdict::DoNotRetry);
}

#[test]
fn an_unregistered_code_is_decided_as_its_class_x00() {
    // 471 as 400, 599 as 500: neither states a retry fact.
    assert_eq!(
        decide(wire(471), "GET", None).reason,
        RetryReason::NotStated
    );
    assert_eq!(
        decide(wire(599), "GET", None).reason,
        RetryReason::NotStated
    );
}

#[test]
fn the_decision_says_what_it_decided() {
    assert_eq!(
        decide(StatusCode::ServiceUnavailable, "GET", Some("30")).to_string(),
        "retry after 30s: the identical request may succeed later"
    );
    assert_eq!(
        decide(StatusCode::BadGateway, "POST", None).to_string(),
        "do not retry: the method is not idempotent"
    );
}

fn config() -> ProptestConfig {
    regressions::config!("retry", 512)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn no_input_panics_or_repeats_what_needs_a_change(
        code in 100u16..=599,
        method in proptest::collection::vec(any::<u8>(), 0..10),
        retry_after in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..40)),
        now in 0u64..=253_402_300_799,
        cap in 0u64..=100_000,
    ) {
        let status = wire(code);
        let method = String::from_utf8_lossy(&method);
        let policy = RetryPolicy::new().max_delay(Duration::from_secs(cap));
        let decision = policy.decide(
            status,
            &method,
            retry_after.as_deref(),
            HttpDate::from_unix_seconds(now),
        );
        if status.retry() == Some(Retry::NeedsChange) && status.meaning().is_some() {
            prop_assert_eq!(decision.verdict, RetryVerdict::DoNotRetry);
        }
        if let Some(delay) = decision.verdict.delay() {
            prop_assert!(delay <= Duration::from_secs(cap));
        }
        prop_assert_eq!(decision.should_retry(), decision.verdict != RetryVerdict::DoNotRetry);
    }
}
