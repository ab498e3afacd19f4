//! The decision for an http 1 response, shared by the reqwest and tower integrations: its
//! status, its `Retry-After` and its `Date`, or the system clock when it has none.

use std::time::{SystemTime, UNIX_EPOCH};

use http::header::{DATE, RETRY_AFTER};
use http::{HeaderMap, Method, StatusCode};

use super::{RetryDecision, RetryPolicy, RetryReason, RetryVerdict};
use crate::Status;
use crate::retry_after::HttpDate;

/// [`RetryPolicy::decide`] for a `method` request answered with `status` and `headers`.
///
/// A status from 600 to 999, which http 1 accepts and RFC 9110 §15 does not, is not retried
/// ([`RetryReason::NotStated`]). A `Retry-After` field given more than once is malformed and
/// ignored, as `decide` ignores a malformed value. An HTTP-date in `Retry-After` is read
/// against the response's `Date`, or the system clock when `Date` is missing or malformed.
pub(crate) fn decide(
    policy: &RetryPolicy,
    method: &Method,
    status: StatusCode,
    headers: &HeaderMap,
) -> RetryDecision {
    let Ok(status) = Status::new(status.as_u16()) else {
        return RetryDecision {
            verdict: RetryVerdict::DoNotRetry,
            reason: RetryReason::NotStated,
        };
    };
    let mut retry_after = headers.get_all(RETRY_AFTER).iter();
    let retry_after = match (retry_after.next(), retry_after.next()) {
        (Some(value), None) => Some(value.as_bytes()),
        _ => None,
    };
    policy.decide(status, method.as_str(), retry_after, now(headers))
}

/// The time the response was sent: its `Date` (RFC 9110 §6.6.1), or the system clock.
fn now(headers: &HeaderMap) -> HttpDate {
    let clock = HttpDate::from_unix_seconds(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |since| since.as_secs()),
    );
    headers
        .get(DATE)
        .and_then(|date| HttpDate::parse(date.as_bytes()).ok())
        .map_or(clock, |date| date.relative_to(clock))
}

#[cfg(test)]
mod tests {
    use core::time::Duration;

    use http::HeaderValue;

    use super::*;

    fn headers(fields: &[(http::HeaderName, &'static str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in fields {
            headers.append(name, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn an_http_date_is_read_against_the_response_s_date() {
        let fields = headers(&[
            (DATE, "Sun, 06 Nov 1994 08:49:37 GMT"),
            (RETRY_AFTER, "Sun, 06 Nov 1994 08:49:39 GMT"),
        ]);
        let decision = decide(
            &RetryPolicy::new(),
            &Method::GET,
            StatusCode::SERVICE_UNAVAILABLE,
            &fields,
        );
        assert_eq!(
            decision.verdict,
            RetryVerdict::After(Duration::from_secs(2))
        );
    }

    #[test]
    fn without_a_date_a_past_http_date_means_no_wait() {
        let fields = headers(&[(RETRY_AFTER, "Sun, 06 Nov 1994 08:49:39 GMT")]);
        let decision = decide(
            &RetryPolicy::new(),
            &Method::GET,
            StatusCode::SERVICE_UNAVAILABLE,
            &fields,
        );
        assert_eq!(decision.verdict, RetryVerdict::After(Duration::ZERO));
    }

    #[test]
    fn retry_after_given_twice_is_ignored() {
        let fields = headers(&[(RETRY_AFTER, "5"), (RETRY_AFTER, "7")]);
        let decision = decide(
            &RetryPolicy::new(),
            &Method::GET,
            StatusCode::SERVICE_UNAVAILABLE,
            &fields,
        );
        assert_eq!(decision.verdict, RetryVerdict::WithBackoff);
    }

    #[test]
    fn a_status_outside_rfc_9110_is_not_retried() {
        let status = StatusCode::from_u16(999).unwrap();
        let fields = headers(&[(RETRY_AFTER, "1")]);
        let decision = decide(&RetryPolicy::new(), &Method::GET, status, &fields);
        assert_eq!(decision.verdict, RetryVerdict::DoNotRetry);
        assert_eq!(decision.reason, RetryReason::NotStated);
    }
}
