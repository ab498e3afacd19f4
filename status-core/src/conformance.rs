//! Checks of every response a service sends: the rules of HTTP that the registry records,
//! the rules that tie a status to the request it answers, and, for the routes it is told of,
//! the route's status contract. [`ConformanceLayer`] is a tower 0.5 layer (feature `tower`,
//! http 1 types) that makes [`Conformance`] services; the same checks run on actix-web 4
//! (feature `actix-web`) as a middleware.
//!
//! The checks only observe: each response passes through unchanged, and each rule it breaks
//! becomes a [`Finding`] for a reporter (see [Reporters](#reporters)).
//!
//! ```
//! use status_core::HttpStatus;
//! use status_core::conformance::{ConformanceLayer, Findings, Rule};
//! use tower::{ServiceBuilder, ServiceExt, service_fn};
//!
//! #[derive(Debug, HttpStatus)]
//! enum ItemError {
//!     /// No item has this id.
//!     #[status(404)]
//!     NotFound,
//!     /// The item changed since the client read it.
//!     #[status(409)]
//!     Conflict,
//! }
//!
//! let findings = Findings::new();
//! let layer = ConformanceLayer::recording(&findings)
//!     // The route answers 200 or one of `ItemError`'s statuses.
//!     .route::<ItemError>("/items/{id}")
//!     .route_codes("/items/{id}", &[200]);
//!
//! // A handler that answers 410, which the route's contract does not list, in plain text.
//! let service = ServiceBuilder::new().layer(layer).service(service_fn(|_| async {
//!     http::Response::builder()
//!         .status(410)
//!         .header("content-type", "text/plain")
//!         .body(http_body_util::Full::new(&b"gone"[..]))
//! }));
//! # fn ready<F: Future>(future: F) -> F::Output {
//! #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
//! #     match std::pin::pin!(future).poll(&mut context) {
//! #         std::task::Poll::Ready(output) => output,
//! #         std::task::Poll::Pending => unreachable!("the service answers at once"),
//! #     }
//! # }
//! let response = ready(service.oneshot(http::Request::get("/items/7").body(())?))?;
//! assert_eq!(response.status(), 410);
//! let rules: Vec<Rule> = findings.take().iter().map(|finding| finding.rule).collect();
//! assert_eq!(rules, [Rule::OutsideContract, Rule::NotProblemJson]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Serving a router behind the layer
//!
//! Wrapped around an axum `Router`, the layer makes a service that axum serves once it is
//! told the request type, which `Router` knew by itself:
//!
//! ```text
//! let app = layer.layer(router);
//! axum::serve(listener, ServiceExt::<axum::extract::Request>::into_make_service(app)).await
//! ```
//!
//! (`tower::Layer` and `axum::ServiceExt` in scope.) `app.into_make_service()` alone fails
//! with E0284, "type annotations needed", since the wrapped service accepts requests of any
//! body type. `Router::layer(layer)` also works, but runs the checks once per route and
//! sees each handler's response before axum adds `Content-Length` and strips the body of a
//! response to HEAD: put the layer around the router.
//!
//! # Reporters
//!
//! | reporter | made by | where |
//! |---|---|---|
//! | [`FindingsReport`] | [`ConformanceLayer::recording`] | tests that run a server: every finding is kept in a [`Findings`] record, asserted at the end ([`Findings::assert_none`]); a record dropped with findings nobody took fails the test |
//! | [`Panicking`] | [`ConformanceLayer::panicking`] | tests that call the service in process (`oneshot`), where the panic reaches the test; behind a server a panic only ends one connection |
//! | `Tracing` | `ConformanceLayer::tracing` (with the `tracing` feature) | a running service: a `warn!` event per finding |
//! | a closure | [`ConformanceLayer::new`] | anything else |
//!
//! # Rules
//!
//! Each is a variant of [`Rule`]; [`Finding::section`] gives the section for the status at
//! hand. "Request" says what the rule reads of the request, kept in a few bits without
//! allocating when the request comes.
//!
//! | [`Rule`] | a response breaks it with | request | stated in |
//! |---|---|---|---|
//! | [`ContentForbidden`](Rule::ContentForbidden) | content on a 1xx, 204, 205 or 304 | version | RFC 9110 §15.2, §15.3.5, §15.3.6, §15.4.5 (§6.4.1) |
//! | [`ContentLengthForbidden`](Rule::ContentLengthForbidden) | `Content-Length` on a 1xx or 204 | version, HEAD | RFC 9110 §8.6 |
//! | [`MissingRequiredHeader`](Rule::MissingRequiredHeader) | no `Upgrade` on 101 or 426, no `WWW-Authenticate` on 401, no `Allow` on 405, no `Proxy-Authenticate` on 407 | | RFC 9110 §15.2.2, §15.5.2, §15.5.6, §15.5.8, §15.5.22 |
//! | [`MissingLocation`](Rule::MissingLocation) | no `Location` on 201, 300 to 303, 305, 307, 308 (and the draft 104) | | RFC 9110 §10.2.2 and the status's own section |
//! | [`InvalidRetryAfter`](Rule::InvalidRetryAfter) | a `Retry-After` that is neither delta-seconds nor an IMF-fixdate | | RFC 9110 §10.2.3, §5.6.7 |
//! | [`Unregistered`](Rule::Unregistered) | a code from 100 to 599 that no origin of the registry defines | | RFC 9110 §15 |
//! | [`OutOfRange`](Rule::OutOfRange) | a code from 600 to 999, which `http` allows | | RFC 9110 §15 |
//! | [`OutsideContract`](Rule::OutsideContract) | a status the route's contract does not list | path | the route's status contract |
//! | [`InformationalAsFinal`](Rule::InformationalAsFinal) | a 1xx other than 101 as the final response, which hyper replaces with a 500 | version | RFC 9110 §15.2 |
//! | [`InterimToHttp10`](Rule::InterimToHttp10) | a 1xx to an HTTP/1.0 request | version | RFC 9110 §15.2 |
//! | [`Unrequested`](Rule::Unrequested) | 100 without `Expect: 100-continue`; 417 without `Expect`; 101 without `Upgrade`; 206 or 416 without `Range`; 304 without `If-None-Match` or `If-Modified-Since`; 412 without a precondition | those fields | the status's own section (§15.2.1, §15.5.18, §15.2.2, §15.3.7, §15.5.17, §15.4.5, §15.5.13) |
//! | [`NotModifiedMethod`](Rule::NotModifiedMethod) | 304 to a method other than GET or HEAD | method | RFC 9110 §15.4.5 |
//! | [`AllowListsRefusedMethod`](Rule::AllowListsRefusedMethod) | a 405 whose `Allow` lists the request's method | method | RFC 9110 §15.5.6 |
//! | [`ContentForMethod`](Rule::ContentForMethod) | content in a response to HEAD; content, `Content-Length` or `Transfer-Encoding` in a 2xx to CONNECT | method, version | RFC 9110 §9.3.2, §9.3.6 |
//! | [`NotProblemJson`](Rule::NotProblemJson) | a 4xx or 5xx whose `Content-Type` is not `application/problem+json`, on the routes given to the layer ([`ProblemJson`] widens or turns it off) | path | RFC 9457 §3 |
//!
//! The statuses each registry rule concerns are read from the registry (`body_forbidden`,
//! `no_content`, `required_headers`, `Location` among a status's `headers`), for the code as
//! a recipient reads it: an unregistered code follows the x00 of its class.
//!
//! ## What is judged: what the server sends
//!
//! A finding is about what goes on the wire, not about what the service hands its server,
//! which may drop or add framing. The tower layer judges a response as hyper 1 (the server
//! of axum and most tower stacks) sends it:
//!
//! - Over HTTP/1, hyper writes no content for HEAD, a 1xx, 204, 304, or a 2xx to CONNECT,
//!   whatever the body: content there is reported over HTTP/2 only, where hyper sends it
//!   (and content on a 205, which both send, always).
//! - Over HTTP/1, hyper drops a `Content-Length` the service set on a body that has already
//!   ended, unless the request is HEAD: axum's `Content-Length: 0` on an empty 204 is not
//!   sent and not reported. A body that has not ended keeps it, and so does HTTP/2, which
//!   also adds one for a body of known size.
//! - hyper answers 500 in place of a 1xx other than 101 given as the final response:
//!   [`InformationalAsFinal`](Rule::InformationalAsFinal) is reported, and no other rule for
//!   that response.
//! - hyper refuses to send a 2xx to CONNECT that has `Content-Length` or
//!   `Transfer-Encoding` over HTTP/1; HTTP/2 drops a zero length and resets the stream for
//!   another one.
//! - hyper removes `Transfer-Encoding` from every response it must not have it on, so no
//!   rule checks it there.
//!
//! Content is read from the body's `size_hint` alone, as the checks do not touch the body:
//! a lower bound above zero is content. A body of unknown size that has not ended (a stream,
//! whose hint is `0..` with no upper bound) is not counted, since it may well end empty.
//! Only the first `Retry-After` is read. [`MissingLocation`](Rule::MissingLocation) checks a
//! "should": a 201 may leave `Location` out when the new resource is the target URI
//! (RFC 9110 §15.3.2), and a reporter that accepts that can skip those findings.
//!
//! # Routes
//!
//! [`ConformanceLayer::route`] gives a path pattern in axum 0.8's syntax the statuses of a
//! [`StatusContract`] (an error type that derives [`HttpStatus`](derive@crate::HttpStatus),
//! for example), and [`ConformanceLayer::route_codes`] adds codes by number, such as the
//! route's success statuses; both add to the route of the same pattern if there is one. A
//! literal segment matches itself (`{{` and `}}` write braces), `{name}` one segment that is
//! not empty, and `{*name}` the rest of the path, which is not empty either. The first route
//! that matches the request's path is the request's (axum prefers a literal segment to a
//! parameter whatever the order, so give `/items/new` before `/items/{id}`); a request that
//! matches none is checked against the registry's rules and the request's only. Patterns
//! are matched against the path as the layer sees it: put the layer outside any `nest`,
//! which strips a prefix.
//!
//! The contract is the route's whole answer: statuses that a framework sends for the route
//! (axum's 405 for another method, an extractor's 400, 415 or 422) are outside it unless
//! added with `route_codes`.
//!
//! # Cost
//!
//! A conforming response costs no heap allocation. The service keeps from the request only
//! what a finding reports and the rules read: the method (an extension method's name up to 8
//! bytes), up to 32 bytes of the path, copied into the response future (a longer path is
//! matched against the routes when the request comes, and cut at a character boundary in
//! findings, ending with `…`), and the request's facts, read in one pass over its header
//! names that compares each with seven standard ones; it never clones the `Uri`. What it
//! keeps is small on purpose: the response future is moved whole, and each byte it carries
//! shows in the request time.
//!
//! Most responses take a fast path: one byte of a table of the registry's facts (made once
//! per layer) says the code has nothing to check but `Retry-After`, one bit says the method
//! has no rules of its own, one header lookup finds no `Retry-After` or a valid one, and
//! one bit says that every route's contract has the code. Only a response that fails this is
//! checked in full, and only then is its path matched against the routes (a path too long to
//! keep whole is matched when the request comes). The other header fields are looked up only
//! for the statuses they concern.
//!
//! # Turning it off
//!
//! - Without the `tower` and `actix-web` features, this module does not exist.
//! - A reporter whose [`Report::ENABLED`] is `false` makes the service forward requests and
//!   responses and nothing else: every check, and the copy of the path, is dead code that
//!   the compiler removes, and the layer's type stays the same (the response future keeps
//!   its room for what a check would keep, about 120 bytes to move with it).
//!   `const ENABLED: bool = cfg!(debug_assertions);` checks in debug builds only (see
//!   [`Report`]).
//! - To choose at run time, wrap the layer in an `Option` and add it with tower's
//!   `ServiceBuilder::option_layer`, which costs a branch per request when it is `None`.
//! - `#[cfg(debug_assertions)]` on the line that adds the layer removes it, and its type,
//!   from release builds.
//!
//! # actix-web
//!
//! With the `actix-web` feature, [`ConformanceLayer`] is an actix-web 4 middleware too
//! (`App::wrap`, making `ConformanceMiddleware`), with the same rules, routes and reporters.
//! Wrap it last, so that it is the outermost middleware and sees each response as actix-web
//! sends it; a handler's error has become its response by then, and is checked as one.
//! Responses are judged as actix-http 3 writes them, which is not as hyper does: over HTTP/1
//! it writes the body it is given on a 1xx, 204 or 304 (content a finding reports), drops
//! `Content-Length` only on 100, 101, 102 and 204, and computes one for any other body of
//! known size, even empty. Give patterns in the layer's syntax: actix's `{id}` is the same,
//! its `{rest:.*}` is `{*rest}`.

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;

