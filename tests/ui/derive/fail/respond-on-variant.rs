use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
enum ItemError {
    #[error("no such item")]
    #[status(404)]
    #[respond(axum)]
    NotFound,
}

fn main() {}
