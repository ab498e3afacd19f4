// A mistake in a type that another one wraps transparently under a contract: the mistake is
// the one error. The stub written beside it states no statuses, so the contract check of
// the wrapping type has nothing more to report.
use status_core::HttpStatus;

status_core::status_enum! {
    /// What the API answers.
    pub enum ApiStatus { NotFound, 5xx }
}

#[derive(Debug, HttpStatus)]
enum DbError {
    #[status(NotFuond)]
    Missing,
}

#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
enum ApiError {
    #[status(transparent)]
    Db(DbError),
}

fn main() {}
