//! Unit tests of [`load`]: one test per kind of mistake in a codes file, each checking the
//! line, the column and the message, then whole-file, real-registry and robustness tests.

use super::diagnostic::LoadError;
use super::diagnostic::Location;
use super::model::Kind;
use super::model::{
    Follow, Origin, Permanence, RedirectKind, Registry, Retry, Rules, State, Status,
};
use super::validate::{self, closest, edit_distance};
use std::fmt::Write as _;

/// The smallest valid codes file: one origin and one status. Each malformed file below changes
/// one thing in it, so the line of every key is fixed:
///
/// | line | key                   | value column |
/// |------|-----------------------|--------------|
/// | 1    | `[[origin]]`          |              |
/// | 2    | `id`                  | 6            |
/// | 4    | `enum`                | 8            |
/// | 5    | `reference`           | 13           |
/// | 6    | `description`         | 15           |
/// | 8    | `[[status]]`          |              |
/// | 9    | `code`                | 8            |
/// | 10   | `origin`              | 10           |
/// | 11   | `name`                | 8            |
/// | 12   | `reason`              | 10           |
/// | 13   | `description`         | 15           |
/// | 14   | `spec`                | 8            |
/// | 15   | `section`             | 11           |
/// | 16   | (appended by a test)  |              |
const MINIMAL: &str = r#"[[origin]]
id = "iana"
name = "IANA"
enum = "StatusCode"
reference = "https://www.iana.org/assignments/http-status-codes/"
description = "The IANA HTTP Status Code Registry."

[[status]]
code = 404
origin = "iana"
name = "NotFound"
reason = "Not Found"
description = "The server has nothing at this address."
spec = "RFC 9110"
section = "15.5.5"
"#;

/// The project's own registry.
const REAL: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/codes.toml"));

/// The minimal file with `from` replaced by `to`; `from` must occur exactly once.
fn minimal_with(from: &str, to: &str) -> String {
    assert_eq!(
        MINIMAL.matches(from).count(),
        1,
        "`{from}` must occur exactly once in the minimal file"
    );
    MINIMAL.replacen(from, to, 1)
}

/// The minimal file with `lines` added at its end (from line 16 on).
fn minimal_plus(lines: &str) -> String {
    format!("{MINIMAL}{lines}")
}

/// A second valid `[[status]]` table for the `iana` origin, to append after a blank line: its
/// header is then on line 17, `code` on 18, `origin` on 19 and `name` on 20.
fn second_status(code: u16, name: &str) -> String {
    format!(
        r#"
[[status]]
code = {code}
origin = "iana"
name = "{name}"
reason = "Gone"
description = "The resource was here and has been removed for good."
spec = "RFC 9110"
section = "15.5.11"
"#
    )
}

/// A second valid `[[origin]]` table, to append after a blank line: its header is then on
/// line 17, `id` on 18 and `enum` on 20.
fn second_origin(id: &str, enum_name: &str) -> String {
    format!(
        r#"
[[origin]]
id = "{id}"
name = "A vendor"
enum = "{enum_name}"
reference = "https://vendor.example/codes"
description = "Codes a vendor made up."
"#
    )
}

/// Loads `source` as the project's registry.
fn load(path: &str, source: &str) -> Result<Registry, LoadError> {
    super::load::load(path, source, Kind::Project)
}

/// Every problem `source` has, rendered as `codes.toml:line:column: message` lines.
fn problems(source: &str) -> String {
    match load("codes.toml", source) {
        Ok(registry) => panic!("expected problems, but the file loaded: {registry:#?}"),
        Err(error) => error.to_string(),
    }
}

/// Checks that `source` has exactly the problems `expected` (one rendered line each).
#[track_caller]
fn assert_problems(source: &str, expected: &[&str]) {
    assert_eq!(problems(source), expected.join("\n"), "\nsource:\n{source}");
}

// ---------------------------------------------------------------------------------------------
// The minimal file and the real registry.

#[test]
fn minimal_file_loads_with_defaults() {
    let registry = load("codes.toml", MINIMAL).expect("the minimal file is valid");
    let expected = Registry {
        origins: vec![Origin {
            id: "iana".to_owned(),
            name: "IANA".to_owned(),
            enum_name: "StatusCode".to_owned(),
            reference: "https://www.iana.org/assignments/http-status-codes/".to_owned(),
            description: "The IANA HTTP Status Code Registry.".to_owned(),
            location: Location { line: 1, column: 1 },
            enum_location: Location { line: 4, column: 8 },
        }],
        statuses: vec![Status {
            code: 404,
            origin: "iana".to_owned(),
            name: "NotFound".to_owned(),
            reason: "Not Found".to_owned(),
            aliases: Vec::new(),
            description: "The server has nothing at this address.".to_owned(),
            spec: "RFC 9110".to_owned(),
            section: Some("15.5.5".to_owned()),
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5".to_owned(),
            state: State::Current,
            cacheable: false,
            body_forbidden: false,
            headers: Vec::new(),
            required_headers: Vec::new(),
            rules: Rules::default(),
            location: Location { line: 8, column: 1 },
            name_location: Location {
                line: 11,
                column: 8,
            },
            origin_location: Location {
                line: 10,
                column: 10,
            },
        }],
    };
    assert_eq!(registry, expected);
}

