//! The item service's domain, shared by the two example services (`axum_service` and
//! `actix_service`): the in-memory store, the validation of a new item, the upstream catalogue
//! client and the one error enum whose `#[derive(HttpStatus)]` mapping gives both services
//! their error responses.

pub mod items;

pub mod axum_app;

pub mod actix_app;
