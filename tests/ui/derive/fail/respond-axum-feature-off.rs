// `#[respond(axum)]` while status-core's `axum` feature is off (this crate enables only
// `problem`): the error names the feature to enable.
use status_core::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(axum)]
enum ItemError {
    #[error("no such item")]
    #[status(404)]
    NotFound,
}

fn main() {}
