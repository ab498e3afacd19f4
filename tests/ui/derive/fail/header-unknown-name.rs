use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
enum AuthError {
    /// No valid credentials.
    #[status(401)]
    #[header(www_authenticat = "Bearer")]
    Unauthenticated,
}

fn main() {}
