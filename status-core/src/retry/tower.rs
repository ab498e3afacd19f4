//! A tower 0.5 `retry::Policy` for http 1 services, decided by [`RetryPolicy::decide`]
//! (feature `tower-retry`).
//!
//! [`StatusRetry`] retries what [`RetryPolicy::decide`] retries, at most a given number of
//! times per request, and before each retry waits the server's `Retry-After`, capped by
//! [`RetryPolicy::max_delay`], or, when the server gave none, the next delay of a backoff.
//! An HTTP-date in `Retry-After` is read against the response's `Date`, or the system clock
//! when it has none.
//!
//! ```
//! use std::time::Duration;
//! use status_core::retry::RetryPolicy;
//! use status_core::retry::tower::StatusRetry;
//! use tower::retry::RetryLayer;
//! use tower::{ServiceBuilder, ServiceExt, service_fn};
//!
//! // A service that is busy once, then answers.
//! let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
//! let inner = service_fn(move |_: http::Request<String>| {
//!     let call = calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
//!     async move {
//!         let status = if call == 0 { 503 } else { 200 };
//!         let response = http::Response::builder().status(status).header("retry-after", "0");
//!         response.body(String::new())
//!     }
//! });
//! let policy = RetryPolicy::new().max_delay(Duration::from_secs(10));
//! let client = ServiceBuilder::new()
//!     .layer(RetryLayer::new(StatusRetry::new(policy, 2)))
//!     .service(inner);
//!
//! let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build()?;
//! let response = runtime.block_on(client.oneshot(http::Request::new(String::new())))?;
//! assert_eq!(response.status(), 200);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Errors with no response
//!
//! An error of the inner service (a refused or reset connection, a timeout) is retried, with
//! the backoff, for an idempotent method only: such a request can be repeated automatically
//! (RFC 9110 §9.2.2); any other is returned at once.
//!
//! # Why a feature of its own
//!
//! tower's `retry` feature brings tokio (for its timer) and futures-util, which the
//! conformance layer of the `tower` feature does not need: `tower-retry` adds futures-core,
//! futures-task, futures-util, slab, `sync_wrapper` and tokio (with only `time`) to what
//! `tower` builds.
//!
//! # The timer
//!
//! The waits are tokio timers: the service must run on a tokio runtime with its time driver
//! enabled (`#[tokio::main]` enables it), or tokio panics when a retry is due.

use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use core::time::Duration;

use http::{Request, Response};
use pin_project_lite::pin_project;
use tokio::time::Sleep;
use tower::retry::Policy;
use tower::retry::backoff::{Backoff, ExponentialBackoff, ExponentialBackoffMaker, MakeBackoff};
use tower::util::rng::HasherRng;

use super::{RetryPolicy, RetryVerdict, is_idempotent_method};

/// A tower `retry::Policy` for `http::Request<B>` and `http::Response<B>`: retries what
/// [`RetryPolicy::decide`] retries, at most `max_retries` times per request, waiting the
/// server's `Retry-After` (capped) or the next delay of the backoff `B`.
///
/// tower's `Retry` clones the policy for each request, so the count and the backoff start
/// afresh for each. The request is cloned before each attempt that may be retried, so its
/// body must be `Clone` (a `String`, `Bytes`, `http_body_util::Full`).
///
/// ```
/// use std::time::Duration;
/// use status_core::retry::RetryPolicy;
/// use status_core::retry::tower::StatusRetry;
///
/// let retry = StatusRetry::new(RetryPolicy::new().max_delay(Duration::from_secs(30)), 3);
/// assert_eq!(retry.max_retries(), 3);
/// assert_eq!(retry.policy().max_delay_value(), Duration::from_secs(30));
/// ```
#[derive(Clone)]
pub struct StatusRetry<B = ExponentialBackoff> {
    policy: RetryPolicy,
    max_retries: u32,
    /// The retries left to the request this policy serves.
    retries_left: u32,
    backoff: B,
}

impl StatusRetry {
    /// The least wait of the default backoff, doubled at each retry.
    const BACKOFF_MIN: Duration = Duration::from_millis(50);

    /// A policy that retries at most `max_retries` times per request (0 never retries),
    /// with tower's jittered exponential backoff when the server gives no `Retry-After`:
    /// 50 ms, doubled at each retry, plus up to 99 % of it at random, never more than
    /// [`RetryPolicy::max_delay`].
    ///
    /// ```
    /// use status_core::retry::RetryPolicy;
    /// use status_core::retry::tower::StatusRetry;
    ///
    /// let retry = StatusRetry::new(RetryPolicy::new(), 2);
    /// # let _ = retry;
    /// ```
    #[must_use]
    pub fn new(policy: RetryPolicy, max_retries: u32) -> Self {
        // tower refuses a zero maximum, and a minimum above the maximum.
        let max = policy.max_delay_value().max(Duration::from_millis(1));
        let min = Self::BACKOFF_MIN.min(max);
        let mut maker =
            ExponentialBackoffMaker::new(min, max, 0.99, HasherRng::default()).unwrap_or_default();
        StatusRetry {
            policy,
            max_retries,
            retries_left: max_retries,
            backoff: maker.make_backoff(),
        }
    }
}

