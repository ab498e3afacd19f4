//! Reads a codes file: TOML text to a [`Registry`], every problem located by line and column.
//!
//! This step checks each table and value on its own (types, required and unknown keys, the
//! form of each value). Checks across entries live in `validate`.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::{Diagnostics, LoadError, Location};
use super::model::{
    self, Follow, Keyword, Origin, Permanence, RedirectKind, Registry, Retry, Rules, State, Status,
};
use super::validate;

/// The top-level keys of a codes file.
const TOP_LEVEL_KEYS: [&str; 2] = ["origin", "status"];
const ORIGIN_KEYS: [&str; 5] = ["id", "name", "enum", "reference", "description"];
const STATUS_KEYS: [&str; 19] = [
    "code",
    "origin",
    "name",
    "reason",
    "aliases",
    "description",
    "spec",
    "section",
    "url",
    "state",
    "cacheable",
    "body_forbidden",
    "headers",
    "no_content",
    "protocols",
    "redirect",
    "permanence",
    "retry",
    "follow",
];

/// Loads and validates the codes file `source`; `path` names it in messages.
///
/// # Errors
/// Every problem in the file, each with its line and column, when there is at least one.
pub fn load(path: &str, source: &str) -> Result<Registry, LoadError> {
    let mut diagnostics = Diagnostics::new(path, source);
    let document = match DeTable::parse(source) {
        Ok(document) => document,
        Err(error) => {
            let span = error.span().unwrap_or(0..0);
            let message = error.message().trim_end().trim_end_matches('.').to_owned();
            diagnostics.push(&span, format!("invalid TOML: {message}"));
            return Err(diagnostics.finish());
        }
    };
    let (registry, declared_origins) = read_registry(document.get_ref(), source, &mut diagnostics);
    validate::check(&registry, &declared_origins, &mut diagnostics);
    if diagnostics.is_empty() {
        Ok(registry)
    } else {
        Err(diagnostics.finish())
    }
}

/// Reads every table of the file, and returns with the registry the id of every `[[origin]]`
/// table, including those with other problems.
fn read_registry<'s>(
    document: &DeTable<'_>,
    source: &'s str,
    diagnostics: &mut Diagnostics<'s>,
) -> (Registry, Vec<String>) {
    let mut registry = Registry {
        origins: Vec::new(),
        statuses: Vec::new(),
    };
    for (key, _) in document {
        if !TOP_LEVEL_KEYS.contains(&key.get_ref().as_ref()) {
            diagnostics.push(
                &key.span(),
                format!(
                    "unknown key `{}` at the top level; a codes file holds only `[[origin]]` and `[[status]]` tables",
                    key.get_ref()
                ),
            );
        }
    }
    let mut declared_origins = Vec::new();
    for (table, span) in array_of_tables(document, "origin", diagnostics) {
        if let Some(DeValue::String(id)) = table.get("id").map(Spanned::get_ref) {
            declared_origins.push(id.to_string());
        }
        let mut fields = Fields::new(table, span, "[[origin]]", &ORIGIN_KEYS, source, diagnostics);
        if let Some(origin) = read_origin(&mut fields) {
            registry.origins.push(origin);
        }
        fields.reject_unknown();
    }
    for (table, span) in array_of_tables(document, "status", diagnostics) {
        let mut fields = Fields::new(table, span, "[[status]]", &STATUS_KEYS, source, diagnostics);
        if let Some(status) = read_status(&mut fields) {
            registry.statuses.push(status);
        }
        fields.reject_unknown();
    }
    if registry.origins.is_empty() {
        // A malformed `origin` has been reported already; an absent or empty one has not.
        let at = match document.get("origin") {
            None => Some(0..0),
            Some(value) => matches!(value.get_ref(), DeValue::Array(items) if items.is_empty())
                .then(|| value.span()),
        };
        if let Some(at) = at {
            diagnostics.push(
                &at,
                "no `[[origin]]` table; declare at least one origin, e.g. `[[origin]]` with `id = \"iana\"`",
            );
        }
    }
    (registry, declared_origins)
}

/// The tables of the array of tables `key`, each with the span of its header.
fn array_of_tables<'a, 'i>(
    document: &'a DeTable<'i>,
    key: &str,
    diagnostics: &mut Diagnostics<'_>,
) -> Vec<(&'a DeTable<'i>, Range<usize>)> {
    let Some(value) = document.get(key) else {
        return Vec::new();
    };
    let DeValue::Array(items) = value.get_ref() else {
        diagnostics.push(
            &value.span(),
            format!(
                "`{key}` must be an array of tables written `[[{key}]]`, found {}",
                value.get_ref().type_str()
            ),
        );
        return Vec::new();
    };
    let mut tables = Vec::new();
    for item in items {
        match item.get_ref() {
            DeValue::Table(table) => tables.push((table, item.span())),
            other => diagnostics.push(
                &item.span(),
                format!(
                    "each `{key}` entry must be a table written `[[{key}]]`, found {}",
                    other.type_str()
                ),
            ),
        }
    }
    tables
}

