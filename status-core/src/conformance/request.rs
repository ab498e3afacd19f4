//! What the rules need of a request: a few bits, read in one pass over its header fields when
//! the request comes, so that keeping them allocates nothing.

/// A request header field that a rule reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RequestField {
    Expect,
    IfMatch,
    IfModifiedSince,
    IfNoneMatch,
    IfUnmodifiedSince,
    Range,
    Upgrade,
}

/// The request header field `$name` as the rules name it, if a rule reads it: compared with
/// the standard names of the header module `$header` (http 1's, or actix-web's http 0.2's),
/// which compare as the small numbers a standard name is.
macro_rules! request_field {
    ($name:expr, $($header:tt)+) => {{
        use $($header)+ as header;
        use $crate::conformance::request::RequestField;
        let name = $name;
        if name == header::EXPECT {
            Some(RequestField::Expect)
        } else if name == header::IF_MATCH {
            Some(RequestField::IfMatch)
        } else if name == header::IF_MODIFIED_SINCE {
            Some(RequestField::IfModifiedSince)
        } else if name == header::IF_NONE_MATCH {
            Some(RequestField::IfNoneMatch)
        } else if name == header::IF_UNMODIFIED_SINCE {
            Some(RequestField::IfUnmodifiedSince)
        } else if name == header::RANGE {
            Some(RequestField::Range)
        } else if name == header::UPGRADE {
            Some(RequestField::Upgrade)
        } else {
            None
        }
    }};
}
pub(crate) use request_field;

/// The request method `$method` as one of RFC 9110's, if it is one: compared with the
/// constants of the method type `$type` (http 1's `Method`, or actix-web's http 0.2 one),
/// which compare as the small numbers a standard method is.
macro_rules! standard_method {
    ($method:expr, $($type:tt)+) => {{
        use $($type)+ as Method;
        use $crate::conformance::request::StandardMethod;
        let method = $method;
        if *method == Method::GET {
            Some(StandardMethod::Get)
        } else if *method == Method::POST {
            Some(StandardMethod::Post)
        } else if *method == Method::HEAD {
            Some(StandardMethod::Head)
        } else if *method == Method::PUT {
            Some(StandardMethod::Put)
        } else if *method == Method::DELETE {
            Some(StandardMethod::Delete)
        } else if *method == Method::PATCH {
            Some(StandardMethod::Patch)
        } else if *method == Method::OPTIONS {
            Some(StandardMethod::Options)
        } else if *method == Method::CONNECT {
            Some(StandardMethod::Connect)
        } else if *method == Method::TRACE {
            Some(StandardMethod::Trace)
        } else {
            None
        }
    }};
}
pub(crate) use standard_method;

/// A method RFC 9110 defines (or RFC 5789, PATCH).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StandardMethod {
    Get,
    Head,
    Post,
    Put,
    Delete,
    Connect,
    Options,
    Trace,
    Patch,
}

impl StandardMethod {
    /// The method's name.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            StandardMethod::Get => "GET",
            StandardMethod::Head => "HEAD",
            StandardMethod::Post => "POST",
            StandardMethod::Put => "PUT",
            StandardMethod::Delete => "DELETE",
            StandardMethod::Connect => "CONNECT",
            StandardMethod::Options => "OPTIONS",
            StandardMethod::Trace => "TRACE",
            StandardMethod::Patch => "PATCH",
        }
    }
}

/// The HTTP version of a request, as far as the rules tell versions apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Version {
    /// HTTP/1.0 or 0.9.
    Http10,
    Http11,
    /// HTTP/2 or later.
    Http2,
}

/// The request was HTTP/1.0 (or 0.9).
const HTTP10: u16 = 1 << 0;
/// The request had `Expect`.
const EXPECT: u16 = 1 << 1;
/// The request's `Expect` was `100-continue`.
const EXPECT_CONTINUE: u16 = 1 << 2;
/// The request had `Upgrade`.
const UPGRADE: u16 = 1 << 3;
/// The request had `Range`.
const RANGE: u16 = 1 << 4;
/// The request had `If-None-Match` or `If-Modified-Since`, the conditions of a 304.
const NOT_MODIFIED_CONDITION: u16 = 1 << 5;
/// The request had a precondition: `If-Match`, `If-None-Match`, `If-Modified-Since` or
/// `If-Unmodified-Since`.
const PRECONDITION: u16 = 1 << 6;
/// The request's method was HEAD.
const HEAD: u16 = 1 << 7;
/// The request's method was CONNECT.
const CONNECT: u16 = 1 << 8;
/// The request was HTTP/2 or later, whose framing the server writes by other rules.
const HTTP2: u16 = 1 << 9;

/// The facts of one request that the rules read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct RequestFacts(u16);

