//! The rules of RFC 9110 §15 as behaviour: interim and final responses, redirects,
//! temporary and permanent conditions, retries and content.
//!
//! Each fact is recorded per code in the registry ([`Meaning`]); the generated enums and
//! [`Status`](crate::Status) answer from it.

use core::fmt;

use crate::{Meaning, StatusClass};

/// An HTTP version, to ask whether a status may be sent to a peer speaking it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum HttpVersion {
    /// HTTP/1.0, which defines no 1xx status (RFC 1945).
    Http10,
    /// HTTP/1.1 (RFC 9112).
    Http11,
    /// HTTP/2 (RFC 9113).
    Http2,
    /// HTTP/3 (RFC 9114).
    Http3,
}

impl HttpVersion {
    /// The version as written on a status line: `HTTP/1.1`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Http10 => "HTTP/1.0",
            Self::Http11 => "HTTP/1.1",
            Self::Http2 => "HTTP/2",
            Self::Http3 => "HTTP/3",
        }
    }
}

impl fmt::Display for HttpVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The kinds of redirect (RFC 9110 §15.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedirectKind {
    /// The resource may be at another URI, given by `Location` (301, 302, 307, 308).
    Moved,
    /// A choice among several representations of the resource (300).
    Choice,
    /// Another resource, given by `Location`, is an indirect response to the request (303).
    Indirect,
    /// The cached copy the request was conditional on is still good (304).
    Cached,
}

/// Whether the condition a status reports is lasting, where the RFCs say so. An error
/// representation should tell the client which (RFC 9110 §15.5, §15.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Permanence {
    /// The condition is expected to pass: 408, 429, 503; 302 and 307 redirects.
    Temporary,
    /// The condition is expected to last: 410; 301 and 308 redirects.
    Permanent,
}

impl Permanence {
    /// `temporary` or `permanent`, as an error body or a log would say it.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Temporary => "temporary",
            Self::Permanent => "permanent",
        }
    }
}

/// Whether repeating the identical request can succeed, where the RFCs say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Retry {
    /// The identical request may succeed later, or over another connection (408, 421, 425,
    /// 429, 503).
    MaySucceed,
    /// Only a changed request can succeed: new credentials, a smaller body, another
    /// protocol, … (401, 403, 410, 411, 417, 426, 428, 431, …).
    NeedsChange,
}

/// How a user agent follows a redirect (RFC 9110 §15.4), as recorded in the registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[doc(hidden)]
pub enum FollowRule {
    /// Repeat the request with the same method and content (307, 308).
    KeepMethod,
    /// Keep the method, except that a user agent may change POST to GET (301, 302).
    PostMayBecomeGet,
    /// Use GET, or HEAD for a HEAD request (303).
    Get,
}

/// The request a user agent sends to follow a redirect.
///
/// ```
/// use status_core::StatusCode;
///
/// let after_post = StatusCode::SeeOther.follow_up("POST").unwrap();
/// assert_eq!(after_post.method, "GET");
/// assert!(!after_post.keeps_content && !after_post.needs_consent);
///
/// let put = StatusCode::TemporaryRedirect.follow_up("PUT").unwrap();
/// assert_eq!(put.method, "PUT");
/// assert!(put.keeps_content && put.needs_consent);
///
/// assert!(StatusCode::NotModified.follow_up("GET").is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct FollowUp<'m> {
    /// The method of the redirected request.
    pub method: &'m str,
    /// Whether the redirected request carries the original request's content.
    pub keeps_content: bool,
    /// Whether the caller must agree first: the redirected request repeats a method that is
    /// not known to be safe (RFC 9110 §15.4: automatic redirection needs care for those).
    pub needs_consent: bool,
}

/// Whether `method` is safe (RFC 9110 §9.2.1): GET, HEAD, OPTIONS and TRACE. Method names
/// are case-sensitive; any other method, an extension method included, is not known to be
/// safe.
#[must_use]
pub const fn is_safe_method(method: &str) -> bool {
    eq(method, "GET") || eq(method, "HEAD") || eq(method, "OPTIONS") || eq(method, "TRACE")
}

/// Byte equality of two strings, usable in `const fn`.
const fn eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}

impl Meaning {
    /// Whether this is an interim response (1xx): a final response follows (RFC 9110 §15.2).
    #[must_use]
    pub const fn is_interim(&self) -> bool {
        matches!(self.class, StatusClass::Informational)
    }

    /// Whether this is a final response (2xx to 5xx).
    #[must_use]
    pub const fn is_final(&self) -> bool {
        !self.is_interim()
    }

    /// Whether a server may send this status to a peer speaking `version`: no 1xx to an
    /// HTTP/1.0 client (RFC 9110 §15.2), and 101 only over HTTP/1.1 (RFC 9113 §8.6,
    /// RFC 9114 §4.5).
    #[must_use]
    pub const fn may_send_to(&self, version: HttpVersion) -> bool {
        if self.is_interim() && matches!(version, HttpVersion::Http10) {
            return false;
        }
        if self.protocols.is_empty() {
            return true;
        }
        let mut index = 0;
        while index < self.protocols.len() {
            if self.protocols[index] as u8 == version as u8 {
                return true;
            }
            index += 1;
        }
        false
    }

    /// Whether the status goes with a `Location` header field: always for 301, 302, 303,
    /// 307 and 308, and when there is a URI to give for 201 and 300.
    #[must_use]
    pub fn expects_location(&self) -> bool {
        self.headers.contains(&"Location")
    }

    /// Whether `Retry-After` applies: a status recorded with it (413, 429, 503), or any
    /// redirect, where it asks the user agent to wait before following (RFC 9110 §10.2.3).
    #[must_use]
    pub fn retry_after_applies(&self) -> bool {
        matches!(self.class, StatusClass::Redirection) || self.headers.contains(&"Retry-After")
    }

    /// Whether a response with this status may carry content: never for 1xx, 204 and 304,
    /// and a server must not generate any for 205 (RFC 9110 §15.3.6).
    #[must_use]
    pub const fn may_have_content(&self) -> bool {
        !self.body_forbidden && !self.no_content
    }

    /// Whether a response with this status to a `method` request may carry content: never
    /// for HEAD (RFC 9110 §9.3.2), nor for a 2xx answer to CONNECT, after which the
    /// connection becomes a tunnel (RFC 9110 §9.3.6); otherwise as
    /// [`Meaning::may_have_content`].
    #[must_use]
    pub const fn may_have_content_for(&self, method: &str) -> bool {
        let tunnel = eq(method, "CONNECT") && matches!(self.class, StatusClass::Successful);
        !eq(method, "HEAD") && !tunnel && self.may_have_content()
    }

    /// The request a user agent sends to follow this redirect after a `method` request, or
    /// `None` when it is not followed automatically (300, 304, 305, 306, and every status
    /// that is not a redirect).
    #[must_use]
    pub const fn follow_up<'m>(&self, method: &'m str) -> Option<FollowUp<'m>> {
        let Some(rule) = self.follow else {
            return None;
        };
        let (method, keeps_content): (&'m str, bool) = match rule {
            FollowRule::Get if eq(method, "HEAD") => ("HEAD", false),
            FollowRule::Get => ("GET", false),
            FollowRule::PostMayBecomeGet if eq(method, "POST") => ("GET", false),
            FollowRule::PostMayBecomeGet | FollowRule::KeepMethod => (method, true),
        };
        Some(FollowUp {
            method,
            keeps_content,
            needs_consent: !is_safe_method(method),
        })
    }
}
