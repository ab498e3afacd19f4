//! Doc comments written from the registry, so that every generated item explains itself.

use std::fmt::Write as _;

use crate::registry::model::{Origin, State, Status};

/// The doc comment of one status variant.
pub fn variant(status: &Status, origin: &Origin) -> String {
    let mut doc = format!("**{} {}**", status.code, status.reason);
    if origin.id != "iana" {
        let _ = write!(doc, " ({})", origin.name);
    }
    let _ = write!(doc, "\n\n{}\n", status.description);
    if !status.aliases.is_empty() {
        let quoted: Vec<_> = status
            .aliases
            .iter()
            .map(|alias| format!("\"{alias}\""))
            .collect();
        let _ = write!(doc, "\nAlso known as {}.\n", quoted.join(", "));
    }
    let _ = write!(doc, "\n- Class: {}", class_name(status.code));
    let _ = write!(
        doc,
        "\n- Cacheable by default: {}",
        if status.cacheable {
            "yes (RFC 9110 §15.1)"
        } else {
            "no"
        }
    );
    if status.body_forbidden {
        doc.push_str("\n- Content: never (a response with this status has no body)");
    }
    if !status.headers.is_empty() {
        let headers: Vec<_> = status
            .headers
            .iter()
            .map(|header| format!("`{header}`"))
            .collect();
        let _ = write!(doc, "\n- Goes with: {}", headers.join(", "));
    }
    if status.state != State::Current {
        let _ = write!(doc, "\n- Registry state: **{}**", status.state.keyword());
    }
    let _ = write!(doc, "\n- Origin: {}", origin.name);
    let _ = write!(
        doc,
        "\n- Defined in: [{}]({})",
        status.citation(),
        status.url
    );
    doc
}

/// The doc comment of an origin's enum.
pub fn status_enum(origin: &Origin, count: usize) -> String {
    format!(
        "The {count} status codes defined by {name}.\n\n{description}\n\n\
         Generated from the project's registry, `codes.toml`; the discriminant of each variant \
         is its code, so `as u16` gives the code. Source: <{reference}>.",
        name = origin.name,
        description = origin.description,
        reference = origin.reference,
    )
}

/// The name of the class of `code`, as RFC 9110 §15 names it.
pub fn class_name(code: u16) -> &'static str {
    match code / 100 {
        1 => "1xx (Informational)",
        2 => "2xx (Successful)",
        3 => "3xx (Redirection)",
        4 => "4xx (Client Error)",
        _ => "5xx (Server Error)",
    }
}
