//! axum's two fallbacks as problem details (`status_core::respond::axum::{not_found,
//! method_not_allowed}`), served by hyper on 127.0.0.1 and read back by a real HTTP client:
//! an unknown path answers 404 and a method a route does not serve 405, both
//! `application/problem+json`, the 405 with the `Allow` field axum computes without them;
//! request ids reach these bodies, and the conformance layer finds nothing in them.

mod support;

use axum::Router;
use axum::extract::Request;
use axum::response::Response;
use axum::routing::get;
use status_core::conformance::{ConformanceLayer, Findings, ProblemJson, Rule};
use status_core::respond::axum::{method_not_allowed, not_found, request_ids};
use status_core::respond::request_id::instance;
use support::serve_axum;
use tower::Layer as _;

/// The requests of every test: an unknown path, and a method each route does not serve.
const REQUESTS: [(&str, &str); 3] = [("GET", "/nope"), ("PUT", "/items/7"), ("POST", "/notes/7")];

/// What the client received: the status, `Content-Type`, `Allow`, `X-Request-Id` and the body.
#[derive(Debug, PartialEq, Eq)]
struct Received {
    status: u16,
    content_type: Option<String>,
    allow: Option<String>,
    request_id: Option<String>,
    body: String,
}

/// Two routes, one with two methods, and no fallback.
fn routes() -> Router {
    Router::new()
        .route("/items/{id}", get(|| async { "an item" }))
        .route(
            "/notes/{id}",
            get(|| async { "a note" }).delete(|| async { "deleted" }),
        )
}

/// [`routes`] with the fallbacks, set as the docs say: one line after the routes.
fn with_fallbacks() -> Router {
    routes()
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

/// Serves `app` on an ephemeral loopback port, sends each of [`REQUESTS`] with a timeout,
/// and returns what the client received, in order; the server is stopped before it returns.
fn exchange<S>(app: S) -> Vec<Received>
where
    S: tower::Service<Request, Response = Response, Error = std::convert::Infallible>
        + Clone
        + Send
        + 'static,
    S::Future: Send,
{
    serve_axum(app, |client, address| async move {
        let mut received = Vec::new();
        for (method, path) in REQUESTS {
            let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
            let response = client
                .request(method, format!("{address}{path}"))
                .send()
                .await
                .expect("an answer");
            let header = |name: &str| {
                response
                    .headers()
                    .get(name)
                    .map(|value| value.to_str().expect("ASCII").to_owned())
            };
            let (content_type, allow, request_id) = (
                header("content-type"),
                header("allow"),
                header("x-request-id"),
            );
            received.push(Received {
                status: response.status().as_u16(),
                content_type,
                allow,
                request_id,
                body: response.text().await.expect("a body"),
            });
        }
        received
    })
}

/// The `Allow` field of each response.
fn allows(received: &[Received]) -> Vec<Option<&str>> {
    received
        .iter()
        .map(|response| response.allow.as_deref())
        .collect()
}

#[test]
fn an_unknown_path_and_an_unserved_method_answer_problem_details() {
    let received = exchange(with_fallbacks());
    let problem = |status: u16, allow: Option<&str>, body: &str| Received {
        status,
        content_type: Some("application/problem+json".to_owned()),
        allow: allow.map(ToOwned::to_owned),
        request_id: None,
        body: body.to_owned(),
    };
    assert_eq!(
        received,
        [
            problem(
                404,
                None,
                r#"{"title":"Not Found","status":404,"detail":"no resource is at this path"}"#
            ),
            problem(
                405,
                Some("GET,HEAD"),
                r#"{"title":"Method Not Allowed","status":405,"detail":"this resource does not accept the request's method; Allow lists the ones it does"}"#
            ),
            problem(
                405,
                Some("GET,HEAD,DELETE"),
                r#"{"title":"Method Not Allowed","status":405,"detail":"this resource does not accept the request's method; Allow lists the ones it does"}"#
            ),
        ]
    );
}

/// The same requests without the fallbacks: axum's own empty answers, with the `Allow` that
/// the fallback keeps.
#[test]
fn the_405_keeps_the_allow_field_axum_computes_without_the_fallbacks() {
    let plain = exchange(routes());
    assert_eq!(
        plain
            .iter()
            .map(|response| (
                response.status,
                response.content_type.as_deref(),
                &*response.body
            ))
            .collect::<Vec<_>>(),
        [(404, None, ""), (405, None, ""), (405, None, "")]
    );
    assert_eq!(allows(&plain), allows(&exchange(with_fallbacks())));
}

#[test]
fn request_ids_reach_the_fallbacks_bodies() {
    for response in exchange(with_fallbacks().layer(request_ids())) {
        let id = response.request_id.expect("an X-Request-Id");
        let problem: serde_json::Value = serde_json::from_str(&response.body).expect("JSON");
        assert_eq!(problem["status"], response.status);
        assert_eq!(problem["request_id"], *id);
        assert_eq!(problem["instance"], instance(&id));
    }
}

/// Behind the conformance layer, every error checked for problem details and each route
/// with a contract: nothing is found in the fallbacks' answers, where axum's own empty ones
/// are not problem details.
#[test]
fn the_conformance_layer_finds_nothing_in_the_fallbacks_answers() {
    let layer = |findings| {
        ConformanceLayer::recording(findings)
            .problem_json(ProblemJson::Everywhere)
            .route_codes("/items/{id}", &[200, 405])
            .route_codes("/notes/{id}", &[200, 405])
    };
    let findings = Findings::new();
    let received = exchange(layer(&findings).layer(with_fallbacks()));
    assert_eq!(
        allows(&received)[1..],
        [Some("GET,HEAD"), Some("GET,HEAD,DELETE")]
    );
    findings.assert_none();

    let without = Findings::new();
    exchange(layer(&without).layer(routes()));
    let found: Vec<_> = without
        .take()
        .into_iter()
        .map(|finding| (finding.rule, finding.status))
        .collect();
    assert_eq!(
        found,
        [
            (Rule::NotProblemJson, 404),
            (Rule::NotProblemJson, 405),
            (Rule::NotProblemJson, 405),
        ]
    );
}
