//! The checks themselves: which rules one response breaks, read from its status, its header
//! fields and its body's size hint, without touching the body.

use http::HeaderMap;
use http::header::{CONTENT_LENGTH, LOCATION, RETRY_AFTER};
use http_body::Body;

use super::route::CodeSet;
use super::{Rule, is_valid_retry_after};
use crate::{Status, StatusCode};

/// A response with the code has no content, or a server must not generate any.
const NO_CONTENT: u8 = 1 << 0;
/// A response with the code must not carry `Content-Length` (1xx and 204, RFC 9110 §8.6).
const NO_CONTENT_LENGTH: u8 = 1 << 1;
/// The code's defining section requires header fields.
const REQUIRED_HEADERS: u8 = 1 << 2;
/// The code goes with `Location`.
const LOCATION_EXPECTED: u8 = 1 << 3;
/// No origin of the registry defines the code.
const UNREGISTERED: u8 = 1 << 4;
/// The code is not from 100 to 599.
const OUT_OF_RANGE: u8 = 1 << 5;

/// What the rules need to know about each code from 100 to 599, read from the registry once,
/// when the layer is made, so that a response costs one load: most codes have nothing to
/// check but `Retry-After` and the contract.
#[derive(Clone)]
pub(super) struct Facts {
    /// The flags above, at `code - 100`, for the code as a recipient reads it: an
    /// unregistered code follows the x00 of its class.
    by_code: [u8; 500],
}

impl Facts {
    pub(super) fn new() -> Self {
        let mut by_code = [0; 500];
        for (code, flags) in (100..).zip(&mut by_code) {
            let Ok(status) = Status::new(code) else {
                continue;
            };
            let meaning = status.effective().meaning();
            let set = |fact: bool, flag: u8| if fact { flag } else { 0 };
            *flags = set(!meaning.may_have_content(), NO_CONTENT)
                | set(
                    status.is_informational() || code == StatusCode::NoContent.code(),
                    NO_CONTENT_LENGTH,
                )
                | set(!meaning.required_headers.is_empty(), REQUIRED_HEADERS)
                | set(meaning.expects_location(), LOCATION_EXPECTED)
                | set(status.meanings().is_empty(), UNREGISTERED);
        }
        Facts { by_code }
    }

    /// The flags of `code`.
    fn of(&self, code: u16) -> u8 {
        let index = usize::from(code.wrapping_sub(100));
        self.by_code.get(index).copied().unwrap_or(OUT_OF_RANGE)
    }
}

/// Whether a response with `status` and `headers` breaks no rule, whichever route its
/// request matched and whatever its body: its code has nothing to check but `Retry-After`
/// and the contract, every route's contract has it (`allowed_everywhere`), and its
/// `Retry-After`, if any, is valid. The fast path: a conforming 200 costs a load, a header
/// lookup and a bit test, and its request's path is never matched against the routes.
pub(super) fn surely_conforms(
    facts: &Facts,
    allowed_everywhere: &CodeSet,
    status: http::StatusCode,
    headers: &HeaderMap,
) -> bool {
    let code = status.as_u16();
    facts.of(code) == 0
        && allowed_everywhere.contains(code)
        && headers
            .get(RETRY_AFTER)
            .is_none_or(|value| is_valid_retry_after(value.as_bytes()))
}

/// Calls `found` with each rule a response with `status`, `headers` and `body` breaks, and
/// the header field involved, in the order of [`Rule`]'s variants; `contract` is the
/// route's, when the request matched one.
///
/// The other header fields are looked up only for the codes they concern.
pub(super) fn check<B: Body>(
    facts: &Facts,
    status: http::StatusCode,
    headers: &HeaderMap,
    body: &B,
    contract: Option<&CodeSet>,
    found: &mut impl FnMut(Rule, Option<&'static str>),
) {
    let code = status.as_u16();
    let flags = facts.of(code);
    if flags & NO_CONTENT != 0 && has_content(body) {
        found(Rule::ContentForbidden, None);
    }
    if flags & NO_CONTENT_LENGTH != 0 && headers.contains_key(CONTENT_LENGTH) {
        found(Rule::ContentLengthForbidden, Some("Content-Length"));
    }
    if flags & REQUIRED_HEADERS != 0
        && let Ok(status) = Status::new(code)
    {
        for &name in status.effective().meaning().required_headers {
            if !headers.contains_key(name) {
                found(Rule::MissingRequiredHeader, Some(name));
            }
        }
    }
    if flags & LOCATION_EXPECTED != 0 && !headers.contains_key(LOCATION) {
        found(Rule::MissingLocation, Some("Location"));
    }
    if let Some(value) = headers.get(RETRY_AFTER)
        && !is_valid_retry_after(value.as_bytes())
    {
        found(Rule::InvalidRetryAfter, Some("Retry-After"));
    }
    if flags & UNREGISTERED != 0 {
        found(Rule::Unregistered, None);
    }
    if flags & OUT_OF_RANGE != 0 {
        found(Rule::OutOfRange, None);
    }
    if let Some(contract) = contract
        && !contract.contains(code)
    {
        found(Rule::OutsideContract, None);
    }
}

/// Whether the body certainly has content: its size hint promises at least one byte.
///
/// A body of unknown size that has not ended (`size_hint` of `0..` with no upper bound, the
/// trait's default, which every stream gives) is not counted: only polling it would tell,
/// the layer does not touch the body, and counting it would report every streamed body
/// that turns out empty.
fn has_content<B: Body>(body: &B) -> bool {
    body.size_hint().lower() > 0
}
