//! reqwest 0.13's retry policy (`reqwest::retry`) classified by [`RetryPolicy::decide`]
//! (feature `reqwest`).
//!
//! [`BuilderExt::classify_status`] gives a `reqwest::retry::Builder` a classifier that marks
//! an attempt retryable when [`RetryPolicy::decide`] would retry it, and [`decide`] gives the
//! whole [`RetryDecision`] of a response, for a loop of your own.
//!
//! ```
//! use status_core::retry::RetryPolicy;
//! use status_core::retry::reqwest::BuilderExt as _;
//!
//! let retries = reqwest::retry::for_host("api.example.com")
//!     .max_retries_per_request(3)
//!     .classify_status(RetryPolicy::new());
//! let client = reqwest::Client::builder().retry(retries).build()?;
//! # let _ = client;
//! # Ok::<(), reqwest::Error>(())
//! ```
//!
//! # What reqwest's classifier can say, and what it cannot
//!
//! reqwest asks its classifier one question per attempt, retry or not, and shows it the
//! request's method and URI and the response's status or the error, but no header field.
//! It then sends the request again at once: its policy has no delay (only a retry budget,
//! 20 % more requests by default, and a count, 2 retries by default). So the classifier:
//!
//! - retries what [`RetryPolicy::decide`] retries for the status and method when the
//!   response has no `Retry-After`: 408, 429, 502, 503, 504 and Cloudflare's 520 to 524 for
//!   idempotent methods, 421 and 425 for any method; never 501, 505, 510, 511 or a
//!   `needs-change` code; not 500 or 404;
//! - does not wait the server's `Retry-After`, which it cannot see, and does not retry a 413,
//!   which [`RetryPolicy::decide`] retries only when the server gave a `Retry-After`;
//! - retries an error with no response (a refused or reset connection, a timeout) for an
//!   idempotent method only: such a request can be repeated automatically (RFC 9110 §9.2.2).
//!   A classifier replaces reqwest's default one, which retries the HTTP/2 refusals that are
//!   safe for any method (`REFUSED_STREAM`, a graceful `GOAWAY`); reqwest does not let a
//!   classifier recognise those, so a non-idempotent request refused that way is not
//!   retried.
//!
//! To wait the server's `Retry-After`, use a loop of your own with [`decide`]: its
//! [`RetryVerdict::After`](super::RetryVerdict::After) carries the delay, capped by
//! [`RetryPolicy::max_delay`].

use ::reqwest::retry::Builder;
use ::reqwest::{Method, Response};

use super::{RetryDecision, RetryPolicy, is_idempotent_method};
use crate::Status;
use crate::retry_after::HttpDate;

/// Gives reqwest's retry [`Builder`] a classifier made from a [`RetryPolicy`].
///
/// ```
/// use status_core::retry::RetryPolicy;
/// use status_core::retry::reqwest::BuilderExt as _;
///
/// let retries = reqwest::retry::for_host("127.0.0.1").classify_status(RetryPolicy::new());
/// let client = reqwest::Client::builder().retry(retries).build()?;
/// # let _ = client;
/// # Ok::<(), reqwest::Error>(())
/// ```
pub trait BuilderExt: sealed::Sealed + Sized {
    /// Classifies each attempt with `policy`, as the [module documentation](self) says:
    /// retryable when [`RetryPolicy::decide`] retries its status and method, or, with no
    /// response, when the method is idempotent. This replaces the builder's classifier; its
    /// scope, budget and count of retries are kept.
    ///
    /// ```
    /// use std::time::Duration;
    /// use status_core::retry::RetryPolicy;
    /// use status_core::retry::reqwest::BuilderExt as _;
    ///
    /// // The cap on `Retry-After` does not matter here: reqwest waits nothing.
    /// let policy = RetryPolicy::new().max_delay(Duration::from_secs(5));
    /// let retries = reqwest::retry::for_host("api.example.com")
    ///     .max_retries_per_request(1)
    ///     .classify_status(policy);
    /// # let _ = retries;
    /// ```
    #[must_use]
    fn classify_status(self, policy: RetryPolicy) -> Self;
}

mod sealed {
    /// Only reqwest's retry `Builder` takes [`BuilderExt`](super::BuilderExt), so that a
    /// method can be added to it.
    pub trait Sealed {}

    impl Sealed for ::reqwest::retry::Builder {}
}

impl BuilderExt for Builder {
    fn classify_status(self, policy: RetryPolicy) -> Self {
        self.classify_fn(move |attempt| {
            let method = attempt.method().as_str();
            let retry = match attempt.status() {
                Some(status) => Status::new(status.as_u16()).is_ok_and(|status| {
                    // With no `Retry-After`, the time is not read.
                    let now = HttpDate::from_unix_seconds(0);
                    policy.decide(status, method, None, now).should_retry()
                }),
                None => is_idempotent_method(method),
            };
            if retry {
                attempt.retryable()
            } else {
                attempt.success()
            }
        })
    }
}

/// The [`RetryDecision`] for `response`, the answer to a `method` request: its status, its
/// `Retry-After` (read against its `Date`, or the system clock when it has none) and
/// [`RetryPolicy::decide`]'s rules. A status from 600 to 999 is not retried, and a
/// `Retry-After` given twice or malformed is ignored.
///
/// reqwest's own retries wait nothing; this is the decision for a loop that waits, counts
/// and stops by itself:
///
/// ```no_run
/// use std::time::Duration;
/// use status_core::retry::RetryPolicy;
/// use status_core::retry::reqwest::decide;
///
/// # async fn get(client: &reqwest::Client) -> Result<reqwest::Response, reqwest::Error> {
/// let policy = RetryPolicy::new().max_delay(Duration::from_secs(10));
/// let mut backoff = Duration::from_millis(100);
/// let mut response = client.get("http://127.0.0.1:8080/items/7").send().await?;
/// for _ in 0..3 {
///     let decision = decide(&policy, &reqwest::Method::GET, &response);
///     if !decision.should_retry() {
///         break;
///     }
///     let wait = decision.verdict.delay().unwrap_or(backoff);
///     backoff = (backoff * 2).min(policy.max_delay_value());
///     tokio::time::sleep(wait).await;
///     response = client.get("http://127.0.0.1:8080/items/7").send().await?;
/// }
/// # Ok(response)
/// # }
/// ```
///
/// ```
/// use status_core::retry::{RetryPolicy, RetryVerdict};
/// use status_core::retry::reqwest::decide;
///
/// let response = reqwest::Response::from(
///     http::Response::builder()
///         .status(503)
///         .header("date", "Sun, 06 Nov 1994 08:49:37 GMT")
///         .header("retry-after", "Sun, 06 Nov 1994 08:49:40 GMT")
///         .body("busy")?,
/// );
/// let decision = decide(&RetryPolicy::new(), &reqwest::Method::GET, &response);
/// assert_eq!(decision.verdict, RetryVerdict::After(std::time::Duration::from_secs(3)));
/// # Ok::<(), http::Error>(())
/// ```
#[must_use]
pub fn decide(policy: &RetryPolicy, method: &Method, response: &Response) -> RetryDecision {
    super::response::decide(policy, method, response.status(), response.headers())
}
