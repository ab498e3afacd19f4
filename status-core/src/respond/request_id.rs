//! Request ids: what ties the problem body a client got to the server's log line.
//!
//! Each framework has a one-line opt-in middleware:
//!
//! - axum (feature `tower-http`): `router.layer(status_core::respond::axum::request_ids())`,
//!   built on tower-http's `SetRequestId` and `PropagateRequestId`;
//! - actix-web (features `actix-web` and `uuid`):
//!   `App::new().wrap(status_core::respond::actix_web::RequestIds::default())`.
//!
//! Both do the same for every request:
//!
//! - the id is the client's `X-Request-Id` when it [`is_valid`], or a new UUID v4 (a value
//!   that is empty, longer than [`MAX_LEN`] bytes or not visible ASCII is replaced, never
//!   trimmed or escaped, so the id is the same text in the header, the body and the log);
//! - the response carries it back in `X-Request-Id` (a response that sets its own keeps it);
//! - a problem body built by status-core ([`ErrorResponse`](super::ErrorResponse), for a
//!   derived error or a [`Failure`](super::Failure)) gets `instance`, the URI [`instance`]
//!   makes from the id, and the extension member [`MEMBER`], the id itself (as dropshot
//!   does), with `Content-Length` kept right; other responses keep their body;
//! - with the `tracing` feature, the request's service runs inside the span `request` with
//!   the field `request_id`, so the `error!` event that reports a withheld server-error
//!   detail ([`Problem::from_error`](crate::problem::Problem::from_error)) carries the id:
//!   `tracing-subscriber`'s `fmt` prints it on the event's line
//!   (`ERROR request{request_id=…}: status-core withheld …`). The span is at the error
//!   level, so that a filter that lets the event through keeps the span too.
//!
//! Without the middleware nothing changes: the body has no `instance`, no header is added.
//!
//! ```
//! use status_core::respond::request_id::{instance, is_valid};
//!
//! assert!(is_valid(b"7d3f8a52-0c1e-4b7a-9f62-2d5e8c1b4a90"));
//! assert!(!is_valid(b"two words"));
//! assert_eq!(
//!     instance("7D3F8A52-0C1E-4B7A-9F62-2D5E8C1B4A90"),
//!     "urn:uuid:7d3f8a52-0c1e-4b7a-9f62-2d5e8c1b4a90",
//! );
//! assert_eq!(instance("req-42"), "#request-id=req-42");
//! ```

use alloc::string::String;

#[cfg(any(feature = "tower-http", all(feature = "actix-web", feature = "uuid")))]
use crate::problem::Problem;

/// The header field that carries the id, both ways, in the lowercase http writes.
///
/// ```
/// assert_eq!(status_core::respond::request_id::HEADER, "x-request-id");
/// ```
pub const HEADER: &str = "x-request-id";

/// The extension member of a problem body that holds the id (RFC 9457 §3.2).
///
/// ```
/// assert_eq!(status_core::respond::request_id::MEMBER, "request_id");
/// ```
pub const MEMBER: &str = "request_id";

/// The longest id taken from a client, in bytes: room for any common scheme (a UUID is 36,
/// a W3C trace id 32, Heroku's router accepts up to 200) while a huge header costs nothing
/// but its replacement.
///
/// ```
/// use status_core::respond::request_id::{MAX_LEN, is_valid};
///
/// assert!(is_valid(&[b'a'; MAX_LEN]));
/// assert!(!is_valid(&[b'a'; MAX_LEN + 1]));
/// ```
pub const MAX_LEN: usize = 200;

/// Whether a client's `X-Request-Id` value is used as the request's id: 1 to [`MAX_LEN`]
/// bytes, each a visible ASCII character (`!` to `~`, RFC 5234's `VCHAR`), so no space and no
/// control character, and so nothing that could break a log line. Any other value is
/// replaced by a new id.
///
/// ```
/// use status_core::respond::request_id::is_valid;
///
/// assert!(is_valid(b"req-42"));
/// assert!(is_valid(b"a/b?c#d%e"));
/// assert!(!is_valid(b""));
/// assert!(!is_valid(b"line\nbreak"));
/// assert!(!is_valid("caf\u{e9}".as_bytes()));
/// ```
#[must_use]
pub fn is_valid(id: &[u8]) -> bool {
    (1..=MAX_LEN).contains(&id.len()) && id.iter().all(u8::is_ascii_graphic)
}