fn read_origin(fields: &mut Fields<'_, '_, '_, '_>) -> Option<Origin> {
    let location = fields.location();
    let id = fields.required_str("id");
    let name = fields.required_str("name");
    let enum_name = fields.required_str("enum");
    let reference = fields.required_str("reference");
    let description = fields.required_str("description");
    if let Some((id, span)) = &id
        && (id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
    {
        fields.error(
            span,
            format!(
                "origin id `{id}` must be lowercase ASCII letters, digits or `-`, e.g. `nginx`"
            ),
        );
    }
    if let Some((enum_name, span)) = &enum_name {
        check_type_name(fields, enum_name, span, "origin enum name");
    }
    if let Some((reference, span)) = &reference {
        check_url(fields, reference, span, "reference");
    }
    for (key, text) in [("name", &name), ("description", &description)] {
        if let Some((text, span)) = text {
            check_prose(fields, key, text, span);
        }
    }
    let enum_location = fields.location_of(&enum_name.as_ref()?.1);
    Some(Origin {
        id: id?.0,
        name: name?.0,
        enum_name: enum_name?.0,
        reference: reference?.0,
        description: description?.0,
        location,
        enum_location,
    })
}

fn read_status(fields: &mut Fields<'_, '_, '_, '_>) -> Option<Status> {
    let location = fields.location();
    let code = fields.required_code();
    let origin = fields.required_str("origin");
    let name = fields.required_str("name");
    let reason = fields.required_str("reason");
    let aliases = fields.optional_str_array("aliases");
    let description = fields.required_str("description");
    let spec = fields.required_str("spec");
    let section = fields.optional_str("section");
    let url = fields.optional_str("url");
    let state = fields.optional_keyword::<State>("state");
    let cacheable = fields.optional_bool("cacheable");
    let body_forbidden = fields.optional_bool("body_forbidden");
    let headers = fields.optional_str_array("headers");
    let rules = read_rules(fields, code);

    if let Some((name, span)) = &name {
        check_type_name(fields, name, span, "variant name");
    }
    if let Some((reason, span)) = &reason {
        check_reason(fields, reason, span);
    }
    for (alias, span) in &aliases {
        check_reason(fields, alias, span);
    }
    if let Some((description, span)) = &description {
        check_prose(fields, "description", description, span);
    }
    for (header, span) in &headers {
        if header.is_empty() || !header.bytes().all(is_token_byte) {
            fields.error(span, format!("`{header}` is not a header field name (RFC 9110 §5.1: letters, digits and !#$%&'*+-.^_`|~)"));
        }
    }
    if let Some((section, span)) = &section
        && (section.is_empty()
            || !section
                .split('.')
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric())))
    {
        fields.error(
            span,
            format!("section `{section}` must be dotted numbers such as `15.5.5`"),
        );
    }
    let url = resolve_url(fields, spec.as_ref(), section.as_ref(), url.as_ref());

    let name_location = fields.location_of(&name.as_ref()?.1);
    let origin_location = fields.location_of(&origin.as_ref()?.1);
    Some(Status {
        code: code?,
        origin: origin?.0,
        name: name?.0,
        reason: reason?.0,
        aliases: aliases.into_iter().map(|(alias, _)| alias).collect(),
        description: description?.0,
        spec: spec?.0,
        section: section.map(|(section, _)| section),
        url: url?,
        state: state.unwrap_or(State::Current),
        cacheable: cacheable.unwrap_or(false),
        body_forbidden: body_forbidden.unwrap_or(false),
        headers: headers.into_iter().map(|(header, _)| header).collect(),
        rules,
        location,
        name_location,
        origin_location,
    })
}

/// The optional facts behind the rules of RFC 9110 §15, checked against the status `code`.
fn read_rules(fields: &mut Fields<'_, '_, '_, '_>, code: Option<u16>) -> Rules {
    let no_content = fields.optional_bool("no_content");
    let protocols = fields.optional_str_array("protocols");
    let redirect = fields.optional_keyword::<RedirectKind>("redirect");
    let permanence = fields.optional_keyword::<Permanence>("permanence");
    let retry = fields.optional_keyword::<Retry>("retry");
    let follow = fields.optional_keyword::<Follow>("follow");
    for (protocol, span) in &protocols {
        if !model::PROTOCOLS.iter().any(|(name, _)| name == protocol) {
            let known: Vec<_> = model::PROTOCOLS
                .iter()
                .map(|(name, _)| format!("`{name}`"))
                .collect();
            fields.error(
                span,
                format!(
                    "unknown protocol `{protocol}`; expected one of {}",
                    known.join(", ")
                ),
            );
        }
    }
    if let Some(code) = code.filter(|code| code / 100 != 3) {
        for (key, present) in [
            ("redirect", redirect.is_some()),
            ("follow", follow.is_some()),
        ] {
            if present {
                let span = fields.get(key).map_or(0..0, Spanned::span);
                fields.error(
                    &span,
                    format!("`{key}` applies only to redirects (3xx), not to {code}"),
                );
            }
        }
    }
    Rules {
        no_content: no_content.unwrap_or(false),
        protocols: protocols
            .into_iter()
            .map(|(protocol, _)| protocol)
            .collect(),
        redirect,
        permanence,
        retry,
        follow,
    }
}

