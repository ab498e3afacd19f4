use status_core::{HttpStatus, Status, StatusCode};

const GONE: Status = StatusCode::Gone.status();

#[derive(HttpStatus)]
enum ApiError {
    #[status(GONE)]
    Removed,
}

fn main() {}