#[test]
fn optional_keys_are_read() {
    let source = minimal_plus(
        r#"aliases = ["Not There", "Missing"]
state = "deprecated"
cacheable = true
body_forbidden = true
headers = ["Retry-After", "X-Custom_Header"]
url = "https://example.com/404"
"#,
    );
    let registry = load("codes.toml", &source).expect("the file is valid");
    let status = &registry.statuses[0];
    assert_eq!(status.aliases, ["Not There", "Missing"]);
    assert_eq!(status.state, State::Deprecated);
    assert!(status.cacheable);
    assert!(status.body_forbidden);
    assert_eq!(status.headers, ["Retry-After", "X-Custom_Header"]);
    assert_eq!(status.url, "https://example.com/404", "a given url wins");
}

#[test]
fn rules_are_read() {
    let source = minimal_with("code = 404", "code = 307").replacen(
        "section = \"15.5.5\"",
        "section = \"15.4.8\"",
        1,
    ) + "redirect = \"indirect\"\nfollow = \"keep-method\"\npermanence = \"temporary\"\nretry = \"may-succeed\"\nno_content = true\nprotocols = [\"HTTP/1.1\", \"HTTP/2\"]\n";
    let registry = load("codes.toml", &source).expect("the file is valid");
    assert_eq!(
        registry.statuses[0].rules,
        Rules {
            no_content: true,
            protocols: vec!["HTTP/1.1".to_owned(), "HTTP/2".to_owned()],
            redirect: Some(RedirectKind::Indirect),
            permanence: Some(Permanence::Temporary),
            retry: Some(Retry::MaySucceed),
            follow: Some(Follow::KeepMethod),
        }
    );
}

#[test]
fn rfc_without_section_links_to_the_rfc() {
    let source = minimal_with("section = \"15.5.5\"\n", "");
    let registry = load("codes.toml", &source).expect("the file is valid");
    assert_eq!(registry.statuses[0].section, None);
    assert_eq!(
        registry.statuses[0].url,
        "https://www.rfc-editor.org/rfc/rfc9110"
    );
}

#[test]
fn non_rfc_spec_with_url_loads() {
    let source = minimal_with("spec = \"RFC 9110\"", "spec = \"A vendor manual\"");
    let source = source.replacen(
        "section = \"15.5.5\"",
        "url = \"https://vendor.example/manual#404\"",
        1,
    );
    let registry = load("codes.toml", &source).expect("the file is valid");
    assert_eq!(
        registry.statuses[0].url,
        "https://vendor.example/manual#404"
    );
}

#[test]
fn real_codes_toml_loads() {
    let registry = match load("codes.toml", REAL) {
        Ok(registry) => registry,
        Err(error) => panic!("the project's codes.toml has problems:\n{error}"),
    };
    assert!(registry.origins.iter().any(|origin| origin.id == "iana"));
    assert!(
        registry
            .statuses
            .iter()
            .any(|status| status.code == 404 && status.origin == "iana")
    );
    assert!(
        registry
            .statuses
            .iter()
            .all(|status| (100..=599).contains(&status.code))
    );
}

// ---------------------------------------------------------------------------------------------
// Malformed files, one mistake each.

#[test]
fn invalid_toml_syntax() {
    assert_problems(
        &minimal_with("reason = \"Not Found\"", "reason = \"Not Found"),
        &["codes.toml:12:20: invalid TOML: invalid basic string, expected `\"`"],
    );
}

#[test]
fn duplicate_key() {
    assert_problems(
        &minimal_with("code = 404\n", "code = 404\ncode = 405\n"),
        &["codes.toml:10:1: invalid TOML: duplicate key"],
    );
}

#[test]
fn empty_file() {
    assert_problems(
        "",
        &[
            "codes.toml:1:1: no `[[origin]]` table; declare the IANA origin, `[[origin]]` with `id = \"iana\"` and `enum = \"StatusCode\"`",
        ],
    );
}

#[test]
fn no_origin_table() {
    let statuses_only = &MINIMAL[MINIMAL.find("[[status]]").unwrap()..];
    assert_problems(
        statuses_only,
        &[
            "codes.toml:1:1: no `[[origin]]` table; declare the IANA origin, `[[origin]]` with `id = \"iana\"` and `enum = \"StatusCode\"`",
        ],
    );
}