/// The `instance` of a problem for the request `id`: a URI reference (RFC 3986) that names the
/// occurrence and shows the id.
///
/// - A UUID (`8-4-4-4-12` hexadecimal digits, as the middleware makes them) is the URN
///   `urn:uuid:<id>` (RFC 9562 §4), in lowercase as that RFC writes them: an absolute URI
///   that names this occurrence and nothing else.
/// - Any other id (a client's own scheme) is the fragment reference `#request-id=<id>`,
///   percent-encoded where a fragment needs it (`%`, `#`, `"`, `<`, `>`, `[`, `\`, `]`, `^`,
///   `` ` ``, `{`, `|`, `}`, and any byte outside visible ASCII). Resolved against the request's
///   URI, as RFC 9457 §3.1.5 resolves a relative `instance`, it names the occurrence at the
///   resource the client asked for, and it claims no URN namespace and no path the server
///   does not serve.
///
/// ```
/// use status_core::respond::request_id::instance;
///
/// assert_eq!(
///     instance("0f8e4c2a-1b3d-4e5f-8a9b-0c1d2e3f4a5b"),
///     "urn:uuid:0f8e4c2a-1b3d-4e5f-8a9b-0c1d2e3f4a5b",
/// );
/// assert_eq!(instance("trace/42:a"), "#request-id=trace/42:a");
/// assert_eq!(instance("50%{x}"), "#request-id=50%25%7Bx%7D");
/// ```
#[must_use]
pub fn instance(id: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    if is_uuid(id) {
        let mut uri = String::with_capacity("urn:uuid:".len() + id.len());
        uri.push_str("urn:uuid:");
        uri.extend(id.chars().map(|c| c.to_ascii_lowercase()));
        return uri;
    }
    let mut uri = String::with_capacity("#request-id=".len() + id.len());
    uri.push_str("#request-id=");
    for &byte in id.as_bytes() {
        if is_fragment_char(byte) {
            uri.push(char::from(byte));
        } else {
            uri.push('%');
            uri.push(char::from(HEX[usize::from(byte >> 4)]));
            uri.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    uri
}

/// A new request id: a random UUID v4, hyphenated, in lowercase.
///
/// ```
/// use status_core::respond::request_id::{generate, instance, is_valid};
///
/// let id = generate();
/// assert_eq!(id.len(), 36);
/// assert!(is_valid(id.as_bytes()));
/// assert_eq!(instance(&id), format!("urn:uuid:{id}"));
/// assert_ne!(generate(), id);
/// ```
#[cfg(feature = "uuid")]
#[must_use]
pub fn generate() -> String {
    use alloc::string::ToString as _;
    uuid::Uuid::new_v4().hyphenated().to_string()
}

/// Whether `id` is a UUID in its hyphenated form, in either case.
fn is_uuid(id: &str) -> bool {
    id.len() == 36
        && id.bytes().enumerate().all(|(at, byte)| match at {
            8 | 13 | 18 | 23 => byte == b'-',
            _ => byte.is_ascii_hexdigit(),
        })
}

/// Whether `byte` may stand for itself in a fragment: RFC 3986's `pchar`, `/` or `?`.
fn is_fragment_char(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?".contains(&byte)
}

/// The problem of an error response that status-core built, kept in the response's
/// extensions by the framework integrations so that a request-id middleware can render the
/// body again with the id ([`correlated_body`]). A private type: nothing else reads it.
#[cfg(any(feature = "tower-http", all(feature = "actix-web", feature = "uuid")))]
#[derive(Clone, Debug)]
pub(crate) struct Pending(pub(crate) Problem);

/// The body of a [`Pending`] problem for the request `id`.
#[cfg(any(feature = "tower-http", all(feature = "actix-web", feature = "uuid")))]
pub(crate) fn correlated_body(Pending(problem): Pending, id: &str) -> String {
    problem.with_request_id(id).to_json()
}

/// A future running inside the request's span (with the `tracing` feature), or as it is.
#[cfg(all(
    feature = "tracing",
    any(feature = "tower-http", all(feature = "actix-web", feature = "uuid"))
))]
pub(crate) type InSpan<F> = tracing::instrument::Instrumented<F>;
/// A future running inside the request's span (with the `tracing` feature), or as it is.
#[cfg(all(
    not(feature = "tracing"),
    any(feature = "tower-http", all(feature = "actix-web", feature = "uuid"))
))]
pub(crate) type InSpan<F> = F;

