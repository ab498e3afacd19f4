//! The registry as the generators see it: checked, typed, in file order.

use super::diagnostic::Location;

/// The id of the IANA origin, whose enum is `status_core::StatusCode`.
pub const IANA: &str = "iana";

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
    /// Where the entry's `[[status]]` table starts.
    pub location: Location,
    /// Where the entry's `name` value is.
    pub name_location: Location,
    /// Where the entry's `origin` value is.
    pub origin_location: Location,
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

impl State {
    /// Every state with the word the codes file uses for it.
    pub const KEYWORDS: [(&'static str, State); 5] = [
        ("current", State::Current),
        ("unused", State::Unused),
        ("deprecated", State::Deprecated),
        ("obsolete", State::Obsolete),
        ("temporary", State::Temporary),
    ];

    /// The word the codes file uses for this state.
    pub fn keyword(self) -> &'static str {
        Self::KEYWORDS
            .iter()
            .find(|(_, state)| *state == self)
            .map_or("current", |(word, _)| word)
    }
}

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
