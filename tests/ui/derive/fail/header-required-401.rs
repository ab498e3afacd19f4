use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
enum AuthError {
    /// No valid credentials.
    #[status(401)]
    Unauthenticated,
}

fn main() {}
