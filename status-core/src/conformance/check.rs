//! The checks themselves, in no framework's types: which rules one response breaks, read from
//! its status, a few of its header fields, whether the server would send content, and what
//! the layer kept of the request it answers.

use super::request::RequestFacts;
use super::route::CodeSet;
use super::{ProblemJson, Rule, is_valid_retry_after};
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
/// A rule reads the request for the code: every 1xx (HTTP/1.0), 206, 304, 405, 412, 416, 417.
const REQUEST_RULES: u8 = 1 << 6;
/// A 4xx or 5xx, whose content type is checked (unless the layer checks it nowhere).
const ERROR: u8 = 1 << 7;

/// A response header field that a rule reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Field {
    Allow,
    ContentType,
    Location,
    RetryAfter,
}

/// What the rules read of a response, in any framework's types. An implementation answers
/// for the response as its server will send it (see each method).
pub(crate) trait ResponseView {
    /// The status code, which may be outside 100 to 599.
    fn code(&self) -> u16;
    /// The first value of `field`, if the response has one.
    fn field(&self, field: Field) -> Option<&[u8]>;
    /// Whether the response has the field `name` (as the registry writes it: `Allow`).
    fn has(&self, name: &str) -> bool;
    /// Whether the server sends something else in the response's place (hyper answers 500
    /// for a 1xx other than 101 given as the final response): no other rule is checked.
    fn replaced_by_server(&self) -> bool;
    /// Whether the server will certainly send content with the response.
    fn sends_content(&self) -> bool;
    /// Whether the server will send a `Content-Length` with the response, its own or one it
    /// computes; asked for a 1xx or 204 only.
    fn sends_content_length(&self) -> bool;
    /// Whether the server will send `Content-Length` or `Transfer-Encoding` with the
    /// response, or refuse to send it for having one; asked for a 2xx to CONNECT only.
    fn sends_framing(&self) -> bool;
}

/// What the rules need to know about each code from 100 to 599, read from the registry once,
/// when the layer is made, so that a response costs one load: most codes have nothing to
/// check but `Retry-After` and the contract.
#[derive(Clone)]
pub(crate) struct Facts {
    /// The flags above, at `code - 100`, for the code as a recipient reads it: an
    /// unregistered code follows the x00 of its class.
    by_code: [u8; 500],
}

impl Facts {
    /// The facts of every code; `problem_json` says whether error responses are checked.
    pub(crate) fn new(problem_json: ProblemJson) -> Self {
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
                | set(status.meanings().is_empty(), UNREGISTERED)
                | set(
                    status.is_informational()
                        || unrequested(code, RequestFacts::default()).is_some()
                        || code == StatusCode::NotModified.code()
                        || code == StatusCode::MethodNotAllowed.code(),
                    REQUEST_RULES,
                )
                | set(
                    code >= 400 && !matches!(problem_json, ProblemJson::Nowhere),
                    ERROR,
                );
        }
        Facts { by_code }
    }

    /// The flags of `code`.
    #[inline]
    fn of(&self, code: u16) -> u8 {
        let index = usize::from(code.wrapping_sub(100));
        self.by_code.get(index).copied().unwrap_or(OUT_OF_RANGE)
    }
}

/// Whether `response` breaks no rule, whichever route its request matched: its code has
/// nothing to check but `Retry-After` and the contract, every route's contract has it
/// (`allowed_everywhere`), the request's method has no rule of its own, and its
/// `Retry-After`, if any, is valid. The fast path: a conforming 200 costs a load, a header
/// lookup and two bit tests, and its request's path is never matched against the routes.
#[inline]
pub(crate) fn surely_conforms(
    facts: &Facts,
    allowed_everywhere: &CodeSet,
    request: RequestFacts,
    response: &impl ResponseView,
) -> bool {
    let code = response.code();
    facts.of(code) == 0
        && !request.has_method_rules()
        && allowed_everywhere.contains(code)
        && response
            .field(Field::RetryAfter)
            .is_none_or(is_valid_retry_after)
}

/// What one check reads besides the response.
pub(crate) struct Context<'a> {
    pub(crate) facts: &'a Facts,
    pub(crate) request: RequestFacts,
    /// The request's method.
    pub(crate) method: &'a str,
    /// The route's contract, when the request matched a route.
    pub(crate) contract: Option<&'a CodeSet>,
    /// Whether an error response must be `application/problem+json`.
    pub(crate) problem_json: bool,
}

