//! `axum_service`: the item service on axum 0.8. Its errors are `ItemError`, whose
//! `#[respond(axum)]` makes it an `IntoResponse`: every error response comes from the enum's
//! status mapping.
//!
//! ```text
//! BIND=127.0.0.1:0 cargo run -p examples --bin axum_service
//! ```
//!
//! It prints `listening on http://ADDR` first, then serves `GET /items/{id}`, `POST /items`,
//! `PUT /items/{id}` (405), `GET /admin` (401), `GET /limited` (429), `GET /upstream` (502)
//! and `GET /boom` (500), and its `OpenAPI` document at `GET /openapi.json`, whose error
//! responses come from `ItemError`'s mapping (`#[respond(utoipa)]`). Withheld server-error details are logged on stderr.

use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use examples::items::{self, Item, ItemError, Store};

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
fn app(store: Arc<Store>) -> Router {
    Router::new()
        .route("/items", axum::routing::post(create_item))
        .route("/items/{id}", get(get_item).put(replace_item))
        .route("/admin", get(admin))
        .route("/limited", get(limited))
        .route("/upstream", get(upstream))
        .route("/boom", get(boom))
        .route("/openapi.json", get(openapi))
        .with_state(store)
}

fn main() -> std::io::Result<()> {
    items::log_to_stderr();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(items::bind_address()).await?;
        println!("listening on http://{}", listener.local_addr()?);
        axum::serve(listener, app(Arc::new(Store::default()))).await
    })
}
