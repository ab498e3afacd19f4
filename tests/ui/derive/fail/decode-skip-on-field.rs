use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(decode)]
enum ApiError {
    #[error("no item {0}")]
    #[status(404)]
    NoSuchItem(#[problem(skip_decode)] u64),
}

fn main() {}