#[test]
fn origin_is_empty_array() {
    let source = format!(
        "origin = []\n\n{}",
        &MINIMAL[MINIMAL.find("[[status]]").unwrap()..]
    );
    assert_problems(
        &source,
        &[
            "codes.toml:1:10: no `[[origin]]` table; declare the IANA origin, `[[origin]]` with `id = \"iana\"` and `enum = \"StatusCode\"`",
        ],
    );
}

#[test]
fn unknown_top_level_key() {
    assert_problems(
        &format!("version = 2\n{MINIMAL}"),
        &[
            "codes.toml:1:1: unknown key `version` at the top level; a codes file holds only `[[origin]]` and `[[status]]` tables",
        ],
    );
}

#[test]
fn unknown_top_level_table() {
    assert_problems(
        &minimal_plus("\n[meta]\nversion = 2\n"),
        &[
            "codes.toml:17:2: unknown key `meta` at the top level; a codes file holds only `[[origin]]` and `[[status]]` tables",
        ],
    );
}

#[test]
fn status_is_not_array_of_tables() {
    assert_problems(
        &minimal_with("[[status]]", "[status]"),
        &["codes.toml:8:1: `status` must be an array of tables written `[[status]]`, found table"],
    );
}

#[test]
fn origin_is_not_array_of_tables() {
    assert_problems(
        &minimal_with("[[origin]]", "[origin]"),
        &["codes.toml:1:1: `origin` must be an array of tables written `[[origin]]`, found table"],
    );
}

#[test]
fn status_entry_is_not_a_table() {
    let origin_only = &MINIMAL[..MINIMAL.find("[[status]]").unwrap()];
    assert_problems(
        &format!("status = [404]\n{origin_only}"),
        &[
            "codes.toml:1:11: each `status` entry must be a table written `[[status]]`, found integer",
        ],
    );
}

#[test]
fn missing_reason() {
    assert_problems(
        &minimal_with("reason = \"Not Found\"\n", ""),
        &["codes.toml:8:1: missing `reason` in this `[[status]]` table"],
    );
}

#[test]
fn missing_code() {
    assert_problems(
        &minimal_with("code = 404\n", ""),
        &["codes.toml:8:1: missing `code` in this `[[status]]` table"],
    );
}

#[test]
fn missing_several_keys_in_one_table() {
    assert_problems(
        &minimal_with(
            "name = \"NotFound\"\nreason = \"Not Found\"\ndescription = \"The server has nothing at this address.\"\n",
            "",
        ),
        &[
            "codes.toml:8:1: missing `name` in this `[[status]]` table",
            "codes.toml:8:1: missing `reason` in this `[[status]]` table",
            "codes.toml:8:1: missing `description` in this `[[status]]` table",
        ],
    );
}

#[test]
fn missing_origin_description() {
    assert_problems(
        &minimal_with(
            "description = \"The IANA HTTP Status Code Registry.\"\n",
            "",
        ),
        &["codes.toml:1:1: missing `description` in this `[[origin]]` table"],
    );
}

#[test]
fn empty_status_table() {
    assert_problems(
        &minimal_plus("\n[[status]]\n"),
        &[
            "codes.toml:17:1: missing `code` in this `[[status]]` table",
            "codes.toml:17:1: missing `origin` in this `[[status]]` table",
            "codes.toml:17:1: missing `name` in this `[[status]]` table",
            "codes.toml:17:1: missing `reason` in this `[[status]]` table",
            "codes.toml:17:1: missing `description` in this `[[status]]` table",
            "codes.toml:17:1: missing `spec` in this `[[status]]` table",
        ],
    );
}

#[test]
fn missing_key_after_comment_with_brackets() {
    assert_problems(
        &minimal_with(
            "[[status]]\ncode = 404\n",
            "[[status]]\n# the [[status]] for 404\ncode = 404\n",
        )
        .replacen("reason = \"Not Found\"\n", "", 1),
        &["codes.toml:8:1: missing `reason` in this `[[status]]` table"],
    );
}

#[test]
fn code_out_of_range() {
    assert_problems(
        &minimal_with("code = 404", "code = 600"),
        &[
            "codes.toml:9:8: status code `600` is outside 100..=599; an HTTP status code is three digits whose first is 1 to 5 (RFC 9110 §15)",
        ],
    );
}

#[test]
fn code_below_range() {
    assert_problems(
        &minimal_with("code = 404", "code = 99"),
        &[
            "codes.toml:9:8: status code `99` is outside 100..=599; an HTTP status code is three digits whose first is 1 to 5 (RFC 9110 §15)",
        ],
    );
}

