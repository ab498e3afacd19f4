//! Doc comments written from the registry, so that every generated item explains itself.

use std::fmt::Write as _;

use crate::registry::model::{
    Follow, IANA, Keyword, Origin, Permanence, RedirectKind, Retry, State, Status,
};

/// The doc comment of one status variant.
pub fn variant(status: &Status, origin: &Origin) -> String {
    let mut doc = format!("**{} {}**", status.code, status.reason);
    if origin.id != IANA {
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
        None => {}
    }
    if !status.headers.is_empty() {
        let headers: Vec<_> = status
            .headers
            .iter()
            .map(|header| format!("`{header}`"))
            .collect();
        let _ = write!(doc, "\n- Goes with: {}", headers.join(", "));
    }
    if !status.required_headers.is_empty() {
        let headers: Vec<_> = status
            .required_headers
            .iter()
            .map(|header| format!("`{header}`"))
            .collect();
        let _ = write!(
            doc,
            "\n- Must carry: {} ({})",
            headers.join(", "),
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

/// The doc comments of the methods whose text cites codes, each citing the enum's own.
pub struct MethodDocs {
    pub code: String,
    pub reason: String,
    pub aliases: String,
    pub body_forbidden: String,
    pub headers: String,
    pub retry_after: String,
    pub location: String,
    pub content: String,
    pub display: String,
    pub parse: String,
}

/// The method docs of an enum whose statuses, in code order, are `statuses` (at least one).
pub fn methods(statuses: &[&Status]) -> MethodDocs {
    let first = statuses.first().copied();
    let (code, name, reason) = first.map_or((0, "", ""), |status| {
        (status.code, status.name.as_str(), status.reason.as_str())
    });
    let with_aliases = statuses.iter().find(|status| !status.aliases.is_empty());
    let aliases = with_aliases.map_or_else(
        || {
            "Former or other reason phrases for this status; none of this enum's statuses has any."
                .to_owned()
        },
        |status| {
            format!(
                "Former or other reason phrases for this status: `{}` for {}.",
                status.aliases[0], status.code
            )
        },
    );
    let with_headers = statuses.iter().find(|status| !status.headers.is_empty());
    let headers = with_headers.map_or_else(
        || {
            "The header fields that go with this status; none of this enum's statuses lists any."
                .to_owned()
        },
        |status| {
            let names: Vec<String> = status
                .headers
                .iter()
                .map(|header| format!("`{header}`"))
                .collect();
            format!(
                "The header fields that go with this status: {} for {}.",
                names.join(", "),
                status.code
            )
        },
    );
    let body_forbidden = format!(
        "Whether a response with this status never has content (RFC 9110 §6.4.1). {}",
        among(statuses, &|status| status.body_forbidden)
    );
    let retry_after = format!(
        "Whether `Retry-After` applies: to a status recorded with it, and to every redirect, where \
         it asks the user agent to wait before following (RFC 9110 §10.2.3). {}",
        among(statuses, &|status| {
            status.code / 100 == 3 || status.headers.iter().any(|header| header == "Retry-After")
        })
    );
    let location = format!(
        "Whether the status goes with a `Location` header field. {}",
        among(statuses, &|status| status
            .headers
            .iter()
            .any(|header| header == "Location"))
    );
    let content = format!(
        "Whether a response with this status may carry content: not when the status never has \
         any, nor when a server must not generate any (RFC 9110 §15.3.6). {}",
        codes_where(statuses, &|status| status.body_forbidden
            || status.rules.no_content)
        .map_or_else(
            || "It is true for every status of this enum.".to_owned(),
            |codes| format!("It is false for {codes} of this enum's statuses."),
        )
    );
    MethodDocs {
        code: format!("The three-digit code: `{code}` for [`{name}`](Self::{name})."),
        reason: format!(
            "The reason phrase, in the origin's current wording: `{reason}` for {code}."
        ),
        aliases,
        body_forbidden,
        headers,
        retry_after,
        location,
        content,
        display: format!(
            "Writes the code and the reason phrase, as on a status line: `{code} {reason}`."
        ),
        parse: format!(
            "Parses a three-digit code such as `\"{code}\"`, or a status as it prints: \
             `\"{code} {reason}\"` (any reason phrase or alias, in any ASCII case)."
        ),
    }
}

/// "It holds for 204 and 304 of this enum's statuses." for the statuses where `holds`.
fn among(statuses: &[&Status], holds: &dyn Fn(&Status) -> bool) -> String {
    codes_where(statuses, holds).map_or_else(
        || "It holds for none of this enum's statuses.".to_owned(),
        |codes| format!("It holds for {codes} of this enum's statuses."),
    )
}

/// The codes of the statuses where `holds`, as prose (`204 and 304`), or `None` for none.
fn codes_where(statuses: &[&Status], holds: &dyn Fn(&Status) -> bool) -> Option<String> {
    let codes: Vec<String> = statuses
        .iter()
        .filter(|status| holds(status))
        .map(|status| status.code.to_string())
        .collect();
    match codes.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::methods;
    use crate::registry::model::{IANA, Status};

    /// The three-digit words of `text`: the codes it cites.
    fn codes_cited(text: &str) -> Vec<u16> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|word| word.len() == 3)
            .filter_map(|word| word.parse().ok())
            .collect()
    }

    #[test]
    fn method_docs_cite_only_the_enum_s_own_codes() {
        let Ok(registry) = crate::embedded::registry() else {
            panic!("the embedded registry loads");
        };
        for codes in [&[404_u16, 503][..], &[200, 201, 204], &[301, 413, 429]] {
            let statuses: Vec<&Status> = codes
                .iter()
                .filter_map(|code| registry.find_code(IANA, *code))
                .collect();
            let docs = methods(&statuses);
            for text in [
                &docs.code,
                &docs.reason,
                &docs.aliases,
                &docs.body_forbidden,
                &docs.headers,
                &docs.retry_after,
                &docs.location,
                &docs.content,
                &docs.display,
                &docs.parse,
            ] {
                for cited in codes_cited(text) {
                    assert!(
                        codes.contains(&cited),
                        "{text:?} cites {cited}, which is not one of {codes:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn method_docs_say_when_no_status_of_the_enum_has_a_fact() {
        let Ok(registry) = crate::embedded::registry() else {
            panic!("the embedded registry loads");
        };
        let statuses: Vec<&Status> = [404_u16, 503]
            .iter()
            .filter_map(|code| registry.find_code(IANA, *code))
            .collect();
        let docs = methods(&statuses);
        assert!(
            docs.location.contains("none of this enum's statuses"),
            "{}",
            docs.location
        );
        assert!(docs.retry_after.contains("503"), "{}", docs.retry_after);
        assert!(
            docs.code.contains("`404` for [`NotFound`]"),
            "{}",
            docs.code
        );
    }
}
