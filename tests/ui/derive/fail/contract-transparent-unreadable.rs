use status_core::{HttpStatus, StatusCode};

status_core::status_enum! {
    /// What the API answers.
    pub enum ApiStatus { Ok, NotFound, 503 }
}

const DOWN: StatusCode = StatusCode::ServiceUnavailable;

/// Its status comes from a constant, which only a contract of its own reads.
#[derive(Debug, HttpStatus)]
enum StoreError {
    /// The store is down.
    #[status(self::DOWN)]
    Down,
}

#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
enum ApiError {
    /// The storage layer failed.
    #[status(transparent)]
    Store(StoreError),
}

fn main() {}
