//! status-core's drop-in axum extractors (`status_core::respond::axum::{Path, Query, Json,
//! Form, Bytes}`) under a `DefaultBodyLimit`, served by hyper on 127.0.0.1 and sent every
//! case of the shared table ([`rejections::CASES`]) by a real HTTP client: each refused
//! request answers problem details with the status and detail the table gives, the same as
//! actix-web's (`rejections_actix.rs`), and each good one succeeds. A user's error type that
//! wraps a `JsonRejection` counts its statuses and answers with its body.

mod rejections;
mod support;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use rejections::{LIMIT, Login, NewThing, Page};
use status_core::conformance::{ConformanceLayer, Findings};
use status_core::respond::JsonRejection;
use status_core::respond::axum::{Bytes, Form, Json, Path, Query};
use status_core::{HttpStatus, StatusContract};
use support::serve_axum;
use tower::Layer as _;

/// The error type of a handler that takes `Result<Json<_>, JsonRejection>`: the rejection
/// answers as itself, and the handler has an error of its own.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(axum)]
enum ApiError {
    /// The body is not a new thing.
    #[error(transparent)]
    #[status(transparent)]
    Body(#[from] JsonRejection),
    /// A thing already has this name.
    #[error("a thing is already named {0}")]
    #[status(Conflict)]
    Taken(String),
}

async fn thing(Path(id): Path<u64>) -> String {
    format!("thing {id}")
}

async fn list(Query(page): Query<Page>) -> String {
    format!("page {}", page.page)
}

async fn create(Json(new): Json<NewThing>) -> String {
    format!("created {}", new.name)
}

async fn login(Form(login): Form<Login>) -> String {
    format!("welcome {}", login.user)
}

async fn upload(Bytes(body): Bytes) -> String {
    format!("{} bytes", body.len())
}

async fn checked(new: Result<Json<NewThing>, JsonRejection>) -> Result<String, ApiError> {
    let Json(new) = new?;
    if new.name == "taken" {
        return Err(ApiError::Taken(new.name));
    }
    Ok(format!("checked {}", new.name))
}

/// The routes of the table, each body limited to [`LIMIT`] bytes.
fn app() -> Router {
    Router::new()
        .route("/things/{id}", get(thing))
        .route("/things", get(list).post(create))
        .route("/login", post(login))
        .route("/upload", post(upload))
        .route("/checked", post(checked))
        .layer(DefaultBodyLimit::max(LIMIT))
}

/// Behind the conformance layer, with each route's contract: every answer of the table is in
/// its route's contract and problem+json, and breaks no rule of HTTP.
#[test]
fn each_rejection_answers_the_tables_problem_and_each_good_request_succeeds() {
    let findings = Findings::new();
    let layer = rejections::checked::<_, ApiError>(ConformanceLayer::recording(&findings));
    let mismatches = serve_axum(layer.layer(app()), |client, address| async move {
        rejections::mismatches(&client, &address, |_| true).await
    });
    assert!(mismatches.is_empty(), "{mismatches}");
    findings.assert_none();
}

#[test]
fn an_error_type_wrapping_a_json_rejection_lists_its_statuses_beside_its_own() {
    let mut codes = Vec::new();
    ApiError::visit_statuses(&mut |outcome| codes.push(outcome.status.code()));
    assert_eq!(codes, [415, 400, 422, 413, 400, 409]);
}
