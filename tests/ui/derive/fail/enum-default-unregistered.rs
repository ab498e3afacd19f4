use status_core::HttpStatus;

// A mistake in the enum's default is reported once, not once per variant that uses it.
#[derive(HttpStatus)]
#[status(471)]
enum ApiError {
    Timeout,
    Overloaded,
    Unknown,
}

fn main() {}
