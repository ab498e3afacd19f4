use status_core::HttpStatus;

#[derive(HttpStatus)]
#[status(404)]
struct NotFound;

#[derive(HttpStatus)]
enum ApiError {
    #[status(transparant)]
    Missing(NotFound),
}

fn main() {}
