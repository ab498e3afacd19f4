//! actix-web's own extractors (`web::Path`, `web::Query`, `web::Json`, `web::Form`,
//! `web::Bytes`) with their body limits, behind `status_core::respond::actix_web::
//! problem_fallbacks()`, served by a real `HttpServer` on 127.0.0.1 and sent every case of
//! the shared table ([`rejections::CASES`]) by a real HTTP client: each refused request
//! answers problem details with the status and detail the table gives, the same as axum's
//! (`rejections_axum.rs`), and each good one succeeds. A user's error type that wraps a
//! `JsonRejection`, made by `JsonConfig::error_handler`, counts its statuses and answers with
//! its body.

mod rejections;
mod support;

use actix_web::{App, web};
use rejections::{LIMIT, Login, NewThing, Page};
use status_core::conformance::{ConformanceLayer, Findings};
use status_core::respond::JsonRejection;
use status_core::respond::actix_web::problem_fallbacks;
use status_core::{HttpStatus, StatusContract};
use support::serve_actix;

/// The error type of a handler whose `JsonConfig` turns the body's error into it: the
/// rejection answers as itself, and the handler has an error of its own.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(actix_web)]
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

async fn thing(id: web::Path<u64>) -> String {
    format!("thing {id}")
}

async fn list(page: web::Query<Page>) -> String {
    format!("page {}", page.page)
}

async fn create(new: web::Json<NewThing>) -> String {
    format!("created {}", new.name)
}

async fn login(login: web::Form<Login>) -> String {
    format!("welcome {}", login.user)
}

async fn upload(body: web::Bytes) -> String {
    format!("{} bytes", body.len())
}

async fn checked(new: web::Json<NewThing>) -> Result<String, ApiError> {
    let NewThing { name } = new.into_inner();
    if name == "taken" {
        return Err(ApiError::Taken(name));
    }
    Ok(format!("checked {name}"))
}

/// The routes of the table, each body limited to [`LIMIT`] bytes.
fn configure(config: &mut web::ServiceConfig) {
    config
        .app_data(web::JsonConfig::default().limit(LIMIT))
        .app_data(web::FormConfig::default().limit(LIMIT))
        .app_data(web::PayloadConfig::default().limit(LIMIT))
        .service(web::resource("/things/{id}").route(web::get().to(thing)))
        .service(
            web::resource("/things")
                .route(web::get().to(list))
                .route(web::post().to(create)),
        )
        .service(web::resource("/login").route(web::post().to(login)))
        .service(web::resource("/upload").route(web::post().to(upload)))
        .service(
            web::resource("/checked")
                .app_data(
                    web::JsonConfig::default()
                        .limit(LIMIT)
                        .error_handler(|error, _| {
                            ApiError::from(JsonRejection::from(&error)).into()
                        }),
                )
                .route(web::post().to(checked)),
        );
}

/// Behind the conformance middleware, with each route's contract: every answer of the table
/// is in its route's contract and problem+json, and breaks no rule of HTTP.
#[test]
fn each_rejection_answers_the_tables_problem_and_each_good_request_succeeds() {
    let findings = Findings::new();
    let layer = rejections::checked::<_, ApiError>(ConformanceLayer::recording(&findings));
    let mismatches = serve_actix(
        move || {
            App::new()
                .wrap(problem_fallbacks())
                .configure(configure)
                .wrap(layer.clone())
        },
        |client, address| async move { rejections::mismatches(&client, &address, |_| true).await },
    );
    assert!(mismatches.is_empty(), "{mismatches}");
    findings.assert_none();
}

/// Without `problem_fallbacks()`, `POST /checked` still answers the table's problems: they
/// come from the user's `ApiError`, which `JsonConfig::error_handler` made of the rejection.
#[test]
fn the_users_error_type_answers_the_rejection_on_its_own() {
    let mismatches = serve_actix(
        || App::new().configure(configure),
        |client, address| async move {
            rejections::mismatches(&client, &address, |path| path == "/checked").await
        },
    );
    assert!(mismatches.is_empty(), "{mismatches}");
}

#[test]
fn an_error_type_wrapping_a_json_rejection_lists_its_statuses_beside_its_own() {
    let mut codes = Vec::new();
    ApiError::visit_statuses(&mut |outcome| codes.push(outcome.status.code()));
    assert_eq!(codes, [415, 400, 422, 413, 400, 409]);
}
