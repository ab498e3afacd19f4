//! The item service on actix-web 4, as its routes: the `actix_service` binary serves them,
//! and its tests serve them in process.
//!
//! Its errors are [`ItemError`], whose `#[respond(actix_web)]` makes it a `ResponseError`:
//! every error response comes from the enum's status mapping.

use crate::items::{self, Item, ItemError, Store};
use actix_web::HttpResponse;
use actix_web::http::header;
use actix_web::web::{self, Bytes, Data, Json, Path};

async fn get_item(store: Data<Store>, id: Path<String>) -> Result<Json<Item>, ItemError> {
    store.get(items::parse_id(&id)?).map(Json)
}

async fn create_item(store: Data<Store>, body: Bytes) -> Result<HttpResponse, ItemError> {
    let item = store.create(items::parse_new_item(&body)?)?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/items/{}", item.id)))
        .json(item))
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

/// The service's routes, for `App::configure`.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .service(web::resource("/items").route(web::post().to(create_item)))
        .service(
            web::resource("/items/{id}")
                .route(web::get().to(get_item))
                .route(web::put().to(replace_item)),
        )
        .route("/admin", web::get().to(admin))
        .route("/limited", web::get().to(limited))
        .route("/upstream", web::get().to(upstream))
        .route("/boom", web::get().to(boom));
}
