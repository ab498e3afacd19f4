// `StatusCode` is not imported: the macro resolves the path itself.
use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(StatusCode::NotFound)]
    Missing,
}

fn main() {
    assert_eq!(
        ApiError::Missing.status(),
        status_core::StatusCode::NotFound
    );
}
