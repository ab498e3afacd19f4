//! The derive, `status_enum!` and `include_codes!` in a `#![no_std]` crate, and again in a
//! `#![no_implicit_prelude]` module: the generated code needs neither `std` nor the prelude.

use status_core::{HttpStatus, status_enum};

status_enum! {
    /// The statuses of a small API.
    pub enum ApiStatus {
        Ok,
        201,
        4xx,
    }
}

status_core::include_codes!("codes/acme.toml");

/// A failure that a handler can report.
#[derive(Debug, HttpStatus)]
pub enum HandlerError {
    /// The record does not exist.
    #[status(NotFound)]
    Missing {
        /// The id that was asked for.
        id: u32,
    },
    /// The account's quota is spent.
    #[status(AcmeStatus::QuotaExhausted)]
    Quota,
    /// The client went away.
    #[status(Nginx::ClientClosedRequest)]
    ClientGone,
    /// A failure of the storage layer.
    #[status(transparent)]
    Storage(StorageError),
}

/// A failure of the storage layer, with a default status.
#[derive(Debug, HttpStatus)]
#[status(ServiceUnavailable)]
pub enum StorageError {
    /// The disk is full.
    Full,
    /// The database is in maintenance.
    Maintenance,
}

/// The same types, written with full paths in a module without the prelude.
pub mod without_prelude {
    #![no_implicit_prelude]

    ::status_core::status_enum! {
        /// The statuses of a small API.
        pub enum ApiStatus {
            Ok,
            201,
            4xx,
        }
    }

    ::status_core::include_codes!("codes/acme.toml");

    /// A failure that a handler can report.
    #[derive(::core::fmt::Debug, ::status_core::HttpStatus)]
    #[header("Cache-Control" = "no-store")]
    pub enum HandlerError<E> {
        /// The record does not exist.
        #[status(404)]
        #[problem(type = "https://example.com/problems/missing")]
        Missing,
        /// The caller has no valid token.
        #[status(401)]
        #[header(www_authenticate = "Bearer")]
        Unauthenticated,
        /// Too many requests; the field says how long to wait.
        #[status(429)]
        Throttled(#[header(retry_after)] ::core::time::Duration),
        /// The method is not allowed.
        #[status(405)]
        #[header(allow, added_by = "the router")]
        NotAllowed,
        /// The account's quota is spent.
        #[status(AcmeStatus::QuotaExhausted)]
        Quota,
        /// An error of a lower layer.
        #[status(transparent)]
        Inner(E),
    }
}
