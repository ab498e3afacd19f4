//! `status_core::conformance`, the tower layer that checks responses: for every rule, responses
//! that break it give one finding each, with the rule, the section, the status and the route,
//! and responses that keep it give none; routes match as axum 0.8 matches them and the first
//! match wins; the response and errors pass through unchanged and `poll_ready` is forwarded;
//! the panicking, tracing, closure and disabled reporters; and the `Retry-After` reader, on
//! fixed cases, on every date from 1900 to 2100, and on generated input.

mod regressions;

use std::convert::Infallible;
use std::fmt;
use std::pin::{Pin, pin};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use http::{Request, Response, Version};
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt as _;
use proptest::prelude::*;
use status_core::HttpStatus;
use status_core::conformance::{
    ConformanceLayer, Finding, Findings, ProblemJson, Report, Rule, is_valid_retry_after,
};
use tower::{Layer, Service};

/// A body that gives the size hint it holds, and no data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Hinted {
    lower: u64,
    upper: Option<u64>,
    ended: bool,
}

/// No content, and the body says so.
const EMPTY: Hinted = Hinted {
    lower: 0,
    upper: Some(0),
    ended: true,
};

/// Six bytes, exactly.
const SIX_BYTES: Hinted = Hinted {
    lower: 6,
    upper: Some(6),
    ended: false,
};

/// At least one byte, with no upper bound.
const SOME_BYTES: Hinted = Hinted {
    lower: 1,
    upper: None,
    ended: false,
};

/// A stream's body: unknown size, not ended, maybe empty.
const STREAMED: Hinted = Hinted {
    lower: 0,
    upper: None,
    ended: false,
};

impl Body for Hinted {
    type Data = &'static [u8];
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        Poll::Ready(None)
    }

    fn is_end_stream(&self) -> bool {
        self.ended
    }

    fn size_hint(&self) -> SizeHint {
        let mut hint = SizeHint::new();
        hint.set_lower(self.lower);
        if let Some(upper) = self.upper {
            hint.set_upper(upper);
        }
        hint
    }
}

/// A finding, owned.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Seen {
    method: String,
    path: String,
    route: Option<String>,
    status: u16,
    rule: Rule,
    section: &'static str,
    header: Option<&'static str>,
    line: String,
}

impl From<&Finding<'_>> for Seen {
    fn from(finding: &Finding<'_>) -> Self {
        Seen {
            method: finding.method.to_string(),
            path: finding.path.to_owned(),
            route: finding.route.map(str::to_owned),
            status: finding.status,
            rule: finding.rule,
            section: finding.section(),
            header: finding.header,
            line: finding.to_string(),
        }
    }
}

/// A reporter that keeps every finding.
#[derive(Clone, Default)]
struct Collect(Arc<Mutex<Vec<Seen>>>);

impl Report for Collect {
    fn report(&self, finding: &Finding<'_>) {
        self.0.lock().unwrap().push(Seen::from(finding));
    }
}

impl Collect {
    /// The findings so far, leaving none.
    fn take(&self) -> Vec<Seen> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

/// The output of a future that is ready at its first poll, as every service here is.
fn ready<F: Future>(future: F) -> F::Output {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(output) => output,
        Poll::Pending => panic!("the services here answer at once"),
    }
}

/// A service that answers each request with what its function returns, at once: tower's
/// `service_fn`, written here because tower's `util` feature brings `futures-util`, whose
/// traits would show up in the hints of the derive's compile-fail snapshots (the UI tests
/// compile against this crate's dev-dependencies).
#[derive(Clone)]
struct Handler<F>(F);

impl<F, T, E> Service<Request<()>> for Handler<F>
where
    F: FnMut(Request<()>) -> Result<Response<T>, E>,
{
    type Response = Response<T>;
    type Error = E;
    type Future = std::future::Ready<Result<Response<T>, E>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), E>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<()>) -> Self::Future {
        std::future::ready((self.0)(request))
    }
}

/// Sends one request through `service` once it is ready, as tower's `oneshot` does.
fn send<S: Service<Request<()>>>(
    mut service: S,
    request: Request<()>,
) -> Result<S::Response, S::Error> {
    let mut context = Context::from_waker(Waker::noop());
    match service.poll_ready(&mut context) {
        Poll::Ready(Ok(())) => ready(service.call(request)),
        Poll::Ready(Err(error)) => Err(error),
        Poll::Pending => panic!("the services here are always ready"),
    }
}

/// A response with `status`, `headers` and `body`.
fn response(status: u16, headers: &[(&str, &str)], body: Hinted) -> Response<Hinted> {
    let mut builder = Response::builder().status(status);
    for &(name, value) in headers {
        builder = builder.header(name, value);
    }
    builder.body(body).unwrap()
}

/// Sends one HTTP/2 `method` request for `uri` through `layer` to a handler that answers
/// `answer`, and returns the response that comes out. Over HTTP/2 hyper sends the body and
/// the framing it is given, so a rule's finding is not hidden by what hyper drops over
/// HTTP/1 (the tests of `Version::HTTP_11` requests below cover that).
fn exchange<R: Report>(
    layer: &ConformanceLayer<R>,
    method: &str,
    uri: &str,
    answer: Response<Hinted>,
) -> Response<Hinted> {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .version(Version::HTTP_2)
        .body(())
        .unwrap();
    exchange_request(layer, request, answer)
}

/// Sends `request` through `layer` to a handler that answers `answer`, and returns the
/// response that comes out.
fn exchange_request<R: Report>(
    layer: &ConformanceLayer<R>,
    request: Request<()>,
    answer: Response<Hinted>,
) -> Response<Hinted> {
    let mut answer = Some(answer);
    let service = layer.layer(Handler(move |_: Request<()>| {
        Ok::<_, Infallible>(answer.take().expect("one request"))
    }));
    send(service, request).unwrap()
}

/// The findings of one GET request for `/anything`, which matches no route.
fn findings(answer: Response<Hinted>) -> Vec<Seen> {
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone());
    exchange(&layer, "GET", "/anything", answer);
    collect.take()
}

/// An HTTP/2 GET request for `/anything`, which matches no route, with every request header
/// field a status can answer (`Expect: 100-continue`, `Upgrade`, `Range`, `If-None-Match`), so
/// that the rules that read the request find nothing to say.
fn satisfied_request() -> Request<()> {
    Request::get("/anything")
        .version(Version::HTTP_2)
        .header("expect", "100-continue")
        .header("upgrade", "websocket")
        .header("range", "bytes=0-5")
        .header("if-none-match", "\"v1\"")
        .body(())
        .unwrap()
}

/// Checks `rule` on [`satisfied_request`]s: each response of `broken` gives one finding, of
/// `rule`, with `header` and the section paired with it; each of `kept` gives none.
fn check_rule(
    rule: Rule,
    header: Option<&str>,
    broken: Vec<(Response<Hinted>, &str)>,
    kept: Vec<Response<Hinted>>,
) {
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone());
    for (answer, section) in broken {
        let context = format!("{rule:?}: {answer:?}");
        let status = answer.status().as_u16();
        exchange_request(&layer, satisfied_request(), answer);
        let found = collect.take();
        assert_eq!(found.len(), 1, "{context}: {found:#?}");
        let seen = &found[0];
        assert_eq!(seen.rule, rule, "{context}");
        assert_eq!(seen.section, section, "{context}");
        assert_eq!(seen.header, header, "{context}");
        assert_eq!(seen.status, status, "{context}");
        assert_eq!(seen.route, None, "{context}");
        assert_eq!(
            (&*seen.method, &*seen.path),
            ("GET", "/anything"),
            "{context}"
        );
    }
    for answer in kept {
        let context = format!("{rule:?}: {answer:?}");
        exchange_request(&layer, satisfied_request(), answer);
        assert_eq!(collect.take(), [], "{context}");
    }
}