use crate::StatusContract;

#[cfg(feature = "actix-web")]
mod actix_web;
mod check;
mod report;
mod request;
mod retry_after;
mod route;
mod rule;
#[cfg(feature = "tower")]
mod tower;

#[cfg(feature = "actix-web")]
pub use actix_web::{ConformanceMiddleware, MiddlewareFuture};
#[cfg(feature = "tracing")]
pub use report::Tracing;
pub use report::{Findings, FindingsReport, Panicking, RecordedFinding, Report};
pub use retry_after::is_valid_retry_after;
pub use rule::{Finding, Rule};
#[cfg(feature = "tower")]
pub use tower::{Conformance, ResponseFuture};

use check::{Context, Facts, ResponseView};
use request::{RequestFacts, StandardMethod};
use route::{CodeSet, Route};

/// The checks of every response: the routes' status contracts and a reporter `R` that
/// receives every broken rule. It is the tower layer that makes [`Conformance`] services
/// (feature `tower`). See the [module](self) for the rules.
///
/// Cloning it is cheap: its routes and reporter are shared.
///
/// ```
/// use status_core::conformance::ConformanceLayer;
/// use tower::{ServiceBuilder, service_fn};
///
/// let service = ServiceBuilder::new()
///     .layer(ConformanceLayer::panicking().route_codes("/health", &[200, 503]))
///     .service(service_fn(|_: http::Request<()>| async {
///         Ok::<_, std::convert::Infallible>(http::Response::new(String::from("ok")))
///     }));
/// # let _ = service;
/// ```
pub struct ConformanceLayer<R> {
    shared: Arc<Shared<R>>,
}

