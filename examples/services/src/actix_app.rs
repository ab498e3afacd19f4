//! The item service on actix-web 4, as an `App`: the `actix_service` binary serves it behind
//! the conformance middleware, and its tests can run it the same way in process ([`checked`]).
//!
//! Its errors are [`ItemError`], whose `#[respond(actix_web)]` makes it a `ResponseError`:
//! every error response comes from the enum's status mapping, through the same builder as
//! the axum service's ([`axum_app`](crate::axum_app)).

use std::sync::Arc;

use crate::items::{self, Item, ItemError, ItemStatus, Store};
use actix_web::body::{BoxBody, EitherBody};
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::web::{self, Bytes, Data, Json, Path};
use actix_web::{App, HttpResponse};
use status_core::conformance::{ConformanceLayer, Report};
use status_core::respond::actix_web::problem_fallbacks;

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

/// The service's routes over `store`: wrap it in a middleware with `App::wrap`, and serve
/// it with `HttpServer::new(move || app(Arc::clone(&store)))`, one `App` per worker, all
/// sharing the store.
pub fn app(
    store: Arc<Store>,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<EitherBody<BoxBody>>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        // actix-web's own empty 404 (unknown path) and 405 (a method a resource does not
        // serve, `Allow` kept) as problem details; wrapped first, inside any other middleware.
        .wrap(problem_fallbacks())
        .app_data(Data::from(store))
        .service(web::resource("/items").route(web::post().to(create_item)))
        .service(
            web::resource("/items/{id}")
                .route(web::get().to(get_item))
                .route(web::put().to(replace_item)),
        )
        .route("/admin", web::get().to(admin))
        .route("/limited", web::get().to(limited))
        .route("/upstream", web::get().to(upstream))
        .route("/boom", web::get().to(boom))
}

/// `layer` with the contract of each route of [`app`]: every route answers with the
/// service's contract, [`ItemStatus`], whose errors are `ItemError`'s.
///
/// Wrap the whole app in it, last (`app(store).wrap(checked(layer))`), so that it is the
/// outermost middleware and sees each response as actix-web sends it.
#[must_use]
pub fn checked<R: Report + Clone>(layer: ConformanceLayer<R>) -> ConformanceLayer<R> {
    ROUTES
        .iter()
        .fold(layer, |layer, pattern| layer.route::<ItemStatus>(pattern))
}

/// The path patterns of [`app`]'s routes.
pub const ROUTES: [&str; 6] = [
    "/items",
    "/items/{id}",
    "/admin",
    "/limited",
    "/upstream",
    "/boom",
];
