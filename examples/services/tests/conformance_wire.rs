//! The conformance layer around an axum router served by hyper on 127.0.0.1, each response
//! read back by a real HTTP client: what the layer reports is what the client receives. The
//! findings of the layer's first pass that hyper never sent (`Content-Length: 0` on axum's
//! empty 204, content on a 204 or in a response to HEAD) are not reported, and what does
//! reach the client (the length of a 204 whose handler gave it content, content on a 205,
//! axum's empty 405 on a route with a contract) is.

mod support;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::get;
use status_core::conformance::{ConformanceLayer, Findings, RecordedFinding, Rule};
use support::serve_axum;
use tower::Layer as _;

/// What the client received: the status, `Content-Length` if any, and the body.
type Received = (u16, Option<String>, String);

/// A router whose handlers answer the cases of this file.
fn router() -> Router {
    Router::new()
        .route(
            "/items/{id}",
            get(|| async { "an item" }).delete(|| async { StatusCode::NO_CONTENT }),
        )
        .route("/gone", get(|| async { (StatusCode::NO_CONTENT, "gone") }))
        .route(
            "/reset",
            get(|| async { (StatusCode::RESET_CONTENT, "reset") }),
        )
        .route(
            "/plain",
            get(|| async { (StatusCode::UNPROCESSABLE_ENTITY, "not an item") }),
        )
}

/// Serves `router()` behind a layer that records into `findings` (the route `/items/{id}`
/// answers 200, 204 and 405), sends each `(method, path)`, and returns what the client
/// received, in order; the server is stopped before it returns.
fn exchange(findings: &Findings, requests: &[(&str, &str)]) -> Vec<Received> {
    let layer = ConformanceLayer::recording(findings).route_codes("/items/{id}", &[200, 204, 405]);
    let app = layer.layer(router());
    serve_axum(app, |client, address| async move {
        let mut received = Vec::new();
        for &(method, path) in requests {
            let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
            let response = client
                .request(method, format!("{address}{path}"))
                .send()
                .await
                .expect("an answer");
            let status = response.status().as_u16();
            let length = response
                .headers()
                .get("content-length")
                .map(|value| value.to_str().expect("ASCII").to_owned());
            let body = response.text().await.expect("a body");
            received.push((status, length, body));
        }
        received
    })
}

/// The rule and status of each finding.
fn rules(found: &[RecordedFinding]) -> Vec<(Rule, u16)> {
    found
        .iter()
        .map(|finding| (finding.rule, finding.status))
        .collect()
}

#[test]
fn an_empty_204_from_axum_has_no_content_length_on_the_wire_and_no_finding() {
    let findings = Findings::new();
    let received = exchange(&findings, &[("DELETE", "/items/7")]);
    assert_eq!(received, [(204, None, String::new())]);
    findings.assert_none();
}

/// axum gives the 204 the length of its body, which hyper sends (the body has not ended),
/// but not the body: only the length is found.
#[test]
fn content_on_a_204_is_not_sent_but_its_length_is_and_is_found() {
    let findings = Findings::new();
    let received = exchange(&findings, &[("GET", "/gone")]);
    assert_eq!(received, [(204, Some("4".to_owned()), String::new())]);
    assert_eq!(
        rules(&findings.take()),
        [(Rule::ContentLengthForbidden, 204)]
    );
}

#[test]
fn a_response_to_head_has_axums_length_and_no_content_and_no_finding() {
    let findings = Findings::new();
    let received = exchange(&findings, &[("HEAD", "/items/7"), ("GET", "/items/7")]);
    assert_eq!(
        received,
        [
            (200, Some("7".to_owned()), String::new()),
            (200, Some("7".to_owned()), "an item".to_owned()),
        ]
    );
    findings.assert_none();
}

#[test]
fn content_on_a_205_is_sent_and_found() {
    let findings = Findings::new();
    let received = exchange(&findings, &[("GET", "/reset")]);
    assert_eq!(received, [(205, Some("5".to_owned()), "reset".to_owned())]);
    assert_eq!(rules(&findings.take()), [(Rule::ContentForbidden, 205)]);
}

#[test]
fn axums_own_405_on_a_route_with_a_contract_is_found_not_problem_json() {
    let findings = Findings::new();
    let received = exchange(&findings, &[("PUT", "/items/7")]);
    assert_eq!(received, [(405, Some("0".to_owned()), String::new())]);
    let found = findings.take();
    assert_eq!(rules(&found), [(Rule::NotProblemJson, 405)]);
    assert_eq!(found[0].route.as_deref(), Some("/items/{id}"));
}

#[test]
fn a_plain_text_error_outside_every_route_is_not_checked_by_default() {
    let findings = Findings::new();
    let received = exchange(&findings, &[("GET", "/plain"), ("GET", "/nope")]);
    assert_eq!(received[0].0, 422);
    assert_eq!(received[1], (404, Some("0".to_owned()), String::new()));
    findings.assert_none();
}