/// Which error responses (4xx and 5xx) [`Rule::NotProblemJson`] checks, set with
/// [`ConformanceLayer::problem_json`].
///
/// ```
/// use status_core::conformance::{ConformanceLayer, ProblemJson};
///
/// // A service whose every error, on every path, is problem details.
/// let layer = ConformanceLayer::panicking().problem_json(ProblemJson::Everywhere);
/// # let _ = layer;
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProblemJson {
    /// The responses to requests that match a route given to the layer (the default): a
    /// route with a status contract answers its errors as problem details.
    #[default]
    Routes,
    /// Every error response, whatever its path.
    Everywhere,
    /// No response: the rule is off.
    Nowhere,
}

/// What the layer and every service it makes share.
#[derive(Clone)]
struct Shared<R> {
    report: R,
    routes: Vec<Route>,
    /// The codes that every route's contract has (every code, with no route): a response
    /// with one of them is within its route's contract whichever route the path matches.
    allowed_everywhere: CodeSet,
    problem_json: ProblemJson,
    facts: Facts,
}

impl<R> Shared<R> {
    /// The index of the first route that matches `path`.
    fn route_of(&self, path: &str) -> Option<usize> {
        self.routes.iter().position(|route| route.matches(path))
    }
}

impl<F> ConformanceLayer<F>
where
    F: Fn(&Finding<'_>) + Clone + Send + Sync + 'static,
{
    /// A layer that calls `report` with each finding, when the response is ready.
    ///
    /// ```
    /// use status_core::conformance::{ConformanceLayer, Finding};
    ///
    /// let layer = ConformanceLayer::new(|finding: &Finding<'_>| eprintln!("{finding}"));
    /// # let _ = layer;
    /// ```
    pub fn new(report: F) -> Self {
        Self::with_report(report)
    }
}

impl ConformanceLayer<Panicking> {
    /// A layer that panics with the first finding's `Display`: for tests that call the
    /// service in process (tower's `oneshot`), where the panic reaches the test. Behind a
    /// server a panic only ends the connection, and a test may not notice: there, use
    /// [`ConformanceLayer::recording`].
    ///
    /// ```
    /// use status_core::conformance::ConformanceLayer;
    /// use tower::{ServiceExt, Layer, service_fn};
    ///
    /// let service = ConformanceLayer::panicking().layer(service_fn(|_: http::Request<()>| async {
    ///     http::Response::builder().status(205).body(String::from("reset"))
    /// }));
    /// # fn ready<F: Future>(future: F) -> F::Output {
    /// #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    /// #     match std::pin::pin!(future).poll(&mut context) {
    /// #         std::task::Poll::Ready(output) => output,
    /// #         std::task::Poll::Pending => unreachable!("the service answers at once"),
    /// #     }
    /// # }
    /// let request = http::Request::post("/forms/7").body(())?;
    /// let send = std::panic::AssertUnwindSafe(|| ready(service.oneshot(request)));
    /// let panic = std::panic::catch_unwind(send);
    /// let message = panic.unwrap_err().downcast::<String>().unwrap();
    /// assert_eq!(
    ///     *message,
    ///     "POST /forms/7: 205 Reset Content: content on a status that forbids it \
    ///      (RFC 9110, Section 15.3.6)",
    /// );
    /// # Ok::<(), http::Error>(())
    /// ```
    #[must_use]
    pub fn panicking() -> Self {
        Self::with_report(Panicking)
    }
}

impl ConformanceLayer<FindingsReport> {
    /// A layer that records every finding in `findings`, for a test that runs a server and
    /// asserts at its end that nothing was found ([`Findings::assert_none`]); `findings`
    /// fails the test when it is dropped with findings nobody looked at.
    ///
    /// ```
    /// use status_core::conformance::{ConformanceLayer, Findings, Rule};
    /// use tower::{ServiceExt, Layer, service_fn};
    ///
    /// let findings = Findings::new();
    /// let service = ConformanceLayer::recording(&findings).layer(service_fn(
    ///     |_: http::Request<()>| async { http::Response::builder().status(303).body(String::new()) },
    /// ));
    /// # fn ready<F: Future>(future: F) -> F::Output {
    /// #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    /// #     match std::pin::pin!(future).poll(&mut context) {
    /// #         std::task::Poll::Ready(output) => output,
    /// #         std::task::Poll::Pending => unreachable!("the service answers at once"),
    /// #     }
    /// # }
    /// ready(service.oneshot(http::Request::post("/orders").body(())?))?;
    ///
    /// let found = findings.take();
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].rule, Rule::MissingLocation);
    /// findings.assert_none(); // `take` emptied it
    /// # Ok::<(), http::Error>(())
    /// ```
    #[must_use]
    pub fn recording(findings: &Findings) -> Self {
        Self::with_report(findings.report())
    }
}

