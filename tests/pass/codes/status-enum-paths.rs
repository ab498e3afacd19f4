//! Members written as paths to `StatusCode` variants, and comparisons with `StatusCode` and
//! `Status` both ways.

use status_core::{Status, StatusCode};

status_core::status_enum! {
    pub enum ApiStatus {
        StatusCode::NotFound,
        status_core::StatusCode::Gone,
        ::status_core::StatusCode::Conflict,
        500,
    }
}

fn main() {
    assert_eq!(
        ApiStatus::ALL,
        [
            ApiStatus::NotFound,
            ApiStatus::Conflict,
            ApiStatus::Gone,
            ApiStatus::InternalServerError
        ]
    );
    assert!(ApiStatus::NotFound == StatusCode::NotFound);
    assert!(StatusCode::NotFound == ApiStatus::NotFound);
    assert!(ApiStatus::Gone != StatusCode::NotFound);
    assert!(StatusCode::Conflict != ApiStatus::Gone);
    assert!(ApiStatus::Gone == Status::new(410).unwrap());
    assert!(Status::new(410).unwrap() == ApiStatus::Gone);
}
