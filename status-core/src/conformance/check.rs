//! The checks themselves: which rules one response breaks, read from its status, its header
//! fields and its body's size hint, without touching the body.

use http::HeaderMap;
use http::header::{CONTENT_LENGTH, LOCATION, RETRY_AFTER};
use http_body::Body;

use super::route::CodeSet;
use super::{Rule, is_valid_retry_after};
use crate::{Status, StatusCode};

/// Calls `found` with each rule a response with `status`, `headers` and `body` breaks, and
/// the header field involved, in the order of [`Rule`]'s variants; `contract` is the
/// route's, when the request matched one.
///
/// A conforming 200 costs a few loads from the registry's tables and one header lookup
/// (`Retry-After`): the other fields are looked up only for the statuses they concern.
pub(super) fn check<B: Body>(
    status: http::StatusCode,
    headers: &HeaderMap,
    body: &B,
    contract: Option<&CodeSet>,
    found: &mut impl FnMut(Rule, Option<&'static str>),
) {
    let code = status.as_u16();
    let wire = Status::new(code);
    if let Ok(wire) = wire {
        // A code nobody registered follows the x00 of its class, as a recipient reads it.
        let meaning = wire.effective().meaning();
        if !meaning.may_have_content() && has_content(body) {
            found(Rule::ContentForbidden, None);
        }
        if (wire.is_informational() || code == StatusCode::NoContent.code())
            && headers.contains_key(CONTENT_LENGTH)
        {
            found(Rule::ContentLengthForbidden, Some("Content-Length"));
        }
        for &name in meaning.required_headers {
            if !headers.contains_key(name) {
                found(Rule::MissingRequiredHeader, Some(name));
            }
        }
        if meaning.expects_location() && !headers.contains_key(LOCATION) {
            found(Rule::MissingLocation, Some("Location"));
        }
    }
    if let Some(value) = headers.get(RETRY_AFTER)
        && !is_valid_retry_after(value.as_bytes())
    {
        found(Rule::InvalidRetryAfter, Some("Retry-After"));
    }
    match wire {
        // Most codes are IANA's, which `from_u16` answers from a table; the binary search
        // of `meanings` is for the rest.
        Ok(wire) if StatusCode::from_u16(code).is_none() && wire.meanings().is_empty() => {
            found(Rule::Unregistered, None);
        }
        Ok(_) => {}
        Err(_) => found(Rule::OutOfRange, None),
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
