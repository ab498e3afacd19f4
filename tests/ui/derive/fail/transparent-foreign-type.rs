// A transparent variant over a type of another crate that has no status: one error, which
// says to give the variant a status of its own, and why implementing `HttpStatus` for
// `std::io::Error` cannot work.
use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ApiError {
    #[status(404)]
    Missing,
    #[status(transparent)]
    Io(std::io::Error),
}

fn main() {}
