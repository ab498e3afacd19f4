use status_core::HttpStatus;

status_core::status_enum! {
    /// What the API answers.
    pub enum ApiStatus { Ok, NotFound, 409, 503 }
}

#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
#[status(InternalServerError)]
enum ApiError {
    /// No item has this id.
    #[status(NotFound)]
    Missing,
    /// Takes the default, 500, which is not in the contract.
    Crashed,
    /// Takes the default too: the default is reported once.
    Panicked,
}

fn main() {}
