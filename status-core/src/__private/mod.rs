//! Helpers for generated code. Not public API: anything here may change in any release.
//!
//! The macros of `status-macros` emit data (variants, docs, tables) and call into this
//! module, so that the code every generated item shares is written, and compiled, once.

pub mod contract_check;
mod derive;
mod features;
mod status_enum;
pub mod transparent;

use core::fmt;

pub use crate::rules::FollowRule;
pub use crate::{__status_code_subset as status_code_subset, __status_enum as status_enum};
use crate::{HttpStatus, Meaning, Origin, Outcome, Status, StatusError};
pub use derive::outcome;
pub use status_enum::{
    EnumTable, IanaSubset, Members, StatusEnum, by_code_table, enum_contract_table, enum_from_str,
    enum_meaning, enum_member, enum_try_from,
};

/// The last field of every [`Meaning`]: only generated code writes one. See `Meaning`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sealed;

/// A status of a registered origin, with a code from 100 to 599.
#[inline]
#[must_use]
pub const fn registered_status(code: u16, origin: Origin) -> Status {
    Status::registered(code, origin)
}

/// An origin of the project's registry, with its index (its tag in a [`Status`]).
#[must_use]
pub const fn registry_origin(
    tag: u8,
    id: &'static str,
    name: &'static str,
    type_name: &'static str,
    reference: &'static str,
    description: &'static str,
) -> Origin {
    Origin::with_tag(tag, id, name, type_name, reference, description)
}

/// An origin declared in an application's codes file: a [`Status`] made from its codes is
/// read against the IANA registry.
#[must_use]
pub const fn application_origin(
    id: &'static str,
    name: &'static str,
    type_name: &'static str,
    reference: &'static str,
    description: &'static str,
) -> Origin {
    Origin::with_tag(
        Origin::UNTRACKED,
        id,
        name,
        type_name,
        reference,
        description,
    )
}

// The dependencies of the feature-gated impls that `__status_enum!` writes in the enum's
// crate, which needs no dependency of its own on them.
#[cfg(feature = "http")]
pub use crate::integrations::http::to_http;
#[cfg(feature = "serde")]
pub use crate::integrations::serde::{deserialize_code, serialize_code};
#[cfg(feature = "http")]
pub use ::http;
#[cfg(feature = "serde")]
pub use ::serde_core as serde;

/// Parses a status code as a status line carries it: three ASCII digits (RFC 9112 §4), from
/// 100 to 599 (RFC 9110 §15).
///
/// The checks are combined with `&`, not `&&`, and the range is read from the first digit:
/// no branch until the verdict, as the code is usually valid.
///
/// # Errors
/// [`StatusErrorKind::OutOfRange`](crate::StatusErrorKind::OutOfRange) for three digits
/// outside 100..=599, [`StatusErrorKind::NotANumber`](crate::StatusErrorKind::NotANumber)
/// for anything else.
#[inline]
#[allow(clippy::needless_bitwise_bool)] // the point: `&&` branches
pub const fn parse_code(text: &str) -> Result<u16, StatusError> {
    if let [a, b, c] = *text.as_bytes() {
        let (a, b, c) = (
            a.wrapping_sub(b'0'),
            b.wrapping_sub(b'0'),
            c.wrapping_sub(b'0'),
        );
        let digits = (a <= 9) & (b <= 9) & (c <= 9);
        // At most 255 * 111 = 28,305 when they are not digits: no overflow.
        let code = a as u16 * 100 + b as u16 * 10 + c as u16;
        if digits & (a.wrapping_sub(1) < 5) {
            return Ok(code);
        }
        if digits {
            return Err(StatusError::out_of_range(code));
        }
    }
    Err(StatusError::not_a_number())
}

/// The code and the phrase of text written as `Display` writes a status, `404 Not Found`:
/// a code, one space and a phrase that is not empty. `error` is what [`parse_code`] said
/// of the whole text, returned when it has not this shape either.
///
/// # Errors
/// `error` when the text is not a code, a space and a phrase; the error of [`parse_code`]
/// when its first three characters are digits of a number that is not a status code.
#[cold]
pub fn split_status_line(text: &str, error: StatusError) -> Result<(u16, &str), StatusError> {
    let Some((digits, rest)) = text.split_at_checked(3) else {
        return Err(error);
    };
    match rest.strip_prefix(' ') {
        Some(phrase) if !phrase.is_empty() => Ok((parse_code(digits)?, phrase)),
        _ => Err(error),
    }
}

