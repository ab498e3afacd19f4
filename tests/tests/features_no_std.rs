//! The impls that the `http` and `serde` features add to the enums of `status_enum!` and
//! `include_codes!` are written in the calling crate: they compile in a `#![no_std]` crate,
//! inside a `#![no_implicit_prelude]` module, under strict lints, and this crate has no
//! dependency of its own on `http` or `serde` for them (the test names the traits only to
//! check that they are implemented).

#![no_std]
#![deny(warnings, missing_docs, unused_qualifications, clippy::pedantic)]

/// The enums, declared without the prelude.
pub mod generated {
    #![no_implicit_prelude]

    ::status_core::status_enum! {
        /// The statuses of a public API.
        pub enum ApiStatus { Ok, NotFound, 5xx }
    }

    ::status_core::include_codes!("data/app-codes.toml");
}

use generated::{AcmeStatus, ApiStatus, PartnerStatus};

/// Fails to compile unless `T` has the impls of both features.
fn has_feature_impls<T>()
where
    T: Into<http::StatusCode> + PartialEq<http::StatusCode>,
    http::StatusCode: PartialEq<T>,
    T: serde::Serialize + serde::de::DeserializeOwned,
{
}

#[test]
fn generated_enums_have_the_impls_of_both_features() {
    has_feature_impls::<ApiStatus>();
    has_feature_impls::<AcmeStatus>();
    has_feature_impls::<PartnerStatus>();
    has_feature_impls::<status_core::StatusCode>();
    has_feature_impls::<status_core::vendor::Nginx>();
}

#[test]
fn they_work_without_std() {
    assert_eq!(
        http::StatusCode::from(ApiStatus::NotFound),
        http::StatusCode::NOT_FOUND
    );
    assert!(AcmeStatus::QuotaExhausted == http::StatusCode::from_u16(460).unwrap());
    assert!(http::StatusCode::BAD_GATEWAY == ApiStatus::BadGateway);
}
