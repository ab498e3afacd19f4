use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(404)]
    #[status(410)]
    Missing,
}

fn main() {}
