use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(400 + 4)]
    Missing,
}

fn main() {}
