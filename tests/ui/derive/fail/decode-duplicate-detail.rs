use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(decode)]
enum ApiError {
    #[error("{summary}")]
    #[status(422)]
    Invalid {
        #[problem(detail)]
        summary: String,
        #[problem(detail)]
        message: String,
    },
}

fn main() {}