#[test]
fn negative_code() {
    assert_problems(
        &minimal_with("code = 404", "code = -404"),
        &[
            "codes.toml:9:8: status code `-404` is outside 100..=599; an HTTP status code is three digits whose first is 1 to 5 (RFC 9110 §15)",
        ],
    );
}

#[test]
fn huge_code() {
    assert_problems(
        &minimal_with("code = 404", "code = 99999999999999999999999"),
        &[
            "codes.toml:9:8: status code `99999999999999999999999` is outside 100..=599; an HTTP status code is three digits whose first is 1 to 5 (RFC 9110 §15)",
        ],
    );
}

#[test]
fn code_in_hex_is_accepted() {
    let registry = load("codes.toml", &minimal_with("code = 404", "code = 0x194"))
        .expect("a hexadecimal code is a valid TOML integer");
    assert_eq!(registry.statuses[0].code, 404);
}

#[test]
fn wrong_type_for_code() {
    assert_problems(
        &minimal_with("code = 404", "code = \"404\""),
        &["codes.toml:9:8: `code` must be an integer such as `404`, found string"],
    );
}

#[test]
fn code_is_float() {
    assert_problems(
        &minimal_with("code = 404", "code = 404.0"),
        &["codes.toml:9:8: `code` must be an integer such as `404`, found float"],
    );
}

#[test]
fn wrong_type_for_string_key() {
    assert_problems(
        &minimal_with("spec = \"RFC 9110\"", "spec = 9110"),
        &["codes.toml:14:8: `spec` must be a string, found integer"],
    );
}

#[test]
fn wrong_type_for_flag() {
    assert_problems(
        &minimal_plus("cacheable = \"yes\"\n"),
        &["codes.toml:16:13: `cacheable` must be `true` or `false`, found string"],
    );
}

#[test]
fn aliases_is_not_an_array() {
    assert_problems(
        &minimal_plus("aliases = \"Missing\"\n"),
        &["codes.toml:16:11: `aliases` must be an array of strings, found string"],
    );
}

#[test]
fn header_is_not_a_string() {
    assert_problems(
        &minimal_plus("headers = [\"Retry-After\", 42]\n"),
        &["codes.toml:16:27: `headers` must hold only strings, found integer"],
    );
}

#[test]
fn duplicate_code_and_origin() {
    assert_problems(
        &minimal_plus(&second_status(404, "Missing")),
        &["codes.toml:17:1: duplicate status 404 for origin `iana`; first one at line 8, column 1"],
    );
}

#[test]
fn same_code_in_two_origins_is_allowed() {
    let source = minimal_plus(&second_origin("nginx", "Nginx"))
        + &second_status(404, "NotFound").replace("\"iana\"", "\"nginx\"");
    let registry = load("codes.toml", &source).expect("each origin may define 404");
    assert_eq!(registry.statuses.len(), 2);
}

#[test]
fn unknown_key_with_suggestion() {
    assert_problems(
        &minimal_plus("cachable = true\n"),
        &[
            "codes.toml:16:1: unknown key `cachable` in a `[[status]]` table; did you mean `cacheable`?",
        ],
    );
}

#[test]
fn unknown_key_without_suggestion() {
    assert_problems(
        &minimal_plus("colour = \"red\"\n"),
        &["codes.toml:16:1: unknown key `colour` in a `[[status]]` table"],
    );
}

#[test]
fn misspelt_key_in_origin() {
    // Reported once, as unknown with the key it should be; not also as missing, and the
    // status naming the origin is not reported.
    assert_problems(
        &minimal_with("reference = ", "refrence = "),
        &[
            "codes.toml:5:1: unknown key `refrence` in a `[[origin]]` table; did you mean `reference`?",
        ],
    );
}

#[test]
fn missing_key_beside_an_unrelated_unknown_key() {
    assert_problems(
        &minimal_with("reference = ", "colour = "),
        &[
            "codes.toml:1:1: missing `reference` in this `[[origin]]` table",
            "codes.toml:5:1: unknown key `colour` in a `[[origin]]` table",
        ],
    );
}

#[test]
fn origin_without_statuses() {
    let source = format!("{MINIMAL}{}", second_origin("acme", "Acme"));
    let line = MINIMAL.lines().count() + 2;
    assert_problems(
        &source,
        &[&format!(
            "codes.toml:{line}:1: origin `acme` has no `[[status]]`; its enum would be empty: add a status with `origin = \"acme\"` or remove the origin"
        )],
    );
}

#[test]
fn reason_is_empty() {
    assert_problems(
        &minimal_with("reason = \"Not Found\"", "reason = \"\""),
        &[
            "codes.toml:12:10: reason phrase is empty; write the phrase sent on the status line, e.g. `Not Found`",
        ],
    );
}

