//! Whether a client should repeat a request after a response, after how long, and why
//! (RFC 9110 §9.2.2, §10.2.3, §15), decided from the registry's `retry` facts.
//!
//! [`RetryPolicy::decide`] takes the response's status, the request's method, the response's
//! `Retry-After` field value and the time the response was sent (its `Date`, or the caller's
//! clock), and gives a [`RetryDecision`]: a [`RetryVerdict`] (wait the server's delay, capped;
//! use your own backoff; or do not retry) and the [`RetryReason`], which names the rule it
//! applies. It neither sleeps nor counts attempts: the caller's loop does both, or an
//! integration: `retry::reqwest` (feature `reqwest`), a classifier for reqwest 0.13's retry
//! policy, and `retry::tower` (feature `tower-retry`), a tower `retry::Policy` that waits the
//! server's `Retry-After`.
//!
//! ```
//! use core::time::Duration;
//! use status_core::retry::{RetryPolicy, RetryReason, RetryVerdict};
//! use status_core::retry_after::HttpDate;
//! use status_core::Status;
//!
//! let policy = RetryPolicy::new().max_delay(Duration::from_secs(30));
//! let now = HttpDate::parse(b"Sun, 06 Nov 1994 08:49:37 GMT")?;
//!
//! // 503 on a GET: the server says when, and the policy caps the wait.
//! let decision = policy.decide(Status::new(503)?, "GET", Some(b"120"), now);
//! assert_eq!(decision.verdict, RetryVerdict::After(Duration::from_secs(30)));
//! assert_eq!(decision.reason, RetryReason::MaySucceed);
//!
//! // The same 503 on a POST: the server may have acted on it (RFC 9110 §9.2.2).
//! let decision = policy.decide(Status::new(503)?, "POST", Some(b"120"), now);
//! assert_eq!(decision.verdict, RetryVerdict::DoNotRetry);
//! assert_eq!(decision.reason.rule(), "RFC 9110 §9.2.2");
//!
//! // 425 Too Early: the request was not processed, so even a POST may be sent again.
//! let decision = policy.decide(Status::new(425)?, "POST", None, now);
//! assert_eq!(decision.verdict, RetryVerdict::WithBackoff);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # How a status is decided
//!
//! In this order:
//!
//! 1. A 1xx, 2xx or 3xx is not a failure: never retried (a redirect is followed instead, see
//!    [`Status::follow_up`]).
//! 2. 421 (RFC 9110 §15.5.20) and 425 (RFC 8470 §5.2) say the server did not process the
//!    request: retried whatever the method, on a new connection for 421, after the TLS
//!    handshake for 425.
//! 3. The registry's `retry` fact of the status ([`Retry`]): `needs-change` is never retried;
//!    `may-succeed` (408, 429, 503) and `transient` (502, 504, Cloudflare's 520 to 524) are
//!    retried for an idempotent method only (RFC 9110 §9.2.2; see [`is_idempotent_method`]).
//! 4. No fact: retried only when the status is one that carries `Retry-After`
//!    ([`Meaning::headers`](crate::Meaning::headers), 413) and the response gave a valid one,
//!    for an idempotent method (RFC 9110 §15.5.14). Otherwise not retried: 404, 500, 507 …
//!
//! A retried status waits the server's `Retry-After` when it gave a valid one (whatever the
//! status: the server said when), capped by [`RetryPolicy::max_delay`]; otherwise the verdict
//! is [`RetryVerdict::WithBackoff`], the caller's own schedule.
//!
//! Which facts apply: a [`Status`] made from a vendor enum reads its vendor's entry; one read
//! off the wire reads the IANA entry, and for a code IANA does not register, the vendors'
//! entries of that code when those that state a fact agree (a 520 on the wire is read as
//! Cloudflare's, as Microsoft's 520 states none), otherwise its class's x00 (RFC 9110 §15).
//!
//! # Beside curl, urllib3 and reqwest-retry
//!
//! "idempotent" is GET, HEAD, OPTIONS, TRACE, PUT, DELETE; "RA" is `Retry-After`. curl is
//! `curl --retry N` (it honours RA and does not look at the method), urllib3 is
//! `Retry(status_forcelist=None)`, its default (it retries a status only when RA is present,
//! on 413, 429 and 503, for idempotent methods), reqwest-retry is its default
//! `DefaultRetryableStrategy` (it ignores RA).
//!
//! | status | this crate | curl | urllib3 | reqwest-retry | why this crate differs |
//! |---|---|---|---|---|---|
//! | 408 Request Timeout | idempotent; RA or backoff | yes | no | yes | registry `may-succeed` (RFC 9110 §15.5.9); a POST is not repeated (§9.2.2) |
//! | 413 Content Too Large | idempotent, only with RA | no | idempotent, with RA | no | agrees with urllib3: RA on 413 says the condition is temporary (RFC 9110 §15.5.14) |
//! | 421 Misdirected Request | any method; RA or backoff | no | no | no | the request was not processed (RFC 9110 §15.5.20): repeat it on a new connection |
//! | 425 Too Early | any method; RA or backoff | no | no | no | the request was not processed (RFC 8470 §5.2): repeat it after the handshake |
//! | 429 Too Many Requests | idempotent; RA or backoff | yes | idempotent, with RA | yes, RA ignored | registry `may-succeed` (RFC 6585 §4); RA is the server's own estimate |
//! | 500 Internal Server Error | no | yes | no | yes | no rule says it passes; a bug tends to repeat, and the request may be half done |
//! | 501 Not Implemented | never | no | no | yes | registry `needs-change`: the server lacks what the request needs (RFC 9110 §15.6.2) |
//! | 502 Bad Gateway | idempotent; RA or backoff | yes | no | yes | registry `transient` by practice; the upstream may have acted on a POST |
//! | 503 Service Unavailable | idempotent; RA or backoff | yes | idempotent, with RA | yes, RA ignored | registry `may-succeed` (RFC 9110 §15.6.4) |
//! | 504 Gateway Timeout | idempotent; RA or backoff | yes | no | yes | registry `transient` by practice; the upstream may have acted on a POST |
//! | 505 HTTP Version Not Supported | never | no | no | yes | registry `needs-change`: only another HTTP version can succeed (RFC 9110 §15.6.6) |
//! | 507 Insufficient Storage | no | no | no | yes | a user action must free space first (RFC 4918 §11.5) |
//! | 510 Not Extended | never | no | no | yes | registry `needs-change` (RFC 2774 §7) |
//! | 511 Network Authentication Required | never | no | no | yes | registry `needs-change`: log in to the network first (RFC 6585 §6) |
//! | 520 to 524 (Cloudflare) | idempotent; RA or backoff | no | no | yes | registry `transient`: the origin behind Cloudflare failed or was slow, as 502 and 504 |
//! | other 4xx (404, 409, 422, …) | no | no | no | no | agree |
//! | other 5xx (506, 508, 525, …) | no | no | no | yes | no rule says they pass |
//! | `needs-change` 4xx (401, 403, 410, …) | never | no | no | no | agree |
//! | 1xx, 2xx, 3xx (every code of those classes) | never: not a failure | no | no (a redirect is followed) | no | agree |

