use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(471)]
    Odd,
}

fn main() {}
