//! `Serialize` and `Deserialize` for every status type, through `serde_core` (the traits that
//! `serde` re-exports). Feature `serde`.
//!
//! A status is written as its number (`serialize_u16`) and read back from an integer, which is
//! checked: 100 to 599 for [`Status`], a member for an enum. A [`StatusClass`] is written as
//! its pattern, `"4xx"`, and read back from it. A rejected value gives an error that says what
//! was wrong: the [`StatusError`]'s message for a number the type has no status for, or the
//! value read and what was expected.
//!
//! The impls for [`StatusCode`](crate::StatusCode), the [`vendor`](crate::vendor) enums and
//! the enums of [`status_enum!`](crate::status_enum) and
//! [`include_codes!`](crate::include_codes) are written by `__status_enum!` with every enum,
//! through [`serialize_code`] and [`deserialize_code`].

use core::fmt;
use core::marker::PhantomData;

use serde_core::de::{self, Unexpected, Visitor};
use serde_core::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Status, StatusClass, StatusError};

/// Writes a status as its number. Used by generated code.
///
/// # Errors
/// When the serializer fails.
#[inline]
pub fn serialize_code<S: Serializer>(code: u16, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u16(code)
}

/// Reads a status of type `T` from an integer, which `T::try_from` checks. Used by generated
/// code; `expected` says what the input should have been, for an error on a value that is
/// not an integer or not a `u16`.
///
/// # Errors
/// When the input is not an integer, or `T` has no status with that number: the message is
/// the [`StatusError`]'s, or names the value and `expected`.
pub fn deserialize_code<'de, D, T>(deserializer: D, expected: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: TryFrom<u16, Error = StatusError>,
{
    deserializer.deserialize_u16(CodeVisitor {
        expected,
        target: PhantomData,
    })
}

/// Accepts an integer that `T` has a status for.
struct CodeVisitor<T> {
    expected: &'static str,
    target: PhantomData<fn() -> T>,
}

impl<T: TryFrom<u16, Error = StatusError>> Visitor<'_> for CodeVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expected)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        match u16::try_from(value) {
            Ok(code) => T::try_from(code).map_err(E::custom),
            Err(_) => Err(E::invalid_value(Unexpected::Unsigned(value), &self)),
        }
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        match u64::try_from(value) {
            Ok(value) => self.visit_u64(value),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
        }
    }
}

/// Writes the number alone: a vendor status's origin is not written.
///
/// ```
/// use status_core::{Status, vendor::Nginx};
///
/// assert_eq!(serde_json::to_string(&Status::new(471)?).unwrap(), "471");
/// assert_eq!(serde_json::to_string(&Status::from(Nginx::ClientClosedRequest)).unwrap(), "499");
/// # Ok::<(), status_core::StatusError>(())
/// ```
impl Serialize for Status {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_code(self.code(), serializer)
    }
}

/// Reads any code from 100 to 599, against the IANA registry as [`Status::new`] does (a
/// serialized vendor status comes back without its origin).
///
/// ```
/// use status_core::Status;
///
/// assert_eq!(serde_json::from_str::<Status>("471").unwrap(), Status::new(471)?);
/// assert_eq!(
///     serde_json::from_str::<Status>("600").unwrap_err().to_string(),
///     "600 is not a status code: a status code is a number from 100 to 599 (RFC 9110 §15) \
///      at line 1 column 3",
/// );
/// # Ok::<(), status_core::StatusError>(())
/// ```
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_code(deserializer, "a status code, an integer from 100 to 599")
    }
}

/// The pattern of a class, as [`StatusClass`]'s `FromStr` reads it.
const fn pattern(class: StatusClass) -> &'static str {
    match class {
        StatusClass::Informational => "1xx",
        StatusClass::Successful => "2xx",
        StatusClass::Redirection => "3xx",
        StatusClass::ClientError => "4xx",
        StatusClass::ServerError => "5xx",
    }
}

/// Writes the class's pattern: `"4xx"`.
///
/// ```
/// use status_core::StatusClass;
///
/// assert_eq!(serde_json::to_string(&StatusClass::ClientError).unwrap(), r#""4xx""#);
/// ```
impl Serialize for StatusClass {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(pattern(*self))
    }
}

/// Reads a class pattern, `"4xx"` or `"4XX"`, as [`StatusClass`]'s `FromStr` does.
///
/// ```
/// use status_core::StatusClass;
///
/// assert_eq!(serde_json::from_str::<StatusClass>(r#""5xx""#).unwrap(), StatusClass::ServerError);
/// assert!(serde_json::from_str::<StatusClass>(r#""6xx""#).is_err());
/// ```
impl<'de> Deserialize<'de> for StatusClass {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(ClassVisitor)
    }
}

/// Accepts a class pattern.
struct ClassVisitor;

impl Visitor<'_> for ClassVisitor {
    type Value = StatusClass;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a status class, its first digit and `xx`, from `1xx` to `5xx`")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<StatusClass, E> {
        text.parse()
            .map_err(|_: StatusError| E::invalid_value(Unexpected::Str(text), &self))
    }
}
