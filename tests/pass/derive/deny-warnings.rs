//! The generated impls are warning-free under strict lints.
#![deny(warnings)]
#![deny(
    missing_docs,
    unused_qualifications,
    unused_results,
    rust_2018_idioms,
    unreachable_pub,
    trivial_casts,
    trivial_numeric_casts,
    single_use_lifetimes,
    unused_lifetimes,
    missing_debug_implementations
)]

use status_core::{HttpStatus, StatusCode};

/// Not found.
#[derive(Debug, HttpStatus)]
#[status(404)]
struct NotFound;

status_core::status_enum! {
    /// Every status the API answers with.
    enum ApiStatus { BadRequest, NotFound, 5xx }
}

/// Errors of the API.
#[derive(Debug, HttpStatus)]
#[contract(ApiStatus, status_core::vendor::Nginx)]
#[status(500)]
enum ApiError<'a, T> {
    /// A missing item.
    #[status(transparent)]
    Missing(NotFound),
    /// A generic inner error.
    #[status(transparent)]
    Inner { inner: T },
    /// Bad input.
    #[status(status_core::StatusCode::BadRequest)]
    Bad(&'a str),
    /// A proxy saw the client go.
    #[status(Nginx::ClientClosedRequest)]
    ClientGone,
    /// Anything else.
    Other,
}

fn main() {
    assert_eq!(
        ApiError::<NotFound>::Missing(NotFound).status(),
        StatusCode::NotFound
    );
    assert_eq!(
        ApiError::Inner { inner: NotFound }.status(),
        StatusCode::NotFound
    );
    assert_eq!(
        ApiError::<NotFound>::Bad("x").status(),
        StatusCode::BadRequest
    );
    assert_eq!(ApiError::<NotFound>::ClientGone.status().code(), 499);
    assert_eq!(
        ApiError::<NotFound>::Other.status(),
        StatusCode::InternalServerError
    );
}
