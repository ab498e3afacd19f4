use status_core::HttpStatus;

status_core::status_enum! {
    /// What the API answers.
    pub enum ApiStatus { Ok, NotFound }
}

status_core::status_enum! {
    /// What the admin API answers.
    pub enum AdminStatus { Ok, Forbidden }
}

#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
#[contract(AdminStatus)]
enum ApiError {
    /// No item has this id.
    #[status(NotFound)]
    Missing,
}

fn main() {}
