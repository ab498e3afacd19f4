//! What the layer checks ([`Rule`]) and what it reports when a response breaks a rule
//! ([`Finding`]).

use core::fmt;

use crate::Status;

/// A rule that [`ConformanceLayer`](super::ConformanceLayer) checks on every response.
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
    /// `Content-Length` on a 1xx or 204 response (RFC 9110 §8.6) that the server sends: a
    /// `Content-Length: 0` on a 204 is not one, as hyper and actix-web drop it.
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
    /// A 1xx other than 101 as the final response, which hyper does not send: it answers
    /// 500 Internal Server Error in its place and closes the connection. A 1xx is interim
    /// (RFC 9110 §15.2); a final response follows it.
    InformationalAsFinal,
    /// A 1xx response to an HTTP/1.0 request, which has no 1xx statuses: a server must not
    /// send one (RFC 9110 §15.2).
    InterimToHttp10,
    /// A status that answers a request header field the request did not have: 100 Continue
    /// or 417 Expectation Failed without `Expect`, 101 Switching Protocols without
    /// `Upgrade`, 206 Partial Content or 416 Range Not Satisfiable without `Range`, 304 Not
    /// Modified without `If-None-Match` or `If-Modified-Since`, 412 Precondition Failed
    /// without any precondition. The finding names the request's missing field.
    Unrequested,
    /// 304 Not Modified to a method other than GET or HEAD: only a conditional GET or HEAD
    /// can have it (RFC 9110 §15.4.5, §13.2.1).
    NotModifiedMethod,
    /// A 405 Method Not Allowed whose `Allow` lists the method it refused (RFC 9110
    /// §15.5.6, §10.2.1).
    AllowListsRefusedMethod,
    /// Content in a response to HEAD (RFC 9110 §9.3.2), or content, `Content-Length` or
    /// `Transfer-Encoding` in a 2xx response to CONNECT (RFC 9110 §9.3.6), where the server
    /// would send it.
    ContentForMethod,
    /// A 4xx or 5xx response whose `Content-Type` is not `application/problem+json`
    /// (RFC 9457), on the routes the layer is told to check it on (by default the routes
    /// with a contract; see [`ProblemJson`](super::ProblemJson)).
    NotProblemJson,
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
            Self::MissingRequiredHeader
            | Self::Unregistered
            | Self::OutOfRange
            | Self::Unrequested => "RFC 9110, Section 15",
            Self::MissingLocation => "RFC 9110, Section 10.2.2",
            Self::InvalidRetryAfter => "RFC 9110, Section 10.2.3",
            Self::OutsideContract => "the route's status contract",
            Self::InterimToHttp10 | Self::InformationalAsFinal => "RFC 9110, Section 15.2",
            Self::NotModifiedMethod => "RFC 9110, Section 15.4.5",
            Self::AllowListsRefusedMethod => "RFC 9110, Section 15.5.6",
            Self::ContentForMethod => "RFC 9110, Section 9.3",
            Self::NotProblemJson => "RFC 9457, Section 3",
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
            Self::InterimToHttp10 => "a 1xx response to an HTTP/1.0 request",
            Self::InformationalAsFinal => {
                "a 1xx as the final response, which the server replaces with a 500"
            }
            Self::Unrequested => "a status that answers a request header field the request lacks",
            Self::NotModifiedMethod => "304 Not Modified to a method other than GET or HEAD",
            Self::AllowListsRefusedMethod => "Allow lists the method the 405 refused",
            Self::ContentForMethod => "content in a response to HEAD, or to CONNECT with a 2xx",
            Self::NotProblemJson => "an error response that is not application/problem+json",
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
/// Its `Display` is one line: `POST /items/7 (route /items/{id}): 205 Reset Content: content
/// on a status that forbids it (RFC 9110, Section 15.3.6)`.
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use status_core::conformance::{ConformanceLayer, Finding, Rule};
/// use tower::{ServiceBuilder, ServiceExt, service_fn};
///
/// let seen = Arc::new(Mutex::new(Vec::new()));
/// let log = Arc::clone(&seen);
/// let layer = ConformanceLayer::new(move |finding: &Finding<'_>| {
///     log.lock().unwrap().push((finding.rule, finding.section(), finding.to_string()));
/// })
/// .route_codes("/items/{id}", &[200, 205, 404]);
///
/// let service = ServiceBuilder::new().layer(layer).service(service_fn(|_| async {
///     let response = http::Response::builder()
///         .status(205)
///         .body(http_body_util::Full::new(&b"reset"[..]))?;
///     Ok::<_, http::Error>(response)
/// }));
/// let request = http::Request::post("/items/7").body(())?;
/// # fn ready<F: Future>(future: F) -> F::Output {
/// #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
/// #     match std::pin::pin!(future).poll(&mut context) {
/// #         std::task::Poll::Ready(output) => output,
/// #         std::task::Poll::Pending => unreachable!("the service answers at once"),
/// #     }
/// # }
/// let response = ready(service.oneshot(request))?;
/// assert_eq!(response.status(), 205); // passed through unchanged
///
/// assert_eq!(
///     *seen.lock().unwrap(),
///     [(
///         Rule::ContentForbidden,
///         "RFC 9110, Section 15.3.6",
///         "POST /items/7 (route /items/{id}): 205 Reset Content: content on a status that \
///          forbids it (RFC 9110, Section 15.3.6)"
///             .to_owned(),
///     )],
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding<'a> {
    /// The request's method.
    pub method: &'a str,
    /// The request's path, without the query, which may carry secrets. A path longer than
    /// the layer keeps (32 bytes) ends with `…`.
    pub path: &'a str,
    /// The pattern of the route the path matched, as given to the layer (`/items/{id}`), or
    /// `None` when it matched no route.
    pub route: Option<&'a str>,
    /// The response's status code, from 100 to 999 (a framework accepts codes that are not
    /// status codes, [`Rule::OutOfRange`]).
    pub status: u16,
    /// The broken rule.
    pub rule: Rule,
    /// The header field involved, named as the RFCs write it: the missing one for
    /// [`Rule::MissingRequiredHeader`] and [`Rule::MissingLocation`], the offending one for
    /// [`Rule::ContentLengthForbidden`], [`Rule::InvalidRetryAfter`],
    /// [`Rule::AllowListsRefusedMethod`] and [`Rule::NotProblemJson`] (`Content-Type`), and
    /// the request's missing field for [`Rule::Unrequested`] (`Range` for a 206).
    pub header: Option<&'static str>,
}

