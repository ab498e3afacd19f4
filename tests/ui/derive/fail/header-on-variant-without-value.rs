use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ItemError {
    /// Items cannot be replaced.
    #[status(405)]
    #[header(allow)]
    Immutable,
}

fn main() {}