#[test]
fn content_on_a_status_that_forbids_it_is_found() {
    check_rule(
        Rule::ContentForbidden,
        None,
        vec![
            (response(100, &[], SOME_BYTES), "RFC 9110, Section 15.2"),
            (response(103, &[], SOME_BYTES), "RFC 9110, Section 15.2"),
            (response(204, &[], SOME_BYTES), "RFC 9110, Section 15.3.5"),
            (response(205, &[], SIX_BYTES), "RFC 9110, Section 15.3.6"),
            (response(304, &[], SOME_BYTES), "RFC 9110, Section 15.4.5"),
        ],
        vec![
            response(100, &[], EMPTY),
            response(103, &[("link", "</style.css>; rel=preload")], EMPTY),
            response(204, &[], EMPTY),
            // A stream of unknown size may end empty: only a hint of content counts.
            response(204, &[], STREAMED),
            response(205, &[], EMPTY),
            response(304, &[("etag", "\"v1\"")], EMPTY),
            response(200, &[], SIX_BYTES),
            response(200, &[], STREAMED),
            response(404, &[], SOME_BYTES),
        ],
    );
}

#[test]
fn content_length_on_a_1xx_or_204_is_found() {
    let length = [("content-length", "0")];
    check_rule(
        Rule::ContentLengthForbidden,
        Some("Content-Length"),
        vec![
            (response(100, &length, EMPTY), "RFC 9110, Section 8.6"),
            (response(204, &length, EMPTY), "RFC 9110, Section 8.6"),
        ],
        vec![
            response(204, &[], EMPTY),
            // A 304 may give the length of the 200 it stands for (RFC 9110 §8.6).
            response(304, &[("content-length", "1234")], EMPTY),
            response(200, &[("content-length", "6")], SIX_BYTES),
        ],
    );
}

#[test]
fn a_missing_required_header_is_found_and_named() {
    let cases = [
        (101, "Upgrade", "websocket", "RFC 9110, Section 15.2.2"),
        (
            401,
            "WWW-Authenticate",
            "Bearer",
            "RFC 9110, Section 15.5.2",
        ),
        (405, "Allow", "POST", "RFC 9110, Section 15.5.6"),
        (
            407,
            "Proxy-Authenticate",
            "Basic",
            "RFC 9110, Section 15.5.8",
        ),
        (426, "Upgrade", "HTTP/2.0", "RFC 9110, Section 15.5.22"),
    ];
    for (status, header, value, section) in cases {
        check_rule(
            Rule::MissingRequiredHeader,
            Some(header),
            vec![(response(status, &[], EMPTY), section)],
            vec![response(status, &[(header, value)], EMPTY)],
        );
    }
}

#[test]
fn a_missing_location_is_found_with_the_statuss_own_section() {
    let cases = [
        (104, "draft-ietf-httpbis-resumable-upload"),
        (201, "RFC 9110, Section 15.3.2"),
        (300, "RFC 9110, Section 15.4.1"),
        (301, "RFC 9110, Section 15.4.2"),
        (302, "RFC 9110, Section 15.4.3"),
        (303, "RFC 9110, Section 15.4.4"),
        (305, "RFC 9110, Section 15.4.6"),
        (307, "RFC 9110, Section 15.4.8"),
        (308, "RFC 9110, Section 15.4.9"),
    ];
    for (status, section) in cases {
        check_rule(
            Rule::MissingLocation,
            Some("Location"),
            vec![(response(status, &[], EMPTY), section)],
            vec![response(status, &[("location", "/items/7")], EMPTY)],
        );
    }
    // 304 points to the cached copy, not to another URI.
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone());
    let conditional = Request::get("/anything")
        .header("if-none-match", "\"v1\"")
        .body(())
        .unwrap();
    exchange_request(&layer, conditional, response(304, &[], EMPTY));
    assert_eq!(collect.take(), []);
}

#[test]
fn a_malformed_retry_after_is_found() {
    let section = "RFC 9110, Section 10.2.3";
    let redirect = |retry_after| {
        response(
            301,
            &[("location", "/new"), ("retry-after", retry_after)],
            EMPTY,
        )
    };
    check_rule(
        Rule::InvalidRetryAfter,
        Some("Retry-After"),
        vec![
            (
                response(503, &[("retry-after", "soon")], SIX_BYTES),
                section,
            ),
            (
                response(
                    429,
                    &[("retry-after", "Mon, 06 Nov 1994 08:49:37 GMT")],
                    EMPTY,
                ),
                section,
            ),
            (redirect("-1"), section),
        ],
        vec![
            response(503, &[("retry-after", "120")], SIX_BYTES),
            response(
                429,
                &[("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")],
                EMPTY,
            ),
            redirect("Fri, 31 Dec 9999 23:59:59 GMT"),
        ],
    );
}

#[test]
fn an_unregistered_code_is_found() {
    let section = "RFC 9110, Section 15";
    check_rule(
        Rule::Unregistered,
        None,
        vec![
            (response(299, &[], SIX_BYTES), section),
            (response(471, &[], SIX_BYTES), section),
            (response(599, &[], SIX_BYTES), section),
        ],
        // A vendor's code (nginx, Esri), IANA's "unused" 418, Cloudflare's 520.
        vec![
            response(499, &[], SIX_BYTES),
            response(418, &[], SIX_BYTES),
            response(520, &[], SIX_BYTES),
        ],
    );
}

#[test]
fn a_code_outside_100_to_599_is_found() {
    let section = "RFC 9110, Section 15";
    check_rule(
        Rule::OutOfRange,
        None,
        vec![
            (response(600, &[], SIX_BYTES), section),
            (response(999, &[], SIX_BYTES), section),
        ],
        vec![
            response(103, &[], EMPTY),
            response(200, &[], SIX_BYTES),
            response(511, &[], SIX_BYTES),
        ],
    );
}

#[test]
fn every_rule_says_where_it_is_stated() {
    let rules = [
        (
            Rule::ContentForbidden,
            "RFC 9110, Section 6.4.1",
            "content on a status that forbids it",
        ),
        (
            Rule::ContentLengthForbidden,
            "RFC 9110, Section 8.6",
            "Content-Length on a 1xx or 204 response",
        ),
        (
            Rule::MissingRequiredHeader,
            "RFC 9110, Section 15",
            "a header field the status requires is missing",
        ),
        (
            Rule::MissingLocation,
            "RFC 9110, Section 10.2.2",
            "no Location on a status that goes with one",
        ),
        (
            Rule::InvalidRetryAfter,
            "RFC 9110, Section 10.2.3",
            "Retry-After is neither delta-seconds nor an IMF-fixdate",
        ),
        (
            Rule::Unregistered,
            "RFC 9110, Section 15",
            "a code the registry does not define",
        ),
        (
            Rule::OutOfRange,
            "RFC 9110, Section 15",
            "a code outside 100 to 599",
        ),
        (
            Rule::OutsideContract,
            "the route's status contract",
            "a status outside the route's status contract",
        ),
    ];
    for (rule, section, description) in rules {
        assert_eq!(rule.section(), section, "{rule:?}");
        assert_eq!(rule.description(), description, "{rule:?}");
        assert_eq!(rule.to_string(), description, "{rule:?}");
    }
}

