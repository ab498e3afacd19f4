use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(decode)]
enum ApiError {
    #[error("{detail}")]
    #[status(503)]
    Unavailable {
        #[problem(detail)]
        detail: String,
    },
}

fn main() {}
