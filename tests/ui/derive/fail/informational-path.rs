use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(status_core::StatusCode::EarlyHints)]
    Hints,
}

fn main() {}
