//! Helpers for generated code. Not public API: anything here may change in any release.

use crate::StatusError;

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
