//! The rules of RFC 9110 §15 as the generated enums and [`Status`] answer them, checked against
//! facts written down independently of the registry.
//!
//! - `tests/data/rules.csv` holds one row per (IANA code, fact) with the RFC section that
//!   states it; every row is checked against [`StatusCode`]'s methods, and every IANA code must
//!   have a row for each fact that applies to its class.
//! - [`Status`] answers every code from 100 to 599 as [`StatusCode`] does when the code is
//!   registered, and as its class's x00 status otherwise, except that it refuses caching and
//!   redirect-following for a code it does not know.
//! - Redirect following, the versions a status may be sent over, content and safe methods are
//!   checked over every code, with the methods a user agent meets (extension methods and
//!   wrongly-cased names included: method names are case-sensitive, RFC 9110 §9.1).
//! - The vendor enums answer the same rule methods from their own registry entries.

#![deny(clippy::pedantic)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use status_core::vendor::{Apache, Cloudflare, Esri, Google, Microsoft, Nginx};
use status_core::{
    FollowUp, HttpVersion, Meaning, Permanence, RedirectKind, Retry, Status, StatusClass,
    StatusCode, is_safe_method,
};

const RULES_CSV: &str = include_str!("../data/rules.csv");
const IANA_CSV: &str = include_str!("../data/iana-status-codes.csv");

/// Every HTTP version a status may be sent over.
const VERSIONS: [HttpVersion; 4] = [
    HttpVersion::Http10,
    HttpVersion::Http11,
    HttpVersion::Http2,
    HttpVersion::Http3,
];

/// The methods of RFC 9110 §9.3, PATCH (RFC 5789), an extension method (`PROPFIND`, RFC 4918
/// §9.1) and wrongly-cased names, which are extension methods too: method names are
/// case-sensitive.
const METHODS: [&str; 13] = [
    "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND",
    "get", "head", "post",
];

/// The safe methods of RFC 9110 §9.2.1, written down here rather than taken from
/// [`is_safe_method`], which the tests check against them.
const SAFE_METHODS: [&str; 4] = ["GET", "HEAD", "OPTIONS", "TRACE"];

/// The facts every IANA code has a row for, whatever its class.
const FACTS_OF_EVERY_CODE: [&str; 7] = [
    "interim",
    "final",
    "permanence",
    "retry",
    "may_have_content",
    "expects_location",
    "retry_after_applies",
];

/// The facts only codes of one class have rows for.
fn facts_of_class(class: StatusClass) -> &'static [&'static str] {
    match class {
        StatusClass::Informational => &["protocols"],
        StatusClass::Redirection => &["redirect_kind", "follow"],
        _ => &[],
    }
}

/// One row of `rules.csv`.
struct Row {
    line: usize,
    code: u16,
    fact: String,
    value: String,
    section: String,
}

/// The rows of `rules.csv`: `#` lines are comments; the section, the last field, may hold
/// commas.
fn rows() -> Vec<Row> {
    let mut lines = RULES_CSV
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty());
    let (_, header) = lines.next().expect("rules.csv has a header");
    assert_eq!(header, "code,fact,value,section", "unexpected header");
    lines
        .map(|(index, line)| {
            let fields: Vec<&str> = line.splitn(4, ',').collect();
            assert_eq!(
                fields.len(),
                4,
                "rules.csv:{}: malformed row {line:?}",
                index + 1
            );
            Row {
                line: index + 1,
                code: fields[0]
                    .parse()
                    .unwrap_or_else(|_| panic!("rules.csv:{}: bad code {line:?}", index + 1)),
                fact: fields[1].to_owned(),
                value: fields[2].to_owned(),
                section: fields[3].to_owned(),
            }
        })
        .collect()
}

/// The codes of the IANA registry snapshot.
fn iana_codes() -> BTreeSet<u16> {
    IANA_CSV
        .lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("code,"))
        .filter_map(|line| line.split(',').next())
        .map(|code| code.parse().expect("an IANA code is a number"))
        .collect()
}

fn redirect_kind_name(kind: Option<RedirectKind>) -> &'static str {
    match kind {
        None => "none",
        Some(RedirectKind::Moved) => "moved",
        Some(RedirectKind::Choice) => "choice",
        Some(RedirectKind::Indirect) => "indirect",
        Some(RedirectKind::Cached) => "cached",
        Some(_) => "unknown redirect kind",
    }
}

fn permanence_name(permanence: Option<Permanence>) -> &'static str {
    permanence.map_or("none", Permanence::as_str)
}

