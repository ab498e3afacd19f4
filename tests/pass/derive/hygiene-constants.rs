//! Constants and unit structs in scope with the names the generated code binds do not break
//! the derive (they would be read as patterns, E0530).

#![allow(non_upper_case_globals, non_camel_case_types, dead_code)]

use status_core::{HttpStatus, StatusCode, StatusContract};

const __inner: u8 = 0;
const __visit: u8 = 0;
struct inner;
struct visit;

#[derive(Debug, HttpStatus)]
#[status(NotFound)]
struct Missing;

#[derive(Debug, HttpStatus)]
enum ApiError {
    #[status(transparent)]
    Missing(Missing),
    #[status(transparent)]
    Named { inner: Missing },
    #[status(503)]
    Down,
}

fn main() {
    assert_eq!(ApiError::Missing(Missing).status(), StatusCode::NotFound);
    assert_eq!(ApiError::Named { inner: Missing }.status(), StatusCode::NotFound);
    assert_eq!(ApiError::Down.status(), StatusCode::ServiceUnavailable);
    let mut count = 0;
    ApiError::visit_statuses(&mut |_| count += 1);
    assert_eq!(count, 3);
}