/// Whether `phrase` is the reason phrase or an alias of `meaning`, ignoring ASCII case.
#[must_use]
pub fn names(meaning: &Meaning, phrase: &str) -> bool {
    meaning.reason.eq_ignore_ascii_case(phrase)
        || meaning
            .aliases
            .iter()
            .any(|alias| alias.eq_ignore_ascii_case(phrase))
}

/// `FromStr` of a generated enum, for text that is not a bare code: `404 Not Found`, the
/// code and a reason phrase (or alias) of the enum's status with that code.
///
/// # Errors
/// As [`split_status_line`], then `TryFrom<u16>` of the enum, then
/// [`StatusErrorKind::UnknownReason`](crate::StatusErrorKind::UnknownReason).
#[cold]
#[inline(never)]
pub fn parse_with_reason<T: StatusEnum + HttpStatus>(
    text: &str,
    error: StatusError,
) -> Result<T, StatusError> {
    let (code, phrase) = split_status_line(text, error)?;
    let status = enum_try_from::<T>(code)?;
    match status.status_meaning() {
        Some(meaning) if names(meaning, phrase) => Ok(status),
        _ => Err(StatusError::unknown_reason(code)),
    }
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

/// An extension member of `type_name`'s `variant`, for the `ExtensionSchemas` impl that
/// `#[respond(utoipa)]` writes.
#[cfg(feature = "utoipa")]
#[must_use]
pub fn extension_schema(
    type_name: &'static str,
    variant: &'static str,
    member: &'static str,
    schema: utoipa::openapi::RefOr<utoipa::openapi::Schema>,
) -> crate::respond::utoipa::ExtensionSchema {
    crate::respond::utoipa::ExtensionSchema {
        type_name,
        variant,
        member,
        schema,
    }
}

/// `utoipa::IntoResponses` for a type with `#[respond(utoipa)]`, written in the user's crate
/// from `{impl generics} {type} {where clause}`.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_utoipa {
    (
        {$($generics:tt)*} {$ty:ty} {$($where:tt)*}
        $type_name:literal [$(($variant:literal, $member:literal, $field:ty))*]
    ) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::utoipa::IntoResponses for $ty $($where)* {
            fn responses() -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::utoipa::openapi::RefOr<$crate::__private::utoipa::openapi::response::Response>,
            > {
                $crate::respond::utoipa::responses_with_extensions::<Self>()
            }
        }

        #[automatically_derived]
        impl $($generics)* $crate::respond::utoipa::ExtensionSchemas for $ty $($where)* {
            fn visit_extension_schemas(
                visit: &mut dyn ::core::ops::FnMut(&$crate::respond::utoipa::ExtensionSchema),
            ) {
                let _ = &visit;
                $(
                    visit(&$crate::__private::extension_schema(
                        $type_name,
                        $variant,
                        $member,
                        <$field as $crate::__private::utoipa::PartialSchema>::schema(),
                    ));
                )*
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

/// The `Decode` impl of a type with `#[respond(decode)]`, which the derive writes whole: kept
/// with status-core's `problem` feature.
#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_decode {
    ($($item:tt)*) => {
        $($item)*
    };
}

/// `#[respond(decode)]` without status-core's `problem` feature: an error that says so.
#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __respond_decode {
    ($($item:tt)*) => {
        ::core::compile_error! {
            "#[respond(decode)] needs status-core's `problem` feature; enable it: `status-core = { version = \"0.1\", features = [\"problem\"] }`"
        }
    };
}

pub use crate::__respond_decode as respond_decode;
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
        visit(&outcome(
            status.status(),
            meaning,
            type_name,
            meaning.map(|meaning| meaning.name),
            meaning.map_or("", |meaning| meaning.description),
            &[],
        ));
    }
}