#[test]
fn a_finding_names_the_request_the_route_and_the_status() {
    let collect = Collect::default();
    let layer =
        ConformanceLayer::with_report(collect.clone()).route_codes("/items/{id}", &[200, 204]);
    exchange(
        &layer,
        "DELETE",
        "/items/7?token=secret",
        response(204, &[], SOME_BYTES),
    );
    assert_eq!(
        collect.take(),
        [Seen {
            method: "DELETE".to_owned(),
            path: "/items/7".to_owned(),
            route: Some("/items/{id}".to_owned()),
            status: 204,
            rule: Rule::ContentForbidden,
            section: "RFC 9110, Section 15.3.5",
            header: None,
            line: "DELETE /items/7 (route /items/{id}): 204 No Content: content on a status that \
                   forbids it (RFC 9110, Section 15.3.5)"
                .to_owned(),
        }],
    );
}

#[test]
fn findings_read_as_one_line() {
    let cases = [
        (
            response(401, &[], EMPTY),
            "GET /anything: 401 Unauthorized: a header field the status requires is missing: \
             WWW-Authenticate (RFC 9110, Section 15.5.2)",
        ),
        (
            response(303, &[], EMPTY),
            "GET /anything: 303 See Other: no Location on a status that goes with one \
             (RFC 9110, Section 15.4.4)",
        ),
        (
            response(503, &[("retry-after", "5 minutes")], EMPTY),
            "GET /anything: 503 Service Unavailable: Retry-After is neither delta-seconds nor \
             an IMF-fixdate (RFC 9110, Section 10.2.3)",
        ),
        (
            response(471, &[], EMPTY),
            "GET /anything: 471: a code the registry does not define (RFC 9110, Section 15)",
        ),
        (
            response(600, &[], EMPTY),
            "GET /anything: 600: a code outside 100 to 599 (RFC 9110, Section 15)",
        ),
    ];
    for (answer, line) in cases {
        let found = findings(answer);
        let lines: Vec<&str> = found.iter().map(|seen| &*seen.line).collect();
        assert_eq!(lines, [line]);
    }
}

#[test]
fn a_status_without_location_names_the_field_and_its_own_section() {
    let found = findings(response(201, &[], SIX_BYTES));
    assert_eq!(found[0].rule.section(), "RFC 9110, Section 10.2.2");
    assert_eq!(found[0].section, "RFC 9110, Section 15.3.2");
    assert_eq!(found[0].header, Some("Location"));
}

#[test]
fn one_response_can_break_several_rules_reported_in_rule_order() {
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone()).route_codes("/items/{id}", &[200]);
    let headers = [("content-length", "6"), ("retry-after", "later")];
    exchange(
        &layer,
        "GET",
        "/items/7",
        response(204, &headers, SOME_BYTES),
    );
    let rules: Vec<Rule> = collect.take().iter().map(|seen| seen.rule).collect();
    assert_eq!(
        rules,
        [
            Rule::ContentForbidden,
            Rule::ContentLengthForbidden,
            Rule::InvalidRetryAfter,
            Rule::OutsideContract,
        ],
    );

    // A code nobody registered follows the x00 of its class: no content on a 1xx.
    let found: Vec<(Rule, &str)> = findings(response(150, &[], SOME_BYTES))
        .iter()
        .map(|seen| (seen.rule, seen.section))
        .collect();
    assert_eq!(
        found,
        [
            (Rule::ContentForbidden, "RFC 9110, Section 15.2"),
            (Rule::Unregistered, "RFC 9110, Section 15"),
        ],
    );
}

/// A contract: what the handlers of `/items/{id}` fail with.
#[derive(Debug, HttpStatus)]
#[expect(dead_code, reason = "only its contract is read, never a value")]
enum ItemError {
    /// No item has this id.
    #[status(404)]
    NotFound,
    /// The item changed since the client read it.
    #[status(409)]
    Conflict,
    /// No valid token.
    #[status(Unauthorized)]
    #[header(www_authenticate = "Bearer")]
    Unauthenticated,
}

#[test]
fn a_route_allows_the_statuses_of_its_contract_and_the_codes_added() {
    let collect = Collect::default();
    // The error responses here have no content type: this test is about contracts.
    let layer = ConformanceLayer::with_report(collect.clone())
        .route::<ItemError>("/items/{id}")
        .route_codes("/items/{id}", &[200])
        .problem_json(ProblemJson::Nowhere);
    assert_eq!(
        format!("{layer:?}"),
        r#"ConformanceLayer { routes: ["/items/{id}"], problem_json: Nowhere, .. }"#
    );
    let within: &[(u16, &[(&str, &str)])] = &[
        (200, &[]),
        (404, &[]),
        (409, &[]),
        (401, &[("www-authenticate", "Bearer")]),
    ];
    for &(status, headers) in within {
        exchange(
            &layer,
            "GET",
            "/items/7",
            response(status, headers, SIX_BYTES),
        );
        assert_eq!(collect.take(), [], "{status}");
    }
    for status in [201, 410, 500] {
        let headers: &[(&str, &str)] = if status == 201 {
            &[("location", "/items/8")]
        } else {
            &[]
        };
        exchange(
            &layer,
            "PUT",
            "/items/7",
            response(status, headers, SIX_BYTES),
        );
        let found = collect.take();
        assert_eq!(found.len(), 1, "{status}: {found:#?}");
        assert_eq!(found[0].rule, Rule::OutsideContract);
        assert_eq!(found[0].section, "the route's status contract");
        assert_eq!(found[0].route.as_deref(), Some("/items/{id}"));
        assert_eq!(found[0].status, status);
        assert_eq!(
            found[0].line,
            format!(
                "PUT /items/7 (route /items/{{id}}): {}: a status outside the route's status \
                 contract (the route's status contract)",
                status_core::Status::new(status).unwrap(),
            ),
        );
    }
}

#[test]
fn codes_added_to_the_same_pattern_go_to_one_route() {
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone())
        .route_codes("/items", &[200])
        .route_codes("/health", &[200])
        .route_codes("/items", &[202]);
    assert_eq!(
        format!("{layer:?}"),
        r#"ConformanceLayer { routes: ["/items", "/health"], problem_json: Routes, .. }"#
    );
    for status in [200, 202] {
        exchange(&layer, "POST", "/items", response(status, &[], SIX_BYTES));
        assert_eq!(collect.take(), [], "{status}");
    }
    exchange(&layer, "POST", "/health", response(202, &[], SIX_BYTES));
    assert_eq!(collect.take()[0].rule, Rule::OutsideContract);
}

