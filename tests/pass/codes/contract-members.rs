//! A type bound to a contract, with a variant for each way a contract lists a member: by
//! name, by number, by class, and an application's own code (`include_codes!`); the
//! transparent variants, the enum's default and a generic parameter count too. It is a
//! codes case (`tests/ui_codes.rs`), whose driver copies the codes file it reads.

use status_core::{HttpStatus, StatusCode, StatusContract};

status_core::include_codes!("pass/codes/codes/app.toml");

status_core::status_enum! {
    /// What the API answers.
    pub enum ApiStatus { Ok, NotFound, 409, 5xx }
}

/// The errors of the storage layer, bound to the same contract.
#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
enum StoreError {
    /// The store is down (503, from the class `5xx`).
    #[status(ServiceUnavailable)]
    Down,
    /// It did not answer in time.
    #[status(504)]
    Timeout,
}

/// A struct bound to the contract.
#[derive(Debug, HttpStatus)]
#[contract(crate::ApiStatus)]
#[status(Conflict)]
struct Busy;

/// Every error of the API; the default status is a member too.
#[derive(Debug, HttpStatus)]
#[contract(ApiStatus, AcmeStatus)]
#[status(500)]
enum ApiError<T> {
    /// A name member.
    #[status(NotFound)]
    Missing,
    /// A number member.
    #[status(409)]
    Conflict,
    /// A class member: 507 is in `5xx`.
    #[status(InsufficientStorage)]
    Full,
    /// An application's code, of the contract's `AcmeStatus`.
    #[status(AcmeStatus::QuotaExhausted)]
    Quota,
    /// A constant of a member.
    #[status(self::GATEWAY)]
    Gateway,
    /// Transparent: every status of `StoreError` is a member.
    #[status(transparent)]
    Store(StoreError),
    /// Transparent through a box, and through a struct.
    #[status(transparent)]
    Busy(Box<Busy>),
    /// A generic parameter: checked for each instantiation.
    #[status(transparent)]
    Other(T),
    /// The default, 500.
    Crashed,
}

const GATEWAY: StatusCode = StatusCode::BadGateway;

fn main() {
    type E = ApiError<StoreError>;
    let codes: Vec<u16> = [
        E::Missing,
        E::Conflict,
        E::Full,
        E::Quota,
        E::Gateway,
        E::Store(StoreError::Timeout),
        E::Busy(Box::new(Busy)),
        E::Other(StoreError::Down),
        E::Crashed,
    ]
    .iter()
    .map(|error| error.status().code())
    .collect();
    assert_eq!(codes, [404, 409, 507, 460, 502, 504, 409, 503, 500]);

    // What the compiler checked, seen at run time: every status the type can produce is
    // a member of `ApiStatus` or `AcmeStatus`.
    let mut outside = Vec::new();
    E::visit_statuses(&mut |outcome| {
        let code = outcome.status.code();
        let member = ApiStatus::from_u16(code).is_some()
            || outcome.meaning.is_some_and(|meaning| meaning.origin == AcmeStatus::ORIGIN);
        if !member {
            outside.push(code);
        }
    });
    assert!(outside.is_empty(), "outside the contract: {outside:?}");
}
