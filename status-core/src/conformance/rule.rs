//! What the layer checks ([`Rule`]) and what it reports when a response breaks a rule
//! ([`Finding`]).

use core::fmt;

use crate::Status;

/// A rule that [`Conformance`](super::Conformance) checks on every response.
///
/// [`section`](Rule::section) names where the rule is stated; a [`Finding`] can be more
/// precise, as the status it is about may have its own section ([`Finding::section`]).
///
/// ```
/// use status_core::conformance::Rule;
///
/// assert_eq!(Rule::InvalidRetryAfter.section(), "RFC 9110, Section 10.2.3");
/// assert_eq!(
///     Rule::ContentLengthForbidden.to_string(),
///     "Content-Length on a 1xx or 204 response",
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// Content on a status whose responses have none (every 1xx, 204, 304) or for which a
    /// server must not generate any (205), as the registry records them.
    ContentForbidden,
    /// `Content-Length` on a 1xx or 204 response (RFC 9110 §8.6).
    ContentLengthForbidden,
    /// A header field that the status's defining section says a response with it must
    /// carry is missing, as the registry records them: `WWW-Authenticate` on 401, `Allow`
    /// on 405, `Proxy-Authenticate` on 407, `Upgrade` on 101 and 426. The finding names the
    /// field.
    MissingRequiredHeader,
    /// No `Location` on a status that goes with one, as the registry records them: the
    /// redirects that point to another URI (300 to 303, 305, 307, 308), 201 Created and
    /// 104. Each of their sections asks for it with a "should", and 201 may leave it out
    /// when the created resource is the target URI (RFC 9110 §15.3.2).
    MissingLocation,
    /// A `Retry-After` that is neither delta-seconds nor an IMF-fixdate; see
    /// [`is_valid_retry_after`](super::is_valid_retry_after).
    InvalidRetryAfter,
    /// A code from 100 to 599 that no origin of status-core's registry defines. A
    /// recipient reads it as the x00 of its class (RFC 9110 §15).
    Unregistered,
    /// A code outside 100 to 599, which is not a status code (RFC 9110 §15), though
    /// `http::StatusCode` accepts up to 999.
    OutOfRange,
    /// A status that the route's status contract does not list.
    OutsideContract,
}

impl Rule {
    /// Where the rule is stated, as the registry writes a section (`RFC 9110, Section
    /// 15.3.5`), or `the route's status contract`.
    ///
    /// ```
    /// use status_core::conformance::Rule;
    ///
    /// assert_eq!(Rule::MissingLocation.section(), "RFC 9110, Section 10.2.2");
    /// assert_eq!(Rule::OutsideContract.section(), "the route's status contract");
    /// ```
    #[must_use]
    pub const fn section(self) -> &'static str {
        match self {
            Self::ContentForbidden => "RFC 9110, Section 6.4.1",
            Self::ContentLengthForbidden => "RFC 9110, Section 8.6",
            Self::MissingRequiredHeader | Self::Unregistered | Self::OutOfRange => {
                "RFC 9110, Section 15"
            }
            Self::MissingLocation => "RFC 9110, Section 10.2.2",
            Self::InvalidRetryAfter => "RFC 9110, Section 10.2.3",
            Self::OutsideContract => "the route's status contract",
        }
    }

    /// What the rule forbids, in a few words; also its `Display`.
    ///
    /// ```
    /// use status_core::conformance::Rule;
    ///
    /// assert_eq!(Rule::ContentForbidden.description(), "content on a status that forbids it");
    /// ```
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Self::ContentForbidden => "content on a status that forbids it",
            Self::ContentLengthForbidden => "Content-Length on a 1xx or 204 response",
            Self::MissingRequiredHeader => "a header field the status requires is missing",
            Self::MissingLocation => "no Location on a status that goes with one",
            Self::InvalidRetryAfter => "Retry-After is neither delta-seconds nor an IMF-fixdate",
            Self::Unregistered => "a code the registry does not define",
            Self::OutOfRange => "a code outside 100 to 599",
            Self::OutsideContract => "a status outside the route's status contract",
        }
    }
}

impl fmt::Display for Rule {
    /// Writes the [description](Rule::description).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.description())
    }
}

