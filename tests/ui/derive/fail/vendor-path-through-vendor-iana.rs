use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(status_core::vendor::StatusCode::NotFound)]
    Missing,
}

fn main() {}