#[test]
fn every_status_code_can_be_in_a_contract() {
    let every: Vec<u16> = (100..=599).collect();
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone()).route_codes("/", &every);
    for &status in &every {
        exchange(&layer, "GET", "/", response(status, &[], EMPTY));
        let found = collect.take();
        assert!(
            found.iter().all(|seen| seen.rule != Rule::OutsideContract),
            "{status}"
        );
    }
    exchange(&layer, "GET", "/", response(600, &[], EMPTY));
    let rules: Vec<Rule> = collect.take().iter().map(|seen| seen.rule).collect();
    assert_eq!(rules, [Rule::OutOfRange, Rule::OutsideContract]);
}

/// The pattern of the route that `path` matches among `patterns`, each allowing only 200:
/// a 404 is then outside the contract of whichever matched, and of none if none did.
fn matched_route(patterns: &[&str], path: &str) -> Option<String> {
    let collect = Collect::default();
    let mut layer = ConformanceLayer::with_report(collect.clone());
    for pattern in patterns {
        layer = layer.route_codes(pattern, &[200]);
    }
    let problem = [("content-type", "application/problem+json")];
    exchange(&layer, "GET", path, response(404, &problem, EMPTY));
    let found = collect.take();
    assert!(found.len() <= 1, "{found:#?}");
    let seen = found.into_iter().next()?;
    assert_eq!(seen.rule, Rule::OutsideContract);
    seen.route
}

#[test]
fn patterns_match_paths_as_axum_matches_them() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        ("/", &["/"], &["/a", "//"]),
        (
            "/items",
            &["/items"],
            &["/items/", "/item", "/items/7", "/itemsx"],
        ),
        (
            "/items/{id}",
            &["/items/7", "/items/%7Bid%7D"],
            &["/items", "/items/", "/items/7/x"],
        ),
        (
            "/files/{*path}",
            &["/files/a", "/files/a/b/", "/files//"],
            &["/files", "/files/"],
        ),
        (
            "/{owner}/{repo}",
            &["/x/y"],
            &["/x", "/x/y/z", "//y", "/x/"],
        ),
        (
            "/{{raw}}/a}}b",
            &["/{raw}/a}b"],
            &["/raw/ab", "/%7Braw%7D/a%7Db"],
        ),
    ];
    for &(pattern, matching, others) in cases {
        for path in matching {
            assert_eq!(
                matched_route(&[pattern], path).as_deref(),
                Some(pattern),
                "{path}"
            );
        }
        for path in others {
            assert_eq!(
                matched_route(&[pattern], path),
                None,
                "{pattern} matched {path}"
            );
        }
    }
}

#[test]
fn a_path_too_long_to_keep_is_matched_in_full() {
    let long = format!("/files/{}", "a/".repeat(100));
    assert_eq!(
        matched_route(&["/files/{*path}"], &long).as_deref(),
        Some("/files/{*path}")
    );
    let long_id = format!("/items/{}", "7".repeat(100));
    assert_eq!(
        matched_route(&["/items/{id}"], &long_id).as_deref(),
        Some("/items/{id}")
    );
    assert_eq!(matched_route(&["/items"], &long_id), None);
}

#[test]
fn each_route_keeps_its_own_contract() {
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone())
        .route_codes("/items/{id}", &[200])
        .route_codes("/items", &[200, 202]);
    exchange(&layer, "POST", "/items", response(202, &[], SIX_BYTES));
    exchange(&layer, "GET", "/items/7", response(200, &[], SIX_BYTES));
    assert_eq!(collect.take(), []);
    exchange(&layer, "GET", "/items/7", response(202, &[], SIX_BYTES));
    let found = collect.take();
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].rule, found[0].route.as_deref()),
        (Rule::OutsideContract, Some("/items/{id}")),
    );
}

#[test]
fn the_first_matching_route_wins() {
    let specific_first = ["/items/new", "/items/{id}"];
    assert_eq!(
        matched_route(&specific_first, "/items/new").as_deref(),
        Some("/items/new")
    );
    assert_eq!(
        matched_route(&specific_first, "/items/7").as_deref(),
        Some("/items/{id}")
    );
    let general_first = ["/items/{id}", "/items/new"];
    assert_eq!(
        matched_route(&general_first, "/items/new").as_deref(),
        Some("/items/{id}")
    );
}

#[test]
fn a_request_outside_every_route_is_checked_against_the_registry_only() {
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone()).route_codes("/items/{id}", &[200]);
    exchange(&layer, "GET", "/health", response(503, &[], SIX_BYTES));
    assert_eq!(collect.take(), []);
    exchange(&layer, "GET", "/health", response(204, &[], SOME_BYTES));
    let found = collect.take();
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].rule, found[0].route.as_deref()),
        (Rule::ContentForbidden, None)
    );
}

#[test]
fn bad_patterns_are_refused_with_the_reason() {
    let cases = [
        ("items", "a pattern starts with `/`"),
        ("/{}", "a parameter is `{name}` or `{*name}`, with a name"),
        ("/{*}", "a parameter is `{name}` or `{*name}`, with a name"),
        (
            "/{*rest}/more",
            "`{*name}` matches the rest of the path, so it comes last",
        ),
        ("/a{id}", "a parameter is a whole segment"),
        ("/{id}.json", "a parameter is a whole segment"),
        ("/}", "a parameter is a whole segment"),
    ];
    for (pattern, reason) in cases {
        let panic =
            std::panic::catch_unwind(|| ConformanceLayer::panicking().route_codes(pattern, &[200]))
                .expect_err(pattern);
        let message = panic.downcast::<String>().unwrap();
        let expected = format!("invalid route pattern `{pattern}`: {reason}");
        assert!(message.starts_with(&expected), "{message}");
    }
}

#[test]
#[should_panic(expected = "route `/items`: 700 is not a status code (100 to 599)")]
fn a_contract_code_outside_100_to_599_is_refused() {
    let _ = ConformanceLayer::panicking().route_codes("/items", &[200, 700]);
}

#[test]
fn a_long_path_is_cut_with_a_marker() {
    let cases = [
        ("a".repeat(31), "a".repeat(31)),
        ("a".repeat(300), format!("{}…", "a".repeat(28))),
        // 29 bytes are kept before the marker: `/`, 26 `a` and the two bytes of `é` fill
        // them; with one more `a` the cut would split the `é`, so it comes before it.
        (
            format!("{}é{}", "a".repeat(26), "b".repeat(10)),
            format!("{}é…", "a".repeat(26)),
        ),
        (
            format!("{}é{}", "a".repeat(27), "b".repeat(10)),
            format!("{}…", "a".repeat(27)),
        ),
    ];
    for (path, shown) in cases {
        let uri = format!("/{path}");
        let found = {
            let collect = Collect::default();
            let layer = ConformanceLayer::with_report(collect.clone());
            exchange(&layer, "GET", &uri, response(600, &[], EMPTY));
            collect.take()
        };
        assert_eq!(found[0].path, format!("/{shown}"));
        assert!(found[0].path.len() <= 32);
    }
}