/// The link to a status's definition: `url` when given, otherwise built from an RFC `spec`.
fn resolve_url(
    fields: &mut Fields<'_, '_, '_, '_>,
    spec: Option<&(String, Range<usize>)>,
    section: Option<&(String, Range<usize>)>,
    url: Option<&(String, Range<usize>)>,
) -> Option<String> {
    let (spec, spec_span) = spec?;
    let rfc = model::rfc_number(spec);
    if let Some((url, span)) = url {
        check_url(fields, url, span, "url");
        return Some(url.clone());
    }
    if let Some(number) = rfc {
        Some(model::rfc_url(
            number,
            section.map(|(section, _)| section.as_str()),
        ))
    } else {
        fields.error(
            spec_span,
            format!("`spec = \"{spec}\"` is not an RFC, so the entry needs a `url` to link to; add `url = \"https://…\"` or write the spec as `RFC <number>`"),
        );
        None
    }
}

fn check_type_name(
    fields: &mut Fields<'_, '_, '_, '_>,
    name: &str,
    span: &Range<usize>,
    what: &str,
) {
    if let Some(problem) = validate::type_name_problem(name) {
        fields.error(span, format!("{what} `{name}` {problem}"));
    }
}

fn check_reason(fields: &mut Fields<'_, '_, '_, '_>, reason: &str, span: &Range<usize>) {
    if reason.trim().is_empty() {
        fields.error(
            span,
            "reason phrase is empty; write the phrase sent on the status line, e.g. `Not Found`",
        );
    } else if reason.trim() != reason {
        fields.error(
            span,
            format!("reason phrase `{reason}` has leading or trailing white space"),
        );
    } else if !reason
        .bytes()
        .all(|b| b == b'\t' || b == b' ' || b.is_ascii_graphic())
    {
        fields.error(
            span,
            format!(
                "reason phrase `{}` may hold only visible ASCII, spaces and tabs (RFC 9112 §4)",
                reason.escape_default()
            ),
        );
    }
}

fn check_prose(fields: &mut Fields<'_, '_, '_, '_>, key: &str, text: &str, span: &Range<usize>) {
    if text.trim().is_empty() {
        fields.error(span, format!("`{key}` is empty; write a sentence"));
    }
}

fn check_url(fields: &mut Fields<'_, '_, '_, '_>, url: &str, span: &Range<usize>, key: &str) {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    if rest.is_none_or(|rest| rest.is_empty() || rest.contains(char::is_whitespace)) {
        fields.error(
            span,
            format!("`{key}` must be an absolute `https://` link without spaces, found `{url}`"),
        );
    }
}

/// Whether `byte` may appear in an HTTP token (RFC 9110 §5.6.2).
fn is_token_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

/// Reads the keys of one table, remembering which were read so that the rest can be
/// reported as unknown. Every type problem is recorded and reads on as if the key were absent.
struct Fields<'t, 'i, 'd, 's> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    what: &'static str,
    /// The keys this kind of table may have.
    known: &'static [&'static str],
    source: &'s str,
    diagnostics: &'d mut Diagnostics<'s>,
}