/// Calls the inner service (`call`) inside the span `request` with the field `request_id`,
/// and makes its future run inside that span too; without an id, or without the `tracing`
/// feature, calls it as it is.
#[cfg(any(feature = "tower-http", all(feature = "actix-web", feature = "uuid")))]
pub(crate) fn in_request_span<F>(id: Option<&str>, call: impl FnOnce() -> F) -> InSpan<F> {
    #[cfg(feature = "tracing")]
    {
        use tracing::Instrument as _;
        // At the error level: the span exists to put the id on the `error!` event of a
        // withheld detail, and a span below the event's level would be filtered out first.
        let span = id.map_or_else(
            tracing::Span::none,
            |id| tracing::error_span!("request", request_id = %id),
        );
        span.in_scope(call).instrument(span)
    }
    #[cfg(not(feature = "tracing"))]
    {
        let _ = id;
        call()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uuid_is_a_urn_in_lowercase() {
        assert_eq!(
            instance("A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D"),
            "urn:uuid:a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"
        );
    }

    #[test]
    fn a_near_uuid_is_a_fragment() {
        // Braces, a missing hyphen, a non-hex digit: not the hyphenated form.
        for id in [
            "{a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d}",
            "a0b1c2d3e4f5-4a6b-8c7d-9e0f1a2b3c4d0",
            "g0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d",
        ] {
            assert!(instance(id).starts_with("#request-id="), "{id}");
        }
    }

    #[test]
    fn every_visible_ascii_byte_gives_a_uri_reference() {
        let all: String = (b'!'..=b'~').map(char::from).collect();
        let uri = instance(&all);
        assert!(is_fragment_reference(&uri), "{uri}");
        assert_eq!(percent_decode(&uri["#request-id=".len()..]), all.as_bytes());
    }

    #[test]
    fn bytes_outside_visible_ascii_are_encoded_not_dropped() {
        let id = "a b\u{7f}\n\u{e9}";
        let uri = instance(id);
        assert_eq!(uri, "#request-id=a%20b%7F%0A%C3%A9");
        assert!(is_fragment_reference(&uri));
        assert_eq!(percent_decode(&uri["#request-id=".len()..]), id.as_bytes());
    }

    #[test]
    fn an_empty_id_still_gives_a_uri_reference() {
        assert_eq!(instance(""), "#request-id=");
    }

    #[test]
    fn validity_is_length_and_visible_ascii() {
        assert!(is_valid(b"!"));
        assert!(is_valid(b"~"));
        assert!(!is_valid(b" "));
        assert!(!is_valid(b"\t"));
        assert!(!is_valid(b"\x7f"));
        assert!(!is_valid(&[b'x'; 10_000]));
    }

    /// RFC 3986 §4.1/§3.5: `"#" fragment`, fragment = *( pchar / "/" / "?" ), with every `%`
    /// followed by two hexadecimal digits.
    fn is_fragment_reference(uri: &str) -> bool {
        let Some(fragment) = uri.strip_prefix('#') else {
            return false;
        };
        let bytes = fragment.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            if bytes[at] == b'%' {
                let hex = bytes.get(at + 1..at + 3);
                if !hex.is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)) {
                    return false;
                }
                at += 3;
            } else if is_fragment_char(bytes[at]) {
                at += 1;
            } else {
                return false;
            }
        }
        true
    }

    fn percent_decode(text: &str) -> alloc::vec::Vec<u8> {
        let bytes = text.as_bytes();
        let mut out = alloc::vec::Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            if bytes[at] == b'%' {
                let hex = core::str::from_utf8(&bytes[at + 1..at + 3]).expect("ascii");
                out.push(u8::from_str_radix(hex, 16).expect("two hex digits"));
                at += 3;
            } else {
                out.push(bytes[at]);
                at += 1;
            }
        }
        out
    }
}