impl<B> StatusRetry<B> {
    /// The same policy with another backoff, for a response with no `Retry-After` and an
    /// error with no response: any tower `Backoff`, cloned afresh for each request.
    ///
    /// ```
    /// use std::time::Duration;
    /// use status_core::retry::RetryPolicy;
    /// use status_core::retry::tower::StatusRetry;
    /// use tower::retry::backoff::{ExponentialBackoffMaker, MakeBackoff};
    /// use tower::util::rng::HasherRng;
    ///
    /// let second = Duration::from_secs(1);
    /// let mut steady = ExponentialBackoffMaker::new(second, second, 0.0, HasherRng::default())?;
    /// let retry = StatusRetry::new(RetryPolicy::new(), 5).backoff(steady.make_backoff());
    /// # let _ = retry;
    /// # Ok::<(), tower::retry::backoff::InvalidBackoff>(())
    /// ```
    #[must_use]
    pub fn backoff<C: Backoff>(self, backoff: C) -> StatusRetry<C> {
        StatusRetry {
            policy: self.policy,
            max_retries: self.max_retries,
            retries_left: self.retries_left,
            backoff,
        }
    }

    /// The policy that decides.
    ///
    /// ```
    /// use status_core::retry::RetryPolicy;
    /// use status_core::retry::tower::StatusRetry;
    ///
    /// assert_eq!(*StatusRetry::new(RetryPolicy::new(), 1).policy(), RetryPolicy::new());
    /// ```
    #[must_use]
    pub const fn policy(&self) -> &RetryPolicy {
        &self.policy
    }

    /// The most retries of one request, after its first attempt.
    ///
    /// ```
    /// use status_core::retry::RetryPolicy;
    /// use status_core::retry::tower::StatusRetry;
    ///
    /// assert_eq!(StatusRetry::new(RetryPolicy::new(), 4).max_retries(), 4);
    /// ```
    #[must_use]
    pub const fn max_retries(&self) -> u32 {
        self.max_retries
    }
}

impl<B> fmt::Debug for StatusRetry<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatusRetry")
            .field("policy", &self.policy)
            .field("max_retries", &self.max_retries)
            .field("retries_left", &self.retries_left)
            .finish_non_exhaustive()
    }
}

impl<ReqBody, ResBody, E, B> Policy<Request<ReqBody>, Response<ResBody>, E> for StatusRetry<B>
where
    ReqBody: Clone,
    B: Backoff,
{
    type Future = Wait<B::Future>;

    fn retry(
        &mut self,
        request: &mut Request<ReqBody>,
        result: &mut Result<Response<ResBody>, E>,
    ) -> Option<Self::Future> {
        if self.retries_left == 0 {
            return None;
        }
        let verdict = match result {
            Ok(response) => {
                super::response::decide(
                    &self.policy,
                    request.method(),
                    response.status(),
                    response.headers(),
                )
                .verdict
            }
            Err(_) if is_idempotent_method(request.method().as_str()) => RetryVerdict::WithBackoff,
            Err(_) => RetryVerdict::DoNotRetry,
        };
        let state = match verdict {
            RetryVerdict::DoNotRetry => return None,
            RetryVerdict::After(delay) => WaitState::RetryAfter {
                sleep: tokio::time::sleep(delay),
            },
            RetryVerdict::WithBackoff => WaitState::Backoff {
                backoff: self.backoff.next_backoff(),
            },
        };
        self.retries_left -= 1;
        Some(Wait { state })
    }

    fn clone_request(&mut self, request: &Request<ReqBody>) -> Option<Request<ReqBody>> {
        (self.retries_left > 0).then(|| request.clone())
    }
}

pin_project! {
    /// The wait before a retry of [`StatusRetry`]: the server's `Retry-After`, capped, or
    /// the next delay of the backoff `F`.
    ///
    /// ```
    /// use status_core::retry::RetryPolicy;
    /// use status_core::retry::tower::{StatusRetry, Wait};
    /// use tower::retry::Policy;
    ///
    /// let mut retry = StatusRetry::new(RetryPolicy::new(), 1);
    /// let mut request = http::Request::new(String::new());
    /// let mut busy: Result<_, std::convert::Infallible> = Ok(http::Response::builder()
    ///     .status(503)
    ///     .header("retry-after", "0")
    ///     .body(())?);
    /// let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build()?;
    /// let wait: Option<Wait<_>> = runtime.block_on(async {
    ///     let wait = retry.retry(&mut request, &mut busy);
    ///     if let Some(wait) = &wait {
    ///         assert_eq!(format!("{wait:?}"), "Wait::RetryAfter");
    ///     }
    ///     wait
    /// });
    /// assert!(wait.is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Wait<F> {
        #[pin]
        state: WaitState<F>,
    }
}

pin_project! {
    #[project = WaitStateProjection]
    enum WaitState<F> {
        RetryAfter { #[pin] sleep: Sleep },
        Backoff { #[pin] backoff: F },
    }
}

impl<F: Future<Output = ()>> Future for Wait<F> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        match self.project().state.project() {
            WaitStateProjection::RetryAfter { sleep } => sleep.poll(cx),
            WaitStateProjection::Backoff { backoff } => backoff.poll(cx),
        }
    }
}

impl<F> fmt::Debug for Wait<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.state {
            WaitState::RetryAfter { .. } => "Wait::RetryAfter",
            WaitState::Backoff { .. } => "Wait::Backoff",
        })
    }
}
