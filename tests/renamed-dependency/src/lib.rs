//! The three macros of status-core, used through a dependency renamed in `Cargo.toml`
//! (`sc = { package = "status-core", ... }`) and no `status-core` under its own name.
//!
//! The generated code names `::status_core::…`, so without the `extern crate` line below
//! every macro fails with "cannot find `status_core`". An `extern crate` item at the crate
//! root adds its name to the extern prelude, where `::status_core` is looked up.

extern crate sc as status_core;

use sc::HttpStatus;

sc::status_enum! {
    /// The statuses of a small API.
    pub enum ApiStatus {
        Ok,
        201,
        NotFound,
        5xx,
    }
}

sc::include_codes!("codes/acme.toml");

/// A failure that a handler can report.
#[derive(Debug, sc::HttpStatus)]
pub enum HandlerError {
    /// The record does not exist.
    #[status(404)]
    Missing,
    /// The request conflicts with the record's state.
    #[status(Conflict)]
    Conflict,
    /// The client went away.
    #[status(Nginx::ClientClosedRequest)]
    ClientGone,
    /// The account's quota is spent.
    #[status(AcmeStatus::QuotaExhausted)]
    Quota,
    /// A failure of the storage layer.
    #[status(transparent)]
    Storage(StorageError),
}

/// A failure of the storage layer, with one status for all its variants.
#[derive(Debug, sc::HttpStatus)]
#[status(ServiceUnavailable)]
pub enum StorageError {
    /// The disk is full.
    Full,
}

/// The status a handler answers with: a use of the derived trait through the new name.
#[must_use]
pub fn respond(error: &HandlerError) -> sc::Status {
    error.status()
}

#[cfg(test)]
mod tests {
    use super::{AcmeStatus, ApiStatus, HandlerError, StorageError, respond};
    use sc::{HttpStatus, Outcome, Status, StatusCode, StatusContract, vendor::Nginx};

    #[test]
    fn derive_maps_each_variant_through_the_renamed_crate() {
        assert_eq!(respond(&HandlerError::Missing), StatusCode::NotFound);
        assert_eq!(respond(&HandlerError::Conflict), StatusCode::Conflict);
        assert_eq!(
            respond(&HandlerError::ClientGone),
            Nginx::ClientClosedRequest
        );
        assert_eq!(
            respond(&HandlerError::ClientGone).to_string(),
            "499 Client Closed Request"
        );
        assert_eq!(
            respond(&HandlerError::Quota),
            Status::from(AcmeStatus::QuotaExhausted)
        );
        assert_eq!(
            respond(&HandlerError::Storage(StorageError::Full)),
            StatusCode::ServiceUnavailable
        );
    }

    #[test]
    fn derive_states_the_contract_with_the_transparent_variant() {
        let mut codes = Vec::new();
        HandlerError::visit_statuses(&mut |outcome: &Outcome| codes.push(outcome.status.code()));
        assert_eq!(codes, [404, 409, 499, 460, 503]);
    }

    #[test]
    fn status_enum_holds_its_members_in_code_order() {
        let codes: Vec<u16> = ApiStatus::ALL.iter().map(|status| status.code()).collect();
        assert_eq!(&codes[..3], [200, 201, 404]);
        assert!(codes[3..].iter().all(|code| (500..600).contains(code)));
        assert_eq!(StatusCode::from(ApiStatus::NotFound), StatusCode::NotFound);
        assert_eq!("201".parse::<ApiStatus>(), Ok(ApiStatus::Created));
    }

    #[test]
    fn include_codes_reads_the_crate_s_own_file() {
        let quota = AcmeStatus::QuotaExhausted;
        assert_eq!(quota.to_string(), "460 Quota Exhausted");
        assert_eq!(AcmeStatus::ORIGIN.name(), "Acme API");
        assert_eq!(Status::from(quota).to_string(), "460");
        let meaning = HandlerError::Quota
            .status_meaning()
            .expect("the file's entry");
        assert_eq!(meaning.reason, "Quota Exhausted");
    }
}
