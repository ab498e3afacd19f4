//! Helpers for generated code. Not public API: anything here may change in any release.
//!
//! The macros of `status-macros` emit data (variants, docs, tables) and call into this
//! module, so that the code every generated item shares is written, and compiled, once.

mod derive;
mod status_enum;

use core::fmt;

pub use crate::rules::FollowRule;
pub use crate::{__status_code_subset as status_code_subset, __status_enum as status_enum};
use crate::{
    HttpStatus, HttpVersion, Origin, Outcome, Permanence, RedirectKind, RegistryState, Retry,
    StatusClass, StatusError,
};
pub use derive::{Row, visit_rows};

/// Parses exactly three ASCII digits, as a status line carries a code (RFC 9112 §4).
///
/// # Errors
/// [`StatusErrorKind::NotANumber`](crate::StatusErrorKind::NotANumber) for anything else.
pub const fn parse_code(text: &str) -> Result<u16, StatusError> {
    match text.as_bytes() {
        [a, b, c] if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() => {
            Ok((*a - b'0') as u16 * 100 + (*b - b'0') as u16 * 10 + (*c - b'0') as u16)
        }
        _ => Err(StatusError::not_a_number()),
    }
}

/// The fields of a [`Meaning`](crate::Meaning), which generated code in other crates cannot
/// write directly because `Meaning` is `#[non_exhaustive]`.
#[allow(missing_docs)]
#[derive(Clone, Copy)]
pub struct MeaningParts {
    pub code: u16,
    pub origin: Origin,
    pub name: &'static str,
    pub reason: &'static str,
    pub aliases: &'static [&'static str],
    pub description: &'static str,
    pub class: StatusClass,
    pub cacheable: bool,
    pub body_forbidden: bool,
    pub headers: &'static [&'static str],
    pub required_headers: &'static [&'static str],
    pub state: RegistryState,
    pub spec: &'static str,
    pub spec_url: &'static str,
    pub no_content: bool,
    pub protocols: &'static [HttpVersion],
    pub redirect: Option<RedirectKind>,
    pub permanence: Option<Permanence>,
    pub retry: Option<Retry>,
    pub follow: Option<FollowRule>,
}

/// Expands to its input when status-core's `problem` feature is on, to nothing otherwise, so
/// that code generated in a user's crate follows status-core's features, not the user's.
#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_problem {
    ($($item:tt)*) => { $($item)* };
}

/// Expands to nothing: status-core's `problem` feature is off.
#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_problem {
    ($($item:tt)*) => {};
}

pub use crate::__with_problem as with_problem;

#[cfg(feature = "axum")]
pub use axum_core;

/// `IntoResponse` for a type with `#[respond(axum)]`, written in the user's crate (the orphan
/// rule puts it there) from `{impl generics} {type} {where clause}`.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_axum {
    ({$($generics:tt)*} {$ty:ty} {$($where:tt)*}) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::axum_core::response::IntoResponse for $ty $($where)* {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::respond::axum::response(&self)
            }
        }
    };
}

/// `#[respond(axum)]` without status-core's `axum` feature: an error that says so.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_axum {
    ($($input:tt)*) => {
        ::core::compile_error! {
            "#[respond(axum)] needs status-core's `axum` feature; enable it: `status-core = { version = \"0.1\", features = [\"axum\"] }`"
        }
    };
}

pub use crate::__respond_axum as respond_axum;

#[cfg(feature = "actix-web")]
pub use actix_web;

/// `ResponseError` for a type with `#[respond(actix_web)]`, written in the user's crate from
/// `{impl generics} {type} {where clause}`.
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_actix_web {
    ({$($generics:tt)*} {$ty:ty} {$($where:tt)*}) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::actix_web::ResponseError for $ty $($where)* {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::respond::actix_web::status_code(self)
            }

            fn error_response(
                &self,
            ) -> $crate::__private::actix_web::HttpResponse<$crate::__private::actix_web::body::BoxBody> {
                $crate::respond::actix_web::response(self)
            }
        }
    };
}

/// `#[respond(actix_web)]` without status-core's `actix-web` feature: an error that says so.
#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_actix_web {
    ($($input:tt)*) => {
        ::core::compile_error! {
            "#[respond(actix_web)] needs status-core's `actix-web` feature; enable it: `status-core = { version = \"0.1\", features = [\"actix-web\"] }`"
        }
    };
}

pub use crate::__respond_actix_web as respond_actix_web;

#[cfg(feature = "utoipa")]
pub use utoipa;

/// `utoipa::IntoResponses` for a type with `#[respond(utoipa)]`, written in the user's crate
/// from `{impl generics} {type} {where clause}`.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_utoipa {
    ({$($generics:tt)*} {$ty:ty} {$($where:tt)*}) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::utoipa::IntoResponses for $ty $($where)* {
            fn responses() -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::utoipa::openapi::RefOr<$crate::__private::utoipa::openapi::response::Response>,
            > {
                $crate::respond::utoipa::responses::<Self>()
            }
        }
    };
}

/// `#[respond(utoipa)]` without status-core's `utoipa` feature: an error that says so.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_utoipa {
    ($($input:tt)*) => {
        ::core::compile_error! {
            "#[respond(utoipa)] needs status-core's `utoipa` feature; enable it: `status-core = { version = \"0.1\", features = [\"utoipa\"] }`"
        }
    };
}

pub use crate::__respond_utoipa as respond_utoipa;
#[cfg(feature = "utoipa")]
pub use alloc::{collections::BTreeMap, string::String};

/// Hands the header `name` to `visit`, unless `value` is absent (`None`).
#[inline]
pub fn header(
    visit: &mut dyn FnMut(&'static str, &dyn crate::HeaderValue),
    name: &'static str,
    value: &dyn crate::HeaderValue,
) {
    if value.is_present() {
        visit(name, value);
    }
}

/// Adds the extension member `name` to a problem being built; a value that fails to
/// serialize is left out (and reported).
#[cfg(feature = "problem")]
pub fn extension<T: serde_core::Serialize + ?Sized>(
    extensions: &mut crate::problem::Extensions,
    name: &str,
    value: &T,
) {
    extensions.insert(name, value);
}

/// Writes a status line's code and reason phrase: `404 Not Found`.
///
/// # Errors
/// When the formatter fails.
#[inline]
pub fn write_status_line(f: &mut fmt::Formatter<'_>, code: u16, reason: &str) -> fmt::Result {
    write!(f, "{code} {reason}")
}

/// Visits every status of a generated enum, `all` in code order: a value of the enum can be
/// any of them.
pub fn visit_enum<T: HttpStatus>(
    all: &[T],
    type_name: &'static str,
    visit: &mut dyn FnMut(&Outcome),
) {
    for status in all {
        let meaning = status.status_meaning();
        visit(&Outcome::__new(
            status.status(),
            meaning,
            type_name,
            meaning.map(|meaning| meaning.name),
            meaning.map_or("", |meaning| meaning.description),
        ));
    }
}