/// A response that breaks a [`Rule`], and the request it answered, as a reporter receives
/// it. It borrows from the layer's state, so a reporter that keeps it copies what it needs.
///
/// Its `Display` is one line: `GET /items/7 (route /items/{id}): 204 No Content: content on a
/// status that forbids it (RFC 9110, Section 15.3.5)`.
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use status_core::conformance::{Conformance, Finding, Rule};
/// use tower::{ServiceBuilder, ServiceExt, service_fn};
///
/// let seen = Arc::new(Mutex::new(Vec::new()));
/// let log = Arc::clone(&seen);
/// let layer = Conformance::new(move |finding: &Finding<'_>| {
///     log.lock().unwrap().push((finding.rule, finding.section(), finding.to_string()));
/// })
/// .route_codes("/items/{id}", &[200, 204, 404]);
///
/// let service = ServiceBuilder::new().layer(layer).service(service_fn(|_| async {
///     let response = http::Response::builder()
///         .status(204)
///         .body(http_body_util::Full::new(&b"deleted"[..]))?;
///     Ok::<_, http::Error>(response)
/// }));
/// let request = http::Request::delete("/items/7").body(())?;
/// # fn ready<F: Future>(future: F) -> F::Output {
/// #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
/// #     match std::pin::pin!(future).poll(&mut context) {
/// #         std::task::Poll::Ready(output) => output,
/// #         std::task::Poll::Pending => unreachable!("the service answers at once"),
/// #     }
/// # }
/// let response = ready(service.oneshot(request))?;
/// assert_eq!(response.status(), 204); // passed through unchanged
///
/// assert_eq!(
///     *seen.lock().unwrap(),
///     [(
///         Rule::ContentForbidden,
///         "RFC 9110, Section 15.3.5",
///         "DELETE /items/7 (route /items/{id}): 204 No Content: content on a status that \
///          forbids it (RFC 9110, Section 15.3.5)"
///             .to_owned(),
///     )],
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding<'a> {
    /// The request's method.
    pub method: &'a http::Method,
    /// The request's path, without the query, which may carry secrets. A path longer than
    /// the layer keeps (64 bytes) ends with `…`.
    pub path: &'a str,
    /// The pattern of the route the path matched, as given to the layer (`/items/{id}`), or
    /// `None` when it matched no route.
    pub route: Option<&'a str>,
    /// The response's status.
    pub status: http::StatusCode,
    /// The broken rule.
    pub rule: Rule,
    /// The header field involved, named as the RFCs write it: the missing one for
    /// [`Rule::MissingRequiredHeader`] and [`Rule::MissingLocation`], the offending one for
    /// [`Rule::ContentLengthForbidden`] and [`Rule::InvalidRetryAfter`].
    pub header: Option<&'static str>,
}

impl Finding<'_> {
    /// Where the broken rule is stated for this status: the status's own section in the
    /// registry where the rule is the status's (`RFC 9110, Section 15.3.5` for content on a
    /// 204, `RFC 9110, Section 15.5.2` for a 401 without `WWW-Authenticate`, `RFC 9110,
    /// Section 15.4.4` for a 303 without `Location`), the 1xx class's for content on a 1xx
    /// (`RFC 9110, Section 15.2`), otherwise the rule's [section](Rule::section).
    ///
    /// ```
    /// use std::sync::{Arc, Mutex};
    /// use status_core::conformance::{Conformance, Finding};
    /// use tower::{Layer, ServiceExt, service_fn};
    ///
    /// let sections = Arc::new(Mutex::new(Vec::new()));
    /// let seen = Arc::clone(&sections);
    /// let layer = Conformance::new(move |finding: &Finding<'_>| {
    ///     seen.lock().unwrap().push((finding.rule.section(), finding.section()));
    /// });
    /// let service = layer.layer(service_fn(|_: http::Request<()>| async {
    ///     http::Response::builder().status(303).body(String::new()) // no Location
    /// }));
    /// # fn ready<F: Future>(future: F) -> F::Output {
    /// #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    /// #     match std::pin::pin!(future).poll(&mut context) {
    /// #         std::task::Poll::Ready(output) => output,
    /// #         std::task::Poll::Pending => unreachable!("the service answers at once"),
    /// #     }
    /// # }
    /// ready(service.oneshot(http::Request::post("/orders").body(())?))?;
    /// assert_eq!(
    ///     *sections.lock().unwrap(),
    ///     [("RFC 9110, Section 10.2.2", "RFC 9110, Section 15.4.4")],
    /// );
    /// # Ok::<(), http::Error>(())
    /// ```
    #[must_use]
    pub fn section(&self) -> &'static str {
        let own = || Status::new(self.status.as_u16()).map(|status| status.effective().meaning());
        match self.rule {
            Rule::ContentForbidden if self.status.is_informational() => "RFC 9110, Section 15.2",
            Rule::ContentForbidden | Rule::MissingRequiredHeader | Rule::MissingLocation => {
                own().map_or(self.rule.section(), |meaning| meaning.spec)
            }
            rule => rule.section(),
        }
    }
}

impl fmt::Display for Finding<'_> {
    /// Writes `METHOD path (route pattern): status: rule (section)`, the status with its
    /// registered reason phrase, and the missing field after a missing-header rule.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)?;
        if let Some(route) = self.route {
            write!(f, " (route {route})")?;
        }
        match Status::new(self.status.as_u16()) {
            Ok(status) => write!(f, ": {status}: {}", self.rule)?,
            Err(_) => write!(f, ": {}: {}", self.status.as_u16(), self.rule)?,
        }
        if let (Rule::MissingRequiredHeader, Some(header)) = (self.rule, self.header) {
            write!(f, ": {header}")?;
        }
        write!(f, " ({})", self.section())
    }
}
