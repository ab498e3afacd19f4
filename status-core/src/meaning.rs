//! What the registry records about one code of one origin, and the rules of RFC 9110 §15
//! that follow from it: [`Meaning`] is the one home of a status's facts. The generated enums
//! and [`Status`] answer from it through the list of forwards at the end of this file.

use core::fmt;

use crate::__private::Sealed;
use crate::rules::{FollowRule, contains, eq, is_safe_method};
use crate::{FollowUp, HttpVersion, Origin, Permanence, RedirectKind, Retry, Status, StatusClass};

/// One meaning of a status code: every fact the registry records about a code as one origin
/// defines it. [`REGISTRY`](crate::REGISTRY) holds them all; [`Status::meanings`] gives those
/// of one code. The rules of RFC 9110 §15 that follow from the facts are its methods.
///
/// ```
/// use status_core::{Origin, StatusCode};
///
/// let meaning = StatusCode::ContentTooLarge.meaning();
/// assert_eq!(meaning.code, 413);
/// assert_eq!(meaning.origin, Origin::IANA);
/// assert_eq!(meaning.name, "ContentTooLarge");
/// assert_eq!(meaning.spec, "RFC 9110, Section 15.5.14");
/// assert!(meaning.aliases.contains(&"Payload Too Large"));
/// assert!(meaning.headers.contains(&"Retry-After"));
/// ```
///
/// Only generated code writes a `Meaning`: its last field is of a type hidden in
/// status-core's private module, which keeps a new fact from breaking anyone's code as
/// `#[non_exhaustive]` would (and, unlike it, lets the enums of `include_codes!`, generated in
/// the application's crate, write their table as struct literals).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Meaning {
    /// The three-digit code.
    pub code: u16,
    /// Who defines this meaning.
    pub origin: Origin,
    /// The name of the Rust variant: `ContentTooLarge`.
    pub name: &'static str,
    /// The reason phrase, in the origin's current wording.
    pub reason: &'static str,
    /// Former or other reason phrases.
    pub aliases: &'static [&'static str],
    /// What the status means, in one or two sentences.
    pub description: &'static str,
    /// The class, from the first digit.
    pub class: StatusClass,
    /// Whether a cache may reuse the response without explicit freshness information
    /// (RFC 9110 §15.1, RFC 7725 §3).
    pub cacheable: bool,
    /// Whether a response with this status never has content: every 1xx, and the final
    /// statuses RFC 9110 §6.4.1 names. See [`Meaning::may_have_content`].
    pub body_forbidden: bool,
    /// The header fields that go with the status.
    pub headers: &'static [&'static str],
    /// The header fields that the status's defining section says a response with it MUST
    /// carry, such as `WWW-Authenticate` for 401 (RFC 9110 §15.5.2). `#[derive(HttpStatus)]`
    /// refuses to map an error to such a status unless the mapping supplies them.
    pub required_headers: &'static [&'static str],
    /// Where the code stands in its registry.
    pub state: RegistryState,
    /// The defining document and section, as prose: `RFC 9110, Section 15.5.14`.
    pub spec: &'static str,
    /// A link to the definition.
    pub spec_url: &'static str,
    /// A server must not generate content for this status, though the message may still be
    /// framed with an empty body (RFC 9110 §15.3.6). See [`Meaning::may_have_content`].
    pub no_content: bool,
    /// The HTTP versions this status may be sent over; empty when any version may carry it.
    pub protocols: &'static [HttpVersion],
    /// The kind of redirect, for a 3xx status (RFC 9110 §15.4).
    pub redirect: Option<RedirectKind>,
    /// Whether the condition is temporary or permanent, where the RFCs say so.
    pub permanence: Option<Permanence>,
    /// Whether repeating the identical request can succeed, where the RFCs say so.
    pub retry: Option<Retry>,
    /// How a user agent follows the redirect; read it with [`Meaning::follow_up`].
    #[doc(hidden)]
    pub follow: Option<FollowRule>,
    /// Not public API: see the type's documentation.
    #[doc(hidden)]
    pub sealed: Sealed,
}

impl Meaning {
    /// This meaning as a [`Status`] that remembers its origin.
    #[inline]
    #[must_use]
    pub const fn status(&self) -> Status {
        crate::__private::registered_status(self.code, self.origin)
    }

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
    /// HTTP/1.0 client (RFC 9110 §15.2), and a status the registry ties to some versions
    /// only over those. 101 Switching Protocols, for example, exists only in HTTP/1.1: later
    /// versions upgrade differently (RFC 9113 §8.6, RFC 9114 §4.5).
    ///
    /// ```
    /// use status_core::{HttpVersion, StatusCode};
    ///
    /// let switching = StatusCode::SwitchingProtocols.meaning();
    /// assert!(switching.may_send_to(HttpVersion::Http11));
    /// assert!(!switching.may_send_to(HttpVersion::Http2));
    /// assert!(!switching.may_send_to(HttpVersion::Http10));
    /// ```
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

