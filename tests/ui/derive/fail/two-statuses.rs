use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(404, 500)]
    Missing,
}

fn main() {}
