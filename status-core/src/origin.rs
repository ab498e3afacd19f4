//! Who defines a status code.

use core::fmt;

/// Who defines a status code: the IANA registry, a vendor that uses codes of its own, or an
/// application's own codes file.
///
/// Each origin has its own enum ([`StatusCode`](crate::StatusCode) for IANA, the
/// [`vendor`](crate::vendor) enums for the others), so that two origins giving one number
/// different meanings stay apart. The origins of the project's registry are constants:
///
/// ```
/// use status_core::{Origin, vendor::Esri};
///
/// assert_eq!(Origin::ALL[0], Origin::IANA);
/// assert_eq!(Esri::ORIGIN, Origin::ESRI);
/// assert_eq!(Origin::ESRI.name(), "Esri");
/// assert_eq!(Origin::ESRI.type_name(), "vendor::Esri");
/// match Esri::TokenRequired.origin() {
///     Origin::ESRI => {}
///     other => panic!("unexpected origin {other}"),
/// }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Origin {
    /// The origin's index in the project's registry, or [`Origin::UNTRACKED`].
    tag: u8,
    id: &'static str,
    name: &'static str,
    type_name: &'static str,
    reference: &'static str,
    description: &'static str,
}

impl Origin {
    /// The tag of an origin outside the project's registry (an application's codes file): a
    /// [`Status`](crate::Status) made from its codes is read against the IANA registry.
    pub(crate) const UNTRACKED: u8 = u8::MAX;

    /// An origin with its index in the project's registry, or [`Origin::UNTRACKED`]. Generated
    /// code makes one through `__private::registry_origin` or `application_origin`.
    pub(crate) const fn with_tag(
        tag: u8,
        id: &'static str,
        name: &'static str,
        type_name: &'static str,
        reference: &'static str,
        description: &'static str,
    ) -> Self {
        Origin {
            tag,
            id,
            name,
            type_name,
            reference,
            description,
        }
    }

    /// The origin of the project's registry with this index, if there is one.
    #[inline]
    pub(crate) const fn from_tag(tag: u8) -> Option<Self> {
        let index = tag as usize;
        if index < Self::ALL.len() {
            Some(Self::ALL[index])
        } else {
            None
        }
    }

    /// The index a [`Status`](crate::Status) keeps for this origin: 0 (read against IANA)
    /// for IANA and for origins outside the project's registry.
    #[inline]
    pub(crate) const fn status_tag(self) -> u16 {
        if self.tag == Self::UNTRACKED {
            0
        } else {
            self.tag as u16
        }
    }

    /// The short identifier the registry uses: `iana`, `nginx`, …
    #[inline]
    #[must_use]
    pub const fn id(self) -> &'static str {
        self.id
    }

    /// The origin's name in prose: `IANA`, `nginx`, `Cloudflare`, …
    #[inline]
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.name
    }

    /// The generated enum that lists this origin's codes: `StatusCode`, `vendor::Nginx`, …
    #[inline]
    #[must_use]
    pub const fn type_name(self) -> &'static str {
        self.type_name
    }

    /// Where the origin documents its codes.
    #[inline]
    #[must_use]
    pub const fn reference(self) -> &'static str {
        self.reference
    }

    /// Who uses these codes, in one sentence.
    #[inline]
    #[must_use]
    pub const fn description(self) -> &'static str {
        self.description
    }
}

impl fmt::Display for Origin {
    /// Writes the origin's name: `nginx`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name)
    }
}

impl fmt::Debug for Origin {
    /// Writes `Origin("nginx")`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Origin").field(&self.id).finish()
    }
}
