use status_core::HttpStatus;

status_core::status_enum! {
    /// What the API answers.
    pub enum ApiStatus { Ok, NotFound, 409, 503 }
}

/// The storage layer's errors, which know nothing of the API's contract.
#[derive(Debug, HttpStatus)]
enum StoreError {
    /// The store is down.
    #[status(ServiceUnavailable)]
    Down,
    /// It did not answer in time: 504 is not in the contract.
    #[status(GatewayTimeout)]
    Timeout,
}

#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
enum ApiError {
    /// No item has this id.
    #[status(NotFound)]
    Missing,
    /// The storage layer failed.
    #[status(transparent)]
    Store(StoreError),
}

fn main() {}
