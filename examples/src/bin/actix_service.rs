//! `actix_service`: the item service on actix-web 4. Its errors are `ItemError`, whose
//! `#[respond(actix_web)]` makes it a `ResponseError`: every error response comes from the
//! enum's status mapping, through the same builder as `axum_service`'s.
//!
//! ```text
//! BIND=127.0.0.1:0 cargo run -p examples --bin actix_service
//! ```
//!
//! It prints `listening on http://ADDR` first, then serves the same routes as `axum_service`:
//! `GET /items/{id}`, `POST /items`, `PUT /items/{id}` (405), `GET /admin` (401),
//! `GET /limited` (429), `GET /upstream` (502) and `GET /boom` (500). Withheld server-error
//! details are logged on stderr.

use actix_web::http::header;
use actix_web::web::{self, Bytes, Data, Json, Path};
use actix_web::{App, HttpResponse, HttpServer};
use examples::items::{self, Item, ItemError, Store};

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

/// The service's routes.
fn routes(config: &mut web::ServiceConfig) {
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

fn main() -> std::io::Result<()> {
    items::log_to_stderr();
    actix_web::rt::System::new().block_on(async {
        let store = Data::new(Store::default());
        let server = HttpServer::new(move || App::new().app_data(store.clone()).configure(routes))
            .workers(1)
            .bind(items::bind_address())?;
        for address in server.addrs() {
            println!("listening on http://{address}");
        }
        server.run().await
    })
}
