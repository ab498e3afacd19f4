//! Doc comments written from the registry, so that every generated item explains itself.

use std::fmt::Write as _;

use crate::registry::model::{
    Follow, IANA, Keyword, Origin, Permanence, RedirectKind, Retry, State, Status,
};

/// The doc comment of one status variant.
/// `items`, each between two `quote` marks, separated by commas: `` `a`, `b` ``.
fn quoted_list(items: &[String], quote: char) -> String {
    let mut list = String::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            list.push_str(", ");
        }
        list.push(quote);
        list.push_str(item);
        list.push(quote);
    }
    list
}

pub fn variant(status: &Status, origin: &Origin) -> String {
    let mut doc = format!("**{} {}**", status.code, status.reason);
    if origin.id != IANA {
        let _ = write!(doc, " ({})", origin.name);
    }
    let _ = write!(doc, "\n\n{}\n", status.description);
    if !status.aliases.is_empty() {
        let _ = write!(
            doc,
            "\nAlso known as {}.\n",
            quoted_list(&status.aliases, '"')
        );
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
    if status.code < 200 {
        doc.push_str("\n- Interim response: a final response follows; never sent to an HTTP/1.0 client (RFC 9110 §15.2)");
    }
    if !status.rules.protocols.is_empty() {
        let _ = write!(
            doc,
            "\n- Sent only over: {}",
            status.rules.protocols.join(", ")
        );
    }
    content_and_redirect(status, &mut doc);
    if status.code / 100 == 3 {
        doc.push_str("\n- `Retry-After`, if sent, asks the user agent to wait before following (RFC 9110 §10.2.3)");
    }
    match status.rules.permanence {
        Some(Permanence::Temporary) => doc.push_str("\n- Condition: temporary"),
        Some(Permanence::Permanent) => doc.push_str("\n- Condition: permanent"),
        None => {}
    }
    match status.rules.retry {
        Some(Retry::MaySucceed) => {
            doc.push_str("\n- Retry: the identical request may succeed later");
        }
        Some(Retry::NeedsChange) => doc.push_str("\n- Retry: only a changed request can succeed"),
        Some(Retry::Transient) => doc.push_str(
            "\n- Retry: transient in practice, the RFCs are silent; an idempotent request may be repeated",
        ),
        None => {}
    }
    if !status.headers.is_empty() {
        let _ = write!(doc, "\n- Goes with: {}", quoted_list(&status.headers, '`'));
    }
    if !status.required_headers.is_empty() {
        let _ = write!(
            doc,
            "\n- Must carry: {} ({})",
            quoted_list(&status.required_headers, '`'),
            status.citation()
        );
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

/// The lines of a variant's doc on its content and, for a redirect, how it is followed.
fn content_and_redirect(status: &Status, doc: &mut String) {
    if status.body_forbidden {
        doc.push_str("\n- Content: never (a response with this status has no body)");
    } else if status.rules.no_content {
        doc.push_str("\n- Content: none (a server must not generate content, RFC 9110 §15.3.6)");
    }
    if let Some(kind) = status.rules.redirect {
        let text = match kind {
            RedirectKind::Moved => "the resource is at the URI in `Location`",
            RedirectKind::Choice => "a choice among several representations",
            RedirectKind::Indirect => "another resource, in `Location`, answers the request",
            RedirectKind::Cached => "the cached copy is still good",
        };
        let _ = write!(doc, "\n- Redirect: {text}");
    }
    match status.rules.follow {
        Some(Follow::KeepMethod) => doc.push_str(
            "\n- Followed with the same method and content; a method that is not safe needs the caller's consent",
        ),
        Some(Follow::PostMayBecomeGet) => doc.push_str("\n- Followed with the same method, except that POST may become GET; a method that is not safe needs the caller's consent"),
        Some(Follow::Get) => {
            doc.push_str("\n- Followed with GET (HEAD stays HEAD), without the request's content");
        }
        None if status.code / 100 == 3 => doc.push_str("\n- Not followed automatically"),
        None => {}
    }
}

/// The doc comment of an origin's enum, generated from the codes file `source`.
pub fn status_enum(origin: &Origin, count: usize, source: &str) -> String {
    format!(
        "The {count} status codes defined by {name}.\n\n{description}\n\n\
         Generated from {source}; the discriminant of each variant is its code, so `as u16` \
         gives the code. Source: <{reference}>.",
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

/// The doc comment of `status()` on an enum of the project's registry.
pub fn status_method(origin: &Origin) -> String {
    if origin.id == IANA {
        "This status as a [`Status`](::status_core::Status).".to_owned()
    } else {
        format!(
            "This status as a [`Status`](::status_core::Status), which remembers its origin, {}, \
             so that it prints with this reason phrase.",
            origin.name
        )
    }
}

/// The doc comment of `status()` on an enum of an application's codes file.
pub const UNTRACKED_STATUS_METHOD: &str = "This status as a [`Status`](::status_core::Status). \
    A `Status` remembers only the origins of status-core's own registry, so it reads this code \
    against the IANA registry; keep this enum where the origin's reason phrase matters.";