use core::fmt;
use core::time::Duration;

use crate::retry_after::{HttpDate, RetryAfter};
use crate::rules::{contains, eq};
use crate::{Retry, Status, StatusClass, is_safe_method};

#[cfg(feature = "reqwest")]
pub mod reqwest;
#[cfg(any(feature = "reqwest", feature = "tower-retry"))]
mod response;
#[cfg(feature = "tower-retry")]
pub mod tower;

/// Whether `method` is idempotent (RFC 9110 §9.2.2): the safe methods (GET, HEAD, OPTIONS,
/// TRACE), PUT and DELETE. Method names are case-sensitive (RFC 9110 §9.1).
///
/// ```
/// use status_core::retry::is_idempotent_method;
///
/// assert!(is_idempotent_method("PUT") && is_idempotent_method("GET"));
/// assert!(!is_idempotent_method("POST") && !is_idempotent_method("PATCH"));
/// assert!(!is_idempotent_method("put"));
/// ```
#[must_use]
pub const fn is_idempotent_method(method: &str) -> bool {
    is_safe_method(method) || eq(method, "PUT") || eq(method, "DELETE")
}

/// How a client retries: for now, the longest wait it accepts from a server's `Retry-After`.
///
/// ```
/// use core::time::Duration;
/// use status_core::retry::RetryPolicy;
///
/// let policy = RetryPolicy::new();
/// assert_eq!(policy.max_delay_value(), RetryPolicy::DEFAULT_MAX_DELAY);
/// let patient = policy.max_delay(Duration::from_secs(600));
/// assert_eq!(patient.max_delay_value(), Duration::from_secs(600));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RetryPolicy {
    max_delay: Duration,
}

