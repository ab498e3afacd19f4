// `#[respond(utoipa)]` while status-core's `utoipa` feature is off (this crate enables only
// `problem`): the error names the feature to enable.
use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(utoipa)]
enum ItemError {
    #[error("no such item")]
    #[status(404)]
    NotFound,
}

fn main() {}
