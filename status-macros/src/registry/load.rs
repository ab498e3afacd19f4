//! Reads a codes file: TOML text to a [`Registry`], every problem located by line and column.
//!
//! This step checks each table and value on its own (types, required and unknown keys, the
//! form of each value). Checks across entries live in `validate`.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::{Diagnostics, LoadError};
use super::fields::{Fields, Located};
use super::model::{
    self, Follow, Kind, Origin, Permanence, RedirectKind, Registry, Retry, Rules, State, Status,
};
use super::validate;

/// The arrays of tables a codes file holds; every other top-level key is unknown.
const ORIGIN_TABLES: &str = "origin";
const STATUS_TABLES: &str = "status";

/// Loads and validates the codes file whose bytes are `bytes`: first checks that it is UTF-8
/// text, then as [`load`].
///
/// # Errors
/// A located problem when the file is not UTF-8, otherwise as [`load`].
pub fn load_bytes(path: &str, bytes: &[u8], kind: Kind) -> Result<Registry, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(source) => load(path, source, kind),
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let mut diagnostics = Diagnostics::new(path, valid);
            let byte = bytes.get(error.valid_up_to()).copied().unwrap_or_default();
            diagnostics.push(
                &(valid.len()..valid.len()),
                format!(
                    "the file is not UTF-8 text: byte 0x{byte:02x} does not start a character here; save it as UTF-8"
                ),
            );
            Err(diagnostics.finish())
        }
    }
}

/// Loads and validates the codes file `source` of the given kind; `path` names it in
/// messages.
///
/// # Errors
/// Every problem in the file, each with its line and column, when there is at least one.
pub fn load(path: &str, source: &str, kind: Kind) -> Result<Registry, LoadError> {
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
    let (registry, declared_origins) =
        read_registry(document.get_ref(), source, kind, &mut diagnostics);
    validate::check(&registry, &declared_origins, kind, &mut diagnostics);
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
    kind: Kind,
    diagnostics: &mut Diagnostics<'s>,
) -> (Registry, Vec<String>) {
    let mut registry = Registry {
        origins: Vec::new(),
        statuses: Vec::new(),
    };
    for (key, _) in document {
        if ![ORIGIN_TABLES, STATUS_TABLES].contains(&key.get_ref().as_ref()) {
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
    for (table, span) in array_of_tables(document, ORIGIN_TABLES, diagnostics) {
        if let Some(DeValue::String(id)) = table.get("id").map(Spanned::get_ref) {
            declared_origins.push(id.to_string());
        }
        let mut fields = Fields::new(table, span, "[[origin]]", source, diagnostics);
        if let Some(origin) = read_origin(&mut fields) {
            registry.origins.push(origin);
        }
        fields.finish();
    }
    for (table, span) in array_of_tables(document, STATUS_TABLES, diagnostics) {
        let mut fields = Fields::new(table, span, "[[status]]", source, diagnostics);
        if let Some(status) = read_status(&mut fields) {
            registry.statuses.push(status);
        }
        fields.finish();
    }
    if registry.origins.is_empty() {
        // A malformed `origin` has been reported already; an absent or empty one has not.
        let at = match document.get("origin") {
            None => Some(0..0),
            Some(value) => matches!(value.get_ref(), DeValue::Array(items) if items.is_empty())
                .then(|| value.span()),
        };
        if let Some(at) = at {
            let advice = match kind {
                Kind::Project => {
                    "declare the IANA origin, `[[origin]]` with `id = \"iana\"` and `enum = \"StatusCode\"`"
                }
                Kind::Application => {
                    "declare the application's origin, e.g. `[[origin]]` with `id = \"acme\"`, `name`, `enum = \"AcmeStatus\"`, `reference` and `description`"
                }
            };
            diagnostics.push(&at, format!("no `[[origin]]` table; {advice}"));
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
    let required_headers = fields.optional_str_array("required_headers");
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
    for list in [&headers, &required_headers] {
        for (header, span) in list {
            if header.is_empty() || !header.bytes().all(is_token_byte) {
                fields.error(span, format!("`{header}` is not a header field name (RFC 9110 §5.1: letters, digits and !#$%&'*+-.^_`|~)"));
            }
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
        aliases: texts(aliases),
        description: description?.0,
        spec: spec?.0,
        section: section.map(|(section, _)| section),
        url: url?,
        state: state.unwrap_or(State::Current),
        cacheable: cacheable.unwrap_or(false),
        body_forbidden: body_forbidden.unwrap_or(false),
        headers: texts(headers),
        required_headers: texts(required_headers),
        rules,
        location,
        name_location,
        origin_location,
    })
}

/// The texts of `located`, without their spans.
fn texts(located: Vec<Located>) -> Vec<String> {
    let mut texts = Vec::with_capacity(located.len());
    for (text, _) in located {
        texts.push(text);
    }
    texts
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
            let mut known: Vec<String> = Vec::with_capacity(model::PROTOCOLS.len());
            for (name, _) in model::PROTOCOLS {
                known.push(format!("`{name}`"));
            }
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
        protocols: texts(protocols),
        redirect,
        permanence,
        retry,
        follow,
    }
}

/// The link to a status's definition: `url` when given, otherwise built from an RFC `spec`.
fn resolve_url(
    fields: &mut Fields<'_, '_, '_, '_>,
    spec: Option<&Located>,
    section: Option<&Located>,
    url: Option<&Located>,
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
