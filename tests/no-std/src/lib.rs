//! Proof that the types `status-core` generates need neither `std` nor the prelude.
//!
//! This crate is `#![no_std]` and uses every kind of status type in ordinary code: a `match`
//! on `StatusCode` variants, `Status` built from a number, a vendor enum and a class pattern,
//! constants built in constant context. The module [`without_prelude`] does the same under
//! `#![no_implicit_prelude]`, with fully qualified paths only.
//!
//! The crate only has to compile; the `tests` crate calls both versions and checks what they
//! return (`tests/tests/no_std.rs`).

#![no_std]

pub mod generated;

use status_core::vendor::{Apache, Cloudflare, Esri, Google, Microsoft, Nginx};
use status_core::{Origin, Status, StatusClass, StatusCode, StatusError};

/// What a client does next with a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// Wait for the final response (1xx).
    Wait,
    /// Use the response: 2xx, and 304, which revalidates a cached one.
    Done,
    /// Follow the redirection (3xx other than 304).
    Follow,
    /// Send credentials (401, 407).
    Authenticate,
    /// Try again later (429, 503).
    RetryLater,
    /// Report the failure (every other 4xx and 5xx).
    GiveUp,
}

/// How a recipient handles a code read off the wire (RFC 9110 §15).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handling {
    /// The class of the code.
    pub class: StatusClass,
    /// The IANA status the code is handled as: its own, or the x00 status of its class.
    pub handled_as: StatusCode,
    /// Whether a cache may reuse the response without explicit freshness information.
    pub cacheable: bool,
    /// Whether IANA registers the code.
    pub recognised: bool,
}

/// 404 Not Found, built in constant context.
pub const NOT_FOUND: Status = StatusCode::NotFound.status();

/// nginx's 499 Client Closed Request, built in constant context.
pub const CLIENT_CLOSED_REQUEST: Status = Nginx::ClientClosedRequest.status();

/// The next step for `status`: a `match` on some variants, then on the class of the others.
#[must_use]
pub const fn next_step(status: StatusCode) -> NextStep {
    match status {
        StatusCode::Unauthorized | StatusCode::ProxyAuthenticationRequired => {
            NextStep::Authenticate
        }
        StatusCode::TooManyRequests | StatusCode::ServiceUnavailable => NextStep::RetryLater,
        StatusCode::NotModified => NextStep::Done,
        other => match other.class() {
            StatusClass::Informational => NextStep::Wait,
            StatusClass::Successful => NextStep::Done,
            StatusClass::Redirection => NextStep::Follow,
            StatusClass::ClientError | StatusClass::ServerError => NextStep::GiveUp,
        },
    }
}

/// How a recipient handles `code`.
///
/// # Errors
/// When `code` is not a status code (100 to 599).
pub const fn handle(code: u16) -> Result<Handling, StatusError> {
    match Status::new(code) {
        Ok(status) => Ok(Handling {
            class: status.class(),
            handled_as: status.effective(),
            cacheable: status.is_cacheable_by_default(),
            recognised: status.known().is_some(),
        }),
        Err(error) => Err(error),
    }
}

/// The status on a status line such as `HTTP/1.1 404 Not Found` (RFC 9112 §4).
///
/// # Errors
/// When the second word of the line is not three digits, or not a status code.
pub fn parse_status_line(line: &str) -> Result<Status, StatusError> {
    let mut words = line.splitn(3, ' ');
    let _version = words.next();
    words.next().unwrap_or_default().parse()
}

/// The status `origin` defines with `code`, looked up in that origin's own enum.
#[must_use]
pub fn origin_status(origin: Origin, code: u16) -> Option<Status> {
    match origin {
        Origin::IANA => StatusCode::from_u16(code).map(Status::from),
        Origin::NGINX => Nginx::from_u16(code).map(Status::from),
        Origin::CLOUDFLARE => Cloudflare::from_u16(code).map(Status::from),
        Origin::MICROSOFT => Microsoft::from_u16(code).map(Into::into),
        Origin::ESRI => Esri::from_u16(code).map(Esri::status),
        Origin::APACHE => Apache::try_from(code).ok().map(Status::from),
        Origin::GOOGLE => Google::from_u16(code).map(Google::status),
        _ => None,
    }
}