impl RetryPolicy {
    /// The cap on a server's `Retry-After` unless [`RetryPolicy::max_delay`] sets another:
    /// one minute.
    ///
    /// ```
    /// use core::time::Duration;
    /// use status_core::retry::RetryPolicy;
    ///
    /// assert_eq!(RetryPolicy::DEFAULT_MAX_DELAY, Duration::from_secs(60));
    /// ```
    pub const DEFAULT_MAX_DELAY: Duration = Duration::from_secs(60);

    /// A policy that waits at most [`RetryPolicy::DEFAULT_MAX_DELAY`].
    ///
    /// ```
    /// use status_core::retry::RetryPolicy;
    ///
    /// assert_eq!(RetryPolicy::new(), RetryPolicy::default());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        RetryPolicy {
            max_delay: Self::DEFAULT_MAX_DELAY,
        }
    }

    /// The longest wait taken from a server's `Retry-After`; a longer one is cut to it.
    ///
    /// ```
    /// use core::time::Duration;
    /// use status_core::retry::{RetryPolicy, RetryVerdict};
    /// use status_core::retry_after::HttpDate;
    /// use status_core::StatusCode;
    ///
    /// let policy = RetryPolicy::new().max_delay(Duration::from_secs(5));
    /// let now = HttpDate::from_unix_seconds(0);
    /// let decision = policy.decide(StatusCode::TooManyRequests, "GET", Some(b"3600"), now);
    /// assert_eq!(decision.verdict, RetryVerdict::After(Duration::from_secs(5)));
    /// ```
    #[must_use]
    pub const fn max_delay(self, max_delay: Duration) -> Self {
        RetryPolicy { max_delay }
    }

    /// The cap set by [`RetryPolicy::max_delay`].
    ///
    /// ```
    /// use status_core::retry::RetryPolicy;
    ///
    /// assert_eq!(RetryPolicy::new().max_delay_value().as_secs(), 60);
    /// ```
    #[must_use]
    pub const fn max_delay_value(&self) -> Duration {
        self.max_delay
    }

    /// Decides whether to repeat a `method` request that got `status`, given the response's
    /// `Retry-After` field value (`None` when it has none) and `now`: the response's `Date`,
    /// or the caller's clock ([`HttpDate::from_unix_seconds`]), against which an HTTP-date
    /// in `Retry-After` is read. A malformed `Retry-After` is ignored. The module
    /// documentation gives the rules.
    ///
    /// ```
    /// use core::time::Duration;
    /// use status_core::retry::{RetryPolicy, RetryReason, RetryVerdict};
    /// use status_core::retry_after::HttpDate;
    /// use status_core::{Status, StatusCode, vendor::Cloudflare};
    ///
    /// let policy = RetryPolicy::new();
    /// let date = HttpDate::parse(b"Sun, 06 Nov 1994 08:49:37 GMT")?;
    /// let at = Some(&b"Sun, 06 Nov 1994 08:49:47 GMT"[..]);
    ///
    /// let decision = policy.decide(StatusCode::ServiceUnavailable, "PUT", at, date);
    /// assert_eq!(decision.verdict, RetryVerdict::After(Duration::from_secs(10)));
    ///
    /// let decision = policy.decide(Cloudflare::ConnectionTimedOut, "GET", None, date);
    /// assert_eq!(decision.verdict, RetryVerdict::WithBackoff);
    /// assert_eq!(decision.reason, RetryReason::Transient);
    ///
    /// let decision = policy.decide(Status::new(501)?, "GET", Some(b"1"), date);
    /// assert_eq!(decision.reason, RetryReason::NeedsChange);
    /// assert!(!decision.should_retry());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn decide(
        &self,
        status: impl Into<Status>,
        method: &str,
        retry_after: Option<&[u8]>,
        now: HttpDate,
    ) -> RetryDecision {
        let status = status.into();
        let retry_after = retry_after.and_then(|value| RetryAfter::parse(value).ok());
        let wait = |reason| RetryDecision {
            verdict: match retry_after {
                Some(retry_after) => RetryVerdict::After(retry_after.delay(now, self.max_delay)),
                None => RetryVerdict::WithBackoff,
            },
            reason,
        };
        let refuse = |reason| RetryDecision {
            verdict: RetryVerdict::DoNotRetry,
            reason,
        };

        if !matches!(
            status.class(),
            StatusClass::ClientError | StatusClass::ServerError
        ) {
            return refuse(RetryReason::NotAFailure);
        }
        match status.code() {
            421 => return wait(RetryReason::MisdirectedRequest),
            425 => return wait(RetryReason::TooEarly),
            _ => {}
        }
        let idempotent = is_idempotent_method(method);
        match retry_fact(status) {
            Some(Retry::NeedsChange) => refuse(RetryReason::NeedsChange),
            Some(_) if !idempotent => refuse(RetryReason::NotIdempotent),
            Some(Retry::MaySucceed) => wait(RetryReason::MaySucceed),
            Some(Retry::Transient) => wait(RetryReason::Transient),
            None if retry_after.is_some() && carries_retry_after(status) => {
                if idempotent {
                    wait(RetryReason::RetryAfterGiven)
                } else {
                    refuse(RetryReason::NotIdempotent)
                }
            }
            None => refuse(RetryReason::NotStated),
        }
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::new()
    }
}

