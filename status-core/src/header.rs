//! Values of the header fields a status mapping supplies, written without allocating and
//! without tying the crate to one HTTP library's header types.

use core::fmt;
use core::time::Duration;

/// A value that can be written as the value of a header field.
///
/// `#[derive(HttpStatus)]` reads header values from fields and methods through this trait,
/// and [`HttpStatus::visit_headers`](crate::HttpStatus::visit_headers) hands them out as
/// `&dyn HeaderValue`, so that any framework can write them into its own header map. It is
/// implemented for text, integers, [`Duration`] (as the delta-seconds of `Retry-After`,
/// RFC 9110 §10.2.3), lists (comma-separated, as in `Allow: GET, HEAD`) and [`Option`]
/// (`None` sends no field).
///
/// ```
/// use core::time::Duration;
/// use status_core::HeaderValue;
///
/// fn text(value: &dyn HeaderValue) -> String {
///     let mut text = String::new();
///     value.write_value(&mut text).unwrap();
///     text
/// }
///
/// assert_eq!(text(&Duration::from_millis(1500)), "2");
/// assert_eq!(text(&["GET", "HEAD"]), "GET, HEAD");
/// assert_eq!(text(&r#"Bearer realm="items""#), r#"Bearer realm="items""#);
/// assert!(!None::<u32>.is_present());
/// ```
pub trait HeaderValue {
    /// Writes the field value.
    ///
    /// # Errors
    /// When `out` fails.
    fn write_value(&self, out: &mut dyn fmt::Write) -> fmt::Result;

    /// Whether there is a value to send; `false` for `None`, whose field is left out.
    fn is_present(&self) -> bool {
        true
    }
}

impl HeaderValue for str {
    fn write_value(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        out.write_str(self)
    }
}

impl<T: HeaderValue + ?Sized> HeaderValue for &T {
    fn write_value(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        (**self).write_value(out)
    }

    fn is_present(&self) -> bool {
        (**self).is_present()
    }
}

#[cfg(feature = "alloc")]
impl HeaderValue for alloc::string::String {
    fn write_value(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        out.write_str(self)
    }
}

macro_rules! integer_values {
    ($($integer:ty),*) => {$(
        impl HeaderValue for $integer {
            fn write_value(&self, out: &mut dyn fmt::Write) -> fmt::Result {
                write!(out, "{self}")
            }
        }
    )*};
}

integer_values!(u8, u16, u32, u64, u128, usize);

impl HeaderValue for Duration {
    /// Writes whole seconds, rounded up so that a client never retries too early
    /// (`Retry-After` takes delta-seconds, RFC 9110 §10.2.3).
    fn write_value(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        let seconds = self.as_secs() + u64::from(self.subsec_nanos() > 0);
        write!(out, "{seconds}")
    }
}

impl<T: HeaderValue> HeaderValue for Option<T> {
    fn write_value(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        match self {
            Some(value) => value.write_value(out),
            None => Ok(()),
        }
    }

    fn is_present(&self) -> bool {
        self.as_ref().is_some_and(HeaderValue::is_present)
    }
}

impl<T: HeaderValue> HeaderValue for [T] {
    /// Writes the items separated by `, `, as list-based fields are (RFC 9110 §5.6.1).
    fn write_value(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        for (index, item) in self.iter().enumerate() {
            if index > 0 {
                out.write_str(", ")?;
            }
            item.write_value(out)?;
        }
        Ok(())
    }
}

impl<T: HeaderValue, const N: usize> HeaderValue for [T; N] {
    fn write_value(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.as_slice().write_value(out)
    }
}

#[cfg(feature = "alloc")]
impl<T: HeaderValue> HeaderValue for alloc::vec::Vec<T> {
    fn write_value(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.as_slice().write_value(out)
    }
}

/// The value as a `String`.
///
/// ```
/// assert_eq!(status_core::header_value_string(&30_u32), "30");
/// ```
#[cfg(feature = "alloc")]
#[must_use]
pub fn header_value_string(value: &dyn HeaderValue) -> alloc::string::String {
    let mut text = alloc::string::String::new();
    // Writing into a `String` does not fail.
    let _ = value.write_value(&mut text);
    text
}