#[cfg(feature = "tracing")]
impl ConformanceLayer<Tracing> {
    /// A layer that emits a `tracing` `warn!` event for each finding, with the fields
    /// `method`, `path`, `route`, `status`, `rule` and `section` (see [`Tracing`]): for a
    /// running service.
    ///
    /// ```
    /// use status_core::conformance::ConformanceLayer;
    /// use tower::{ServiceBuilder, service_fn};
    ///
    /// let service = ServiceBuilder::new()
    ///     .layer(ConformanceLayer::tracing())
    ///     .service(service_fn(|_: http::Request<()>| async {
    ///         Ok::<_, std::convert::Infallible>(http::Response::new(String::from("ok")))
    ///     }));
    /// # let _ = service;
    /// ```
    #[must_use]
    pub fn tracing() -> Self {
        Self::with_report(Tracing)
    }
}

impl<R: Report> ConformanceLayer<R> {
    /// A layer that hands each finding to `report`, a reporter of any type (a closure is
    /// easier with [`ConformanceLayer::new`]).
    ///
    /// ```
    /// use status_core::conformance::{ConformanceLayer, Panicking};
    ///
    /// let layer = ConformanceLayer::with_report(Panicking);
    /// # let _ = layer;
    /// ```
    pub fn with_report(report: R) -> Self {
        ConformanceLayer {
            shared: Arc::new(Shared {
                report,
                routes: Vec::new(),
                allowed_everywhere: CodeSet::every_code(),
                problem_json: ProblemJson::default(),
                facts: Facts::new(ProblemJson::default()),
            }),
        }
    }
}

