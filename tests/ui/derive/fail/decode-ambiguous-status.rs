use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(decode)]
enum ApiError {
    #[error("the database is down")]
    #[status(500)]
    Database,
    #[error("something broke")]
    #[status(InternalServerError)]
    Internal,
}

fn main() {}