#[test]
fn the_response_passes_through_unchanged() {
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone()).route_codes("/items/{id}", &[200]);
    let headers = [
        ("content-length", "6"),
        ("x-request-id", "7"),
        ("retry-after", "no"),
    ];
    let answer = response(204, &headers, SOME_BYTES);
    let expected = (
        answer.status(),
        answer.version(),
        answer.headers().clone(),
        *answer.body(),
    );
    let out = exchange(&layer, "GET", "/items/7", answer);
    assert_eq!(
        (
            out.status(),
            out.version(),
            out.headers().clone(),
            *out.body()
        ),
        expected
    );
    assert_eq!(collect.take().len(), 4);
}

#[test]
fn an_error_passes_through_unchecked() {
    let collect = Collect::default();
    let service = ConformanceLayer::with_report(collect.clone()).layer(Handler(|_: Request<()>| {
        Err::<Response<Hinted>, _>("upstream is down")
    }));
    let result = send(service, Request::new(()));
    assert_eq!(result.unwrap_err(), "upstream is down");
    assert_eq!(collect.take(), []);
}

/// A service that is not ready at the first poll and fails at the second.
struct Overloaded {
    polls: usize,
}

impl Service<Request<()>> for Overloaded {
    type Response = Response<Hinted>;
    type Error = &'static str;
    type Future = std::future::Ready<Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.polls += 1;
        if self.polls == 1 {
            Poll::Pending
        } else {
            Poll::Ready(Err("overloaded"))
        }
    }

    fn call(&mut self, _: Request<()>) -> Self::Future {
        std::future::ready(Err("called before it was ready"))
    }
}

#[test]
fn poll_ready_is_the_inner_services() {
    let mut service = ConformanceLayer::panicking().layer(Overloaded { polls: 0 });
    let mut context = Context::from_waker(Waker::noop());
    assert_eq!(service.poll_ready(&mut context), Poll::Pending);
    assert_eq!(
        service.poll_ready(&mut context),
        Poll::Ready(Err("overloaded"))
    );
}

#[test]
fn clones_of_the_layer_share_its_routes_and_reporter() {
    /// A clone of `value`, which can be shared between threads as axum shares services.
    fn shareable<T: Clone + Send + Sync + 'static>(value: &T) -> T {
        value.clone()
    }
    /// `value`, which can be sent to another thread, as a service's future is.
    fn sendable<T: Send + 'static>(value: T) -> T {
        value
    }
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone()).route_codes("/items/{id}", &[200]);
    let copy = shareable(&layer);
    drop(layer);
    exchange(&copy, "GET", "/items/7", response(404, &[], EMPTY));
    assert_eq!(collect.take()[0].route.as_deref(), Some("/items/{id}"));

    // What axum asks of a layer's service and its future.
    let handler = Handler(|_: Request<()>| Ok::<_, Infallible>(response(200, &[], EMPTY)));
    let mut service = shareable(&sendable(copy.layer(handler)));
    let out = ready(sendable(service.call(Request::new(())))).unwrap();
    assert_eq!(out.status(), 200);
    let _ = shareable(&ConformanceLayer::panicking());
    let _ = shareable(&ConformanceLayer::tracing());
    let _ = shareable(&ConformanceLayer::new(|_: &Finding<'_>| {}));
}

#[test]
#[should_panic(
    expected = "GET /items/7 (route /items/{id}): 204 No Content: content on a status that forbids \
                it (RFC 9110, Section 15.3.5)"
)]
fn panicking_mode_panics_with_the_finding() {
    let layer = ConformanceLayer::panicking().route_codes("/items/{id}", &[204]);
    exchange(&layer, "GET", "/items/7", response(204, &[], SOME_BYTES));
}

#[test]
fn panicking_mode_lets_a_conforming_response_through() {
    let layer = ConformanceLayer::panicking().route_codes("/items/{id}", &[204]);
    let out = exchange(&layer, "GET", "/items/7", response(204, &[], EMPTY));
    assert_eq!(out.status(), 204);
}

#[test]
fn a_closure_is_a_reporter() {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&lines);
    let layer = ConformanceLayer::new(move |finding: &Finding<'_>| {
        seen.lock().unwrap().push(finding.to_string());
    });
    exchange(&layer, "HEAD", "/", response(405, &[], EMPTY));
    assert_eq!(
        *lines.lock().unwrap(),
        [
            "HEAD /: 405 Method Not Allowed: a header field the status requires is missing: Allow \
          (RFC 9110, Section 15.5.6)"
        ],
    );
}

/// A reporter that turns the layer off, and fails the test if it is called.
#[derive(Clone)]
struct Off;

impl Report for Off {
    const ENABLED: bool = false;

    fn report(&self, finding: &Finding<'_>) {
        panic!("a disabled reporter was called with {finding}");
    }
}

#[test]
fn a_disabled_reporter_checks_nothing() {
    let layer = ConformanceLayer::with_report(Off).route_codes("/items/{id}", &[200]);
    let answer = response(204, &[("content-length", "6")], SIX_BYTES);
    let out = exchange(&layer, "GET", "/items/7", answer);
    assert_eq!((out.status().as_u16(), *out.body()), (204, SIX_BYTES));
}

/// The fields of one event, names and values as text.
type EventFields = Vec<(String, String)>;

/// A `tracing` subscriber that keeps the fields of every event.
#[derive(Clone, Default)]
struct Events(Arc<Mutex<Vec<EventFields>>>);

/// Collects the fields of one event.
struct Fields(EventFields);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }
}

impl tracing::Subscriber for Events {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }

    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        let mut fields = Fields(vec![(
            "level".to_owned(),
            event.metadata().level().to_string(),
        )]);
        event.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

#[test]
fn tracing_mode_emits_one_warning_per_finding_with_its_fields() {
    let events = Events::default();
    let layer = ConformanceLayer::tracing().route_codes("/items/{id}", &[200]);
    tracing::subscriber::with_default(events.clone(), || {
        let problem = [("content-type", "application/problem+json")];
        exchange(
            &layer,
            "POST",
            "/items/7",
            response(401, &problem, SIX_BYTES),
        );
        exchange(&layer, "GET", "/health", response(200, &[], SIX_BYTES));
        exchange(&layer, "GET", "/other", response(204, &[], SOME_BYTES));
    });
    let fields = |pairs: &[(&str, &str)]| -> EventFields {
        pairs
            .iter()
            .map(|&(name, value)| (name.to_owned(), value.to_owned()))
            .collect()
    };
    assert_eq!(
        *events.0.lock().unwrap(),
        [
            fields(&[
                ("level", "WARN"),
                ("message", "a header field the status requires is missing"),
                ("method", "POST"),
                ("path", "/items/7"),
                ("route", "/items/{id}"),
                ("status", "401"),
                ("rule", "MissingRequiredHeader"),
                ("section", "RFC 9110, Section 15.5.2"),
            ]),
            fields(&[
                ("level", "WARN"),
                ("message", "a status outside the route's status contract"),
                ("method", "POST"),
                ("path", "/items/7"),
                ("route", "/items/{id}"),
                ("status", "401"),
                ("rule", "OutsideContract"),
                ("section", "the route's status contract"),
            ]),
            fields(&[
                ("level", "WARN"),
                ("message", "content on a status that forbids it"),
                ("method", "GET"),
                ("path", "/other"),
                ("status", "204"),
                ("rule", "ContentForbidden"),
                ("section", "RFC 9110, Section 15.3.5"),
            ]),
        ],
    );
}

