use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(404)]
struct Missing;

#[derive(Debug, HttpStatus)]
enum ApiError {
    /// The inner error decides.
    #[status(transparent)]
    #[header(retry_after = "30")]
    Inner(Missing),
}

fn main() {}
