use status_core::{HttpStatus, StatusCode};

#[derive(HttpStatus)]
enum ApiError {
    #[status(404)]
    Missing,
    #[status(503)]
    Busy,
}

fn main() {
    assert_eq!(ApiError::Missing.status(), StatusCode::NotFound);
    assert_eq!(ApiError::Busy.status(), StatusCode::ServiceUnavailable);
}