impl<R: Report + Clone> ConformanceLayer<R> {
    /// Adds the statuses of `C`'s contract ([`StatusContract::visit_statuses`]) to the route
    /// of `pattern`, made if the layer has none. See the [module](self#routes) for patterns.
    ///
    /// ```
    /// use status_core::HttpStatus;
    /// use status_core::conformance::ConformanceLayer;
    ///
    /// #[derive(Debug, HttpStatus)]
    /// enum UploadError {
    ///     /// The file is larger than the quota allows.
    ///     #[status(413)]
    ///     TooLarge,
    /// }
    ///
    /// let layer = ConformanceLayer::panicking()
    ///     .route::<UploadError>("/files/{*path}")
    ///     .route_codes("/files/{*path}", &[201]);
    /// # let _ = layer;
    /// ```
    ///
    /// # Panics
    /// When `pattern` is not one axum 0.8 accepts (it does not start with `/`, a brace is
    /// not part of a whole `{name}` segment, `{*name}` is not last), with a message that
    /// says why: the layer is set up at start-up, like the router that panics on the same
    /// patterns.
    #[must_use]
    pub fn route<C: StatusContract + ?Sized>(self, pattern: &str) -> Self {
        self.add_codes(pattern, |codes| {
            C::visit_statuses(&mut |outcome| {
                codes.insert(outcome.status.code());
            });
        })
    }

