use status_core::{HttpStatus, StatusCode};

#[derive(HttpStatus)]
#[status(500)]
enum ApiError {
    Crashed,
    Panicked(&'static str),
    #[status(404)]
    Missing,
}

fn main() {
    assert_eq!(ApiError::Crashed.status(), StatusCode::InternalServerError);
    assert_eq!(
        ApiError::Panicked("oops").status(),
        StatusCode::InternalServerError
    );
    assert_eq!(ApiError::Missing.status(), StatusCode::NotFound);
}