#[test]
fn real_bodies_are_read_from_their_size_hint() {
    let collect = Collect::default();
    let service =
        ConformanceLayer::with_report(collect.clone()).layer(Handler(|request: Request<()>| {
            if request.uri().path() == "/full" {
                Response::builder()
                    .status(204)
                    .body(http_body_util::Full::new(&b"gone"[..]).boxed())
            } else {
                Response::builder()
                    .status(204)
                    .body(http_body_util::Empty::<&[u8]>::new().boxed())
            }
        }));
    // Over HTTP/2 hyper sends the body, and a length for a body of known size.
    let full = vec![Rule::ContentForbidden, Rule::ContentLengthForbidden];
    for (path, expected) in [("/full", full), ("/empty", vec![])] {
        let request = Request::get(path)
            .version(Version::HTTP_2)
            .body(())
            .unwrap();
        send(service.clone(), request).unwrap();
        let rules: Vec<Rule> = collect.take().iter().map(|seen| seen.rule).collect();
        assert_eq!(rules, expected, "{path}");
    }
}

#[test]
fn retry_after_takes_delta_seconds_and_imf_fixdates() {
    let valid = [
        "0",
        "120",
        "007",
        "99999999999999999999999999",
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Thu, 01 Jan 1970 00:00:00 GMT",
        "Tue, 29 Feb 2000 12:00:00 GMT",
        "Thu, 29 Feb 2024 23:59:59 GMT",
        "Wed, 31 Dec 2008 23:59:60 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "Sat, 01 Jan 2000 00:00:00 GMT",
    ];
    for value in valid {
        assert!(is_valid_retry_after(value.as_bytes()), "{value:?}");
    }
}

#[test]
fn retry_after_refuses_anything_else() {
    let invalid = [
        ("", "empty"),
        (" 120", "a space before"),
        ("120 ", "a space after"),
        ("1 20", "a space inside"),
        ("-5", "negative"),
        ("+5", "a sign"),
        ("1.5", "a fraction"),
        ("1e3", "an exponent"),
        ("١٢٠", "non-ASCII digits"),
        ("Mon, 06 Nov 1994 08:49:37 GMT", "the wrong weekday"),
        ("Sunday, 06-Nov-94 08:49:37 GMT", "RFC 850's obsolete form"),
        ("Sun Nov  6 08:49:37 1994", "asctime's obsolete form"),
        (
            "sun, 06 Nov 1994 08:49:37 GMT",
            "a day name in the wrong case",
        ),
        (
            "Sun, 06 nov 1994 08:49:37 GMT",
            "a month name in the wrong case",
        ),
        ("Sun, 06 Nov 1994 08:49:37 gmt", "GMT in the wrong case"),
        ("Sun, 06 Nov 1994 08:49:37 UTC", "another zone"),
        ("Sun, 6 Nov 1994 08:49:37 GMT", "a one-digit day"),
        ("Sun, 06 Nov 94 08:49:37 GMT", "a two-digit year"),
        ("Sun,  06 Nov 1994 08:49:37 GMT", "two spaces"),
        ("Sun, 06 Nov 1994 08:49:37 GMT ", "a space after a date"),
        (" Sun, 06 Nov 1994 08:49:37 GMT", "a space before a date"),
        ("Sun, 06 Nov 1994 8:49:37 GMT", "a one-digit hour"),
        ("Sun, 06 Nov 1994 08:49 GMT", "no seconds"),
        ("Sun, 06 Nov 1994 24:00:00 GMT", "hour 24"),
        ("Sun, 06 Nov 1994 08:60:00 GMT", "minute 60"),
        (
            "Sun, 06 Nov 1994 08:49:60 GMT",
            "a leap second before 23:59",
        ),
        ("Wed, 31 Dec 2008 23:59:61 GMT", "second 61"),
        ("Sat, 00 Nov 1994 08:49:37 GMT", "day 0"),
        ("Thu, 31 Nov 1994 08:49:37 GMT", "31 November"),
        (
            "Thu, 29 Feb 1900 00:00:00 GMT",
            "29 February of a year that is not leap",
        ),
        ("Sun, 06 Abc 1994 08:49:37 GMT", "no such month"),
        ("Xyz, 06 Nov 1994 08:49:37 GMT", "no such day"),
        ("Sun, 06 Nov 1994 08:49:37 GMT, 120", "a list"),
    ];
    for (value, why) in invalid {
        assert!(!is_valid_retry_after(value.as_bytes()), "{why}: {value:?}");
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The days of `month` (from 0) in `year`, counted the plain way.
fn month_length(year: u32, month: usize) -> u32 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][month]
}

#[test]
fn retry_after_knows_the_weekday_of_every_date_from_1900_to_2100() {
    let mut weekday = 1; // 1 January 1900 was a Monday.
    for year in 1900..=2100 {
        for (month, name) in MONTHS.iter().enumerate() {
            let length = month_length(year, month);
            for day in 1..=length {
                let date =
                    |day_name: &str| format!("{day_name}, {day:02} {name} {year} 12:34:56 GMT");
                assert!(
                    is_valid_retry_after(date(DAYS[weekday]).as_bytes()),
                    "{}",
                    date(DAYS[weekday])
                );
                let wrong = date(DAYS[(weekday + 1) % 7]);
                assert!(!is_valid_retry_after(wrong.as_bytes()), "{wrong}");
                weekday = (weekday + 1) % 7;
            }
            for day_name in DAYS {
                let past_the_end =
                    format!("{day_name}, {:02} {name} {year} 12:34:56 GMT", length + 1);
                assert!(
                    !is_valid_retry_after(past_the_end.as_bytes()),
                    "{past_the_end}"
                );
            }
        }
    }
}

/// Whether an IMF-fixdate with these fields is valid, counted the slow way: the weekday from
/// the days since 1 January of year 0, a Saturday in the proleptic Gregorian calendar (as
/// 1 January 2000: five 400-year cycles of 146,097 days lie between).
fn naive_date_is_valid(
    day_name: &str,
    day: u32,
    month: usize,
    year: u32,
    time: (u32, u32, u32),
) -> bool {
    let (hour, minute, second) = time;
    let time_ok =
        hour < 24 && minute < 60 && (second < 60 || (hour, minute, second) == (23, 59, 60));
    if !time_ok || day == 0 || day > month_length(year, month) {
        return false;
    }
    let mut days: u64 = 0;
    for earlier in 0..year {
        days += if month_length(earlier, 1) == 29 {
            366
        } else {
            365
        };
    }
    for earlier in 0..month {
        days += u64::from(month_length(year, earlier));
    }
    days += u64::from(day - 1);
    let weekday = usize::try_from((6 + days) % 7).unwrap();
    DAYS[weekday] == day_name
}

