//! Where findings go: the [`Report`] trait and the ready-made reporters.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;
use std::sync::{Mutex, MutexGuard, PoisonError};

use super::{Finding, Rule};

/// What [`ConformanceLayer`](super::ConformanceLayer) does with each [`Finding`].
///
/// Any `Fn(&Finding<'_>)` is a reporter; [`Panicking`] and `Tracing` (with the `tracing`
/// feature) are the ready-made ones. A reporter of its own type can also turn the layer off:
/// with [`ENABLED`](Report::ENABLED) `false`, the service only forwards, and the compiler
/// removes every check.
///
/// ```
/// use status_core::conformance::{ConformanceLayer, Finding, Report};
///
/// /// Panics on a finding in debug builds; release builds check nothing.
/// #[derive(Clone)]
/// struct DebugOnly;
///
/// impl Report for DebugOnly {
///     const ENABLED: bool = cfg!(debug_assertions);
///
///     fn report(&self, finding: &Finding<'_>) {
///         panic!("{finding}");
///     }
/// }
///
/// let layer = ConformanceLayer::with_report(DebugOnly);
/// # let _ = layer;
/// ```
pub trait Report {
    /// Whether the layer checks responses at all. When `false`, the service forwards each
    /// request and response and keeps nothing of the request.
    const ENABLED: bool = true;

    /// Handles one finding. It is called from the response future's `poll`, so it should
    /// not block.
    fn report(&self, finding: &Finding<'_>);
}

impl<F: Fn(&Finding<'_>)> Report for F {
    fn report(&self, finding: &Finding<'_>) {
        self(finding);
    }
}

/// The reporter of [`ConformanceLayer::panicking`](super::ConformanceLayer::panicking): panics
/// with the finding's `Display`, for tests that call the service in process.
///
/// ```
/// use status_core::conformance::{ConformanceLayer, Panicking};
///
/// let layer: ConformanceLayer<Panicking> = ConformanceLayer::panicking();
/// # let _ = layer;
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Panicking;

impl Report for Panicking {
    fn report(&self, finding: &Finding<'_>) {
        panic!("{finding}");
    }
}

/// The reporter of [`ConformanceLayer::tracing`](super::ConformanceLayer::tracing): one `tracing`
/// `warn!` event per finding, with the fields `method`, `path`, `route` (absent when the
/// path matched no route), `status` (the code), `rule` (the [`Rule`](super::Rule) variant's
/// name) and `section`, and the rule's description as the message.
///
/// ```
/// use status_core::conformance::{ConformanceLayer, Tracing};
///
/// let layer: ConformanceLayer<Tracing> = ConformanceLayer::tracing();
/// # let _ = layer;
/// ```
#[cfg(feature = "tracing")]
#[derive(Clone, Copy, Debug, Default)]
pub struct Tracing;

#[cfg(feature = "tracing")]
impl Report for Tracing {
    fn report(&self, finding: &Finding<'_>) {
        tracing::warn!(
            method = finding.method,
            path = finding.path,
            route = finding.route,
            status = finding.status,
            rule = ?finding.rule,
            section = finding.section(),
            "{}",
            finding.rule,
        );
    }
}

/// Findings kept in memory, for a test that runs a service behind a server and asserts at its
/// end that the service broke no rule. [`ConformanceLayer::recording`](super::ConformanceLayer::recording)
/// makes a layer that records into it.
///
/// Behind a server, a reporter that panics ([`Panicking`]) only ends the connection, which a
/// test may not notice; these findings are kept until the test asks. Dropping a `Findings`
/// that holds findings nobody took fails the test (a panic, unless the thread is already
/// panicking), so a forgotten assertion cannot hide one.
///
/// ```
/// use status_core::conformance::{ConformanceLayer, Findings};
/// use tower::{ServiceExt, Layer, service_fn};
///
/// let findings = Findings::new();
/// let service = ConformanceLayer::recording(&findings)
///     .route_codes("/health", &[200, 503])
///     .layer(service_fn(|_: http::Request<()>| async {
///         http::Response::builder().status(200).body(String::from("ok"))
///     }));
/// # fn ready<F: Future>(future: F) -> F::Output {
/// #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
/// #     match std::pin::pin!(future).poll(&mut context) {
/// #         std::task::Poll::Ready(output) => output,
/// #         std::task::Poll::Pending => unreachable!("the service answers at once"),
/// #     }
/// # }
/// ready(service.oneshot(http::Request::get("/health").body(())?))?;
/// findings.assert_none();
/// # Ok::<(), http::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Findings {
    recorded: Arc<Mutex<Vec<RecordedFinding>>>,
}

