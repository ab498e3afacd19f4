//! The enums of an application's codes file, and the derive taking their paths.

use status_core::{HttpStatus, Status};

status_core::include_codes!("pass/codes/codes/app.toml");

#[derive(HttpStatus)]
enum BatchError {
    /// The account has no quota left.
    #[status(AcmeStatus::QuotaExhausted)]
    Quota,
    /// Nothing was found.
    #[status(NotFound)]
    Missing,
}

fn main() {
    assert_eq!(
        AcmeStatus::ALL,
        &[AcmeStatus::PartiallyApplied, AcmeStatus::QuotaExhausted]
    );
    assert_eq!(
        BatchError::Quota.status(),
        Status::from(AcmeStatus::QuotaExhausted)
    );
    assert_eq!(BatchError::Missing.status().code(), 404);
}
