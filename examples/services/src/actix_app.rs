//! The item service on actix-web 4, as an `App` and its `OpenAPI` document: the
//! `actix_service` binary serves it behind the conformance middleware, and its tests can run
//! it the same way in process ([`checked`]).
//!
//! Its errors are [`ItemError`], whose `#[respond(actix_web)]` makes it a `ResponseError`;
//! its extractors are actix-web's own (`web::Path<u64>`, `web::Json<NewItem>`), whose errors
//! `problem_fallbacks()` answers as problem details, as it does actix-web's empty 404 and
//! 405: the same statuses and bodies as the axum service ([`axum_app`](crate::axum_app)).
//!
//! Each handler's `#[utoipa::path]` states what its route answers, and [`ActixApiDoc`]
//! gathers them into the document that `GET /openapi.json` serves and the conformance layer
//! reads. The patterns are written in the `App` too: utoipa-actix-web takes only the routing
//! macros' resources (`#[get("/items/{id}")]`), one resource per method, and actix-web answers
//! a method no resource of a path serves with 404, not the 405 that `web::resource` gives.

use std::sync::Arc;

use crate::items::{self, ApiDoc, Item, ItemError, NewItem, Store, routes};
use actix_web::body::{BoxBody, EitherBody};
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::web::{self, Data, Json, Path};
use actix_web::{App, HttpResponse};
use status_core::conformance::{ConformanceLayer, Report};
use status_core::respond::actix_web::problem_fallbacks;
use status_core::respond::utoipa::Problems;
use status_core::respond::{JsonRejection, PathRejection};
use utoipa::OpenApi;

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
async fn get_item(store: Data<Store>, id: Path<u64>) -> Result<Json<Item>, ItemError> {
    store.get(id.into_inner()).map(Json)
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
async fn create_item(store: Data<Store>, new: Json<NewItem>) -> Result<HttpResponse, ItemError> {
    let item = store.create(new.into_inner())?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/items/{}", item.id)))
        .json(item))
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

/// The `OpenAPI` document of the actix-web service: [`ApiDoc`]'s title and `Problem` schema,
/// and each handler's operation.
#[derive(OpenApi)]
#[openapi(paths(get_item, create_item, replace_item, admin, limited, upstream, boom))]
pub struct ActixApiDoc;

/// The service's `OpenAPI` document, as `GET /openapi.json` serves it.
#[must_use]
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut document = ApiDoc::openapi();
    document.merge(ActixApiDoc::openapi());
    document
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
    let document = Data::new(openapi());
    App::new()
        // actix-web's own answers as problem details: its extractors' errors, its empty 404
        // (unknown path) and 405 (a method a resource does not serve, `Allow` kept). Wrapped
        // first, inside any other middleware.
        .wrap(problem_fallbacks())
        .app_data(Data::from(store))
        .app_data(document)
        // Bodies over the limit answer 413, as a `JsonRejection`.
        .app_data(web::JsonConfig::default().limit(items::BODY_LIMIT))
        .service(web::resource("/items").route(web::post().to(create_item)))
        .service(
            web::resource("/items/{id}")
                .route(web::get().to(get_item))
                .route(web::put().to(replace_item)),
        )
        .service(web::resource("/admin").route(web::get().to(admin)))
        .service(web::resource("/limited").route(web::get().to(limited)))
        .service(web::resource("/upstream").route(web::get().to(upstream)))
        .service(web::resource("/boom").route(web::get().to(boom)))
        .service(web::resource("/openapi.json").route(web::get().to(
            |document: Data<utoipa::openapi::OpenApi>| async move {
                HttpResponse::Ok().json(document.get_ref())
            },
        )))
}

/// `layer` with the contract of each route of [`app`], read from its `OpenAPI` document
/// (`ConformanceLayer::openapi`), and `GET /openapi.json`'s 200.
///
/// Wrap the whole app in it, last (`app(store).wrap(checked(layer))`), so that it is the
/// outermost middleware and sees each response as actix-web sends it.
#[must_use]
pub fn checked<R: Report + Clone>(layer: ConformanceLayer<R>) -> ConformanceLayer<R> {
    layer
        .openapi(&openapi())
        .route_codes("/openapi.json", &[200, 405])
}
