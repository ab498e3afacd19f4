//! Any status code met on the wire, and the RFC 9110 rules for codes nobody registered.

use core::fmt;
use core::num::NonZeroU16;
use core::str::FromStr;

use crate::{FollowUp, Meaning, Origin, REGISTRY, StatusClass, StatusCode, StatusError};

/// Bits of the representation that hold the origin; the code sits above them.
const ORIGIN_BITS: u16 = 6;
const ORIGIN_MASK: u16 = (1 << ORIGIN_BITS) - 1;

/// For every code from 100 to 599, at `code - 100`: how a recipient treats it (its
/// [effective](Status::effective) status, and whether it is
/// [cacheable by default](Status::is_cacheable_by_default)); filler from 500 to 511.
///
/// Written class by class, then status by status: the compiler interprets this block, and
/// a lookup of each of the 500 codes took it 11 ms.
const WIRE: [(StatusCode, bool); 512] = {
    let mut table = [(StatusCode::InternalServerError, false); 512];
    // A code IANA does not register is its class's x00, never cacheable by default.
    let mut hundreds = 1;
    while hundreds < 6 {
        if let Some(class) = StatusClass::of(hundreds * 100) {
            let mut code = hundreds * 100;
            while code < (hundreds + 1) * 100 {
                table[code as usize - 100] = (class.fallback(), false);
                code += 1;
            }
        }
        hundreds += 1;
    }
    let mut index = 0;
    while index < StatusCode::ALL.len() {
        let status = StatusCode::ALL[index];
        table[status as usize - 100] = (status, status.is_cacheable_by_default());
        index += 1;
    }
    table
};

/// Any valid HTTP status code, registered or not: a three-digit number from 100 to 599
/// (RFC 9110 §15), in two bytes (`Option<Status>` too).
///
/// A `Status` made from a [vendor](crate::vendor) enum remembers its origin, so that nginx's
/// 499 prints as `499 Client Closed Request`; one read off the wire with [`Status::new`] is
/// read against the IANA registry. What a recipient does with the code (its
/// [class](Status::class), its [effective](Status::effective) meaning, whether it
/// [may be cached](Status::is_cacheable_by_default)) depends on the number alone.
///
/// ```
/// use status_core::{Origin, Status, StatusCode, vendor::Nginx};
///
/// let wire = Status::new(404)?;
/// assert_eq!(wire, StatusCode::NotFound);
/// assert_eq!(wire.to_string(), "404 Not Found");
///
/// let unknown = Status::new(471)?;
/// assert_eq!(unknown.to_string(), "471");
/// assert_eq!(unknown.known(), None);
/// assert_eq!(unknown.effective(), StatusCode::BadRequest);
///
/// let nginx = Status::from(Nginx::ClientClosedRequest);
/// assert_eq!(nginx.to_string(), "499 Client Closed Request");
/// assert_eq!(nginx.origin(), Some(Origin::NGINX));
/// assert_ne!(nginx, Status::new(499)?);
/// # Ok::<(), status_core::StatusError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Status(NonZeroU16);

impl Status {
    /// The status with code `code`, read against the IANA registry.
    ///
    /// # Errors
    /// [`StatusErrorKind::OutOfRange`](crate::StatusErrorKind::OutOfRange) when `code` is not
    /// from 100 to 599.
    #[inline]
    pub const fn new(code: u16) -> Result<Self, StatusError> {
        // One comparison: below 100, the subtraction wraps to a large number.
        if code.wrapping_sub(100) < 500 {
            Ok(Self::pack(code, 0))
        } else {
            Err(StatusError::out_of_range(code))
        }
    }

    /// A status of a registered origin, with a code from 100 to 599. Generated code makes one
    /// through `__private::registered_status`.
    #[inline]
    pub(crate) const fn registered(code: u16, origin: Origin) -> Self {
        Self::pack(code, origin.status_tag())
    }

    #[inline]
    const fn pack(code: u16, tag: u16) -> Self {
        let raw = (code << ORIGIN_BITS) | (tag & ORIGIN_MASK);
        match NonZeroU16::new(raw) {
            Some(raw) => Status(raw),
            // Every caller passes a code of at least 100, so `raw` is never zero.
            None => Status(NonZeroU16::MIN),
        }
    }