#[test]
fn reason_with_surrounding_space() {
    assert_problems(
        &minimal_with("reason = \"Not Found\"", "reason = \"Not Found \""),
        &["codes.toml:12:10: reason phrase `Not Found ` has leading or trailing white space"],
    );
}

#[test]
fn reason_not_ascii() {
    assert_problems(
        &minimal_with("reason = \"Not Found\"", "reason = \"Não Encontrado\""),
        &[
            "codes.toml:12:10: reason phrase `N\\u{e3}o Encontrado` may hold only visible ASCII, spaces and tabs (RFC 9112 §4)",
        ],
    );
}

#[test]
fn alias_with_control_character() {
    assert_problems(
        &minimal_plus("aliases = [\"Missing\", \"Not\\u0007Found\"]\n"),
        &[
            "codes.toml:16:23: reason phrase `Not\\u{7}Found` may hold only visible ASCII, spaces and tabs (RFC 9112 §4)",
        ],
    );
}

#[test]
fn description_is_empty() {
    assert_problems(
        &minimal_with(
            "description = \"The server has nothing at this address.\"",
            "description = \"  \"",
        ),
        &["codes.toml:13:15: `description` is empty; write a sentence"],
    );
}

#[test]
fn variant_name_is_keyword() {
    assert_problems(
        &minimal_with("name = \"NotFound\"", "name = \"Self\""),
        &["codes.toml:11:8: variant name `Self` is a Rust keyword; choose another name"],
    );
}

#[test]
fn variant_name_not_pascal_case() {
    assert_problems(
        &minimal_with("name = \"NotFound\"", "name = \"notFound\""),
        &[
            "codes.toml:11:8: variant name `notFound` must start with an ASCII capital letter (PascalCase, such as `NotFound`)",
        ],
    );
}

#[test]
fn variant_name_with_underscore() {
    assert_problems(
        &minimal_with("name = \"NotFound\"", "name = \"Not_Found\""),
        &[
            "codes.toml:11:8: variant name `Not_Found` may hold only ASCII letters and digits (PascalCase, such as `NotFound`), found `_`",
        ],
    );
}

#[test]
fn variant_name_is_empty() {
    assert_problems(
        &minimal_with("name = \"NotFound\"", "name = \"\""),
        &["codes.toml:11:8: variant name `` is empty; write a PascalCase name such as `NotFound`"],
    );
}

#[test]
fn variant_name_is_reserved() {
    assert_problems(
        &minimal_with("name = \"NotFound\"", "name = \"ALL\""),
        &[
            "codes.toml:11:8: `ALL` is the name of a generated constant; choose another variant name",
        ],
    );
}

#[test]
fn duplicate_variant_name() {
    assert_problems(
        &minimal_plus(&second_status(410, "NotFound")),
        &[
            "codes.toml:20:8: duplicate name `NotFound` in origin `iana`; first one at line 11, column 8; each variant of an enum needs its own name",
        ],
    );
}

#[test]
fn unknown_origin() {
    assert_problems(
        &minimal_with("origin = \"iana\"", "origin = \"iama\""),
        &["codes.toml:10:10: unknown origin `iama`; did you mean `iana`?"],
    );
}

#[test]
fn unknown_origin_without_suggestion() {
    assert_problems(
        &minimal_with("origin = \"iana\"", "origin = \"apache\""),
        &["codes.toml:10:10: unknown origin `apache`; declare it in an `[[origin]]` table"],
    );
}

#[test]
fn unknown_state() {
    assert_problems(
        &minimal_plus("state = \"retired\"\n"),
        &[
            "codes.toml:16:9: unknown state `retired`; expected one of `current`, `unused`, `deprecated`, `obsolete`, `temporary`",
        ],
    );
}

#[test]
fn unknown_redirect_kind() {
    assert_problems(
        &minimal_with("code = 404", "code = 301").replacen(
            "section = \"15.5.5\"",
            "section = \"15.4.2\"\nredirect = \"permanent\"",
            1,
        ),
        &[
            "codes.toml:16:12: unknown redirect `permanent`; expected one of `moved`, `choice`, `indirect`, `cached`",
        ],
    );
}

#[test]
fn redirect_on_non_redirect_status() {
    assert_problems(
        &minimal_plus("redirect = \"moved\"\n"),
        &["codes.toml:16:12: `redirect` applies only to redirects (3xx), not to 404"],
    );
}

#[test]
fn follow_on_non_redirect_status() {
    assert_problems(
        &minimal_plus("follow = \"get\"\n"),
        &["codes.toml:16:10: `follow` applies only to redirects (3xx), not to 404"],
    );
}