/// Calls `found` with each rule `response` breaks, and the header field involved, in the
/// order of [`Rule`]'s variants.
///
/// The header fields are looked up only for the codes they concern.
pub(crate) fn check(
    context: &Context<'_>,
    response: &impl ResponseView,
    found: &mut impl FnMut(Rule, Option<&'static str>),
) {
    let code = response.code();
    let flags = context.facts.of(code);
    let request = context.request;
    if response.replaced_by_server() {
        found(Rule::InformationalAsFinal, None);
        return;
    }
    if flags & NO_CONTENT != 0 && response.sends_content() {
        found(Rule::ContentForbidden, None);
    }
    if flags & NO_CONTENT_LENGTH != 0 && response.sends_content_length() {
        found(Rule::ContentLengthForbidden, Some("Content-Length"));
    }
    if flags & REQUIRED_HEADERS != 0
        && let Ok(status) = Status::new(code)
    {
        for &name in status.effective().meaning().required_headers {
            if !response.has(name) {
                found(Rule::MissingRequiredHeader, Some(name));
            }
        }
    }
    if flags & LOCATION_EXPECTED != 0 && response.field(Field::Location).is_none() {
        found(Rule::MissingLocation, Some("Location"));
    }
    if let Some(value) = response.field(Field::RetryAfter)
        && !is_valid_retry_after(value)
    {
        found(Rule::InvalidRetryAfter, Some("Retry-After"));
    }
    if flags & UNREGISTERED != 0 {
        found(Rule::Unregistered, None);
    }
    if flags & OUT_OF_RANGE != 0 {
        found(Rule::OutOfRange, None);
    }
    if let Some(contract) = context.contract
        && !contract.contains(code)
    {
        found(Rule::OutsideContract, None);
    }
    if flags & REQUEST_RULES != 0 {
        check_request_rules(context, response, found);
    }
    if request.has_method_rules() && content_for_method(context, response) {
        found(Rule::ContentForMethod, None);
    }
    if flags & ERROR != 0
        && context.problem_json
        && !response
            .field(Field::ContentType)
            .is_some_and(is_problem_json)
    {
        found(Rule::NotProblemJson, Some("Content-Type"));
    }
}

/// The rules of the codes that answer something in the request.
fn check_request_rules(
    context: &Context<'_>,
    response: &impl ResponseView,
    found: &mut impl FnMut(Rule, Option<&'static str>),
) {
    let code = response.code();
    let request = context.request;
    if (100..200).contains(&code) && request.is_http10() {
        found(Rule::InterimToHttp10, None);
    }
    if let Some(missing) = unrequested(code, request) {
        found(Rule::Unrequested, Some(missing));
    }
    if code == StatusCode::NotModified.code() && !matches!(context.method, "GET" | "HEAD") {
        found(Rule::NotModifiedMethod, None);
    }
    if code == StatusCode::MethodNotAllowed.code()
        && response
            .field(Field::Allow)
            .is_some_and(|allow| lists_method(allow, context.method))
    {
        found(Rule::AllowListsRefusedMethod, Some("Allow"));
    }
}

/// The request header field that a response with `code` answers and `request` lacks, as
/// the RFCs write it: a status that answers a request it was not asked by.
fn unrequested(code: u16, request: RequestFacts) -> Option<&'static str> {
    let status = Status::new(code).ok()?.known()?;
    let (present, field) = match status {
        // RFC 9110 §15.2.1, §10.1.1: 100 answers the 100-continue expectation.
        StatusCode::Continue => (request.expects_continue(), "Expect"),
        // §15.5.18: 417 says an expectation of the request's `Expect` cannot be met.
        StatusCode::ExpectationFailed => (request.has_expect(), "Expect"),
        // §15.2.2, §7.8: a server switches only to a protocol the request's `Upgrade` named.
        StatusCode::SwitchingProtocols => (request.has_upgrade(), "Upgrade"),
        // §15.3.7, §15.5.17: both answer a range request.
        StatusCode::PartialContent | StatusCode::RangeNotSatisfiable => {
            (request.has_range(), "Range")
        }
        // §15.4.5, §13.1.2, §13.1.3: 304 answers a conditional GET or HEAD.
        StatusCode::NotModified => (
            request.has_not_modified_condition(),
            "If-None-Match or If-Modified-Since",
        ),
        // §15.5.13: 412 says a precondition of the request evaluated to false.
        StatusCode::PreconditionFailed => (
            request.has_precondition(),
            "If-Match, If-None-Match, If-Modified-Since or If-Unmodified-Since",
        ),
        _ => return None,
    };
    (!present).then_some(field)
}

/// Whether a response to HEAD sends content, or a 2xx to CONNECT sends content or framing.
fn content_for_method(context: &Context<'_>, response: &impl ResponseView) -> bool {
    let request = context.request;
    if request.is_head() {
        return response.sends_content();
    }
    request.is_connect()
        && (200..300).contains(&response.code())
        && (response.sends_content() || response.sends_framing())
}

/// Whether the `Allow` field value `allow` lists `method` (methods are case-sensitive,
/// RFC 9110 §9.1; the list is comma-separated with optional whitespace, §5.6.1).
fn lists_method(allow: &[u8], method: &str) -> bool {
    allow
        .split(|&byte| byte == b',')
        .any(|item| item.trim_ascii() == method.as_bytes())
}

/// Whether a `Content-Type` value is `application/problem+json`, with any parameters (type
/// and subtype are case-insensitive, RFC 9110 §8.3.1).
fn is_problem_json(value: &[u8]) -> bool {
    let essence = value
        .split(|&byte| byte == b';')
        .next()
        .unwrap_or_default()
        .trim_ascii();
    essence.eq_ignore_ascii_case(b"application/problem+json")
}

#[cfg(test)]
mod tests {
    use super::{is_problem_json, lists_method};

    #[test]
    fn allow_lists_are_split_on_commas_and_compared_case_sensitively() {
        assert!(lists_method(b"GET, HEAD", "HEAD"));
        assert!(lists_method(b"GET,PUT", "PUT"));
        assert!(!lists_method(b"GET, HEAD", "get"));
        assert!(!lists_method(b"GET, HEADER", "HEAD"));
        assert!(!lists_method(b"", "GET"));
    }

    #[test]
    fn problem_json_is_recognised_with_parameters_and_any_case() {
        assert!(is_problem_json(b"application/problem+json"));
        assert!(is_problem_json(b"Application/Problem+JSON; charset=utf-8"));
        assert!(!is_problem_json(b"application/json"));
        assert!(!is_problem_json(b"text/plain"));
        assert!(!is_problem_json(b""));
    }
}
