use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
#[contract()]
enum ApiError {
    /// No item has this id.
    #[status(NotFound)]
    Missing,
}

fn main() {}