/// The registry's `retry` fact that applies to `status` (see the module documentation).
fn retry_fact(status: Status) -> Option<Retry> {
    if let Some(meaning) = status.meaning() {
        return meaning.retry;
    }
    if status.origin().is_none() {
        let mut stated = status.meanings().iter().filter_map(|meaning| meaning.retry);
        if let Some(first) = stated.next()
            && stated.all(|other| other == first)
        {
            return Some(first);
        }
    }
    status.effective().retry()
}

/// Whether the entry of `status` lists `Retry-After` among its header fields (413, 429, 503).
fn carries_retry_after(status: Status) -> bool {
    let meaning = match status.meaning() {
        Some(meaning) => meaning,
        None => status.effective().meaning(),
    };
    contains(meaning.headers, "Retry-After")
}

/// What [`RetryPolicy::decide`] decided, and the rule it applied.
///
/// ```
/// use status_core::retry::{RetryPolicy, RetryReason};
/// use status_core::retry_after::HttpDate;
/// use status_core::StatusCode;
///
/// let decision = RetryPolicy::new().decide(
///     StatusCode::InternalServerError,
///     "GET",
///     None,
///     HttpDate::from_unix_seconds(0),
/// );
/// assert!(!decision.should_retry());
/// assert_eq!(decision.reason, RetryReason::NotStated);
/// assert_eq!(decision.to_string(), "do not retry: no rule says the failure passes");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RetryDecision {
    /// Whether to retry, and when.
    pub verdict: RetryVerdict,
    /// Why.
    pub reason: RetryReason,
}

impl RetryDecision {
    /// Whether the verdict is to retry, now or later.
    ///
    /// ```
    /// use status_core::retry::{RetryDecision, RetryReason, RetryVerdict};
    ///
    /// let decision = RetryDecision {
    ///     verdict: RetryVerdict::WithBackoff,
    ///     reason: RetryReason::Transient,
    /// };
    /// assert!(decision.should_retry());
    /// ```
    #[must_use]
    pub const fn should_retry(&self) -> bool {
        !matches!(self.verdict, RetryVerdict::DoNotRetry)
    }
}

impl fmt::Display for RetryDecision {
    /// The verdict and the reason: `retry after 30s: the identical request may succeed later`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.verdict {
            RetryVerdict::After(delay) => write!(f, "retry after {delay:?}: {}", self.reason),
            RetryVerdict::WithBackoff => write!(f, "retry with backoff: {}", self.reason),
            RetryVerdict::DoNotRetry => write!(f, "do not retry: {}", self.reason),
        }
    }
}

/// Whether to retry, and when.
///
/// ```
/// use core::time::Duration;
/// use status_core::retry::RetryVerdict;
///
/// let verdict = RetryVerdict::After(Duration::from_secs(2));
/// assert_eq!(verdict.delay(), Some(Duration::from_secs(2)));
/// assert_eq!(RetryVerdict::WithBackoff.delay(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryVerdict {
    /// Retry after this long: the server's `Retry-After`, capped by
    /// [`RetryPolicy::max_delay`]. Zero when the date it gave has passed.
    After(Duration),
    /// Retry when the caller's own backoff says: the server gave no valid `Retry-After`.
    WithBackoff,
    /// Do not repeat the request as it is.
    DoNotRetry,
}

