use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ApiError {
    /// Something broke.
    #[status(500)]
    #[problem(exposed)]
    Broken,
}

fn main() {}