    /// Whether the status goes with a `Location` header field, as the registry records: a
    /// redirect that points to another URI, and a status that refers to a resource it made
    /// or offers, when there is a URI to give (RFC 9110 §10.2.2). 303 See Other, for
    /// example.
    ///
    /// ```
    /// use status_core::StatusCode;
    ///
    /// let with_location: Vec<StatusCode> = StatusCode::ALL
    ///     .iter()
    ///     .copied()
    ///     .filter(|status| status.meaning().expects_location())
    ///     .collect();
    /// assert!(with_location.contains(&StatusCode::SeeOther));
    /// assert!(!StatusCode::NotFound.meaning().expects_location());
    /// ```
    #[must_use]
    pub const fn expects_location(&self) -> bool {
        contains(self.headers, "Location")
    }

    /// Whether `Retry-After` applies (RFC 9110 §10.2.3): for a status the registry records
    /// with it, the field says how long the client ought to wait before asking again (503
    /// Service Unavailable, for example); for any redirect, it asks the user agent to wait
    /// before following.
    ///
    /// ```
    /// use status_core::StatusCode;
    ///
    /// assert!(StatusCode::ServiceUnavailable.meaning().retry_after_applies());
    /// assert!(
    ///     StatusCode::ALL
    ///         .iter()
    ///         .filter(|status| status.is_redirection())
    ///         .all(|status| status.meaning().retry_after_applies())
    /// );
    /// assert!(!StatusCode::NotFound.meaning().retry_after_applies());
    /// ```
    #[must_use]
    pub const fn retry_after_applies(&self) -> bool {
        matches!(self.class, StatusClass::Redirection) || contains(self.headers, "Retry-After")
    }

    /// Whether a response with this status may carry content. Never for a status whose
    /// responses have none: every 1xx, and the final statuses RFC 9110 §6.4.1 names (204 No
    /// Content, for example). Nor for a status for which a server must not generate any,
    /// though the message may still be framed with an empty body (RFC 9110 §15.3.6).
    ///
    /// ```
    /// use status_core::StatusCode;
    ///
    /// assert!(!StatusCode::NoContent.meaning().may_have_content());
    /// assert!(
    ///     StatusCode::ALL
    ///         .iter()
    ///         .filter(|status| status.is_informational())
    ///         .all(|status| !status.meaning().may_have_content())
    /// );
    /// assert!(StatusCode::Ok.meaning().may_have_content());
    /// ```
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
    /// `None` when it is not followed automatically: every status that is not a redirect,
    /// and a redirect the registry records no way to follow, such as 304 Not Modified, which
    /// points to the cached copy rather than to another URI.
    ///
    /// ```
    /// use status_core::StatusCode;
    ///
    /// let not_followed: Vec<StatusCode> = StatusCode::ALL
    ///     .iter()
    ///     .copied()
    ///     .filter(|status| status.is_redirection())
    ///     .filter(|status| status.meaning().follow_up("GET").is_none())
    ///     .collect();
    /// assert!(not_followed.contains(&StatusCode::NotModified));
    /// assert!(StatusCode::NotFound.meaning().follow_up("GET").is_none());
    /// ```
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

impl fmt::Display for Meaning {
    /// Writes the code and the origin's reason phrase: `499 Client Closed Request`.
    ///
    /// ```
    /// use status_core::vendor::Nginx;
    ///
    /// let meaning = Nginx::ClientClosedRequest.meaning();
    /// assert_eq!(meaning.to_string(), "499 Client Closed Request");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.reason)
    }
}

/// Where a code stands in its registry.
///
/// The registry records it per code:
///
/// ```
/// use status_core::{RegistryState, StatusCode};
///
/// let unused: Vec<StatusCode> = StatusCode::ALL
///     .iter()
///     .copied()
///     .filter(|status| status.state() == RegistryState::Unused)
///     .collect();
/// assert!(unused.contains(&StatusCode::SwitchProxy));
///
/// assert_eq!(StatusCode::UseProxy.state(), RegistryState::Deprecated);
/// assert_eq!(StatusCode::NotExtended.state(), RegistryState::Obsolete);
/// assert_eq!(StatusCode::NotFound.state(), RegistryState::Current);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum RegistryState {
    /// In use as defined.
    Current,
    /// Reserved and no longer used: IANA lists the code as "(Unused)", so that no new
    /// meaning clashes with an old one still deployed. 306, for example (RFC 9110 §15.4.7).
    Unused,
    /// Still defined, but its use is discouraged. 305 Use Proxy, for example, is deprecated
    /// because configuring a proxy from inside a response is unsafe (RFC 9110 §15.4.6).
    Deprecated,
    /// Its defining document is obsolete or historic, and IANA marks the code "(OBSOLETED)".
    /// 510 Not Extended, for example.
    Obsolete,
    /// A temporary registration that lapses unless renewed (RFC 7120).
    Temporary,
}

impl RegistryState {
    /// The word for the state: `current`, `unused`, `deprecated`, `obsolete`, `temporary`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Current => "current",
            Self::Unused => "unused",
            Self::Deprecated => "deprecated",
            Self::Obsolete => "obsolete",
            Self::Temporary => "temporary",
        }
    }
}

