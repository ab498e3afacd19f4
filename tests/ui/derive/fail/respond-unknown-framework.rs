use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(actix)]
enum ItemError {
    #[error("no such item")]
    #[status(404)]
    NotFound,
}

fn main() {}