/// Few cases: `cargo test --workspace` runs these in CI and stays fast.
fn config() -> ProptestConfig {
    regressions::config!("conformance", 256)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn retry_after_reads_any_text_without_panicking(text in "\\PC{0,40}") {
        let valid = is_valid_retry_after(text.as_bytes());
        if text.len() != 29 {
            prop_assert_eq!(valid, !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()));
        }
    }

    #[test]
    fn retry_after_reads_any_bytes_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
        let valid = is_valid_retry_after(&bytes);
        if bytes.len() != 29 {
            prop_assert_eq!(valid, !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit));
        }
    }

    #[test]
    fn retry_after_takes_every_run_of_digits(digits in "[0-9]{1,40}") {
        prop_assert!(is_valid_retry_after(digits.as_bytes()));
    }

    #[test]
    fn retry_after_agrees_with_a_slow_calendar(
        day_name in prop::sample::select(&DAYS[..]),
        day in 0..=32_u32,
        month in 0..12_usize,
        year in 0..=9999_u32,
        time in (0..=24_u32, 0..=60_u32, 0..=61_u32),
    ) {
        let text = format!(
            "{day_name}, {day:02} {} {year:04} {:02}:{:02}:{:02} GMT",
            MONTHS[month], time.0, time.1, time.2,
        );
        prop_assert_eq!(
            is_valid_retry_after(text.as_bytes()),
            naive_date_is_valid(day_name, day, month, year, time),
            "{}", text
        );
    }
}

/// The rules of the findings of one exchange of `request` and `answer`, on a layer with no
/// route.
fn rules_of(request: Request<()>, answer: Response<Hinted>) -> Vec<Rule> {
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone());
    exchange_request(&layer, request, answer);
    collect.take().iter().map(|seen| seen.rule).collect()
}

/// A `method` request for `/anything` with `headers`, over `version`.
fn request(method: &str, version: Version, headers: &[(&str, &str)]) -> Request<()> {
    let mut builder = Request::builder()
        .method(method)
        .uri("/anything")
        .version(version);
    for &(name, value) in headers {
        builder = builder.header(name, value);
    }
    builder.body(()).unwrap()
}

/// Header fields, names and values.
type HeaderList = &'static [(&'static str, &'static str)];

#[test]
fn a_status_that_answers_a_request_field_the_request_lacks_is_found() {
    const UPGRADE: HeaderList = &[("upgrade", "websocket")];
    const RANGE: HeaderList = &[("range", "bytes=0-5")];
    let h2 = Version::HTTP_2;
    // (status, its headers, the request's field that it answers, a request that has it, the
    // status's own section)
    let cases: [(u16, HeaderList, &str, HeaderList, &str); 7] = [
        (
            100,
            &[],
            "Expect",
            &[("expect", "100-continue")],
            "RFC 9110, Section 15.2.1",
        ),
        (
            417,
            &[("content-type", "application/problem+json")],
            "Expect",
            &[("expect", "something-else")],
            "RFC 9110, Section 15.5.18",
        ),
        (101, UPGRADE, "Upgrade", UPGRADE, "RFC 9110, Section 15.2.2"),
        (
            206,
            &[("content-range", "bytes 0-5/6")],
            "Range",
            RANGE,
            "RFC 9110, Section 15.3.7",
        ),
        (
            416,
            &[("content-range", "bytes */6")],
            "Range",
            RANGE,
            "RFC 9110, Section 15.5.17",
        ),
        (
            304,
            &[],
            "If-None-Match or If-Modified-Since",
            &[("if-modified-since", "Sun, 06 Nov 1994 08:49:37 GMT")],
            "RFC 9110, Section 15.4.5",
        ),
        (
            412,
            &[],
            "If-Match, If-None-Match, If-Modified-Since or If-Unmodified-Since",
            &[("if-unmodified-since", "Sun, 06 Nov 1994 08:49:37 GMT")],
            "RFC 9110, Section 15.5.13",
        ),
    ];
    for (status, headers, field, asked, section) in cases {
        let collect = Collect::default();
        let layer =
            ConformanceLayer::with_report(collect.clone()).problem_json(ProblemJson::Nowhere);
        exchange_request(
            &layer,
            request("GET", h2, &[]),
            response(status, headers, EMPTY),
        );
        let found = collect.take();
        assert_eq!(found.len(), 1, "{status}: {found:#?}");
        assert_eq!(
            (found[0].rule, found[0].header, found[0].section),
            (Rule::Unrequested, Some(field), section),
            "{status}"
        );
        assert!(
            found[0]
                .line
                .ends_with(&format!(": no {field} in the request ({section})")),
            "{}",
            found[0].line
        );
        exchange_request(
            &layer,
            request("GET", h2, asked),
            response(status, headers, EMPTY),
        );
        assert_eq!(collect.take(), [], "{status} with {asked:?}");
    }
    // 100 answers the 100-continue expectation, not any other.
    assert_eq!(
        rules_of(
            request("PUT", h2, &[("expect", "something-else")]),
            response(100, &[], EMPTY)
        ),
        [Rule::Unrequested]
    );
}

#[test]
fn a_1xx_to_an_http_1_0_request_is_found() {
    let upgrade = [("upgrade", "websocket")];
    let http10 = request("GET", Version::HTTP_10, &upgrade);
    assert_eq!(
        rules_of(http10, response(101, &upgrade, EMPTY)),
        [Rule::InterimToHttp10]
    );
    let http11 = request("GET", Version::HTTP_11, &upgrade);
    assert_eq!(rules_of(http11, response(101, &upgrade, EMPTY)), []);
}

#[test]
fn a_1xx_other_than_101_as_the_final_response_is_found_once_over_http_1() {
    // hyper answers 500 in its place: nothing else about it reaches the wire.
    let http11 = request("GET", Version::HTTP_11, &[]);
    assert_eq!(
        rules_of(http11, response(100, &[("content-length", "6")], SIX_BYTES)),
        [Rule::InformationalAsFinal]
    );
    let asked = request("PUT", Version::HTTP_2, &[("expect", "100-continue")]);
    assert_eq!(rules_of(asked, response(100, &[], EMPTY)), []);
}

#[test]
fn a_304_to_a_method_other_than_get_or_head_is_found() {
    let condition = [("if-none-match", "\"v1\"")];
    for method in ["POST", "PUT", "DELETE"] {
        assert_eq!(
            rules_of(
                request(method, Version::HTTP_11, &condition),
                response(304, &[], EMPTY)
            ),
            [Rule::NotModifiedMethod],
            "{method}"
        );
    }
    for method in ["GET", "HEAD"] {
        assert_eq!(
            rules_of(
                request(method, Version::HTTP_11, &condition),
                response(304, &[], EMPTY)
            ),
            [],
            "{method}"
        );
    }
}

#[test]
fn a_405_whose_allow_lists_the_refused_method_is_found() {
    let problem = ("content-type", "application/problem+json");
    let refused = rules_of(
        request("PUT", Version::HTTP_11, &[]),
        response(405, &[("allow", "GET, HEAD, PUT"), problem], EMPTY),
    );
    assert_eq!(refused, [Rule::AllowListsRefusedMethod]);
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone());
    exchange_request(
        &layer,
        request("PUT", Version::HTTP_11, &[]),
        response(405, &[("allow", "GET,PUT"), problem], EMPTY),
    );
    let found = collect.take();
    assert_eq!(
        found[0].line,
        "PUT /anything: 405 Method Not Allowed: Allow lists the method the 405 refused \
         (RFC 9110, Section 15.5.6)"
    );
    // Methods are case-sensitive, and `Allow` lists whole tokens.
    for allow in ["GET, HEAD", "put", "PUTS"] {
        let kept = rules_of(
            request("PUT", Version::HTTP_11, &[]),
            response(405, &[("allow", allow), problem], EMPTY),
        );
        assert_eq!(kept, [], "{allow}");
    }
}

