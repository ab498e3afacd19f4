// `#[respond(actix_web)]` while status-core's `actix-web` feature is off (this crate enables only
// `problem`): the error names the feature to enable.
use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(actix_web)]
enum ItemError {
    #[error("no such item")]
    #[status(404)]
    NotFound,
}

fn main() {}
