use status_core::HttpStatus;

/// A plain type: it states no statuses.
pub struct ApiStatus;

#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
enum ApiError {
    /// No item has this id.
    #[status(NotFound)]
    Missing,
    /// A conflict.
    #[status(409)]
    Conflict,
}

fn main() {}