    #[inline]
    const fn tag(self) -> u8 {
        (self.0.get() & ORIGIN_MASK) as u8
    }

    /// This status as `#[contract(...)]` reads it at compile time: a status made from an
    /// application's codes file reads as IANA's, like the rest of `Status`.
    #[doc(hidden)]
    #[must_use]
    pub const fn __contract_code(self) -> crate::__private::contract_check::Code {
        match (self.origin(), self.known()) {
            (Some(origin), Some(known)) => crate::__private::contract_check::Code::new(
                self.code(),
                origin.id(),
                known.reason(),
            ),
            (Some(origin), None) => {
                crate::__private::contract_check::Code::new(self.code(), origin.id(), "")
            }
            (None, _) => crate::__private::contract_check::Code::new(self.code(), "", ""),
        }
    }

    /// The three-digit code.
    #[inline]
    #[must_use]
    pub const fn code(self) -> u16 {
        self.0.get() >> ORIGIN_BITS
    }

    crate::__class_methods!();

    /// The origin whose meaning this status carries: the vendor it was made from, otherwise
    /// IANA when IANA registers the code, otherwise `None`.
    #[inline]
    #[must_use]
    pub const fn origin(self) -> Option<Origin> {
        match self.tag() {
            0 if StatusCode::from_u16(self.code()).is_some() => Some(Origin::IANA),
            0 => None,
            tag => Origin::from_tag(tag),
        }
    }

    /// The IANA status this is, or `None` when the code is not in the IANA registry or the
    /// status was made from a vendor enum.
    #[inline]
    #[must_use]
    pub const fn known(self) -> Option<StatusCode> {
        match self.tag() {
            0 => StatusCode::from_u16(self.code()),
            _ => None,
        }
    }

    /// How a recipient must treat this code (RFC 9110 §15): the IANA status with this code,
    /// or, for a code IANA does not register, the x00 status of its class (471 is handled as
    /// 400 Bad Request). It depends on the number alone, as a recipient sees only the number.
    #[inline]
    #[must_use]
    pub const fn effective(self) -> StatusCode {
        Self::wire(self.code()).0
    }

    /// The [effective](Status::effective) status of a code from 100 to 599 and whether it
    /// is cacheable by default, read from a table made at compile time.
    #[inline]
    const fn wire(code: u16) -> (StatusCode, bool) {
        // Every code is from 100 to 599; the mask spares a bounds check.
        WIRE[(code.wrapping_sub(100) & 511) as usize]
    }

    /// Whether a cache may reuse a response with this code without explicit freshness
    /// information. Always `false` for a code IANA does not register: only codes defined as
    /// heuristically cacheable may be cached by default (RFC 9110 §15.1, RFC 9111 §4.2.2),
    /// and a recipient cannot know that of a code it does not recognise (RFC 7231 §6 said
    /// outright that such a response must not be cached).
    ///
    /// Like every rule on `Status`, this follows the number, as a cache sees it: a `Status`
    /// made from `vendor::Google::ResumeIncomplete` answers as 308 (Permanent Redirect), while
    /// the vendor enum itself answers from Google's entry.
    #[inline]
    #[must_use]
    pub const fn is_cacheable_by_default(self) -> bool {
        Self::wire(self.code()).1
    }

    crate::__meaning_forwards!(__status_forwards,);

    /// The request a user agent sends to follow this redirect after a `method` request.
    /// `None` for a code IANA does not register, as for any status that is not followed
    /// automatically: a recipient that does not know a redirect cannot know how to follow
    /// it safely.
    #[inline]
    #[must_use]
    pub const fn follow_up(self, method: &str) -> Option<FollowUp<'_>> {
        match StatusCode::from_u16(self.code()) {
            Some(status) => status.follow_up(method),
            None => None,
        }
    }

    /// The registry entry for this status's [origin](Status::origin), if the code is
    /// registered there.
    #[inline]
    #[must_use]
    pub fn meaning(self) -> Option<&'static Meaning> {
        let origin = self.origin()?;
        self.meanings()
            .iter()
            .find(|meaning| meaning.origin == origin)
    }

    /// The reason phrase of this status's [meaning](Status::meaning): `Some("Not Found")`
    /// for 404, `None` for 471.
    #[inline]
    #[must_use]
    pub fn reason(self) -> Option<&'static str> {
        self.meaning().map(|meaning| meaning.reason)
    }

    /// Every meaning of this code across origins, IANA first: 499 gives nginx's
    /// `Client Closed Request` and Esri's `Token Required`; an unregistered code gives none.
    #[inline]
    #[must_use]
    pub fn meanings(self) -> &'static [Meaning] {
        let code = self.code();
        let start = REGISTRY.partition_point(|meaning| meaning.code < code);
        let end = REGISTRY.partition_point(|meaning| meaning.code <= code);
        &REGISTRY[start..end]
    }
}

