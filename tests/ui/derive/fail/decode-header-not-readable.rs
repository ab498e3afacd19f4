use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(decode)]
enum ApiError {
    #[error("items are immutable")]
    #[status(405)]
    Immutable {
        #[header(allow)]
        allow: &'static str,
    },
}

fn main() {}
