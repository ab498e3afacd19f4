use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
enum ApiError {
    #[error("{detail}")]
    #[status(422)]
    Invalid {
        #[problem(detail)]
        detail: String,
    },
}

fn main() {}
