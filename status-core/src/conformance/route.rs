//! Routes: a path pattern in axum 0.8's syntax and the codes of its status contract, matched
//! against a request's path without allocating.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// The codes of a status contract: one bit per code from 100 to 599.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct CodeSet([u64; 8]);

impl CodeSet {
    /// Adds `code`; `false` when it is not from 100 to 599 and cannot be added.
    pub(crate) fn insert(&mut self, code: u16) -> bool {
        let Some(bit) = Self::bit(code) else {
            return false;
        };
        self.0[bit / 64] |= 1 << (bit % 64);
        true
    }

    /// Whether `code` is in the set; never for a code outside 100 to 599.
    pub(crate) fn contains(&self, code: u16) -> bool {
        Self::bit(code).is_some_and(|bit| self.0[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// The position of `code` in the set.
    fn bit(code: u16) -> Option<usize> {
        let bit = code.wrapping_sub(100);
        (bit < 500).then_some(usize::from(bit))
    }
}

/// One segment of a pattern, between two slashes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    /// Text the path segment must equal, `{{` and `}}` already read as `{` and `}`.
    Literal(Box<str>),
    /// `{name}`: any segment but an empty one.
    Param,
    /// `{*name}`, always last: the rest of the path, slashes included, but not nothing.
    Rest,
}

/// A route: its pattern as given, the pattern read, and the route's status contract.
#[derive(Clone, Debug)]
pub(crate) struct Route {
    pub(crate) pattern: Box<str>,
    segments: Box<[Segment]>,
    pub(crate) codes: CodeSet,
}

impl Route {
    /// The route of `pattern`, with no codes yet.
    ///
    /// # Panics
    /// When `pattern` is not a pattern axum 0.8 accepts, saying why: the layer is set up
    /// once, at start-up, as the router that panics on the same patterns.
    pub(crate) fn new(pattern: &str) -> Self {
        match parse(pattern) {
            Ok(segments) => Route {
                pattern: pattern.into(),
                segments,
                codes: CodeSet::default(),
            },
            Err(why) => panic!("invalid route pattern `{pattern}`: {why}"),
        }
    }

    /// Whether `path` (a request's path, as the layer sees it) matches the pattern, as axum
    /// matches it: segment by segment, byte for byte, with no percent-decoding.
    pub(crate) fn matches(&self, path: &str) -> bool {
        let Some(mut rest) = path.strip_prefix('/') else {
            return false;
        };
        let last = self.segments.len().saturating_sub(1);
        for (index, segment) in self.segments.iter().enumerate() {
            let (part, tail) = match rest.split_once('/') {
                Some((part, tail)) => (part, Some(tail)),
                None => (rest, None),
            };
            let matched = match segment {
                Segment::Rest => return !rest.is_empty(),
                Segment::Param => !part.is_empty(),
                Segment::Literal(text) => part == &**text,
            };
            match (matched, tail) {
                (false, _) => return false,
                (true, None) => return index == last,
                (true, Some(_)) if index == last => return false,
                (true, Some(tail)) => rest = tail,
            }
        }
        false
    }
}

/// The segments of `pattern`, or why axum would refuse it.
fn parse(pattern: &str) -> Result<Box<[Segment]>, &'static str> {
    let Some(rest) = pattern.strip_prefix('/') else {
        return Err("a pattern starts with `/`");
    };
    let mut segments = Vec::new();
    let mut parts = rest.split('/').peekable();
    while let Some(part) = parts.next() {
        let segment = match part
            .strip_prefix('{')
            .and_then(|part| part.strip_suffix('}'))
        {
            Some(inner) if !inner.starts_with('{') => {
                let (name, segment) = match inner.strip_prefix('*') {
                    Some(name) => (name, Segment::Rest),
                    None => (inner, Segment::Param),
                };
                if name.is_empty() || name.contains(['{', '}']) {
                    return Err("a parameter is `{name}` or `{*name}`, with a name");
                }
                if segment == Segment::Rest && parts.peek().is_some() {
                    return Err("`{*name}` matches the rest of the path, so it comes last");
                }
                segment
            }
            _ => Segment::Literal(literal(part)?),
        };
        segments.push(segment);
    }
    Ok(segments.into_boxed_slice())
}

/// The text of a literal segment: `{{` is `{` and `}}` is `}`; a brace alone is a mistake.
fn literal(part: &str) -> Result<Box<str>, &'static str> {
    let mut text = String::with_capacity(part.len());
    let mut chars = part.chars();
    while let Some(char) = chars.next() {
        if matches!(char, '{' | '}') && chars.next() != Some(char) {
            return Err(
                "a parameter is a whole segment, `{name}` or `{*name}` (write `{{` and `}}` \
                 for the braces themselves)",
            );
        }
        text.push(char);
    }
    Ok(text.into_boxed_str())
}
