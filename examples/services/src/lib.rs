//! The item service on axum ([`axum_app`]) and on actix-web ([`actix_app`]), their shared
//! domain ([`items`]: the store, the one error enum whose `#[derive(HttpStatus)]` mapping gives
//! both services their error responses, each route's contract), and a typed client that reads
//! those errors back ([`client`]).

pub mod items;

pub mod axum_app;

pub mod actix_app;

pub mod client;
