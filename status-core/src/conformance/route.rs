//! Routes: a path pattern in axum 0.8's syntax and the codes of its status contract, matched
//! against a request's path without allocating.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// The codes of a status contract: one bit per code from 100 to 599.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct CodeSet([u64; 8]);

impl CodeSet {
    /// Every code from 100 to 599.
    pub(crate) fn every_code() -> Self {
        let mut codes = CodeSet::default();
        for code in 100..=599 {
            codes.insert(code);
        }
        codes
    }

    /// The codes of both sets.
    pub(crate) fn and(self, other: &CodeSet) -> Self {
        let mut both = self;
        for (word, other) in both.0.iter_mut().zip(other.0) {
            *word &= other;
        }
        both
    }

    /// Adds `code`; `false` when it is not from 100 to 599 and cannot be added.
    pub(crate) fn insert(&mut self, code: u16) -> bool {
        let Some(bit) = Self::bit(code) else {
            return false;
        };
        self.0[bit / 64] |= 1 << (bit % 64);
        true
    }

    /// Whether `code` is in the set; never for a code outside 100 to 599.
    #[inline]
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
    /// The literal start of the pattern, up to the slash before its first parameter (or the
    /// whole pattern, if it has none): one comparison refuses most paths.
    prefix: Box<[u8]>,
    /// The segments after `prefix`, the first of them a parameter.
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
        let segments = match parse(pattern) {
            Ok(segments) => segments,
            Err(why) => panic!("invalid route pattern `{pattern}`: {why}"),
        };
        let literals = segments
            .iter()
            .take_while(|segment| matches!(segment, Segment::Literal(_)))
            .count();
        let mut prefix = Vec::new();
        for segment in &segments[..literals] {
            if let Segment::Literal(text) = segment {
                prefix.push(b'/');
                prefix.extend_from_slice(text.as_bytes());
            }
        }
        if literals < segments.len() {
            prefix.push(b'/');
        }
        Route {
            pattern: pattern.into(),
            prefix: prefix.into_boxed_slice(),
            segments: segments[literals..].into(),
            codes: CodeSet::default(),
        }
    }

    /// Whether `path` (a request's path, as the layer sees it) matches the pattern, as axum
    /// matches it: segment by segment, byte for byte, with no percent-decoding.
    pub(crate) fn matches(&self, path: &str) -> bool {
        let path = path.as_bytes();
        if !starts_with(path, &self.prefix) {
            return false;
        }
        let mut rest = &path[self.prefix.len()..];
        let Some((last, init)) = self.segments.split_last() else {
            return rest.is_empty();
        };
        for segment in init {
            let end = match segment {
                Segment::Literal(text) if rest.starts_with(text.as_bytes()) => text.len(),
                Segment::Param => match next_slash(rest) {
                    0 => return false,
                    end => end,
                },
                Segment::Literal(_) | Segment::Rest => return false,
            };
            match rest.split_at_checked(end) {
                Some((_, [b'/', tail @ ..])) => rest = tail,
                _ => return false,
            }
        }
        match last {
            Segment::Literal(text) => rest == text.as_bytes(),
            Segment::Param => !rest.is_empty() && next_slash(rest) == rest.len(),
            Segment::Rest => !rest.is_empty(),
        }
    }
}

/// Whether `bytes` starts with `start`, compared byte by byte: a prefix is short, and most
/// differ from the path within a few bytes, before a call to `memcmp` would return.
fn starts_with(bytes: &[u8], start: &[u8]) -> bool {
    bytes.len() >= start.len() && bytes.iter().zip(start).all(|(byte, wanted)| byte == wanted)
}

/// Where the first segment of `path` ends: at its first slash, or at its end.
fn next_slash(path: &[u8]) -> usize {
    path.iter()
        .position(|&byte| byte == b'/')
        .unwrap_or(path.len())
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
