use status_core::HttpStatus;

status_core::status_enum! {
    /// What the API answers.
    pub enum ApiStatus { Ok, NotFound, 409, 429, 5xx }
}

#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
enum ApiError {
    /// No item has this id.
    #[status(NotFound)]
    Missing,
    /// The item was deleted: 410 is not in the contract.
    #[status(Gone)]
    Deleted,
}

fn main() {}
