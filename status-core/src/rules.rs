//! The rules of RFC 9110 §15 as behaviour: interim and final responses, redirects,
//! temporary and permanent conditions, retries and content.
//!
//! This module holds the words of those rules (versions, kinds of redirect, permanence,
//! retry, how a redirect is followed); each fact is recorded per code in the registry, and
//! the rules themselves are methods of [`Meaning`](crate::Meaning), which the generated enums
//! and [`Status`](crate::Status) forward to.

use core::fmt;

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
///
/// Which codes are of which kind is recorded in the registry; ask it rather than keep a list:
///
/// ```
/// use status_core::{RedirectKind, StatusCode};
///
/// let moved: Vec<StatusCode> = StatusCode::ALL
///     .iter()
///     .copied()
///     .filter(|status| status.redirect_kind() == Some(RedirectKind::Moved))
///     .collect();
/// assert!(moved.contains(&StatusCode::PermanentRedirect));
///
/// assert_eq!(StatusCode::MultipleChoices.redirect_kind(), Some(RedirectKind::Choice));
/// assert_eq!(StatusCode::SeeOther.redirect_kind(), Some(RedirectKind::Indirect));
/// assert_eq!(StatusCode::NotModified.redirect_kind(), Some(RedirectKind::Cached));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedirectKind {
    /// The resource may be at another URI, given by `Location`. Whether it moved for now or
    /// for good is its [`Permanence`]: 308 Permanent Redirect, for example.
    Moved,
    /// A choice among several representations of the resource, each with its own URI, as
    /// 300 Multiple Choices offers.
    Choice,
    /// Another resource, given by `Location`, is an indirect response to the request, as
    /// 303 See Other says.
    Indirect,
    /// The cached copy the request was conditional on is still good, so the server sends no
    /// new one, as 304 Not Modified says.
    Cached,
}

/// Whether the condition a status reports is lasting, where the RFCs say so. An error
/// representation should tell the client which (RFC 9110 §15.5, §15.6).
///
/// The registry records it per code:
///
/// ```
/// use status_core::{Permanence, StatusCode};
///
/// let temporary: Vec<StatusCode> = StatusCode::ALL
///     .iter()
///     .copied()
///     .filter(|status| status.permanence() == Some(Permanence::Temporary))
///     .collect();
/// assert!(temporary.contains(&StatusCode::ServiceUnavailable));
///
/// assert_eq!(StatusCode::Gone.permanence(), Some(Permanence::Permanent));
/// assert_eq!(StatusCode::NotFound.permanence(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Permanence {
    /// The condition is expected to pass, so the client may try again later (503 Service
    /// Unavailable, for example); a temporary redirect keeps the original URI in use
    /// (RFC 9110 §15.4).
    Temporary,
    /// The condition is expected to last, so the client should act on it for good: a gone
    /// resource stays gone (410 Gone, for example), and a permanent redirect asks it to use
    /// the new URI from now on (RFC 9110 §15.4).
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
///
/// The registry records it per code:
///
/// ```
/// use status_core::{Retry, StatusCode};
///
/// let may_succeed: Vec<StatusCode> = StatusCode::ALL
///     .iter()
///     .copied()
///     .filter(|status| status.retry() == Some(Retry::MaySucceed))
///     .collect();
/// assert!(may_succeed.contains(&StatusCode::RequestTimeout));
///
/// assert_eq!(StatusCode::Unauthorized.retry(), Some(Retry::NeedsChange));
/// assert_eq!(StatusCode::NotFound.retry(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Retry {
    /// The identical request may succeed later, or over another connection: the condition
    /// lies with the server, the timing or the connection, not with the request. 408 Request
    /// Timeout, for example (RFC 9110 §15.5.9).
    MaySucceed,
    /// Only a changed request can succeed (new credentials, a smaller body, another
    /// protocol, …): the same request gets the same answer. 401 Unauthorized, for example
    /// (RFC 9110 §15.5.2).
    NeedsChange,
    /// The RFCs do not say, but practice agrees that the failure passes: a gateway that could
    /// not reach, or did not hear back from, the server behind it. The identical request may
    /// succeed later, yet the server behind may have acted on it, so only an idempotent request
    /// is repeated (RFC 9110 §9.2.2). 502 Bad Gateway, 504 Gateway Timeout and Cloudflare's
    /// 520 to 524, for example; [`retry`](crate::retry) weighs it against the method.
    Transient,
}

/// How a user agent follows a redirect (RFC 9110 §15.4), as recorded in the registry.
///
/// [`Meaning::follow_up`](crate::Meaning::follow_up) applies it:
///
/// ```
/// use status_core::StatusCode;
///
/// let keep = StatusCode::TemporaryRedirect.follow_up("POST").unwrap();
/// assert!(keep.method == "POST" && keep.keeps_content);
///
/// let may_become_get = StatusCode::MovedPermanently.follow_up("POST").unwrap();
/// assert!(may_become_get.method == "GET" && !may_become_get.keeps_content);
///
/// assert_eq!(StatusCode::SeeOther.follow_up("HEAD").unwrap().method, "HEAD");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[doc(hidden)]
pub enum FollowRule {
    /// Repeat the request with the same method and content: the status was defined so that
    /// neither changes. 307 Temporary Redirect, for example (RFC 9110 §15.4.8).
    KeepMethod,
    /// Keep the method, except that a user agent may change POST to GET, for historical
    /// reasons: early user agents did. 301 Moved Permanently, for example (RFC 9110 §15.4.2).
    PostMayBecomeGet,
    /// Use GET, or HEAD for a HEAD request: the target is another resource, not the one
    /// asked for. 303 See Other, for example (RFC 9110 §15.4.4).
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

/// Whether `list` holds `item`, usable in `const fn`.
pub(crate) const fn contains(list: &[&str], item: &str) -> bool {
    let mut index = 0;
    while index < list.len() {
        if eq(list[index], item) {
            return true;
        }
        index += 1;
    }
    false
}

/// Byte equality of two strings, usable in `const fn`.
pub(crate) const fn eq(a: &str, b: &str) -> bool {
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