impl fmt::Display for RegistryState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// The one list of the methods that the generated enums and [`Status`] forward to a
/// [`Meaning`]: each with its doc, its signature and what it reads from the meaning, bound to
/// the name before the body. `__meaning_forwards!(callback, input)` calls
/// `$crate::callback! { input entry: { … } rules: { … } }`. Each entry is written
/// `name(parameters) -> [return type] |meaning| { body }`, in token trees only, which the
/// callback matches without parsing them (every generated enum expands this list).
///
/// - `entry`: what an enum reads from its own entry; a `Status` has no entry of its own for
///   these (an unregistered code has none), or answers them by the number alone;
/// - `rules`: what an enum reads from its entry and a `Status` from the entry of its
///   [effective](Status::effective) status.
///
/// A new rule is a method of `Meaning` and one line here.
#[doc(hidden)]
#[macro_export]
macro_rules! __meaning_forwards {
    ($callback:ident, $($input:tt)*) => {
        $crate::$callback! {
            $($input)*
            entry: {
                /// The reason phrase, in the origin's current wording.
                reason() -> [&'static str] |meaning| { meaning.reason }
                /// Former or other reason phrases for this status (413 Content Too Large was
                /// `Payload Too Large`).
                aliases() -> [&'static [&'static str]] |meaning| { meaning.aliases }
                /// What the status means, in one or two sentences.
                description() -> [&'static str] |meaning| { meaning.description }
                /// Whether a cache may reuse a response with this status without explicit
                /// freshness information (heuristically cacheable, RFC 9110 §15.1 and
                /// RFC 7725 §3).
                is_cacheable_by_default() -> [bool] |meaning| { meaning.cacheable }
                /// Whether a response with this status never has content (RFC 9110 §6.4.1):
                /// every 1xx, 204 and 304.
                is_body_forbidden() -> [bool] |meaning| { meaning.body_forbidden }
                /// The header fields that go with this status, such as `Location` for a
                /// redirect or `Retry-After` for 503.
                headers() -> [&'static [&'static str]] |meaning| { meaning.headers }
                /// The header fields a response with this status MUST carry, as its defining
                /// section says; `#[derive(HttpStatus)]` refuses a mapping to the status that
                /// does not supply them.
                required_headers() -> [&'static [&'static str]] |meaning| { meaning.required_headers }
                /// Where the status stands in its registry: current, unused, deprecated, …
                state() -> [$crate::RegistryState] |meaning| { meaning.state }
                /// The defining document and section, as prose, such as
                /// `RFC 9110, Section 15.5.5`.
                spec() -> [&'static str] |meaning| { meaning.spec }
                /// A link to the definition.
                spec_url() -> [&'static str] |meaning| { meaning.spec_url }
                /// The request a user agent sends to follow this redirect after a `method`
                /// request, or `None` when it is not followed automatically. See
                /// [`FollowUp`]($crate::FollowUp).
                follow_up(method: &str) -> [::core::option::Option<$crate::FollowUp<'_>>] |meaning| { meaning.follow_up(method) }
            }
            rules: {
                /// Whether a server may send this status to a peer speaking `version`: no 1xx
                /// to an HTTP/1.0 client (RFC 9110 §15.2), and the registry may restrict a
                /// status to some versions (101 only over HTTP/1.1).
                may_send_to(version: $crate::HttpVersion) -> [bool] |meaning| { meaning.may_send_to(version) }
                /// The kind of redirect, for a 3xx status (RFC 9110 §15.4).
                redirect_kind() -> [::core::option::Option<$crate::RedirectKind>] |meaning| { meaning.redirect }
                /// Whether the condition is temporary or permanent, where the RFCs say so.
                permanence() -> [::core::option::Option<$crate::Permanence>] |meaning| { meaning.permanence }
                /// Whether repeating the identical request can succeed, where the RFCs say so.
                retry() -> [::core::option::Option<$crate::Retry>] |meaning| { meaning.retry }
                /// Whether `Retry-After` applies: to a status recorded with it (503), where it
                /// says how long to wait before asking again, and to every redirect, where it
                /// asks the user agent to wait before following (RFC 9110 §10.2.3).
                retry_after_applies() -> [bool] |meaning| { meaning.retry_after_applies() }
                /// Whether the status goes with a `Location` header field (RFC 9110 §10.2.2).
                expects_location() -> [bool] |meaning| { meaning.expects_location() }
                /// Whether a response with this status may carry content: not when the status
                /// never has any (every 1xx, 204, 304), nor when a server must not generate any
                /// (205, RFC 9110 §15.3.6).
                may_have_content() -> [bool] |meaning| { meaning.may_have_content() }
                /// Whether a response with this status to a `method` request may carry
                /// content: never for HEAD (RFC 9110 §9.3.2), nor for a 2xx answer to CONNECT
                /// (RFC 9110 §9.3.6).
                may_have_content_for(method: &str) -> [bool] |meaning| { meaning.may_have_content_for(method) }
            }
        }
    };
}
