use status_core::{HttpStatus, StatusCode};

#[derive(HttpStatus)]
#[status(404)]
struct NotFound;

#[derive(HttpStatus)]
enum ApiError {
    #[status(transparent)]
    Tuple(NotFound),
    #[status(transparent)]
    Named { inner: NotFound },
}

fn main() {
    assert_eq!(ApiError::Tuple(NotFound).status(), StatusCode::NotFound);
    assert_eq!(
        ApiError::Named { inner: NotFound }.status(),
        StatusCode::NotFound
    );
}
