//! A path written in `#[status(...)]` counts as a use of the import it starts with: no
//! `unused_imports` under `#![deny(warnings)]`, whether the path names a vendor enum, the
//! IANA enum or the `vendor` module, on a variant or as the enum's default.
#![deny(warnings)]

use status_core::vendor::{self, Nginx};
use status_core::{HttpStatus, StatusCode};

#[derive(Debug, HttpStatus)]
#[status(StatusCode::InternalServerError)]
enum ApiError {
    #[status(Nginx::ClientClosedRequest)]
    ClientGone,
    #[status(vendor::Cloudflare::WebServerIsDown)]
    OriginDown,
    Other,
}

fn main() {
    assert_eq!(ApiError::ClientGone.status().code(), 499);
    assert_eq!(ApiError::OriginDown.status().code(), 521);
    assert_eq!(ApiError::Other.status().code(), 500);
}
