//! What the registry records about one code of one origin.

use core::fmt;

use crate::rules::FollowRule;
use crate::{HttpVersion, Origin, Permanence, RedirectKind, Retry, Status, StatusClass};

/// One meaning of a status code: every fact the registry records about a code as one origin
/// defines it. [`REGISTRY`](crate::REGISTRY) holds them all; [`Status::meanings`] gives those
/// of one code.
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
    /// How a user agent follows the redirect; see [`Meaning::follow_up`].
    pub(crate) follow: Option<FollowRule>,
}

impl Meaning {
    /// A meaning. Used by generated code, which cannot write the struct itself outside this
    /// crate.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(parts: crate::__private::MeaningParts) -> Self {
        let crate::__private::MeaningParts {
            code,
            origin,
            name,
            reason,
            aliases,
            description,
            class,
            cacheable,
            body_forbidden,
            headers,
            required_headers,
            state,
            spec,
            spec_url,
            no_content,
            protocols,
            redirect,
            permanence,
            retry,
            follow,
        } = parts;
        Meaning {
            code,
            origin,
            name,
            reason,
            aliases,
            description,
            class,
            cacheable,
            body_forbidden,
            headers,
            required_headers,
            state,
            spec,
            spec_url,
            no_content,
            protocols,
            redirect,
            permanence,
            retry,
            follow,
        }
    }

    /// This meaning as a [`Status`] that remembers its origin.
    #[inline]
    #[must_use]
    pub const fn status(&self) -> Status {
        Status::__registered(self.code, self.origin)
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
