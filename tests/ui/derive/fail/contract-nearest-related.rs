// 410 Gone outside a contract that has 404 and 413: the nearest member a user would pick is
// 404 Not Found (same class, and the registry relates the two: both cacheable by default),
// not 413 Content Too Large, the closer number.
use status_core::HttpStatus;

status_core::status_enum! {
    /// What the API answers.
    pub enum ApiStatus { Ok, Created, NoContent, BadRequest, Unauthorized, NotFound, ContentTooLarge, 500 }
}

#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
enum ApiError {
    /// The item was deleted.
    #[status(Gone)]
    Deleted,
}

fn main() {}
