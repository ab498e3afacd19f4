use status_core::HttpStatus;

struct PlainError;

#[derive(HttpStatus)]
enum ApiError {
    #[status(transparent)]
    Plain(PlainError),
}

fn main() {}
