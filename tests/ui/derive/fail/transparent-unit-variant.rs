use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(transparent)]
    Missing,
}

fn main() {}
