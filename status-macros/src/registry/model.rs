//! The registry as the generators see it: checked, typed, in file order.

use super::diagnostic::Location;

/// The id of the IANA origin, whose enum is `status_core::StatusCode`.
pub const IANA: &str = "iana";

/// Whose codes file is read: the project's registry, embedded in this crate, or an
/// application's own file read by `include_codes!`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The project's registry: it must declare the IANA origin, whose enum is `StatusCode`.
    Project,
    /// An application's file: the IANA origin and `StatusCode` belong to the project's
    /// registry, so it may not declare them.
    Application,
}

/// The enum of the IANA origin.
pub const IANA_ENUM: &str = "StatusCode";

/// A whole codes file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registry {
    pub origins: Vec<Origin>,
    pub statuses: Vec<Status>,
}

/// Who defines a set of codes: IANA, or a vendor. Each origin becomes one Rust enum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub id: String,
    pub name: String,
    pub enum_name: String,
    pub reference: String,
    pub description: String,
    pub location: Location,
    /// Where the origin's `enum` value is.
    pub enum_location: Location,
}

/// One status code as one origin defines it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub code: u16,
    pub origin: String,
    pub name: String,
    pub reason: String,
    pub aliases: Vec<String>,
    pub description: String,
    /// The defining document, e.g. `RFC 9110`.
    pub spec: String,
    pub section: Option<String>,
    /// A link to the definition, given in the file or built from `spec` and `section`.
    pub url: String,
    pub state: State,
    pub cacheable: bool,
    pub body_forbidden: bool,
    pub headers: Vec<String>,
    /// The header fields a response with this status MUST carry, per its defining section.
    pub required_headers: Vec<String>,
    /// The facts behind the rules of RFC 9110 §15.
    pub rules: Rules,
    /// Where the entry's `[[status]]` table starts.
    pub location: Location,
    /// Where the entry's `name` value is.
    pub name_location: Location,
    /// Where the entry's `origin` value is.
    pub origin_location: Location,
}

/// The facts of one status behind the rules of RFC 9110 §15; all optional in a codes file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rules {
    /// A server must not generate content (205).
    pub no_content: bool,
    /// The HTTP versions the status may be sent over (`HTTP/1.1`); empty for any.
    pub protocols: Vec<String>,
    pub redirect: Option<RedirectKind>,
    pub permanence: Option<Permanence>,
    pub retry: Option<Retry>,
    pub follow: Option<Follow>,
}

/// Where a code stands in its registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Current,
    Unused,
    Deprecated,
    Obsolete,
    Temporary,
}

/// A fact the codes file writes as one word from a fixed set, e.g. `redirect = "moved"`.
pub trait Keyword: Copy + PartialEq + 'static {
    /// Each value with the word the codes file uses for it and the name of the matching
    /// variant in `status_core`.
    const KEYWORDS: &'static [(&'static str, Self, &'static str)];

    /// The word the codes file uses for this value.
    fn keyword(self) -> &'static str {
        let mut index = 0;
        while index < Self::KEYWORDS.len() {
            if Self::KEYWORDS[index].1 == self {
                return Self::KEYWORDS[index].0;
            }
            index += 1;
        }
        ""
    }

    /// The name of the matching variant in `status_core`.
    fn variant(self) -> &'static str {
        let mut index = 0;
        while index < Self::KEYWORDS.len() {
            if Self::KEYWORDS[index].1 == self {
                return Self::KEYWORDS[index].2;
            }
            index += 1;
        }
        ""
    }
}

/// The kind of a redirect (RFC 9110 §15.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedirectKind {
    Moved,
    Choice,
    Indirect,
    Cached,
}

impl Keyword for RedirectKind {
    const KEYWORDS: &'static [(&'static str, Self, &'static str)] = &[
        ("moved", Self::Moved, "Moved"),
        ("choice", Self::Choice, "Choice"),
        ("indirect", Self::Indirect, "Indirect"),
        ("cached", Self::Cached, "Cached"),
    ];
}

/// Whether the condition is temporary or permanent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permanence {
    Temporary,
    Permanent,
}

impl Keyword for Permanence {
    const KEYWORDS: &'static [(&'static str, Self, &'static str)] = &[
        ("temporary", Self::Temporary, "Temporary"),
        ("permanent", Self::Permanent, "Permanent"),
    ];
}

/// Whether repeating the identical request can succeed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retry {
    MaySucceed,
    NeedsChange,
    Transient,
}

impl Keyword for Retry {
    const KEYWORDS: &'static [(&'static str, Self, &'static str)] = &[
        ("may-succeed", Self::MaySucceed, "MaySucceed"),
        ("needs-change", Self::NeedsChange, "NeedsChange"),
        ("transient", Self::Transient, "Transient"),
    ];
}

/// How a user agent follows a redirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Follow {
    KeepMethod,
    PostMayBecomeGet,
    Get,
}

impl Keyword for Follow {
    const KEYWORDS: &'static [(&'static str, Self, &'static str)] = &[
        ("keep-method", Self::KeepMethod, "KeepMethod"),
        (
            "post-may-become-get",
            Self::PostMayBecomeGet,
            "PostMayBecomeGet",
        ),
        ("get", Self::Get, "Get"),
    ];
}

impl Keyword for State {
    const KEYWORDS: &'static [(&'static str, Self, &'static str)] = &[
        ("current", Self::Current, "Current"),
        ("unused", Self::Unused, "Unused"),
        ("deprecated", Self::Deprecated, "Deprecated"),
        ("obsolete", Self::Obsolete, "Obsolete"),
        ("temporary", Self::Temporary, "Temporary"),
    ];
}

/// The HTTP versions a status can be restricted to, as the codes file writes them, with the
/// matching `status_core::HttpVersion` variant.
pub const PROTOCOLS: [(&str, &str); 4] = [
    ("HTTP/1.0", "Http10"),
    ("HTTP/1.1", "Http11"),
    ("HTTP/2", "Http2"),
    ("HTTP/3", "Http3"),
];

impl Status {
    /// The spec reference as prose: `RFC 9110, Section 15.5.5`.
    pub fn citation(&self) -> String {
        match &self.section {
            Some(section) => format!("{}, Section {section}", self.spec),
            None => self.spec.clone(),
        }
    }
}

/// The number of the RFC that `spec` names, if it names one (`RFC 9110` gives 9110).
pub fn rfc_number(spec: &str) -> Option<u32> {
    let digits = spec.strip_prefix("RFC")?.trim_start();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The link to an RFC section on the RFC Editor's site.
pub fn rfc_url(number: u32, section: Option<&str>) -> String {
    match section {
        Some(section) => format!("https://www.rfc-editor.org/rfc/rfc{number}#section-{section}"),
        None => format!("https://www.rfc-editor.org/rfc/rfc{number}"),
    }
}