/// The class a pattern such as `4xx` names, and the code that stands for its unknown codes.
#[must_use]
pub fn class_fallback(pattern: &str) -> Option<(StatusClass, u16)> {
    let class: StatusClass = pattern.parse().ok()?;
    Some((class, Status::from(class).code()))
}

/// The same functions under `#![no_implicit_prelude]`: every path is fully qualified, every
/// trait method is called through its trait.
pub mod without_prelude {
    #![no_implicit_prelude]

    use super::{Handling, NextStep};

    /// 404 Not Found, built in constant context.
    pub const NOT_FOUND: ::status_core::Status = ::status_core::StatusCode::NotFound.status();

    /// nginx's 499 Client Closed Request, built in constant context.
    pub const CLIENT_CLOSED_REQUEST: ::status_core::Status =
        ::status_core::vendor::Nginx::ClientClosedRequest.status();

    /// The next step for `status`, as [`super::next_step`].
    #[must_use]
    pub const fn next_step(status: ::status_core::StatusCode) -> NextStep {
        use ::status_core::{StatusClass, StatusCode};
        match status {
            StatusCode::Unauthorized | StatusCode::ProxyAuthenticationRequired => {
                NextStep::Authenticate
            }
            StatusCode::TooManyRequests | StatusCode::ServiceUnavailable => NextStep::RetryLater,
            StatusCode::NotModified => NextStep::Done,
            other => match other.class() {
                StatusClass::Informational => NextStep::Wait,
                StatusClass::Successful => NextStep::Done,
                StatusClass::Redirection => NextStep::Follow,
                StatusClass::ClientError | StatusClass::ServerError => NextStep::GiveUp,
            },
        }
    }

    /// How a recipient handles `code`, as [`super::handle`].
    ///
    /// # Errors
    /// When `code` is not a status code (100 to 599).
    pub const fn handle(code: u16) -> ::core::result::Result<Handling, ::status_core::StatusError> {
        match ::status_core::Status::new(code) {
            ::core::result::Result::Ok(status) => ::core::result::Result::Ok(Handling {
                class: status.class(),
                handled_as: status.effective(),
                cacheable: status.is_cacheable_by_default(),
                recognised: status.known().is_some(),
            }),
            ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
        }
    }

    /// The status on a status line, as [`super::parse_status_line`].
    ///
    /// # Errors
    /// When the second word of the line is not three digits, or not a status code.
    pub fn parse_status_line(
        line: &str,
    ) -> ::core::result::Result<::status_core::Status, ::status_core::StatusError> {
        let mut words = line.splitn(3, ' ');
        let _version = ::core::iter::Iterator::next(&mut words);
        let code = ::core::iter::Iterator::next(&mut words).unwrap_or_default();
        <::status_core::Status as ::core::str::FromStr>::from_str(code)
    }

    /// The status `origin` defines with `code`, as [`super::origin_status`].
    #[must_use]
    pub fn origin_status(
        origin: ::status_core::Origin,
        code: u16,
    ) -> ::core::option::Option<::status_core::Status> {
        use ::core::convert::From;
        use ::status_core::vendor::{Apache, Cloudflare, Esri, Google, Microsoft, Nginx};
        use ::status_core::{Origin, Status, StatusCode};
        match origin {
            Origin::IANA => StatusCode::from_u16(code).map(Status::from),
            Origin::NGINX => Nginx::from_u16(code).map(Status::from),
            Origin::CLOUDFLARE => Cloudflare::from_u16(code).map(Status::from),
            Origin::MICROSOFT => Microsoft::from_u16(code).map(::core::convert::Into::into),
            Origin::ESRI => Esri::from_u16(code).map(Esri::status),
            Origin::APACHE => <Apache as ::core::convert::TryFrom<u16>>::try_from(code)
                .ok()
                .map(Status::from),
            Origin::GOOGLE => Google::from_u16(code).map(Google::status),
            _ => ::core::option::Option::None,
        }
    }

    /// The class a pattern names and its fallback code, as [`super::class_fallback`].
    #[must_use]
    pub fn class_fallback(
        pattern: &str,
    ) -> ::core::option::Option<(::status_core::StatusClass, u16)> {
        let class = <::status_core::StatusClass as ::core::str::FromStr>::from_str(pattern);
        let class = class.ok()?;
        let status = <::status_core::Status as ::core::convert::From<_>>::from(class);
        ::core::option::Option::Some((class, status.code()))
    }
}