#[test]
fn unknown_protocol() {
    assert_problems(
        &minimal_plus("protocols = [\"HTTP/1.1\", \"SPDY\"]\n"),
        &[
            "codes.toml:16:26: unknown protocol `SPDY`; expected one of `HTTP/1.0`, `HTTP/1.1`, `HTTP/2`, `HTTP/3`",
        ],
    );
}

#[test]
fn non_rfc_spec_without_url() {
    assert_problems(
        &minimal_with("spec = \"RFC 9110\"", "spec = \"WebDAV draft\""),
        &[
            "codes.toml:14:8: `spec = \"WebDAV draft\"` is not an RFC, so the entry needs a `url` to link to; add `url = \"https://…\"` or write the spec as `RFC <number>`",
        ],
    );
}

#[test]
fn bad_url() {
    assert_problems(
        &minimal_plus("url = \"www.example.com/404\"\n"),
        &[
            "codes.toml:16:7: `url` must be an absolute `https://` link without spaces, found `www.example.com/404`",
        ],
    );
}

#[test]
fn url_with_space() {
    assert_problems(
        &minimal_plus("url = \"https://example.com/not found\"\n"),
        &[
            "codes.toml:16:7: `url` must be an absolute `https://` link without spaces, found `https://example.com/not found`",
        ],
    );
}

#[test]
fn bad_reference() {
    assert_problems(
        &minimal_with(
            "reference = \"https://www.iana.org/assignments/http-status-codes/\"",
            "reference = \"https://\"",
        ),
        &[
            "codes.toml:5:13: `reference` must be an absolute `https://` link without spaces, found `https://`",
        ],
    );
}

#[test]
fn bad_header_name() {
    assert_problems(
        &minimal_plus("headers = [\"Retry After\"]\n"),
        &[
            "codes.toml:16:12: `Retry After` is not a header field name (RFC 9110 §5.1: letters, digits and !#$%&'*+-.^_`|~)",
        ],
    );
}

#[test]
fn bad_section() {
    assert_problems(
        &minimal_with("section = \"15.5.5\"", "section = \"15..5\""),
        &["codes.toml:15:11: section `15..5` must be dotted numbers such as `15.5.5`"],
    );
}

#[test]
fn duplicate_origin() {
    assert_problems(
        &minimal_plus(&second_origin("iana", "Iana")),
        &["codes.toml:17:1: duplicate origin `iana`; first one at line 1, column 1"],
    );
}

#[test]
fn duplicate_enum_name() {
    assert_problems(
        &minimal_plus(&second_origin("nginx", "StatusCode")),
        &[
            "codes.toml:20:8: enum name `StatusCode` is already used by another origin at line 4, column 8; give each origin its own enum",
        ],
    );
}

#[test]
fn origin_id_not_lowercase() {
    assert_problems(
        &minimal_plus(&second_origin("Nginx", "Nginx")),
        &[
            "codes.toml:18:6: origin id `Nginx` must be lowercase ASCII letters, digits or `-`, e.g. `nginx`",
        ],
    );
}

#[test]
fn origin_enum_name_not_pascal_case() {
    assert_problems(
        &minimal_with("enum = \"StatusCode\"", "enum = \"status_code\""),
        &[
            "codes.toml:4:8: origin enum name `status_code` must start with an ASCII capital letter (PascalCase, such as `NotFound`)",
        ],
    );
}

#[test]
fn too_many_origins() {
    let mut source = MINIMAL.to_owned();
    for index in 1..validate::MAX_ORIGINS {
        source += &second_origin(&format!("vendor-{index}"), &format!("Vendor{index}"));
        let _ = write!(
            source,
            "\n[[status]]\ncode = 499\norigin = \"vendor-{index}\"\nname = \"Closed\"\nreason = \"Closed\"\ndescription = \"Gone.\"\nspec = \"RFC 9110\"\n"
        );
    }
    assert!(
        load("codes.toml", &source).is_ok(),
        "63 origins are allowed"
    );
    let line = source.lines().count() + 2;
    source += &second_origin("one-too-many", "OneTooMany");
    assert_problems(
        &source,
        &[&format!(
            "codes.toml:{line}:1: too many origins: a registry may declare at most 63, because a `Status` keeps its origin in 6 bits"
        )],
    );
}

#[test]
fn status_as_inline_table_missing_key() {
    // The table starts at its `{`, whatever `[[` comes before it.
    let origin_only = &MINIMAL[..MINIMAL.find("[[status]]").unwrap()];
    let source = format!(
        "# inline tables instead of [[status]]\nstatus = [\n  {{ code = 404, origin = \"iana\", name = \"NotFound\", description = \"Gone.\", spec = \"RFC 9110\" }},\n]\n{origin_only}"
    );
    assert_problems(
        &source,
        &["codes.toml:3:3: missing `reason` in this `[[status]]` table"],
    );
}

// ---------------------------------------------------------------------------------------------
// Several problems at once.