impl Finding<'_> {
    /// Where the broken rule is stated for this status: the status's own section in the
    /// registry where the rule is the status's (`RFC 9110, Section 15.3.5` for content on a
    /// 204, `RFC 9110, Section 15.5.2` for a 401 without `WWW-Authenticate`, `RFC 9110,
    /// Section 15.4.4` for a 303 without `Location`, `RFC 9110, Section 15.3.7` for a 206 to
    /// a request without `Range`), the 1xx class's for content on a 1xx (`RFC 9110, Section
    /// 15.2`), the method's for content in a response to HEAD or CONNECT, otherwise the
    /// rule's [section](Rule::section).
    ///
    /// ```
    /// use std::sync::{Arc, Mutex};
    /// use status_core::conformance::{ConformanceLayer, Finding};
    /// use tower::{Layer, ServiceExt, service_fn};
    ///
    /// let sections = Arc::new(Mutex::new(Vec::new()));
    /// let seen = Arc::clone(&sections);
    /// let layer = ConformanceLayer::new(move |finding: &Finding<'_>| {
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
        let own = || Status::new(self.status).map(|status| status.effective().meaning());
        match self.rule {
            Rule::ContentForbidden if (100..200).contains(&self.status) => "RFC 9110, Section 15.2",
            Rule::ContentForbidden
            | Rule::MissingRequiredHeader
            | Rule::MissingLocation
            | Rule::Unrequested => own().map_or(self.rule.section(), |meaning| meaning.spec),
            Rule::ContentForMethod if self.method == "HEAD" => "RFC 9110, Section 9.3.2",
            Rule::ContentForMethod => "RFC 9110, Section 9.3.6",
            rule => rule.section(),
        }
    }

    /// The response's status, when its code is from 100 to 599.
    ///
    /// ```
    /// use status_core::StatusCode;
    /// use status_core::conformance::Finding;
    ///
    /// /// Whether `finding` is about a response to a conditional request.
    /// fn is_conditional(finding: &Finding<'_>) -> bool {
    ///     finding.status().is_some_and(|status| {
    ///         matches!(status.known(), Some(StatusCode::NotModified | StatusCode::PreconditionFailed))
    ///     })
    /// }
    /// # let _ = is_conditional;
    /// ```
    #[must_use]
    pub fn status(&self) -> Option<Status> {
        Status::new(self.status).ok()
    }
}

impl fmt::Display for Finding<'_> {
    /// Writes `METHOD path (route pattern): status: rule (section)`, the status with its
    /// registered reason phrase, the missing field after a missing-header rule, and the
    /// request's missing field after [`Rule::Unrequested`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)?;
        if let Some(route) = self.route {
            write!(f, " (route {route})")?;
        }
        match Status::new(self.status) {
            Ok(status) => write!(f, ": {status}: {}", self.rule)?,
            Err(_) => write!(f, ": {}: {}", self.status, self.rule)?,
        }
        match (self.rule, self.header) {
            (Rule::MissingRequiredHeader, Some(header)) => write!(f, ": {header}")?,
            (Rule::Unrequested, Some(header)) => write!(f, ": no {header} in the request")?,
            _ => {}
        }
        write!(f, " ({})", self.section())
    }
}
