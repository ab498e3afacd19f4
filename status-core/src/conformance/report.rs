//! Where findings go: the [`Report`] trait and the ready-made reporters.

use super::Finding;

/// What [`Conformance`](super::Conformance) does with each [`Finding`].
///
/// Any `Fn(&Finding<'_>)` is a reporter; [`Panicking`] and `Tracing` (with the `tracing`
/// feature) are the ready-made ones. A reporter of its own type can also turn the layer off:
/// with [`ENABLED`](Report::ENABLED) `false`, the service only forwards, and the compiler
/// removes every check.
///
/// ```
/// use status_core::conformance::{Conformance, Finding, Report};
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
/// let layer = Conformance::with_report(DebugOnly);
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

/// The reporter of [`Conformance::panicking`](super::Conformance::panicking): panics with
/// the finding's `Display`, for tests.
///
/// ```
/// use status_core::conformance::{Conformance, Panicking};
///
/// let layer: Conformance<Panicking> = Conformance::panicking();
/// # let _ = layer;
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Panicking;

impl Report for Panicking {
    fn report(&self, finding: &Finding<'_>) {
        panic!("{finding}");
    }
}

/// The reporter of [`Conformance::tracing`](super::Conformance::tracing): one `tracing`
/// `warn!` event per finding, with the fields `method`, `path`, `route` (absent when the
/// path matched no route), `status` (the code), `rule` (the [`Rule`](super::Rule) variant's
/// name) and `section`, and the rule's description as the message.
///
/// ```
/// use status_core::conformance::{Conformance, Tracing};
///
/// let layer: Conformance<Tracing> = Conformance::tracing();
/// # let _ = layer;
/// ```
#[cfg(feature = "tracing")]
#[derive(Clone, Copy, Debug, Default)]
pub struct Tracing;

#[cfg(feature = "tracing")]
impl Report for Tracing {
    fn report(&self, finding: &Finding<'_>) {
        tracing::warn!(
            method = %finding.method,
            path = finding.path,
            route = finding.route,
            status = finding.status.as_u16(),
            rule = ?finding.rule,
            section = finding.section(),
            "{}",
            finding.rule,
        );
    }
}
