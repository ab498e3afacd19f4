//! Checks that span several entries of a codes file, and the rules for names.

use super::diagnostic::{Diagnostics, Location};
use super::model::{IANA, IANA_ENUM, Kind, Registry};

/// The most origins a registry may declare: `status_core::Status` keeps the origin of a
/// status in 6 bits beside its code.
pub const MAX_ORIGINS: usize = 63;

/// Rust's keywords, strict and reserved, which cannot name a generated type or variant.
const KEYWORDS: [&str; 51] = [
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
];

/// Names a generated enum already uses for associated items, so a variant may not take them.
const RESERVED_VARIANT_NAMES: [&str; 2] = ["ALL", "ORIGIN"];

/// Checks the registry as a whole, recording each problem. `declared_origins` holds the id of
/// every `[[origin]]` table, including those left out of `registry` for other problems, so that
/// a status naming such an origin is not reported as well.
pub fn check(
    registry: &Registry,
    declared_origins: &[String],
    kind: Kind,
    diagnostics: &mut Diagnostics<'_>,
) {
    check_origins(registry, diagnostics);
    check_kind(registry, kind, diagnostics);
    check_statuses(registry, declared_origins, diagnostics);
    // Only on an otherwise clean file: a status table with a problem of its own is missing
    // from the registry, and its origin would look empty.
    if diagnostics.is_empty() {
        check_origins_have_statuses(registry, diagnostics);
    }
}

fn check_origins_have_statuses(registry: &Registry, diagnostics: &mut Diagnostics<'_>) {
    for origin in &registry.origins {
        if !registry
            .statuses
            .iter()
            .any(|status| status.origin == origin.id)
        {
            diagnostics.push_at(
                origin.location,
                format!(
                    "origin `{}` has no `[[status]]`; its enum would be empty: add a status with `origin = \"{}\"` or remove the origin",
                    origin.id, origin.id
                ),
            );
        }
    }
}

/// The project's registry must declare IANA with its enum `StatusCode`; an application's
/// file may declare neither, which belong to the project's registry.
fn check_kind(registry: &Registry, kind: Kind, diagnostics: &mut Diagnostics<'_>) {
    match kind {
        Kind::Project => {
            let iana = registry.origins.iter().find(|origin| origin.id == IANA);
            match iana {
                None if !registry.origins.is_empty() => diagnostics.push_at(
                    registry.origins[0].location,
                    format!(
                        "no `[[origin]]` with `id = \"{IANA}\"`; the registry must declare the IANA origin, whose enum is `{IANA_ENUM}`"
                    ),
                ),
                // A name that is not a valid type name is reported already.
                Some(iana)
                    if iana.enum_name != IANA_ENUM
                        && type_name_problem(&iana.enum_name).is_none() =>
                {
                    diagnostics.push_at(
                    iana.enum_location,
                    format!(
                        "the IANA origin's enum must be `{IANA_ENUM}`, found `{}`",
                        iana.enum_name
                    ),
                    );
                }
                _ => {}
            }
        }
        Kind::Application => {
            for origin in &registry.origins {
                if origin.id == IANA {
                    diagnostics.push_at(
                        origin.location,
                        format!(
                            "an application's codes file cannot declare the origin `{IANA}`: IANA's codes are status-core's `{IANA_ENUM}`; give your origin its own id, such as your API's name"
                        ),
                    );
                }
                if origin.enum_name == IANA_ENUM {
                    diagnostics.push_at(
                        origin.enum_location,
                        format!(
                            "an application's codes file cannot name an enum `{IANA_ENUM}`, the name of status-core's IANA enum; choose another name, such as `AcmeStatus`"
                        ),
                    );
                }
            }
        }
    }
}

/// Where each key was first seen. A list rather than a hash map: files hold a few hundred
/// entries, and the macro crate compiles faster without another map type.
#[derive(Default)]
struct Seen(Vec<(String, Location)>);

impl Seen {
    /// Where `key` was first seen, or `None` after recording it at `at`.
    fn first(&mut self, key: String, at: Location) -> Option<Location> {
        if let Some((_, first)) = self.0.iter().find(|(seen, _)| *seen == key) {
            return Some(*first);
        }
        self.0.push((key, at));
        None
    }
}