impl RetryVerdict {
    /// The server's delay, capped, for [`RetryVerdict::After`].
    ///
    /// ```
    /// use status_core::retry::RetryVerdict;
    ///
    /// assert_eq!(RetryVerdict::DoNotRetry.delay(), None);
    /// ```
    #[must_use]
    pub const fn delay(&self) -> Option<Duration> {
        match *self {
            RetryVerdict::After(delay) => Some(delay),
            RetryVerdict::WithBackoff | RetryVerdict::DoNotRetry => None,
        }
    }
}

/// Why [`RetryPolicy::decide`] decided as it did; [`RetryReason::rule`] names the rule.
///
/// ```
/// use status_core::retry::RetryReason;
///
/// assert_eq!(RetryReason::TooEarly.rule(), "RFC 8470 §5.2");
/// assert_eq!(
///     RetryReason::TooEarly.to_string(),
///     "the server did not process the request sent in TLS early data",
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryReason {
    /// A 1xx, 2xx or 3xx: nothing failed (RFC 9110 §15). Follow a redirect instead.
    NotAFailure,
    /// 421: the server is not set up for this target and did not process the request; any
    /// method may be repeated, on a new connection (RFC 9110 §15.5.20).
    MisdirectedRequest,
    /// 425: the server did not process a request sent in TLS early data; any method may be
    /// repeated after the handshake (RFC 8470 §5.2).
    TooEarly,
    /// The registry records [`Retry::MaySucceed`] (408, 429, 503) and the method is
    /// idempotent (RFC 9110 §9.2.2).
    MaySucceed,
    /// The registry records [`Retry::Transient`] (502, 504, Cloudflare's 520 to 524): the
    /// RFCs are silent, practice retries; the method is idempotent (RFC 9110 §9.2.2).
    Transient,
    /// The registry records no retry fact, but the status is one that carries `Retry-After`
    /// (413) and the server gave one: the condition is temporary (RFC 9110 §15.5.14,
    /// §10.2.3); the method is idempotent.
    RetryAfterGiven,
    /// A retry could succeed, but the method is not idempotent: the server may have acted on
    /// the request, and a client should not repeat it automatically (RFC 9110 §9.2.2).
    NotIdempotent,
    /// The registry records [`Retry::NeedsChange`] (401, 403, 501, 505, 510, 511, …): the
    /// identical request gets the same answer.
    NeedsChange,
    /// The registry records no retry fact (404, 500, 507, …): no rule says the failure passes.
    NotStated,
}

impl RetryReason {
    /// The rule applied: a section of an RFC, or the registry key that records the fact.
    ///
    /// ```
    /// use status_core::retry::RetryReason;
    ///
    /// assert_eq!(RetryReason::NotIdempotent.rule(), "RFC 9110 §9.2.2");
    /// assert_eq!(RetryReason::Transient.rule(), "codes.toml: retry = \"transient\"");
    /// ```
    #[must_use]
    pub const fn rule(&self) -> &'static str {
        match self {
            RetryReason::NotAFailure => "RFC 9110 §15",
            RetryReason::MisdirectedRequest => "RFC 9110 §15.5.20",
            RetryReason::TooEarly => "RFC 8470 §5.2",
            RetryReason::MaySucceed => "codes.toml: retry = \"may-succeed\"",
            RetryReason::Transient => "codes.toml: retry = \"transient\"",
            RetryReason::RetryAfterGiven => "RFC 9110 §10.2.3",
            RetryReason::NotIdempotent => "RFC 9110 §9.2.2",
            RetryReason::NeedsChange => "codes.toml: retry = \"needs-change\"",
            RetryReason::NotStated => "codes.toml: no retry fact",
        }
    }
}

impl fmt::Display for RetryReason {
    /// One phrase on why: `the method is not idempotent`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RetryReason::NotAFailure => "the status is not a failure",
            RetryReason::MisdirectedRequest => {
                "the server did not process the request; repeat it on a new connection"
            }
            RetryReason::TooEarly => {
                "the server did not process the request sent in TLS early data"
            }
            RetryReason::MaySucceed => "the identical request may succeed later",
            RetryReason::Transient => "the failure is transient in practice",
            RetryReason::RetryAfterGiven => "the server said when to try again",
            RetryReason::NotIdempotent => "the method is not idempotent",
            RetryReason::NeedsChange => "only a changed request can succeed",
            RetryReason::NotStated => "no rule says the failure passes",
        })
    }
}
