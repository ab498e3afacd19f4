//! An application's enum named like a vendor enum of the registry (`Google`), reached in
//! `#[status(...)]` through a path the registry's enums do not start.

mod codes {
    status_core::include_codes!("pass/codes/codes/google-named.toml");
}

use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ApiError {
    /// The quota of the gateway is spent.
    #[status(crate::codes::Google::QuotaExceeded)]
    Quota,
    /// Google's own resumable-upload status, from the registry.
    #[status(Google::ResumeIncomplete)]
    Resume,
}

fn main() {
    assert_eq!(ApiError::Quota.status().code(), 429);
    let meaning = ApiError::Quota.status_meaning().expect("a meaning");
    assert_eq!(meaning.reason, "Quota Exceeded");
    assert_eq!(meaning.origin.name(), "Acme's Google gateway");
    assert_eq!(ApiError::Resume.status().code(), 308);
    assert_eq!(ApiError::Resume.status().to_string(), "308 Resume Incomplete");
}