#[test]
fn all_problems_are_reported_in_file_order() {
    let source = format!(
        "{}{}",
        MINIMAL
            .replacen("enum = \"StatusCode\"", "enum = \"statusCode\"", 1)
            .replacen("reason = \"Not Found\"", "reason = \"\"", 1)
            .replacen(
                "section = \"15.5.5\"",
                "section = \"15.5.5\"\nstat = \"current\"",
                1
            ),
        // Line 17 repeats 404 (found after reading, by the checks across entries), line 21
        // has a bad reason (found while reading, so pushed first).
        second_status(404, "Missing").replacen("\"Gone\"", "\" Gone\"", 1),
    );
    assert_problems(
        &source,
        &[
            "codes.toml:4:8: origin enum name `statusCode` must start with an ASCII capital letter (PascalCase, such as `NotFound`)",
            "codes.toml:12:10: reason phrase is empty; write the phrase sent on the status line, e.g. `Not Found`",
            "codes.toml:16:1: unknown key `stat` in a `[[status]]` table; did you mean `state`?",
            "codes.toml:18:1: duplicate status 404 for origin `iana`; first one at line 8, column 1",
            "codes.toml:22:10: reason phrase ` Gone` has leading or trailing white space",
        ],
    );
}

#[test]
fn problems_in_every_table_are_reported() {
    let mut source = MINIMAL.to_owned();
    for code in [200, 201, 202] {
        source += &second_status(code, "notPascal").replacen("Pascal", &code.to_string(), 1);
    }
    let lines: Vec<String> = problems(&source).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 3, "{lines:#?}");
    for (index, line) in lines.iter().enumerate() {
        let code = 200 + index;
        assert_eq!(
            line,
            &format!(
                "codes.toml:{}:8: variant name `not{code}` must start with an ASCII capital letter (PascalCase, such as `NotFound`)",
                20 + 9 * index
            )
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Locations.

#[test]
fn location_counts_characters_not_bytes() {
    // `ä` is 2 bytes, `€` 3, `😀` 4.
    let source = "ä€\n😀x\n";
    assert_eq!(
        Location::of_offset(source, 0),
        Location { line: 1, column: 1 }
    );
    assert_eq!(
        Location::of_offset(source, 2),
        Location { line: 1, column: 2 }
    );
    assert_eq!(
        Location::of_offset(source, 5),
        Location { line: 1, column: 3 }
    );
    assert_eq!(
        Location::of_offset(source, 6),
        Location { line: 2, column: 1 }
    );
    assert_eq!(
        Location::of_offset(source, 10),
        Location { line: 2, column: 2 }
    );
    assert_eq!(
        Location::of_offset(source, 11),
        Location { line: 2, column: 3 }
    );
}

#[test]
fn location_inside_a_character_or_past_the_end() {
    let source = "ä€\n😀x";
    // Inside `€` (bytes 2..5): the character's own column.
    assert_eq!(
        Location::of_offset(source, 3),
        Location { line: 1, column: 2 }
    );
    // Inside `😀` (bytes 6..10).
    assert_eq!(
        Location::of_offset(source, 8),
        Location { line: 2, column: 1 }
    );
    // Past the end: just after the last character.
    assert_eq!(
        Location::of_offset(source, 99),
        Location { line: 2, column: 3 }
    );
    assert_eq!(Location::of_offset("", 5), Location { line: 1, column: 1 });
}

#[test]
fn problem_after_multibyte_characters_has_character_column() {
    // `Ä` is two bytes: the second header starts at character 17, byte 18.
    assert_problems(
        &minimal_plus("headers = [\"Ä\", \"Bad Name\"]\n"),
        &[
            "codes.toml:16:12: `Ä` is not a header field name (RFC 9110 §5.1: letters, digits and !#$%&'*+-.^_`|~)",
            "codes.toml:16:17: `Bad Name` is not a header field name (RFC 9110 §5.1: letters, digits and !#$%&'*+-.^_`|~)",
        ],
    );
}

#[test]
fn location_with_crlf_line_endings() {
    let source = minimal_with("code = 404", "code = 600").replace('\n', "\r\n");
    assert_problems(
        &source,
        &[
            "codes.toml:9:8: status code `600` is outside 100..=599; an HTTP status code is three digits whose first is 1 to 5 (RFC 9110 §15)",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Suggestions.

#[test]
fn edit_distance_counts_characters() {
    assert_eq!(edit_distance("kitten", "sitting"), 3);
    assert_eq!(edit_distance("flaw", "lawn"), 2);
    assert_eq!(edit_distance("same", "same"), 0);
    assert_eq!(edit_distance("", "abc"), 3);
    assert_eq!(edit_distance("abc", ""), 3);
    assert_eq!(edit_distance("", ""), 0);
    assert_eq!(edit_distance("é", "e"), 1, "one character, two bytes");
    assert_eq!(edit_distance("naïve", "naive"), 1);
    assert_eq!(
        edit_distance("ab", "ba"),
        1,
        "a swap of neighbours is one edit"
    );
    assert_eq!(edit_distance("ngnix", "nginx"), 1);
    assert_eq!(
        edit_distance("abc", "ca"),
        3,
        "a swapped pair is not edited again"
    );
}

#[test]
fn closest_finds_likely_typos() {
    let keys = ["code", "origin", "name", "reason", "state", "cacheable"];
    assert_eq!(closest("reasn", &keys), Some("reason"));
    assert_eq!(closest("cachable", &keys), Some("cacheable"));
    assert_eq!(closest("REASON", &keys), Some("reason"), "case is ignored");
    assert_eq!(closest("stauts", &["status", "state"]), Some("status"));
    assert_eq!(closest("ngnix", &["iana", "nginx", "esri"]), Some("nginx"));
    assert_eq!(
        closest("x", &["y"]),
        Some("y"),
        "one edit is always close enough"
    );
}

#[test]
fn closest_rejects_distant_words() {
    let keys = ["code", "origin", "name", "reason"];
    assert_eq!(closest("colour", &keys), None);
    assert_eq!(closest("description", &keys), None);
    assert_eq!(closest("anything", &[]), None);
    // Six characters allow two edits, not three.
    assert_eq!(closest("abcdef", &["abcxyz"]), None);
    assert_eq!(closest("abcdef", &["abcdyz"]), Some("abcdyz"));
}

#[test]
fn closest_prefers_the_nearest_then_the_first() {
    assert_eq!(closest("bat", &["cat", "bad", "bat"]), Some("bat"));
    assert_eq!(closest("bxt", &["cat", "bat"]), Some("bat"));
    assert_eq!(closest("xat", &["cat", "bat"]), Some("cat"));
}

// ---------------------------------------------------------------------------------------------
// Robustness: mutated copies of the real registry never panic the loader, and every location
// it reports lies within the file.

/// Loads `source` and checks every reported location against it.
fn assert_locations_within(source: &str, what: &str) {
    let Err(error) = load("fuzz.toml", source) else {
        return;
    };
    assert!(
        !error.diagnostics.is_empty(),
        "{what}: an error without problems"
    );
    let lines: Vec<&str> = source.split('\n').collect();
    for diagnostic in &error.diagnostics {
        let Location { line, column } = diagnostic.location;
        assert!(
            (1..=lines.len()).contains(&line),
            "{what}: line {line} of {}: {}",
            lines.len(),
            diagnostic.message
        );
        let width = lines[line - 1].chars().count();
        assert!(
            (1..=width + 1).contains(&column),
            "{what}: column {column} on line {line} of {width} characters: {}",
            diagnostic.message
        );
        assert!(!diagnostic.message.is_empty(), "{what}: an empty message");
    }
    let mut sorted = error.diagnostics.clone();
    sorted.sort_by_key(|diagnostic| diagnostic.location);
    assert_eq!(
        sorted, error.diagnostics,
        "{what}: problems out of file order"
    );
}

#[test]
fn truncated_registry_never_panics() {
    for end in (0..=REAL.len()).step_by(97) {
        if REAL.is_char_boundary(end) {
            assert_locations_within(&REAL[..end], &format!("truncated at byte {end}"));
        }
    }
}

#[test]
fn registry_with_one_byte_replaced_never_panics() {
    // Every 29th byte, replaced in turn by one of 12 bytes that matter to TOML (29 and 12 are
    // coprime, so each replacement lands on every kind of position). The fuzz target covers
    // every byte; this keeps a debug-build test run short.
    const REPLACEMENTS: [u8; 12] = [
        b'"', b'[', b']', b'=', b'\n', b'#', b'\\', b',', b'{', b'x', b'0', b' ',
    ];
    let bytes = REAL.as_bytes();
    for (step, offset) in (0..bytes.len()).step_by(29).enumerate() {
        let replacement = REPLACEMENTS[step % REPLACEMENTS.len()];
        let mut mutated = bytes.to_vec();
        mutated[offset] = replacement;
        if let Ok(text) = std::str::from_utf8(&mutated) {
            assert_locations_within(
                text,
                &format!("byte {offset} replaced by {:?}", char::from(replacement)),
            );
        }
    }
}

#[test]
fn minimal_file_cut_anywhere_never_panics() {
    for end in (0..=MINIMAL.len()).filter(|end| MINIMAL.is_char_boundary(*end)) {
        assert_locations_within(&MINIMAL[..end], &format!("minimal file cut at byte {end}"));
    }
}
