use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(MethodNotAllowed)]
enum ItemError {
    /// Items cannot be replaced.
    Immutable,
}

fn main() {}