impl<'t, 'i, 'd, 's> Fields<'t, 'i, 'd, 's> {
    fn new(
        table: &'t DeTable<'i>,
        span: Range<usize>,
        what: &'static str,
        known: &'static [&'static str],
        source: &'s str,
        diagnostics: &'d mut Diagnostics<'s>,
    ) -> Self {
        Fields {
            table,
            span,
            what,
            known,
            source,
            diagnostics,
        }
    }

    /// Where the table starts: its `[[…]]` header, or the `{` of an inline table.
    fn location(&self) -> Location {
        Location::of_offset(self.source, self.header_start())
    }

    fn location_of(&self, span: &Range<usize>) -> Location {
        Location::of_offset(self.source, span.start)
    }

    /// The byte offset where the table starts: `toml` spans a `[[…]]` table by its header and an
    /// inline table by its braces. (Looking back for `[[` would find one in an earlier comment
    /// or string when the table is inline.)
    fn header_start(&self) -> usize {
        self.span.start.min(self.source.len())
    }

    fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        self.diagnostics.push(span, message);
    }

    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    fn missing(&mut self, key: &str) {
        // A misspelt key is reported once, as unknown with a "did you mean" for this one.
        if self.misspellings().any(|(_, close)| close == key) {
            return;
        }
        let at = self.header_start();
        self.diagnostics.push(
            &(at..at),
            format!("missing `{key}` in this `{}` table", self.what),
        );
    }

    fn wrong_type(&mut self, key: &str, expected: &str, found: &Spanned<DeValue<'i>>) {
        self.diagnostics.push(
            &found.span(),
            format!(
                "`{key}` must be {expected}, found {}",
                found.get_ref().type_str()
            ),
        );
    }

    fn optional_str(&mut self, key: &str) -> Option<(String, Range<usize>)> {
        let value = self.get(key)?;
        if let DeValue::String(text) = value.get_ref() {
            Some((text.to_string(), value.span()))
        } else {
            self.wrong_type(key, "a string", value);
            None
        }
    }

    fn required_str(&mut self, key: &str) -> Option<(String, Range<usize>)> {
        if self.get(key).is_none() {
            self.missing(key);
            return None;
        }
        self.optional_str(key)
    }

    fn optional_bool(&mut self, key: &str) -> Option<bool> {
        let value = self.get(key)?;
        if let DeValue::Boolean(flag) = value.get_ref() {
            Some(*flag)
        } else {
            self.wrong_type(key, "`true` or `false`", value);
            None
        }
    }

    fn optional_str_array(&mut self, key: &str) -> Vec<(String, Range<usize>)> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, "an array of strings", value);
            return Vec::new();
        };
        let mut strings = Vec::new();
        for item in items {
            match item.get_ref() {
                DeValue::String(text) => strings.push((text.to_string(), item.span())),
                other => {
                    let message =
                        format!("`{key}` must hold only strings, found {}", other.type_str());
                    self.diagnostics.push(&item.span(), message);
                }
            }
        }
        strings
    }

    /// A value written as one word of `T`'s fixed set, e.g. `state = "unused"`.
    fn optional_keyword<T: Keyword>(&mut self, key: &str) -> Option<T> {
        let (word, span) = self.optional_str(key)?;
        let found = T::KEYWORDS.iter().find(|(keyword, _, _)| *keyword == word);
        if found.is_none() {
            let known: Vec<_> = T::KEYWORDS
                .iter()
                .map(|(keyword, _, _)| format!("`{keyword}`"))
                .collect();
            self.error(
                &span,
                format!(
                    "unknown {key} `{word}`; expected one of {}",
                    known.join(", ")
                ),
            );
        }
        found.map(|(_, value, _)| *value)
    }

    fn required_code(&mut self) -> Option<u16> {
        let Some(value) = self.get("code") else {
            self.missing("code");
            return None;
        };
        let DeValue::Integer(integer) = value.get_ref() else {
            self.wrong_type("code", "an integer such as `404`", value);
            return None;
        };
        let number = i64::from_str_radix(integer.as_str(), integer.radix()).ok();
        if let Some(code @ 100..=599) = number.and_then(|number| u16::try_from(number).ok()) {
            Some(code)
        } else {
            self.error(
                &value.span(),
                format!("status code `{integer}` is outside 100..=599; an HTTP status code is three digits whose first is 1 to 5 (RFC 9110 §15)"),
            );
            None
        }
    }

    /// Reports every key of the table not in `known`, with the closest known key if any.
    /// The keys of the table that are not known, each with the closest known key if any.
    fn unknown_keys(
        &self,
    ) -> impl Iterator<Item = (&'t Spanned<toml::de::DeString<'i>>, Option<&'static str>)> {
        let known = self.known;
        self.table
            .keys()
            .filter(move |key| !known.contains(&key.get_ref().as_ref()))
            .map(move |key| (key, validate::closest(key.get_ref(), known.iter().copied())))
    }

    /// The unknown keys that look like a misspelling of a known one, with that one.
    fn misspellings(
        &self,
    ) -> impl Iterator<Item = (&'t Spanned<toml::de::DeString<'i>>, &'static str)> {
        self.unknown_keys()
            .filter_map(|(key, close)| Some((key, close?)))
    }

    /// Reports every key of the table that is not known, with the closest known key if any.
    fn reject_unknown(&mut self) {
        let unknown: Vec<_> = self.unknown_keys().collect();
        for (key, close) in unknown {
            let hint = close
                .map(|close| format!("; did you mean `{close}`?"))
                .unwrap_or_default();
            let message = format!(
                "unknown key `{}` in a `{}` table{hint}",
                key.get_ref(),
                self.what
            );
            self.diagnostics.push(&key.span(), message);
        }
    }
}
