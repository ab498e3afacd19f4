use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(999)]
    Broken,
}

fn main() {}