impl Findings {
    /// An empty record.
    ///
    /// ```
    /// let findings = status_core::conformance::Findings::new();
    /// assert!(findings.take().is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The reporter that records into this record, to give to
    /// [`ConformanceLayer::with_report`](super::ConformanceLayer::with_report) (which
    /// [`ConformanceLayer::recording`](super::ConformanceLayer::recording) does).
    ///
    /// ```
    /// use status_core::conformance::{ConformanceLayer, Findings};
    ///
    /// let findings = Findings::new();
    /// let layer = ConformanceLayer::with_report(findings.report());
    /// # let _ = layer;
    /// ```
    #[must_use]
    pub fn report(&self) -> FindingsReport {
        FindingsReport {
            recorded: Arc::clone(&self.recorded),
        }
    }

    /// Every finding recorded so far, oldest first, leaving the record empty.
    ///
    /// ```
    /// let findings = status_core::conformance::Findings::new();
    /// assert_eq!(findings.take(), []);
    /// ```
    #[must_use]
    pub fn take(&self) -> Vec<RecordedFinding> {
        core::mem::take(&mut *lock(&self.recorded))
    }

    /// Panics, listing every finding one per line, when any was recorded; empties the record.
    ///
    /// ```
    /// let findings = status_core::conformance::Findings::new();
    /// findings.assert_none();
    /// ```
    ///
    /// # Panics
    /// When a finding was recorded: that is its purpose.
    #[track_caller]
    pub fn assert_none(&self) {
        let found = self.take();
        assert!(found.is_empty(), "{}", Listed(&found));
    }
}

impl Drop for Findings {
    /// Fails the test when findings were recorded that nobody took.
    fn drop(&mut self) {
        let found = self.take();
        let nothing_to_report = found.is_empty() || std::thread::panicking();
        assert!(
            nothing_to_report,
            "{} (dropped without an assertion)",
            Listed(&found)
        );
    }
}

/// The findings of a failed assertion, one per line.
struct Listed<'a>(&'a [RecordedFinding]);

impl fmt::Display for Listed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the conformance layer found {} broken rule(s):",
            self.0.len()
        )?;
        for finding in self.0 {
            write!(f, "\n  {finding}")?;
        }
        Ok(())
    }
}

/// Locks `recorded`, whether or not a reporter panicked while it held the lock: the vector
/// is whole either way.
fn lock(recorded: &Mutex<Vec<RecordedFinding>>) -> MutexGuard<'_, Vec<RecordedFinding>> {
    recorded.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The reporter of a [`Findings`] record ([`Findings::report`]): records each finding.
///
/// ```
/// use status_core::conformance::{ConformanceLayer, Findings, FindingsReport};
///
/// let findings = Findings::new();
/// let layer: ConformanceLayer<FindingsReport> = ConformanceLayer::recording(&findings);
/// # let _ = layer;
/// ```
#[derive(Clone, Debug)]
pub struct FindingsReport {
    recorded: Arc<Mutex<Vec<RecordedFinding>>>,
}

impl Report for FindingsReport {
    fn report(&self, finding: &Finding<'_>) {
        lock(&self.recorded).push(RecordedFinding::from(finding));
    }
}

/// A [`Finding`] that owns what it reports, as a [`Findings`] record keeps it; its
/// `Display` is the finding's.
///
/// ```
/// use status_core::conformance::{RecordedFinding, Rule};
///
/// fn is_about_location(finding: &RecordedFinding) -> bool {
///     finding.rule == Rule::MissingLocation && finding.header == Some("Location")
/// }
/// # let _ = is_about_location;
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordedFinding {
    /// The request's method.
    pub method: String,
    /// The request's path, as [`Finding::path`].
    pub path: String,
    /// The pattern of the route the path matched, if any.
    pub route: Option<String>,
    /// The response's status code.
    pub status: u16,
    /// The broken rule.
    pub rule: Rule,
    /// The header field involved, as [`Finding::header`].
    pub header: Option<&'static str>,
    /// Where the broken rule is stated for this status ([`Finding::section`]).
    pub section: &'static str,
}

impl From<&Finding<'_>> for RecordedFinding {
    fn from(finding: &Finding<'_>) -> Self {
        RecordedFinding {
            method: finding.method.to_owned(),
            path: finding.path.to_owned(),
            route: finding.route.map(ToOwned::to_owned),
            status: finding.status,
            rule: finding.rule,
            header: finding.header,
            section: finding.section(),
        }
    }
}

impl fmt::Display for RecordedFinding {
    /// Writes the line of the [`Finding`] it was made from.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Finding {
            method: &self.method,
            path: &self.path,
            route: self.route.as_deref(),
            status: self.status,
            rule: self.rule,
            header: self.header,
        }
        .fmt(f)
    }
}