    /// Adds `codes` to the route of `pattern`, made if the layer has none.
    ///
    /// ```
    /// use status_core::conformance::ConformanceLayer;
    ///
    /// let layer = ConformanceLayer::panicking().route_codes("/items/{id}", &[200, 304, 404]);
    /// # let _ = layer;
    /// ```
    ///
    /// # Panics
    /// When `pattern` is not one axum 0.8 accepts (see [`ConformanceLayer::route`]), or a
    /// code is not from 100 to 599.
    #[must_use]
    pub fn route_codes(self, pattern: &str, codes: &[u16]) -> Self {
        self.add_codes(pattern, |set| {
            for &code in codes {
                assert!(
                    set.insert(code),
                    "route `{pattern}`: {code} is not a status code (100 to 599)"
                );
            }
        })
    }

    /// Adds every path of an `OpenAPI` document as a route whose contract is what the document
    /// says the path answers: the statuses of its operations' responses (`4XX` all of a
    /// class, `default` any status), and 405 Method Not Allowed, the framework's answer to a
    /// method the path does not serve. The routes are the ones the document was made from
    /// (utoipa-axum's `OpenApiRouter`, utoipa-actix-web's `UtoipaApp`), so no list of patterns
    /// is kept beside the router, and a status a route sends that its operation does not
    /// document is a finding ([`Rule::OutsideContract`]).
    ///
    /// A path's contract is the union of its operations' (the layer matches paths, not
    /// methods): a status that only `PUT /items/{id}` documents passes on `GET /items/{id}`.
    ///
    /// ```
    /// use status_core::conformance::ConformanceLayer;
    /// use utoipa::openapi::path::{HttpMethod, OperationBuilder, PathItem, PathsBuilder};
    /// use utoipa::openapi::{OpenApiBuilder, ResponseBuilder};
    ///
    /// let operation = OperationBuilder::new()
    ///     .response("200", ResponseBuilder::new().description("The item."))
    ///     .response("404", ResponseBuilder::new().description("No item has this id."));
    /// let document = OpenApiBuilder::new()
    ///     .paths(PathsBuilder::new().path("/items/{id}", PathItem::new(HttpMethod::Get, operation)))
    ///     .build();
    /// let layer = ConformanceLayer::panicking().openapi(&document);
    /// # let _ = layer;
    /// ```
    ///
    /// # Panics
    /// When a path is not a pattern axum 0.8 accepts (see [`ConformanceLayer::route`]).
    #[cfg(feature = "utoipa")]
    #[must_use]
    pub fn openapi(self, document: &utoipa::openapi::OpenApi) -> Self {
        document
            .paths
            .paths
            .iter()
            .fold(self, |layer, (pattern, item)| {
                let operations = [
                    &item.get,
                    &item.put,
                    &item.post,
                    &item.delete,
                    &item.options,
                    &item.head,
                    &item.patch,
                    &item.trace,
                ];
                layer.add_codes(pattern, |codes| {
                    codes.insert(405);
                    let documented = operations
                        .into_iter()
                        .flatten()
                        .flat_map(|operation| operation.responses.responses.keys());
                    for key in documented {
                        add_documented(codes, key);
                    }
                })
            })
    }

