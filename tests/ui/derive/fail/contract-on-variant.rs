use status_core::HttpStatus;

status_core::status_enum! {
    /// What the API answers.
    pub enum ApiStatus { Ok, NotFound }
}

#[derive(Debug, HttpStatus)]
enum ApiError {
    /// No item has this id.
    #[status(NotFound)]
    #[contract(ApiStatus)]
    Missing,
}

fn main() {}
