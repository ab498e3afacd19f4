use status_core::{HttpStatus, StatusCode};

#[derive(HttpStatus)]
enum ApiError {
    #[status(NotFound)]
    Missing,
    #[status(ContentTooLarge)]
    TooBig,
}

fn main() {
    assert_eq!(ApiError::Missing.status(), StatusCode::NotFound);
    assert_eq!(ApiError::TooBig.status().code(), 413);
}
