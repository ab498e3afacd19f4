use status_core::HttpStatus;

#[derive(HttpStatus)]
#[status(404)]
struct NotFound;

#[derive(HttpStatus)]
#[status(transparent)]
enum ApiError {
    Missing(NotFound),
    Unexpected,
}

fn main() {}