impl RequestFacts {
    /// The facts of a request with `method` (`None`: not a standard one) and `version`.
    #[inline]
    pub(crate) fn new(method: Option<StandardMethod>, version: Version) -> Self {
        let mut bits = match version {
            Version::Http10 => HTTP10,
            Version::Http11 => 0,
            Version::Http2 => HTTP2,
        };
        match method {
            Some(StandardMethod::Head) => bits |= HEAD,
            Some(StandardMethod::Connect) => bits |= CONNECT,
            _ => {}
        }
        RequestFacts(bits)
    }

    /// The facts of a request with `method` and `version` whose header fields the rules read
    /// are `fields`.
    #[inline]
    pub(crate) fn read<'a>(
        method: Option<StandardMethod>,
        version: Version,
        fields: impl Iterator<Item = (RequestField, &'a [u8])>,
    ) -> Self {
        let mut facts = Self::new(method, version);
        for (field, value) in fields {
            facts.note(field, value);
        }
        facts
    }

    /// Notes the request header field `field`, of value `value`.
    #[inline]
    pub(crate) fn note(&mut self, field: RequestField, value: &[u8]) {
        self.0 |= match field {
            RequestField::Expect if value.trim_ascii().eq_ignore_ascii_case(b"100-continue") => {
                EXPECT | EXPECT_CONTINUE
            }
            RequestField::Expect => EXPECT,
            RequestField::Upgrade => UPGRADE,
            RequestField::Range => RANGE,
            RequestField::IfNoneMatch | RequestField::IfModifiedSince => {
                NOT_MODIFIED_CONDITION | PRECONDITION
            }
            RequestField::IfMatch | RequestField::IfUnmodifiedSince => PRECONDITION,
        };
    }

    fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }

    pub(crate) fn is_http10(self) -> bool {
        self.has(HTTP10)
    }

    pub(crate) fn is_http2(self) -> bool {
        self.has(HTTP2)
    }

    pub(crate) fn has_expect(self) -> bool {
        self.has(EXPECT)
    }

    pub(crate) fn expects_continue(self) -> bool {
        self.has(EXPECT_CONTINUE)
    }

    pub(crate) fn has_upgrade(self) -> bool {
        self.has(UPGRADE)
    }

    pub(crate) fn has_range(self) -> bool {
        self.has(RANGE)
    }

    pub(crate) fn has_not_modified_condition(self) -> bool {
        self.has(NOT_MODIFIED_CONDITION)
    }

    pub(crate) fn has_precondition(self) -> bool {
        self.has(PRECONDITION)
    }

    pub(crate) fn is_head(self) -> bool {
        self.has(HEAD)
    }

    pub(crate) fn is_connect(self) -> bool {
        self.has(CONNECT)
    }

    /// Whether the method has rules of its own (HEAD and CONNECT), so that no response to
    /// it takes the fast path.
    pub(crate) fn has_method_rules(self) -> bool {
        self.has(HEAD | CONNECT)
    }
}

#[cfg(test)]
mod tests {
    use super::{RequestFacts, RequestField, StandardMethod, Version};

    #[test]
    fn expect_100_continue_is_told_from_other_expectations() {
        let mut facts = RequestFacts::new(Some(StandardMethod::Put), Version::Http11);
        facts.note(RequestField::Expect, b"100-Continue");
        assert!(facts.has_expect() && facts.expects_continue());

        let mut other = RequestFacts::new(Some(StandardMethod::Put), Version::Http11);
        other.note(RequestField::Expect, b"something-else");
        assert!(other.has_expect() && !other.expects_continue());
    }

    #[test]
    fn conditions_of_a_304_are_preconditions_too() {
        let mut facts = RequestFacts::new(Some(StandardMethod::Get), Version::Http11);
        facts.note(
            RequestField::IfModifiedSince,
            b"Sun, 06 Nov 1994 08:49:37 GMT",
        );
        assert!(facts.has_not_modified_condition() && facts.has_precondition());

        let mut if_match = RequestFacts::new(Some(StandardMethod::Put), Version::Http11);
        if_match.note(RequestField::IfMatch, b"\"v1\"");
        assert!(!if_match.has_not_modified_condition() && if_match.has_precondition());
    }

    #[test]
    fn head_and_connect_have_rules_of_their_own() {
        assert!(RequestFacts::new(Some(StandardMethod::Head), Version::Http11).has_method_rules());
        assert!(
            RequestFacts::new(Some(StandardMethod::Connect), Version::Http11).has_method_rules()
        );
        assert!(!RequestFacts::new(Some(StandardMethod::Get), Version::Http10).has_method_rules());
        assert!(RequestFacts::new(Some(StandardMethod::Get), Version::Http10).is_http10());
    }
}
