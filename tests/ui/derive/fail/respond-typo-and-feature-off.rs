// Two mistakes in a type with `#[respond(utoipa)]`: a misspelt status, and status-core's
// `utoipa` feature off (this crate enables `problem` only). Each is one error: beside the
// first, the derive still writes its stubs and the framework's impl, whose macro reports the
// second; a use of the type needs nothing more.
use status_core::{HttpStatus, StatusContract};

#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(utoipa)]
enum ItemError {
    #[error("no such item")]
    #[status(NotFuond)]
    Missing,
}

fn needs_status<T: HttpStatus + StatusContract>() {}

fn main() {
    needs_status::<ItemError>();
}
