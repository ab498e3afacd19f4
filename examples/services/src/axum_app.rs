//! The item service on axum 0.8, as a `Router`: the `axum_service` binary serves it, and its
//! tests run it behind the conformance layer ([`checked`]).
//!
//! Its errors are [`ItemError`], whose `#[respond(axum)]` makes it an `IntoResponse`: every
//! error response comes from the enum's status mapping.

use std::sync::Arc;

use crate::items::{self, Item, ItemError, ItemStatus, Store};
use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use status_core::conformance::{ConformanceLayer, Report};
use status_core::respond::axum::{method_not_allowed, not_found};

type Shared = State<Arc<Store>>;

async fn get_item(State(store): Shared, Path(id): Path<String>) -> Result<Json<Item>, ItemError> {
    store.get(items::parse_id(&id)?).map(Json)
}

async fn create_item(State(store): Shared, body: Bytes) -> Result<impl IntoResponse, ItemError> {
    let item = store.create(items::parse_new_item(&body)?)?;
    let location = format!("/items/{}", item.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(item),
    ))
}

async fn replace_item() -> Result<Json<Item>, ItemError> {
    Err(ItemError::Immutable)
}

async fn admin() -> Result<&'static str, ItemError> {
    Err(ItemError::Unauthenticated)
}

async fn limited() -> Result<&'static str, ItemError> {
    Err(ItemError::RateLimited {
        retry_after_secs: 30,
    })
}

async fn upstream() -> Result<Json<Vec<Item>>, ItemError> {
    Ok(Json(items::fetch_catalogue()?))
}

async fn boom() -> Result<&'static str, ItemError> {
    items::connect_database()?;
    Ok("connected")
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(items::openapi())
}

/// The service's routes over `store`.
pub fn app(store: Arc<Store>) -> Router {
    Router::new()
        .route("/items", axum::routing::post(create_item))
        .route("/items/{id}", get(get_item).put(replace_item))
        .route("/admin", get(admin))
        .route("/limited", get(limited))
        .route("/upstream", get(upstream))
        .route("/boom", get(boom))
        .route("/openapi.json", get(openapi))
        // An unknown path (404) and a method a route does not serve (405, with axum's `Allow`)
        // answer problem details too; after the routes, which the second applies to.
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(store)
}

/// `layer` with the contract of each route of [`app`]: every route answers with the
/// service's contract, [`ItemStatus`], whose errors are `ItemError`'s.
///
/// Put the layer around the router (`checked(layer).layer(app(store))`), once, rather than
/// on each route with `Router::layer`: `examples/benches/item_service.rs` measures the
/// first at about a third of the second's cost.
#[must_use]
pub fn checked<R: Report + Clone>(layer: ConformanceLayer<R>) -> ConformanceLayer<R> {
    ROUTES
        .iter()
        .fold(layer, |layer, pattern| layer.route::<ItemStatus>(pattern))
}

/// The path patterns of [`app`]'s routes.
pub const ROUTES: [&str; 7] = [
    "/items",
    "/items/{id}",
    "/admin",
    "/limited",
    "/upstream",
    "/boom",
    "/openapi.json",
];
