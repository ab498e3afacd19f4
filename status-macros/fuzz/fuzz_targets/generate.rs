//! Fuzzes the generators on codes files the loader accepts: a list of edits (set, remove or
//! add a key, drop or copy a table) is applied to the project's `codes.toml` or to an
//! application's codes file, and whenever the loader accepts the result, the code generated
//! from it (`__core_registry!` for the project's registry, `include_codes!` for an
//! application's file) must parse as a Rust file with `syn`. Panics anywhere are crashes.

#![no_main]

use std::fmt::Write as _;

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

// status-macros is a proc-macro crate, whose items cannot be used from another crate. Its
// loader and generators need only std, toml, proc-macro2, quote and syn, and proc-macro2
// works outside a macro, so they are compiled into this target under the module paths they
// use (`crate::registry`, `crate::generate`, …).
#[allow(dead_code, unused_imports)]
#[path = "../../src/registry/mod.rs"]
mod registry;

#[allow(dead_code, unused_imports)]
#[path = "../../src/generate/mod.rs"]
mod generate;

#[allow(dead_code, unused_imports)]
#[path = "../../src/errors.rs"]
mod errors;

#[allow(dead_code, unused_imports)]
#[path = "../../src/embedded.rs"]
mod embedded;

#[allow(dead_code, unused_imports)]
#[path = "../../src/core_registry.rs"]
mod core_registry;

#[allow(dead_code, unused_imports)]
#[path = "../../src/include_codes.rs"]
mod include_codes;

const PROJECT: &str = include_str!("../../../codes.toml");
const APPLICATION: &str = include_str!("../../../tests/data/app-codes.toml");

/// The keys of the schema, and one that is not.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Key {
    Id,
    Name,
    Enum,
    Reference,
    Code,
    Origin,
    Reason,
    Aliases,
    Description,
    Spec,
    Section,
    Url,
    State,
    Cacheable,
    BodyForbidden,
    Headers,
    NoContent,
    Protocols,
    Redirect,
    Follow,
    Permanence,
    Retry,
    Unknown,
}

impl Key {
    fn as_str(self) -> &'static str {
        match self {
            Key::Id => "id",
            Key::Name => "name",
            Key::Enum => "enum",
            Key::Reference => "reference",
            Key::Code => "code",
            Key::Origin => "origin",
            Key::Reason => "reason",
            Key::Aliases => "aliases",
            Key::Description => "description",
            Key::Spec => "spec",
            Key::Section => "section",
            Key::Url => "url",
            Key::State => "state",
            Key::Cacheable => "cacheable",
            Key::BodyForbidden => "body_forbidden",
            Key::Headers => "headers",
            Key::NoContent => "no_content",
            Key::Protocols => "protocols",
            Key::Redirect => "redirect",
            Key::Follow => "follow",
            Key::Permanence => "permanence",
            Key::Retry => "retry",
            Key::Unknown => "stauts",
        }
    }
}

/// Words the schema gives meaning to, so that edits often stay valid.
const WORDS: &[&str] = &[
    "iana", "nginx", "google", "acme", "partner", "current", "unused", "deprecated", "obsolete",
    "temporary", "permanent", "moved", "choice", "indirect", "cached", "keep-method",
    "post-may-become-get", "get", "may-succeed", "needs-change", "transient", "HTTP/1.0",
    "HTTP/1.1", "HTTP/2", "HTTP/3", "RFC 9110", "15.5.5", "https://example.com/x", "NotFound",
    "Nginx", "StatusCode", "Retry-After", "Location", "Self", "r#enum", "Ünïcode", "",
];

/// A value of a key.
#[derive(Arbitrary, Debug)]
enum Value {
    Code(u16),
    Integer(i64),
    Bool(bool),
    Word(u8),
    Text(String),
    Words(Vec<u8>),
    Texts(Vec<String>),
}

impl Value {
    fn toml(&self) -> String {
        let word = |index: u8| WORDS[usize::from(index) % WORDS.len()];
        match self {
            Value::Code(code) => code.to_string(),
            Value::Integer(number) => number.to_string(),
            Value::Bool(value) => value.to_string(),
            Value::Word(index) => quoted(word(*index)),
            Value::Text(text) => quoted(text),
            Value::Words(indices) => list(indices.iter().map(|&index| quoted(word(index)))),
            Value::Texts(texts) => list(texts.iter().map(|text| quoted(text))),
        }
    }
}

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: impl Iterator<Item = String>) -> String {
    format!("[{}]", items.collect::<Vec<_>>().join(", "))
}

/// One edit of the file; a table is chosen by its index, modulo the number of tables.
#[derive(Arbitrary, Debug)]
enum Edit {
    /// Sets the key in the table: replaces its line, or adds one.
    Set { table: u16, key: Key, value: Value },
    /// Removes the key's line from the table.
    Remove { table: u16, key: Key },
    /// Removes the table.
    Drop { table: u16 },
    /// Copies the table to the end of the file.
    Copy { table: u16 },
}

#[derive(Arbitrary, Debug)]
struct Input {
    /// An application's codes file rather than the project's registry.
    application: bool,
    edits: Vec<Edit>,
}

/// The file as its preamble and its tables, each a list of lines starting with `[[…]]`.
fn tables(source: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut preamble = Vec::new();
    let mut tables: Vec<Vec<String>> = Vec::new();
    for line in source.lines() {
        if line.starts_with("[[") {
            tables.push(vec![line.to_owned()]);
        } else if let Some(table) = tables.last_mut() {
            table.push(line.to_owned());
        } else {
            preamble.push(line.to_owned());
        }
    }
    (preamble, tables)
}

/// Whether `line` sets `key`.
fn sets(line: &str, key: &str) -> bool {
    line.strip_prefix(key)
        .is_some_and(|rest| rest.trim_start().starts_with('='))
}

fn apply(source: &str, edits: &[Edit]) -> String {
    let (preamble, mut tables) = tables(source);
    for edit in edits {
        if tables.is_empty() {
            break;
        }
        let count = tables.len();
        let pick = |table: u16| usize::from(table) % count;
        match edit {
            Edit::Set { table, key, value } => {
                let table = &mut tables[pick(*table)];
                let line = format!("{} = {}", key.as_str(), value.toml());
                match table.iter().position(|l| sets(l, key.as_str())) {
                    Some(index) => table[index] = line,
                    None => table.insert(1, line),
                }
            }
            Edit::Remove { table, key } => {
                tables[pick(*table)].retain(|line| !sets(line, key.as_str()));
            }
            Edit::Drop { table } => {
                tables.remove(pick(*table));
            }
            Edit::Copy { table } => {
                let copy = tables[pick(*table)].clone();
                tables.push(copy);
            }
        }
    }
    let mut out = preamble.join("\n");
    for table in tables {
        out.push('\n');
        out.push_str(&table.join("\n"));
    }
    out.push('\n');
    out
}

fuzz_target!(|input: Input| {
    let (source, kind) = if input.application {
        (APPLICATION, registry::Kind::Application)
    } else {
        (PROJECT, registry::Kind::Project)
    };
    let text = apply(source, &input.edits);
    let Ok(loaded) = registry::load_bytes("fuzz.toml", text.as_bytes(), kind) else {
        return;
    };
    let tokens = if input.application {
        include_codes::generate(&loaded, "codes/fuzz.toml")
    } else {
        core_registry::expand(proc_macro2::TokenStream::new(), &Ok(loaded))
    };
    if let Err(error) = syn::parse2::<syn::File>(tokens.clone()) {
        panic!("the generated code does not parse: {error}\n--- codes file:\n{text}\n--- code:\n{tokens}");
    }
});