#[test]
fn content_in_a_response_to_head_is_found_where_the_server_sends_it() {
    // hyper sends no content for HEAD over HTTP/1, whatever the body; over HTTP/2 it does.
    let head2 = request("HEAD", Version::HTTP_2, &[]);
    assert_eq!(
        rules_of(head2, response(200, &[], SOME_BYTES)),
        [Rule::ContentForMethod]
    );
    let head11 = request("HEAD", Version::HTTP_11, &[]);
    assert_eq!(rules_of(head11, response(200, &[], SIX_BYTES)), []);
    let head2 = request("HEAD", Version::HTTP_2, &[]);
    assert_eq!(
        rules_of(head2, response(200, &[("content-length", "6")], EMPTY)),
        []
    );
}

#[test]
fn framing_in_a_2xx_to_connect_is_found() {
    let collect = Collect::default();
    let layer = ConformanceLayer::with_report(collect.clone());
    let connect = || {
        Request::builder()
            .method("CONNECT")
            .uri("example.com:443")
            .body(())
            .unwrap()
    };
    exchange_request(
        &layer,
        connect(),
        response(200, &[("content-length", "0")], EMPTY),
    );
    let found = collect.take();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].rule, found[0].section),
        (Rule::ContentForMethod, "RFC 9110, Section 9.3.6")
    );
    exchange_request(
        &layer,
        connect(),
        response(200, &[("transfer-encoding", "chunked")], EMPTY),
    );
    assert_eq!(collect.take().len(), 1);
    // hyper writes no content for it over HTTP/1, and an error status is no tunnel.
    exchange_request(&layer, connect(), response(200, &[], SIX_BYTES));
    exchange_request(
        &layer,
        connect(),
        response(502, &[("content-length", "6")], SIX_BYTES),
    );
    assert_eq!(collect.take(), []);
}

#[test]
fn an_error_that_is_not_problem_json_is_found_on_the_routes_the_layer_is_told_of() {
    let collect = Collect::default();
    let routes =
        ConformanceLayer::with_report(collect.clone()).route_codes("/items/{id}", &[200, 404]);
    let plain = [("content-type", "text/plain; charset=utf-8")];
    let problem = [("content-type", "application/problem+json; charset=utf-8")];
    exchange(&routes, "GET", "/items/7", response(404, &plain, SIX_BYTES));
    let found = collect.take();
    assert_eq!(
        found
            .iter()
            .map(|seen| (seen.rule, seen.header, seen.section))
            .collect::<Vec<_>>(),
        [(
            Rule::NotProblemJson,
            Some("Content-Type"),
            "RFC 9457, Section 3"
        )]
    );
    // No content type at all (axum's own 404 and 405) is not problem details either.
    exchange(&routes, "GET", "/items/7", response(404, &[], EMPTY));
    assert_eq!(collect.take().len(), 1);
    exchange(
        &routes,
        "GET",
        "/items/7",
        response(404, &problem, SIX_BYTES),
    );
    // A path outside every route, and a success, are not checked by default.
    exchange(&routes, "GET", "/nope", response(404, &plain, SIX_BYTES));
    exchange(&routes, "GET", "/items/7", response(200, &plain, SIX_BYTES));
    assert_eq!(collect.take(), []);

    let everywhere = routes.clone().problem_json(ProblemJson::Everywhere);
    exchange(
        &everywhere,
        "GET",
        "/nope",
        response(503, &plain, SIX_BYTES),
    );
    assert_eq!(collect.take().len(), 1);
    let nowhere = routes.problem_json(ProblemJson::Nowhere);
    exchange(
        &nowhere,
        "GET",
        "/items/7",
        response(404, &plain, SIX_BYTES),
    );
    assert_eq!(collect.take(), []);
}

/// The false findings of the first pass, judged now as hyper sends each response over
/// HTTP/1.1.
#[test]
fn what_hyper_drops_over_http_1_is_not_found() {
    let get = || request("GET", Version::HTTP_11, &[]);
    let length_0 = [("content-length", "0")];
    // axum's `Content-Length: 0` on an empty 204: hyper drops it.
    assert_eq!(rules_of(get(), response(204, &length_0, EMPTY)), []);
    // A body that has not ended keeps the field hyper is given.
    assert_eq!(
        rules_of(get(), response(204, &[("content-length", "6")], SIX_BYTES)),
        [Rule::ContentLengthForbidden]
    );
    // Over HTTP/1 hyper writes no content for 204 or 304, but does for 205.
    assert_eq!(rules_of(get(), response(204, &[], SOME_BYTES)), []);
    let conditional = request("GET", Version::HTTP_11, &[("if-none-match", "\"v1\"")]);
    assert_eq!(rules_of(conditional, response(304, &[], SOME_BYTES)), []);
    assert_eq!(
        rules_of(get(), response(205, &[], SOME_BYTES)),
        [Rule::ContentForbidden]
    );
    // A response to HEAD keeps its length, even an empty 204's.
    let head = request("HEAD", Version::HTTP_11, &[]);
    assert_eq!(
        rules_of(head, response(204, &length_0, EMPTY)),
        [Rule::ContentLengthForbidden]
    );
}

#[test]
fn a_findings_record_keeps_each_finding_until_taken() {
    let findings = Findings::new();
    let layer = ConformanceLayer::recording(&findings).route_codes("/items/{id}", &[200]);
    exchange(&layer, "GET", "/items/7", response(303, &[], EMPTY));
    exchange(&layer, "GET", "/items/8", response(200, &[], SIX_BYTES));
    let found = findings.take();
    assert_eq!(
        found.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "GET /items/7 (route /items/{id}): 303 See Other: no Location on a status that goes \
             with one (RFC 9110, Section 15.4.4)",
            "GET /items/7 (route /items/{id}): 303 See Other: a status outside the route's \
             status contract (the route's status contract)",
        ]
    );
    assert_eq!(
        (
            found[0].status,
            found[0].rule,
            found[0].header,
            found[0].section
        ),
        (
            303,
            Rule::MissingLocation,
            Some("Location"),
            "RFC 9110, Section 15.4.4"
        )
    );
    assert_eq!(found[0].route.as_deref(), Some("/items/{id}"));
    assert_eq!((&*found[0].method, &*found[0].path), ("GET", "/items/7"));
    findings.assert_none();
}

#[test]
#[should_panic(
    expected = "the conformance layer found 1 broken rule(s):\n  GET /anything: 401 \
                           Unauthorized: a header field the status requires is missing: \
                           WWW-Authenticate (RFC 9110, Section 15.5.2)"
)]
fn assert_none_lists_every_finding() {
    let findings = Findings::new();
    exchange(
        &ConformanceLayer::recording(&findings),
        "GET",
        "/anything",
        response(401, &[], EMPTY),
    );
    findings.assert_none();
}

#[test]
#[should_panic(expected = "(dropped without an assertion)")]
fn a_record_dropped_with_findings_nobody_took_fails_the_test() {
    let findings = Findings::new();
    exchange(
        &ConformanceLayer::recording(&findings),
        "GET",
        "/anything",
        response(401, &[], EMPTY),
    );
}