    /// Sets which error responses must be `application/problem+json`
    /// ([`Rule::NotProblemJson`]); by default, those of the routes given to the layer.
    ///
    /// ```
    /// use status_core::conformance::{ConformanceLayer, ProblemJson};
    ///
    /// // A service that answers some errors in plain text on purpose.
    /// let layer = ConformanceLayer::panicking()
    ///     .route_codes("/items/{id}", &[200, 404])
    ///     .problem_json(ProblemJson::Nowhere);
    /// # let _ = layer;
    /// ```
    #[must_use]
    pub fn problem_json(mut self, which: ProblemJson) -> Self {
        let shared = Arc::make_mut(&mut self.shared);
        shared.problem_json = which;
        shared.facts = Facts::new(which);
        self
    }

    /// Calls `add` with the codes of the route of `pattern`, made if missing.
    fn add_codes(mut self, pattern: &str, add: impl FnOnce(&mut CodeSet)) -> Self {
        let shared = Arc::make_mut(&mut self.shared);
        if !shared.routes.iter().any(|route| &*route.pattern == pattern) {
            shared.routes.push(Route::new(pattern));
        }
        if let Some(route) = shared
            .routes
            .iter_mut()
            .find(|route| &*route.pattern == pattern)
        {
            add(&mut route.codes);
        }
        shared.allowed_everywhere = shared
            .routes
            .iter()
            .fold(CodeSet::every_code(), |codes, route| {
                codes.and(&route.codes)
            });
        self
    }
}

impl<R> Clone for ConformanceLayer<R> {
    fn clone(&self) -> Self {
        ConformanceLayer {
            shared: Arc::clone(&self.shared),
        }
    }
}

impl<R> fmt::Debug for ConformanceLayer<R> {
    /// Lists the routes' patterns.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConformanceLayer")
            .field("routes", &Patterns(&self.shared.routes))
            .field("problem_json", &self.shared.problem_json)
            .finish_non_exhaustive()
    }
}

/// The patterns of `routes`, for `Debug`.
struct Patterns<'a>(&'a [Route]);

impl fmt::Debug for Patterns<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|route| &route.pattern))
            .finish()
    }
}

/// What a finding needs from the request, kept without allocating, and the layer's state:
/// made when a request comes, checked against its response, in any framework.
struct Exchange<R> {
    shared: Arc<Shared<R>>,
    method: MethodName,
    path: Inline<PATH_BYTES>,
    route: Matched,
    request: RequestFacts,
}

/// The route of a request's path.
#[derive(Clone, Copy)]
enum Matched {
    /// Not matched yet: the path is kept whole, and a response that surely conforms never
    /// needs its route.
    Later,
    /// The index of the first route that matches the path, if any: matched when the request
    /// came, as the path was too long to keep whole.
    Route(Option<u32>),
}

impl<R: Report> Exchange<R> {
    /// What to keep of a request with `method` (`standard`, or named `method` when it is not
    /// one) and `path` (without the query), whose header fields gave `request`.
    #[inline]
    fn new(
        shared: &Arc<Shared<R>>,
        (standard, method): (Option<StandardMethod>, &str),
        path: &str,
        request: RequestFacts,
    ) -> Self {
        let route = if path.len() <= PATH_BYTES {
            Matched::Later
        } else {
            Matched::Route(
                shared
                    .route_of(path)
                    .and_then(|index| index.try_into().ok()),
            )
        };
        Exchange {
            shared: Arc::clone(shared),
            method: MethodName::new(standard, method),
            path: Inline::new(path),
            route,
            request,
        }
    }

    /// Reports each rule `response` breaks: the fast path here, inlined into the response
    /// future, and the rest in [`Exchange::check_fully`].
    #[inline]
    fn check(&self, response: &impl ResponseView) {
        let shared = &*self.shared;
        if !check::surely_conforms(
            &shared.facts,
            &shared.allowed_everywhere,
            self.request,
            response,
        ) {
            self.check_fully(response);
        }
    }

