use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(status_core::StatusCode::Conflict)]
    Conflict,
}

fn main() {
    assert_eq!(ApiError::Conflict.status().code(), 409);
}
