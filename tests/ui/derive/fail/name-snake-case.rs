use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(not_found)]
    Missing,
}

fn main() {}
