use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(404.0)]
    Missing,
}

fn main() {}
