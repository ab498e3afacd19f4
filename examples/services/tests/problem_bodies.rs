//! Every problem body the item service sends reads back with `Problem::from_json`: the error
//! requests of the services' contract (`tests/services.rs`) are sent to the axum router in
//! process, behind `request_ids()` as `axum_service` serves it, and each body is read back
//! to the same JSON, with its status, title and extension members. Every `ItemError` variant's
//! problem, as `Problem::from_error` builds it, reads back equal too.

use std::sync::Arc;

use axum::body::Body;
use axum::http::Request;
use item_services::axum_app;
use item_services::items::{CatalogError, FieldError, ItemError, Store};
use serde_json::Value;
use status_core::problem::Problem;
use status_core::respond::axum::request_ids;
use tower::{Layer as _, Service as _};

/// The requests of the services' contract that end in an error: method, path, body, status.
const ERRORS: &[(&str, &str, Option<&str>, u16)] = &[
    ("GET", "/items/999", None, 404),
    ("GET", "/items/abc", None, 400),
    ("POST", "/items", Some(r#"{"name": ""}"#), 422),
    (
        "POST",
        "/items",
        Some(r#"{"name": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#),
        422,
    ),
    ("POST", "/items", Some(r#"{"name": "first"}"#), 409),
    ("POST", "/items", Some("not json"), 400),
    ("POST", "/items", Some(r#"{"nom": "second"}"#), 422),
    ("PUT", "/items/1", Some(r#"{"name": "renamed"}"#), 405),
    ("GET", "/admin", None, 401),
    ("GET", "/limited", None, 429),
    ("GET", "/upstream", None, 502),
    ("GET", "/boom", None, 500),
];

#[test]
fn every_problem_body_of_the_axum_service_reads_back() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let mut app = request_ids().layer(axum_app::app(Arc::new(Store::default())));
    runtime.block_on(async {
        for &(method, path, body, status) in ERRORS {
            let request = Request::builder()
                .method(method)
                .uri(path)
                .header("content-type", "application/json")
                .body(body.map_or_else(Body::empty, Body::from))
                .expect("a request");
            std::future::poll_fn(|cx| tower::Service::<Request<Body>>::poll_ready(&mut app, cx))
                .await
                .expect("ready");
            let response = app.call(request).await.expect("a response");
            assert_eq!(response.status().as_u16(), status, "{method} {path}");
            let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
                .await
                .expect("the body");
            let problem = Problem::from_json(&bytes).unwrap_or_else(|error| {
                panic!(
                    "{method} {path}: {error}\n{}",
                    String::from_utf8_lossy(&bytes)
                )
            });
            assert_eq!(problem.status, Some(status), "{method} {path}");
            assert!(problem.title.is_some(), "{method} {path}");
            assert!(problem.instance.is_some(), "{method} {path}");
            assert!(
                problem.extensions.contains_key("request_id"),
                "{method} {path}"
            );
            let sent: Value = serde_json::from_slice(&bytes).expect("JSON");
            assert_eq!(
                serde_json::to_value(&problem).expect("JSON"),
                sent,
                "{method} {path}"
            );
            assert_eq!(
                Problem::from_json(problem.to_json().as_bytes()).expect("reads back"),
                problem
            );
        }
    });
}

#[test]
fn every_item_error_problem_reads_back_equal() {
    let errors = [
        ItemError::NoSuchItem { id: 999 },
        ItemError::Invalid {
            errors: vec![FieldError {
                field: "name".to_owned(),
                message: "must not be empty".to_owned(),
            }],
        },
        ItemError::DuplicateName {
            name: "first".to_owned(),
        },
        ItemError::Immutable,
        ItemError::Unauthenticated,
        ItemError::RateLimited {
            retry_after_secs: 30,
        },
        ItemError::Catalog(CatalogError::BadAnswer("http://catalogue.internal:7000/v1")),
        ItemError::Catalog(CatalogError::Timeout("http://catalogue.internal:7000/v1")),
        ItemError::Internal("the database refused the credentials".to_owned()),
    ];
    for error in &errors {
        let problem = Problem::from_error_reporting(error, &mut |_| {});
        let json = problem.to_json();
        assert_eq!(
            Problem::from_json(json.as_bytes()).expect("reads back"),
            problem,
            "{json}"
        );
    }
}
