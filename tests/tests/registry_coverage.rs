//! The generated registry against outside sources: the IANA registry snapshot in
//! `tests/data/iana-status-codes.csv` and the workshop's list of codes in
//! `tests/data/workshop-codes.csv`; and the RFC 9110 rules every registry entry must follow
//! (sorting, caching, content, header fields, vendor collisions).

use std::collections::BTreeSet;

use status_core::{Origin, REGISTRY, RegistryState, Status, StatusCode, vendor};

const IANA_CSV: &str = include_str!("../data/iana-status-codes.csv");
const WORKSHOP_CSV: &str = include_str!("../data/workshop-codes.csv");

/// Splits CSV text into records of fields (RFC 4180, one record a line): skips blank lines
/// and `#` comment lines; a quoted field may hold commas and doubled quotes (`""`).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(parse_record)
        .collect()
}

fn parse_record(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// The records of `text` after its header, which must be `header`; each record must have as
/// many fields as the header.
fn records(text: &str, header: &[&str]) -> Vec<Vec<String>> {
    let mut records = parse_csv(text).into_iter();
    let expected: Vec<String> = header.iter().map(|field| (*field).to_owned()).collect();
    assert_eq!(records.next(), Some(expected), "unexpected header");
    let records: Vec<_> = records.collect();
    for record in &records {
        assert_eq!(record.len(), header.len(), "malformed record {record:?}");
    }
    records
}

/// One row of the IANA snapshot.
struct IanaRow {
    code: u16,
    description: String,
    reference: String,
}

fn iana_rows() -> Vec<IanaRow> {
    records(IANA_CSV, &["code", "description", "reference"])
        .into_iter()
        .map(|record| IanaRow {
            code: record[0].parse().expect("an IANA code is a number"),
            description: record[1].clone(),
            reference: record[2].clone(),
        })
        .collect()
}

/// One row of the workshop list.
struct WorkshopRow {
    code: u16,
    origin: String,
    reason: String,
}

fn workshop_rows() -> Vec<WorkshopRow> {
    records(WORKSHOP_CSV, &["code", "origin", "reason"])
        .into_iter()
        .map(|record| WorkshopRow {
            code: record[0].parse().expect("a workshop code is a number"),
            origin: record[1].clone(),
            reason: record[2].clone(),
        })
        .collect()
}

/// What an IANA description says about the code: its reason phrase, when it gives one, and
/// the registry states it allows.
fn expected_by_iana(description: &str) -> (Option<&str>, &'static [RegistryState]) {
    if description == "(Unused)" {
        return (None, &[RegistryState::Unused]);
    }
    if let Some(phrase) = description.strip_suffix(" (OBSOLETED)") {
        return (Some(phrase), &[RegistryState::Obsolete]);
    }
    if let Some((phrase, _)) = description.split_once(" (TEMPORARY") {
        return (Some(phrase), &[RegistryState::Temporary]);
    }
    // IANA marks no deprecation: 305 Use Proxy is deprecated by RFC 9110 §15.4.6 alone.
    (
        Some(description),
        &[RegistryState::Current, RegistryState::Deprecated],
    )
}

#[test]
fn csv_parser_keeps_commas_and_quotes_inside_quoted_fields() {
    let records = parse_csv("# comment, ignored\n\na,\"b, c\",\"say \"\"hi\"\"\"\n,,\n");
    assert_eq!(records, [vec!["a", "b, c", "say \"hi\""], vec!["", "", ""]]);
}

#[test]
fn snapshots_are_not_empty_and_codes_are_unique_per_origin() {
    let iana = iana_rows();
    assert!(iana.len() > 50, "the IANA snapshot lost rows");
    let codes: BTreeSet<u16> = iana.iter().map(|row| row.code).collect();
    assert_eq!(codes.len(), iana.len(), "an IANA code is listed twice");

    let workshop = workshop_rows();
    assert!(workshop.len() > 50, "the workshop list lost rows");
    let keys: BTreeSet<(u16, &str)> = workshop
        .iter()
        .map(|row| (row.code, row.origin.as_str()))
        .collect();
    assert_eq!(
        keys.len(),
        workshop.len(),
        "a workshop (code, origin) is listed twice"
    );
}

#[test]
fn every_iana_row_has_a_status_code_with_its_reason_and_state() {
    let mut problems = Vec::new();
    for row in iana_rows() {
        let Some(status) = StatusCode::from_u16(row.code) else {
            problems.push(format!("{}: no StatusCode", row.code));
            continue;
        };
        let (reason, allowed) = expected_by_iana(&row.description);
        if let Some(reason) = reason
            && status.reason() != reason
        {
            problems.push(format!(
                "{}: reason {:?}, IANA says {reason:?}",
                row.code,
                status.reason()
            ));
        }
        if !allowed.contains(&status.state()) {
            problems.push(format!(
                "{}: state {:?}, IANA's {:?} allows {allowed:?}",
                row.code,
                status.state(),
                row.description
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_status_code_is_in_the_iana_snapshot() {
    let snapshot: BTreeSet<u16> = iana_rows().iter().map(|row| row.code).collect();
    let invented: Vec<_> = StatusCode::ALL
        .iter()
        .filter(|status| !snapshot.contains(&status.code()))
        .collect();
    assert!(
        invented.is_empty(),
        "not in the IANA registry: {invented:?}"
    );
    assert_eq!(StatusCode::ALL.len(), snapshot.len());
}

#[test]
fn spec_cites_the_document_iana_references() {
    let mut problems = Vec::new();
    for row in iana_rows() {
        let status = StatusCode::from_u16(row.code).expect("checked by the reason test");
        // "RFC9110 Section 15.5.5", "RFC2518", "RFC2774 / Status change of …", "draft-…-05".
        let reference = row.reference.split(" / ").next().unwrap_or_default();
        if let Some(rest) = reference.strip_prefix("RFC") {
            let (number, section) = match rest.split_once(" Section ") {
                Some((number, section)) => (number, Some(section)),
                None => (rest, None),
            };
            let url = format!("https://www.rfc-editor.org/rfc/rfc{number}");
            let cited = match section {
                Some(section) => status.spec() == format!("RFC {number}, Section {section}"),
                None => {
                    status.spec() == format!("RFC {number}")
                        || status
                            .spec()
                            .starts_with(&format!("RFC {number}, Section "))
                }
            };
            let linked = match section {
                Some(section) => status.spec_url() == format!("{url}#section-{section}"),
                None => {
                    status.spec_url() == url
                        || status.spec_url().starts_with(&format!("{url}#section-"))
                }
            };
            if !cited || !linked {
                problems.push(format!(
                    "{}: {:?} <{}>, IANA cites {reference:?}",
                    row.code,
                    status.spec(),
                    status.spec_url()
                ));
            }
        } else {
            // An Internet-Draft, cited without its revision number.
            let draft = reference.trim_end_matches(|c: char| c.is_ascii_digit());
            let draft = draft.strip_suffix('-').unwrap_or(draft);
            if status.spec() != draft || !status.spec_url().contains(draft) {
                problems.push(format!(
                    "{}: {:?} <{}>, IANA cites {reference:?}",
                    row.code,
                    status.spec(),
                    status.spec_url()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_workshop_row_is_in_the_registry_with_its_origin_and_reason() {
    let mut problems = Vec::new();
    for row in workshop_rows() {
        let found = REGISTRY
            .iter()
            .find(|meaning| meaning.code == row.code && meaning.origin.id() == row.origin);
        match found {
            None => problems.push(format!("{} {}: not in REGISTRY", row.code, row.origin)),
            Some(meaning) if meaning.reason != row.reason => problems.push(format!(
                "{} {}: reason {:?}, the workshop says {:?}",
                row.code, row.origin, meaning.reason, row.reason
            )),
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_vendor_meaning_is_in_the_workshop_list() {
    let workshop: BTreeSet<(u16, String)> = workshop_rows()
        .into_iter()
        .map(|row| (row.code, row.origin))
        .collect();
    let invented: Vec<_> = REGISTRY
        .iter()
        .filter(|meaning| meaning.origin != Origin::IANA)
        .filter(|meaning| !workshop.contains(&(meaning.code, meaning.origin.id().to_owned())))
        .map(|meaning| format!("{} {}", meaning.code, meaning.origin.id()))
        .collect();
    assert!(
        invented.is_empty(),
        "not in the workshop list: {invented:?}"
    );
}

#[test]
fn renamed_codes_keep_their_old_names_as_aliases() {
    let renamed: [(u16, &[&str]); 6] = [
        (104, &["Upload Resumption"]),
        (413, &["Payload Too Large", "Request Entity Too Large"]),
        (414, &["Request-URI Too Long"]),
        (416, &["Requested Range Not Satisfiable"]),
        (422, &["Unprocessable Entity"]),
        (302, &["Moved Temporarily"]),
    ];
    for (code, old_names) in renamed {
        let status = StatusCode::from_u16(code).expect("a renamed code is registered");
        for old_name in old_names {
            assert!(
                status.aliases().contains(old_name),
                "{code} lost its old name {old_name:?}: {:?}",
                status.aliases()
            );
            assert_ne!(status.reason(), *old_name, "{code} still uses its old name");
        }
    }
}

#[test]
fn no_alias_repeats_the_reason_or_another_alias() {
    for meaning in &REGISTRY {
        let distinct: BTreeSet<&str> = meaning.aliases.iter().copied().collect();
        assert_eq!(
            distinct.len(),
            meaning.aliases.len(),
            "{meaning}: repeated alias"
        );
        assert!(
            !distinct.contains(meaning.reason),
            "{meaning}: alias is the reason"
        );
    }
}

#[test]
fn registry_is_sorted_by_code_then_origin_without_duplicates() {
    for pair in REGISTRY.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            (a.code, a.origin) < (b.code, b.origin),
            "out of order or duplicated: {} {:?} then {} {:?}",
            a.code,
            a.origin,
            b.code,
            b.origin
        );
    }
    // The derived order of `Origin` is its tag order: IANA, then the vendors as declared.
    assert!(Origin::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    assert_eq!(Origin::ALL.first(), Some(&Origin::IANA));
}

#[test]
fn every_origin_defines_at_least_one_code() {
    for origin in Origin::ALL {
        assert!(
            REGISTRY.iter().any(|meaning| meaning.origin == *origin),
            "{origin:?} has no code"
        );
    }
}

#[test]
fn cacheable_iana_codes_are_exactly_the_heuristically_cacheable_set() {
    // RFC 9110 §15.1, and RFC 7725 §3 for 451.
    let expected = [
        200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
    ];
    let cacheable: Vec<u16> = StatusCode::ALL
        .iter()
        .filter(|status| status.is_cacheable_by_default())
        .map(|status| status.code())
        .collect();
    assert_eq!(cacheable, expected);
}

#[test]
fn body_is_forbidden_exactly_for_1xx_204_and_304() {
    for meaning in &REGISTRY {
        let forbidden =
            (100..=199).contains(&meaning.code) || meaning.code == 204 || meaning.code == 304;
        assert_eq!(
            meaning.body_forbidden, forbidden,
            "{meaning} ({})",
            meaning.origin
        );
    }
    let forbidden: Vec<u16> = StatusCode::ALL
        .iter()
        .filter(|status| status.is_body_forbidden())
        .map(|status| status.code())
        .collect();
    assert!(forbidden.contains(&100) && forbidden.contains(&204) && forbidden.contains(&304));
}

#[test]
fn header_fields_go_with_exactly_the_codes_rfc_9110_names() {
    let redirect_with_location =
        |code: u16| (300..=399).contains(&code) && code != 304 && code != 306;
    let rules: [(&str, &dyn Fn(u16) -> bool); 8] = [
        // 104: the resumable-upload draft's Upload Creation section requires `Location`.
        ("Location", &|code| {
            code == 104 || code == 201 || redirect_with_location(code)
        }),
        ("Allow", &|code| code == 405),
        ("WWW-Authenticate", &|code| code == 401),
        ("Proxy-Authenticate", &|code| code == 407),
        ("Retry-After", &|code| [413, 429, 503].contains(&code)),
        ("Content-Range", &|code| code == 206 || code == 416),
        ("Upgrade", &|code| code == 101 || code == 426),
        ("Link", &|code| code == 103),
    ];
    let mut problems = Vec::new();
    for status in StatusCode::ALL {
        for (header, goes_with) in &rules {
            let listed = status.headers().contains(header);
            if listed != goes_with(status.code()) {
                problems.push(format!("{status}: {header} listed = {listed}"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn vendor_collisions_stay_apart() {
    let collisions = [
        (
            499,
            [
                vendor::Nginx::ClientClosedRequest.status(),
                vendor::Esri::TokenRequired.status(),
            ],
        ),
        (
            308,
            [
                StatusCode::PermanentRedirect.status(),
                vendor::Google::ResumeIncomplete.status(),
            ],
        ),
        (
            451,
            [
                StatusCode::UnavailableForLegalReasons.status(),
                vendor::Microsoft::Redirect.status(),
            ],
        ),
        (
            520,
            [
                vendor::Cloudflare::WebServerReturnedAnUnknownError.status(),
                vendor::Microsoft::UnknownError.status(),
            ],
        ),
    ];
    for (code, [first, second]) in collisions {
        assert_eq!((first.code(), second.code()), (code, code));
        assert_ne!(first, second, "{code}: the two origins merged");
        assert_ne!(first.origin(), second.origin());
        assert_ne!(first.reason(), second.reason());
        let meanings = Status::new(code).expect("a valid code").meanings();
        let origins: Vec<_> = meanings.iter().map(|meaning| meaning.origin).collect();
        assert_eq!(origins, [first.origin().unwrap(), second.origin().unwrap()]);
    }
    assert_eq!(StatusCode::from_u16(499), None);
    assert_eq!(StatusCode::from_u16(520), None);
}

#[test]
fn every_meaning_of_a_shared_code_round_trips_through_its_status() {
    for meaning in &REGISTRY {
        let status = meaning.status();
        assert_eq!(status.code(), meaning.code);
        assert_eq!(status.origin(), Some(meaning.origin));
        assert_eq!(
            status.meaning(),
            Some(meaning),
            "{meaning} ({})",
            meaning.origin
        );
        assert_eq!(status.to_string(), meaning.to_string());
    }
}