impl fmt::Display for Status {
    /// Writes the code and, when it is registered for this status's origin, the reason
    /// phrase: `404 Not Found`, but `471` alone.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason() {
            Some(reason) => write!(f, "{} {reason}", self.code()),
            None => write!(f, "{}", self.code()),
        }
    }
}

impl fmt::Debug for Status {
    /// Writes `Status(404)`, or `Status(499, Origin("nginx"))` for a vendor status.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut tuple = f.debug_tuple("Status");
        tuple.field(&self.code());
        if self.tag() != 0
            && let Some(origin) = self.origin()
        {
            tuple.field(&origin);
        }
        tuple.finish()
    }
}

impl FromStr for Status {
    type Err = StatusError;

    /// Parses a three-digit code such as `"471"`, read against the IANA registry, or a
    /// status as it prints: `"404 Not Found"`, or `"499 Token Required"` for Esri's 499. The
    /// phrase may be any reason phrase or alias of the code, in any ASCII case.
    #[inline]
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match crate::__private::parse_code(text) {
            Ok(code) => Ok(Self::pack(code, 0)),
            // `404 X` at least: the rest never leaves this function.
            Err(error) if text.len() > 4 => Self::from_status_line(text, error),
            Err(error) => Err(error),
        }
    }
}

impl Status {
    /// `FromStr` for text that is not a bare code: the meaning of the code whose reason
    /// phrase the phrase is, otherwise the first that has it as an alias (Microsoft's 520 is
    /// `Unknown Error`, which Cloudflare's 520 has as an alias).
    #[cold]
    fn from_status_line(text: &str, error: StatusError) -> Result<Self, StatusError> {
        let (code, phrase) = crate::__private::split_status_line(text, error)?;
        let meanings = Self::new(code)?.meanings();
        meanings
            .iter()
            .find(|meaning| meaning.reason.eq_ignore_ascii_case(phrase))
            .or_else(|| {
                meanings
                    .iter()
                    .find(|meaning| crate::__private::names(meaning, phrase))
            })
            .map(Meaning::status)
            .ok_or(StatusError::unknown_reason(code))
    }
}

impl TryFrom<u16> for Status {
    type Error = StatusError;

    /// The same as [`Status::new`].
    #[inline]
    fn try_from(code: u16) -> Result<Self, Self::Error> {
        Self::new(code)
    }
}

impl From<Status> for u16 {
    #[inline]
    fn from(status: Status) -> u16 {
        status.code()
    }
}

impl From<StatusClass> for Status {
    /// The x00 status of the class.
    #[inline]
    fn from(class: StatusClass) -> Status {
        class.fallback().status()
    }
}

impl PartialEq<u16> for Status {
    /// Compares the code alone.
    #[inline]
    fn eq(&self, code: &u16) -> bool {
        self.code() == *code
    }
}

/// The rule methods of `Status`, from the list of
/// [`__meaning_forwards!`](crate::__meaning_forwards): each answers as the entry of the
/// [effective](Status::effective) status, as a recipient that sees only the number does. (What
/// the list gives an enum from its own entry, a `Status` does not have: an unregistered code
/// has no entry.)
#[doc(hidden)]
#[macro_export]
macro_rules! __status_forwards {
    (
        entry: { $($entry:tt)* }
        rules: {
            $(
                $(#$doc:tt)*
                $name:ident($($param:tt)*) -> [$($ret:tt)*] |$meaning:ident| $body:tt
            )*
        }
    ) => {
        $(
            $(#$doc)*
            ///
            /// A `Status` answers as its [effective](Self::effective) status.
            #[inline]
            #[must_use]
            pub const fn $name(self, $($param)*) -> $($ret)* {
                let $meaning = self.effective().meaning();
                $body
            }
        )*
    };
}