fn retry_name(retry: Option<Retry>) -> &'static str {
    match retry {
        None => "none",
        Some(Retry::MaySucceed) => "may-succeed",
        Some(Retry::NeedsChange) => "needs-change",
        Some(Retry::Transient) => "transient",
    }
}

/// How `status` is followed, told apart by what it does with PUT and POST.
fn follow_name(status: StatusCode) -> &'static str {
    let (Some(put), Some(post)) = (status.follow_up("PUT"), status.follow_up("POST")) else {
        return "none";
    };
    match (put.method, post.method) {
        ("GET", "GET") => "get",
        ("PUT", "GET") => "post-may-become-get",
        ("PUT", "POST") => "keep-method",
        _ => "unknown follow rule",
    }
}

/// The versions `may_send_to` accepts, space-separated.
fn protocols_name(may_send_to: impl Fn(HttpVersion) -> bool) -> String {
    VERSIONS
        .into_iter()
        .filter(|version| may_send_to(*version))
        .map(HttpVersion::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What `status` answers for `fact`, in the words of `rules.csv`; `None` for an unknown fact.
fn actual(status: StatusCode, fact: &str) -> Option<String> {
    let value = match fact {
        "interim" => status.is_interim().to_string(),
        "final" => status.is_final().to_string(),
        "protocols" => protocols_name(|version| status.may_send_to(version)),
        "redirect_kind" => redirect_kind_name(status.redirect_kind()).to_owned(),
        "follow" => follow_name(status).to_owned(),
        "permanence" => permanence_name(status.permanence()).to_owned(),
        "retry" => retry_name(status.retry()).to_owned(),
        "may_have_content" => status.may_have_content().to_string(),
        "expects_location" => status.expects_location().to_string(),
        "retry_after_applies" => status.retry_after_applies().to_string(),
        _ => return None,
    };
    Some(value)
}

/// Panics with every failure at once, so that one run shows every disagreement.
fn assert_no_failures(what: &str, failures: &[String]) {
    if failures.is_empty() {
        return;
    }
    let mut message = format!("{} {what}:\n", failures.len());
    for failure in failures {
        let _ = writeln!(message, "  {failure}");
    }
    panic!("{message}");
}

#[test]
fn every_row_of_rules_csv_matches_status_code() {
    let mut failures = Vec::new();
    let mut seen = BTreeMap::new();
    for row in rows() {
        let Row {
            line,
            code,
            fact,
            value,
            section,
        } = &row;
        if let Some(first) = seen.insert((*code, fact.clone()), *line) {
            failures.push(format!(
                "rules.csv:{line}: {code} {fact}: duplicate row (first one at line {first})"
            ));
        }
        let Some(status) = StatusCode::from_u16(*code) else {
            failures.push(format!(
                "rules.csv:{line}: {code} is not a `StatusCode` ({section})"
            ));
            continue;
        };
        match actual(status, fact) {
            None => failures.push(format!("rules.csv:{line}: {code}: unknown fact `{fact}`")),
            Some(actual) if actual != *value => failures.push(format!(
                "{code} {fact}: expected `{value}`, actual `{actual}` ({section}; rules.csv:{line})"
            )),
            Some(_) => {}
        }
    }
    assert_no_failures("rows of rules.csv disagree with `StatusCode`", &failures);
}

#[test]
fn every_iana_code_has_a_row_for_each_fact_of_its_class() {
    let rows = rows();
    let listed: BTreeSet<(u16, &str)> = rows
        .iter()
        .map(|row| (row.code, row.fact.as_str()))
        .collect();
    let iana = iana_codes();
    let generated: BTreeSet<u16> = StatusCode::ALL.iter().map(|status| status.code()).collect();
    assert_eq!(
        iana, generated,
        "the IANA snapshot and `StatusCode` list different codes"
    );
    let mut failures = Vec::new();
    for &code in &iana {
        let class = StatusClass::of(code).expect("an IANA code is from 100 to 599");
        for fact in FACTS_OF_EVERY_CODE.iter().chain(facts_of_class(class)) {
            if !listed.contains(&(code, *fact)) {
                failures.push(format!("{code} {fact}: no row"));
            }
        }
    }
    for row in &rows {
        let Some(class) = StatusClass::of(row.code) else {
            failures.push(format!(
                "rules.csv:{}: {} is out of range",
                row.line, row.code
            ));
            continue;
        };
        let fact = row.fact.as_str();
        if !FACTS_OF_EVERY_CODE.contains(&fact) && !facts_of_class(class).contains(&fact) {
            failures.push(format!(
                "rules.csv:{}: {} {fact}: not a fact of a {} status",
                row.line,
                row.code,
                class.name()
            ));
        }
        if !iana.contains(&row.code) {
            failures.push(format!(
                "rules.csv:{}: {} is not an IANA code",
                row.line, row.code
            ));
        }
    }
    assert_no_failures("gaps in rules.csv", &failures);
}

#[test]
fn status_answers_as_the_registered_code_or_its_class_fallback() {
    let mut failures = Vec::new();
    for code in 100..=599 {
        let status = Status::new(code).expect("100..=599 is in range");
        let registered = StatusCode::from_u16(code);
        let reference = registered.unwrap_or_else(|| {
            StatusClass::of(code)
                .expect("100..=599 has a class")
                .fallback()
        });
        let mut check = |method: &str, equal: bool, detail: String| {
            if !equal {
                failures.push(format!("{code} {method}: {detail} (as {reference:?})"));
            }
        };
        check(
            "is_interim",
            status.is_interim() == reference.is_interim(),
            format!("{}", status.is_interim()),
        );
        check(
            "is_final",
            status.is_final() == reference.is_final(),
            format!("{}", status.is_final()),
        );
        for version in VERSIONS {
            check(
                "may_send_to",
                status.may_send_to(version) == reference.may_send_to(version),
                format!("{version}: {}", status.may_send_to(version)),
            );
        }
        check(
            "redirect_kind",
            status.redirect_kind() == reference.redirect_kind(),
            format!("{:?}", status.redirect_kind()),
        );
        check(
            "permanence",
            status.permanence() == reference.permanence(),
            format!("{:?}", status.permanence()),
        );
        check(
            "retry",
            status.retry() == reference.retry(),
            format!("{:?}", status.retry()),
        );
        check(
            "retry_after_applies",
            status.retry_after_applies() == reference.retry_after_applies(),
            format!("{}", status.retry_after_applies()),
        );
        check(
            "expects_location",
            status.expects_location() == reference.expects_location(),
            format!("{}", status.expects_location()),
        );
        check(
            "may_have_content",
            status.may_have_content() == reference.may_have_content(),
            format!("{}", status.may_have_content()),
        );
        for method in METHODS {
            check(
                "may_have_content_for",
                status.may_have_content_for(method) == reference.may_have_content_for(method),
                format!("{method}: {}", status.may_have_content_for(method)),
            );
        }
        // A recipient must not cache, or follow, what it does not recognise (RFC 9110 §15).
        let cacheable = registered.is_some_and(StatusCode::is_cacheable_by_default);
        check(
            "is_cacheable_by_default",
            status.is_cacheable_by_default() == cacheable,
            format!("{}", status.is_cacheable_by_default()),
        );
        for method in METHODS {
            let answer = status.follow_up(method).map(parts);
            let expected = registered
                .and_then(|known| known.follow_up(method))
                .map(parts);
            check(
                "follow_up",
                answer == expected,
                format!("{method}: {answer:?}"),
            );
        }
    }
    assert_no_failures(
        "answers of `Status` differ from its registered or fallback status",
        &failures,
    );
}

/// A follow-up as a tuple, to compare and print: `(method, keeps_content, needs_consent)`.
fn parts(follow_up: FollowUp<'_>) -> (&str, bool, bool) {
    (
        follow_up.method,
        follow_up.keeps_content,
        follow_up.needs_consent,
    )
}

/// What a user agent sends to follow `code` after a `method` request (RFC 9110 §15.4):
/// `(method, keeps_content)`, or `None` when the code is not followed automatically.
fn expected_follow_up(code: u16, method: &str) -> Option<(&str, bool)> {
    match code {
        // §15.4.2, §15.4.3: a user agent may change POST to GET.
        301 | 302 if method == "POST" => Some(("GET", false)),
        // §15.4.4: a retrieval request, GET or HEAD.
        303 if method == "HEAD" => Some(("HEAD", false)),
        303 => Some(("GET", false)),
        // Otherwise 301 and 302 keep the method, and 307 and 308 must not change it
        // (§15.4.8, §15.4.9).
        301 | 302 | 307 | 308 => Some((method, true)),
        // 300, 304, 305, 306, unregistered 3xx and every other class.
        _ => None,
    }
}

#[test]
fn redirects_are_followed_per_rfc_9110_section_15_4() {
    let mut failures = Vec::new();
    for code in 100..=599 {
        let status = Status::new(code).expect("100..=599 is in range");
        let registered = StatusCode::from_u16(code);
        for method in METHODS {
            let expected = expected_follow_up(code, method).map(|(method, keeps_content)| {
                let needs_consent = !SAFE_METHODS.contains(&method);
                (method, keeps_content, needs_consent)
            });
            let answers = [
                ("Status", Some(status.follow_up(method))),
                (
                    "StatusCode",
                    registered.map(|known| known.follow_up(method)),
                ),
            ];
            for (type_name, answer) in answers {
                let Some(answer) = answer else { continue };
                let answer = answer.map(parts);
                if answer != expected {
                    failures.push(format!(
                        "{type_name} {code} {method}: expected {expected:?}, actual {answer:?}"
                    ));
                }
            }
        }
        if !status.is_redirection() {
            let kinds = [
                Some(status.redirect_kind()),
                registered.map(StatusCode::redirect_kind),
            ];
            for kind in kinds.into_iter().flatten().flatten() {
                failures.push(format!("{code}: a redirect kind {kind:?} outside 3xx"));
            }
        }
    }
    assert_no_failures("redirects followed wrongly", &failures);
}

#[test]
fn follow_up_needs_consent_exactly_for_unsafe_methods() {
    let put = StatusCode::TemporaryRedirect.follow_up("PUT").unwrap();
    assert_eq!(
        (put.method, put.keeps_content, put.needs_consent),
        ("PUT", true, true)
    );
    let post = StatusCode::SeeOther.follow_up("POST").unwrap();
    assert_eq!(
        (post.method, post.keeps_content, post.needs_consent),
        ("GET", false, false)
    );
    // `get` is an unknown extension method, not GET: it is repeated, with consent.
    let lower = StatusCode::PermanentRedirect.follow_up("get").unwrap();
    assert_eq!(
        (lower.method, lower.keeps_content, lower.needs_consent),
        ("get", true, true)
    );
    let lower = StatusCode::Found.follow_up("post").unwrap();
    assert_eq!(
        (lower.method, lower.keeps_content, lower.needs_consent),
        ("post", true, true)
    );
    // 303 turns even an extension method into a retrieval.
    let propfind = StatusCode::SeeOther.follow_up("PROPFIND").unwrap();
    assert_eq!(
        (
            propfind.method,
            propfind.keeps_content,
            propfind.needs_consent
        ),
        ("GET", false, false)
    );
    for code in [300, 304, 305, 306, 399] {
        assert_eq!(Status::new(code).unwrap().follow_up("GET"), None, "{code}");
    }
}

#[test]
fn may_send_to_keeps_1xx_from_http_1_0_and_101_to_http_1_1() {
    let mut failures = Vec::new();
    for code in 100..=599 {
        let status = Status::new(code).expect("100..=599 is in range");
        let registered = StatusCode::from_u16(code);
        for version in VERSIONS {
            // No 1xx to HTTP/1.0 (RFC 9110 §15.2); 101 only over HTTP/1.1 (RFC 9113 §8.6,
            // RFC 9114 §4.5).
            let interim_to_http_1_0 = status.is_informational() && version == HttpVersion::Http10;
            let switching_beyond_http_1_1 = code == 101 && version != HttpVersion::Http11;
            let expected = !interim_to_http_1_0 && !switching_beyond_http_1_1;
            let answers = [
                Some(status.may_send_to(version)),
                registered.map(|known| known.may_send_to(version)),
            ];
            for answer in answers.into_iter().flatten() {
                if answer != expected {
                    failures.push(format!(
                        "{code} over {version}: expected {expected}, actual {answer}"
                    ));
                }
            }
        }
    }
    assert_no_failures("answers of `may_send_to` are wrong", &failures);
}

#[test]
fn a_response_to_head_never_has_content() {
    let mut failures = Vec::new();
    for code in 100..=599 {
        let status = Status::new(code).expect("100..=599 is in range");
        let registered = StatusCode::from_u16(code);
        if status.may_have_content_for("HEAD")
            || registered.is_some_and(|known| known.may_have_content_for("HEAD"))
        {
            failures.push(format!("{code}: content allowed for HEAD"));
        }
        // Any other method, `head` included, follows the status alone.
        for method in METHODS
            .into_iter()
            .filter(|m| !matches!(*m, "HEAD" | "CONNECT"))
        {
            if status.may_have_content_for(method) != status.may_have_content() {
                failures.push(format!("{code}: {method} differs from the status alone"));
            }
        }
    }
    for meaning in vendor_meanings() {
        if meaning.may_have_content_for("HEAD") {
            failures.push(format!("{meaning}: content allowed for HEAD"));
        }
    }
    assert_no_failures("statuses allow content for HEAD", &failures);
}

/// RFC 9110 §6.4.1 and §9.3.6: after a 2xx answer to CONNECT the connection is a tunnel.
#[test]
fn a_2xx_response_to_connect_has_no_content() {
    for status in StatusCode::ALL.iter().filter(|status| status.is_success()) {
        assert!(!status.may_have_content_for("CONNECT"), "{status}");
    }
}

#[test]
fn safe_methods_are_get_head_options_and_trace() {
    for method in SAFE_METHODS {
        assert!(is_safe_method(method), "{method}");
    }
    for method in [
        "POST", "PUT", "DELETE", "PATCH", "CONNECT", "PROPFIND", "MKCOL", "QUERY", "get", "Head",
        "options", "trace", "", "GET ", " GET",
    ] {
        assert!(!is_safe_method(method), "{method:?}");
    }
}

/// The registry entry of every variant of every vendor enum.
fn vendor_meanings() -> Vec<&'static Meaning> {
    let mut meanings = Vec::new();
    meanings.extend(Nginx::ALL.iter().map(|status| status.meaning()));
    meanings.extend(Cloudflare::ALL.iter().map(|status| status.meaning()));
    meanings.extend(Microsoft::ALL.iter().map(|status| status.meaning()));
    meanings.extend(Esri::ALL.iter().map(|status| status.meaning()));
    meanings.extend(Apache::ALL.iter().map(|status| status.meaning()));
    meanings.extend(Google::ALL.iter().map(|status| status.meaning()));
    meanings
}

/// Checks that every variant of a vendor enum answers each rule method as its registry entry
/// does, and as its class requires.
macro_rules! check_vendor_enum {
    ($enum:ident, $failures:expr) => {
        for &status in $enum::ALL {
            let meaning = status.meaning();
            let mut check = |method: &str, equal: bool| {
                if !equal {
                    $failures.push(format!("{}::{status:?} {method}", stringify!($enum)));
                }
            };
            check("is_interim", status.is_interim() == meaning.is_interim());
            check("is_final", status.is_final() == meaning.is_final());
            check(
                "is_interim (class)",
                status.is_interim() == (status.class() == StatusClass::Informational),
            );
            for version in VERSIONS {
                check(
                    "may_send_to",
                    status.may_send_to(version) == meaning.may_send_to(version),
                );
            }
            check("redirect_kind", status.redirect_kind() == meaning.redirect);
            check("permanence", status.permanence() == meaning.permanence);
            check("retry", status.retry() == meaning.retry);
            check(
                "retry_after_applies",
                status.retry_after_applies() == meaning.retry_after_applies(),
            );
            check(
                "expects_location",
                status.expects_location() == meaning.expects_location(),
            );
            check(
                "may_have_content",
                status.may_have_content() == meaning.may_have_content(),
            );
            for method in METHODS {
                check(
                    "may_have_content_for",
                    status.may_have_content_for(method) == meaning.may_have_content_for(method),
                );
                check(
                    "follow_up",
                    status.follow_up(method) == meaning.follow_up(method),
                );
            }
            // A `Status` made from it answers by the number alone, as a recipient would.
            let made = status.status();
            let wire = Status::new(status.code()).expect("a vendor code is in range");
            check(
                "Status::redirect_kind",
                made.redirect_kind() == wire.redirect_kind(),
            );
            check(
                "Status::follow_up",
                made.follow_up("POST") == wire.follow_up("POST"),
            );
        }
    };
}

#[test]
fn vendor_enums_answer_the_rules_from_their_registry_entries() {
    let mut failures: Vec<String> = Vec::new();
    check_vendor_enum!(Nginx, failures);
    check_vendor_enum!(Cloudflare, failures);
    check_vendor_enum!(Microsoft, failures);
    check_vendor_enum!(Esri, failures);
    check_vendor_enum!(Apache, failures);
    check_vendor_enum!(Google, failures);
    assert_no_failures(
        "vendor statuses answer unlike their registry entries",
        &failures,
    );

    // nginx's 499 is a log marker, never followed; Google's 308 continues an upload, it is
    // not the IANA 308 redirect.
    assert_eq!(Nginx::ClientClosedRequest.follow_up("GET"), None);
    assert_eq!(Nginx::ClientClosedRequest.redirect_kind(), None);
    assert!(Nginx::ClientClosedRequest.is_final());
    assert_eq!(Google::ResumeIncomplete.redirect_kind(), None);
    assert_eq!(Google::ResumeIncomplete.follow_up("PUT"), None);
    assert_eq!(
        StatusCode::PermanentRedirect.redirect_kind(),
        Some(RedirectKind::Moved)
    );
}