    /// Reports each rule `response` breaks, when it may break one.
    #[inline(never)]
    fn check_fully(&self, response: &impl ResponseView) {
        let shared = &*self.shared;
        let index = match self.route {
            Matched::Later => shared.route_of(self.path.as_str()),
            Matched::Route(index) => index.map(|index| index as usize),
        };
        let route = index.and_then(|index| shared.routes.get(index));
        let method = self.method.as_str();
        let context = Context {
            facts: &shared.facts,
            request: self.request,
            method,
            contract: route.map(|route| &route.codes),
            problem_json: match shared.problem_json {
                ProblemJson::Routes => route.is_some(),
                ProblemJson::Everywhere => true,
                ProblemJson::Nowhere => false,
            },
        };
        check::check(&context, response, &mut |rule, header| {
            shared.report.report(&Finding {
                method,
                path: self.path.as_str(),
                route: route.map(|route| &*route.pattern),
                status: response.code(),
                rule,
                header,
            });
        });
    }
}

/// How many bytes of an extension method's name a finding can show (`PROPFIND` fits). The
/// exchange travels in the response future, which is moved as a whole: every byte kept here
/// costs each request, and the in-process benchmark shows it.
const METHOD_BYTES: usize = 8;

/// A request's method: one of RFC 9110's, or another one's name held inline.
enum MethodName {
    Standard(StandardMethod),
    Other(Inline<METHOD_BYTES>),
}

impl MethodName {
    /// The method `standard`, or, when it is `None`, the method named `name`.
    #[inline]
    fn new(standard: Option<StandardMethod>, name: &str) -> Self {
        match standard {
            Some(method) => MethodName::Standard(method),
            None => MethodName::Other(Inline::new(name)),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            MethodName::Standard(method) => method.as_str(),
            MethodName::Other(name) => name.as_str(),
        }
    }
}

/// How many bytes of a request's path a finding can show (`/api/v1/customers/12345/orders/6`);
/// a longer path is matched against the routes when the request comes, and cut in findings.
const PATH_BYTES: usize = 32;

/// What ends a text cut to fit.
const CUT_MARKER: &str = "…";

/// A text of the request, or its start, held inline so that keeping it allocates nothing.
struct Inline<const N: usize> {
    bytes: [u8; N],
    /// How many of `bytes` hold the text: at most `N`, which is below 256.
    len: u8,
}

impl<const N: usize> Inline<N> {
    #[inline]
    fn new(text: &str) -> Self {
        if text.len() > N {
            return Self::cut(text);
        }
        let mut bytes = [0; N];
        bytes[..text.len()].copy_from_slice(text.as_bytes());
        Inline {
            bytes,
            len: text.len().try_into().unwrap_or(u8::MAX),
        }
    }

    /// The start of `text`, too long to keep whole, cut at a character boundary, and the
    /// marker.
    #[cold]
    fn cut(text: &str) -> Self {
        let mut bytes = [0; N];
        let mut cut = N - CUT_MARKER.len();
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let len = cut + CUT_MARKER.len();
        bytes[..cut].copy_from_slice(&text.as_bytes()[..cut]);
        bytes[cut..len].copy_from_slice(CUT_MARKER.as_bytes());
        Inline {
            bytes,
            len: len.try_into().unwrap_or(u8::MAX),
        }
    }

    fn as_str(&self) -> &str {
        // The bytes are a prefix of a `str` cut at a character boundary, and the marker.
        let len = usize::from(self.len).min(N);
        core::str::from_utf8(&self.bytes[..len]).unwrap_or_default()
    }
}

/// Adds the codes an `OpenAPI` response key stands for: a code (`"404"`), a class (`"4XX"`),
/// or any code (`"default"`); nothing for a key that is none of these.
#[cfg(feature = "utoipa")]
fn add_documented(codes: &mut CodeSet, key: &str) {
    if key == "default" {
        *codes = CodeSet::every_code();
    } else if let Ok(code) = key.parse::<u16>() {
        codes.insert(code);
    } else if let [class @ b'1'..=b'5', b'X' | b'x', b'X' | b'x'] = key.as_bytes() {
        let first = u16::from(class - b'0') * 100;
        for code in first..first + 100 {
            codes.insert(code);
        }
    }
}
