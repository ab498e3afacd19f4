//! The item service on axum 0.8, as a `Router` and its `OpenAPI` document: the `axum_service`
//! binary serves it, and its tests run it behind the conformance layer ([`checked`]).
//!
//! Its errors are [`ItemError`], whose `#[respond(axum)]` makes it an `IntoResponse`; its
//! extractors are status-core's (`status_core::respond::axum::{Path, Json}`), whose
//! rejections are problem details; its fallbacks answer an unknown path (404) and method (405)
//! as problem details. Each handler's `#[utoipa::path]` states its route once: the pattern,
//! and what it answers (`Problems<GetItemErrors, (PathRejection, ItemError)>`), from which
//! utoipa-axum's `OpenApiRouter` makes both the router and the document.

use std::sync::Arc;

use crate::items::{self, ApiDoc, Item, ItemError, NewItem, Store, routes};
use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use status_core::conformance::{ConformanceLayer, Report};
use status_core::respond::axum::{Json, Path, method_not_allowed, not_found};
use status_core::respond::utoipa::Problems;
use status_core::respond::{JsonRejection, PathRejection};
use utoipa::OpenApi as _;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type Shared = State<Arc<Store>>;

/// The item with this id.
#[utoipa::path(
    get,
    path = "/items/{id}",
    params(("id" = u64, Path, description = "The item's id, a whole number.")),
    responses(
        (status = OK, description = "The item.", body = Item),
        Problems<routes::GetItemErrors, (PathRejection, ItemError)>,
    )
)]
async fn get_item(State(store): Shared, Path(id): Path<u64>) -> Result<Json<Item>, ItemError> {
    store.get(id).map(Json)
}

/// Creates an item; `Location` names it.
#[utoipa::path(
    post,
    path = "/items",
    request_body = NewItem,
    responses(
        (status = CREATED, description = "The new item; Location names it.", body = Item),
        Problems<routes::CreateItemErrors, (JsonRejection, ItemError)>,
    )
)]
async fn create_item(
    State(store): Shared,
    Json(new): Json<NewItem>,
) -> Result<impl IntoResponse, ItemError> {
    let item = store.create(new)?;
    let location = format!("/items/{}", item.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(item),
    ))
}

/// Items are immutable: always 405.
#[utoipa::path(
    put,
    path = "/items/{id}",
    params(("id" = u64, Path, description = "The item's id, a whole number.")),
    responses(Problems<routes::ReplaceItemErrors, ItemError>)
)]
async fn replace_item() -> Result<Json<Item>, ItemError> {
    Err(ItemError::Immutable)
}

/// Needs a bearer token, which no request has.
#[utoipa::path(get, path = "/admin", responses(Problems<routes::AdminErrors, ItemError>))]
async fn admin() -> Result<&'static str, ItemError> {
    Err(ItemError::Unauthenticated)
}

/// Always rate-limited.
#[utoipa::path(get, path = "/limited", responses(Problems<routes::LimitedErrors, ItemError>))]
async fn limited() -> Result<&'static str, ItemError> {
    Err(ItemError::RateLimited {
        retry_after_secs: 30,
    })
}

/// The upstream catalogue, which answers garbage.
#[utoipa::path(
    get,
    path = "/upstream",
    responses(
        (status = OK, description = "The catalogue's items.", body = Vec<Item>),
        Problems<routes::UpstreamErrors, ItemError>,
    )
)]
async fn upstream() -> Result<Json<Vec<Item>>, ItemError> {
    Ok(Json(items::fetch_catalogue()?))
}

/// Connects to the database, which refuses.
#[utoipa::path(get, path = "/boom", responses(Problems<routes::BoomErrors, ItemError>))]
async fn boom() -> Result<&'static str, ItemError> {
    items::connect_database()?;
    Ok("connected")
}

/// The service's routes over `store`, and its `OpenAPI` document, made from the same
/// `routes!` calls: `GET /openapi.json` serves the document.
pub fn app_and_openapi(store: Arc<Store>) -> (Router, utoipa::openapi::OpenApi) {
    let (router, openapi) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(create_item))
        .routes(routes!(get_item, replace_item))
        .routes(routes!(admin))
        .routes(routes!(limited))
        .routes(routes!(upstream))
        .routes(routes!(boom))
        .split_for_parts();
    let document = openapi.clone();
    let router = router
        .route(
            "/openapi.json",
            axum::routing::get(move || {
                let document = document.clone();
                async move { Json(document) }
            }),
        )
        // Bodies over the limit answer 413, as a `JsonRejection`.
        .layer(DefaultBodyLimit::max(items::BODY_LIMIT))
        // An unknown path (404) and a method a route does not serve (405, with axum's
        // `Allow`) answer problem details too; after the routes, which the second applies to.
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(store);
    (router, openapi)
}

/// The service's routes over `store` ([`app_and_openapi`] without the document).
pub fn app(store: Arc<Store>) -> Router {
    app_and_openapi(store).0
}

/// The service's `OpenAPI` document, as `GET /openapi.json` serves it.
#[must_use]
pub fn openapi() -> utoipa::openapi::OpenApi {
    app_and_openapi(Arc::new(Store::default())).1
}

/// `layer` with the contract of each route of [`app`], read from its `OpenAPI` document
/// (`ConformanceLayer::openapi`), and `GET /openapi.json`'s 200.
///
/// Put the layer around the router (`checked(layer).layer(app(store))`), once, rather than
/// on each route with `Router::layer`: `benches/item_service.rs` measures the first at about
/// a third of the second's cost.
#[must_use]
pub fn checked<R: Report + Clone>(layer: ConformanceLayer<R>) -> ConformanceLayer<R> {
    layer
        .openapi(&openapi())
        .route_codes("/openapi.json", &[200, 405])
}