fn check_origins(registry: &Registry, diagnostics: &mut Diagnostics<'_>) {
    let mut ids = Seen::default();
    let mut enums = Seen::default();
    for origin in &registry.origins {
        if let Some(first) = ids.first(origin.id.clone(), origin.location) {
            diagnostics.push_at(
                origin.location,
                format!(
                    "duplicate origin `{}`; first one at line {}, column {}",
                    origin.id, first.line, first.column
                ),
            );
        }
        if let Some(first) = enums.first(origin.enum_name.clone(), origin.enum_location) {
            diagnostics.push_at(
                origin.enum_location,
                format!(
                    "enum name `{}` is already used by another origin at line {}, column {}; give each origin its own enum",
                    origin.enum_name, first.line, first.column
                ),
            );
        }
    }
    if let Some(extra) = registry.origins.get(MAX_ORIGINS) {
        diagnostics.push_at(
            extra.location,
            format!(
                "too many origins: a registry may declare at most {MAX_ORIGINS}, because a `Status` keeps its origin in 6 bits"
            ),
        );
    }
}

fn check_statuses(
    registry: &Registry,
    declared_origins: &[String],
    diagnostics: &mut Diagnostics<'_>,
) {
    let mut known_origins: Vec<&str> = Vec::with_capacity(declared_origins.len());
    for origin in declared_origins {
        known_origins.push(origin);
    }
    let mut codes = Seen::default();
    let mut names = Seen::default();
    for status in &registry.statuses {
        // Without any origin, the missing `[[origin]]` is the one problem to report.
        if known_origins.is_empty() {
            continue;
        }
        if !known_origins.contains(&status.origin.as_str()) {
            let hint = closest(&status.origin, &known_origins).map_or_else(
                || "; declare it in an `[[origin]]` table".to_owned(),
                |close| format!("; did you mean `{close}`?"),
            );
            diagnostics.push_at(
                status.origin_location,
                format!("unknown origin `{}`{hint}", status.origin),
            );
            continue;
        }
        let key = format!("{} {}", status.code, status.origin);
        if let Some(first) = codes.first(key, status.location) {
            diagnostics.push_at(
                status.location,
                format!(
                    "duplicate status {} for origin `{}`; first one at line {}, column {}",
                    status.code, status.origin, first.line, first.column
                ),
            );
        }
        let key = format!("{} {}", status.name, status.origin);
        if let Some(first) = names.first(key, status.name_location) {
            diagnostics.push_at(
                status.name_location,
                format!(
                    "duplicate name `{}` in origin `{}`; first one at line {}, column {}; each variant of an enum needs its own name",
                    status.name, status.origin, first.line, first.column
                ),
            );
        }
        if RESERVED_VARIANT_NAMES.contains(&status.name.as_str()) {
            diagnostics.push_at(
                status.name_location,
                format!(
                    "`{}` is the name of a generated constant; choose another variant name",
                    status.name
                ),
            );
        }
    }
}

/// Why `name` cannot name a generated type or variant, or `None` when it can.
pub fn type_name_problem(name: &str) -> Option<String> {
    if KEYWORDS.contains(&name) {
        return Some("is a Rust keyword; choose another name".to_owned());
    }
    let mut chars = name.chars();
    match chars.next() {
        None => return Some("is empty; write a PascalCase name such as `NotFound`".to_owned()),
        Some(first) if !first.is_ascii_uppercase() => {
            return Some(
                "must start with an ASCII capital letter (PascalCase, such as `NotFound`)"
                    .to_owned(),
            );
        }
        Some(_) => {}
    }
    if let Some(bad) = chars.find(|c| !c.is_ascii_alphanumeric()) {
        return Some(format!(
            "may hold only ASCII letters and digits (PascalCase, such as `NotFound`), found `{}`",
            bad.escape_default()
        ));
    }
    None
}

/// The candidate closest to `word` by edit distance, ignoring case, if it is close enough to be
/// a likely typo.
pub fn closest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let word = word.to_ascii_lowercase();
    let limit = (word.chars().count() / 3).max(1);
    // The first of the closest, as `min_by_key` would pick.
    let mut best: Option<(usize, &'c str)> = None;
    for candidate in candidates {
        let distance = edit_distance(&word, &candidate.to_ascii_lowercase());
        if distance > limit {
            continue;
        }
        match best {
            Some((best_distance, _)) if best_distance <= distance => {}
            _ => best = Some((distance, candidate)),
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// The edit distance between two strings, counted in characters: insertions, deletions,
/// substitutions and swaps of two neighbours each count one (`ngnix` is one from `nginx`).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: the distance between the first i characters of a and the first j of b.
    let mut rows = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let substitution = rows[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut best = substitution.min(rows[i - 1][j] + 1).min(rows[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}
