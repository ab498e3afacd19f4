use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("gone")]
#[status(410)]
struct Gone;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(decode)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent)]
    Removed(Gone),
}

fn main() {}
