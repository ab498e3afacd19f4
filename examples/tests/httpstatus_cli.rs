//! Runs the `httpstatus` binary as a user would and checks its output and exit status.
//!
//! Cargo builds the binary before this test and gives its path in `CARGO_BIN_EXE_httpstatus`.

use std::process::{Command, Output};

/// The exit status of a command line that cannot be run.
const USAGE_EXIT: i32 = 2;

/// Runs `httpstatus` with `args`.
fn httpstatus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_httpstatus"))
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("cannot run httpstatus {args:?}: {error}"))
}

/// Runs `httpstatus` with `args`, checks that it succeeds quietly, and returns its stdout.
fn success(args: &[&str]) -> String {
    let output = httpstatus(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(0),
        "httpstatus {args:?}: {stderr}"
    );
    assert!(
        stderr.is_empty(),
        "httpstatus {args:?} wrote to stderr: {stderr}"
    );
    String::from_utf8(output.stdout).expect("httpstatus writes UTF-8")
}

/// Runs `httpstatus` with `args`, checks that it fails as a usage error with one line on
/// stderr and nothing on stdout, and returns that line.
fn usage_error(args: &[&str]) -> String {
    let output = httpstatus(args);
    let stderr = String::from_utf8(output.stderr).expect("httpstatus writes UTF-8");
    assert_eq!(
        output.status.code(),
        Some(USAGE_EXIT),
        "httpstatus {args:?}: {stderr}"
    );
    assert!(
        output.stdout.is_empty(),
        "httpstatus {args:?} wrote to stdout"
    );
    assert_eq!(stderr.lines().count(), 1, "httpstatus {args:?}: {stderr:?}");
    assert!(stderr.starts_with("httpstatus: "), "{stderr}");
    assert!(
        stderr.contains("--help"),
        "the message says where to look: {stderr}"
    );
    stderr
}

#[test]
fn code_499_shows_both_vendor_meanings() {
    let out = success(&["499"]);
    assert!(out.starts_with("499: 2 meanings (nginx, Esri)\n"), "{out}");
    assert!(out.contains("\n499 Client Closed Request\n"), "{out}");
    assert!(
        out.contains("status_core::vendor::Nginx::ClientClosedRequest"),
        "{out}"
    );
    assert!(out.contains("\n499 Token Required\n"), "{out}");
    assert!(
        out.contains("status_core::vendor::Esri::TokenRequired"),
        "{out}"
    );
    assert!(
        out.find("Client Closed Request") < out.find("Token Required"),
        "nginx comes before Esri, in registry order: {out}"
    );
    // IANA does not register 499: a recipient that does not know the vendor sees a 400.
    assert!(
        out.contains("treated as:           400 Bad Request"),
        "{out}"
    );
}

#[test]
fn code_404_shows_every_field_of_the_iana_meaning() {
    let out = success(&["404"]);
    for expected in [
        "404: 1 meaning (IANA)\n",
        "\n404 Not Found\n",
        "origin:               IANA\n",
        "type:                 status_core::StatusCode::NotFound\n",
        "class:                4xx (Client Error)\n",
        "description:          ",
        "aliases:              none\n",
        "spec:                 RFC 9110, Section 15.5.5\n",
        "link:                 https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5\n",
        "cacheable by default: yes\n",
        "body forbidden:       no\n",
        "headers:              none\n",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    assert!(
        !out.contains("registry state"),
        "a current code shows no state: {out}"
    );
    assert!(!out.contains("treated as"), "404 is an IANA code: {out}");
}

#[test]
fn a_code_that_is_not_current_shows_its_registry_state() {
    let out = success(&["418"]);
    assert!(out.contains("registry state:       unused\n"), "{out}");
}

#[test]
fn code_471_falls_back_to_400_and_is_not_cacheable() {
    let out = success(&["471"]);
    assert!(
        out.starts_with("471: not registered by any origin\n"),
        "{out}"
    );
    assert!(
        out.contains("class:                4xx (Client Error)\n"),
        "{out}"
    );
    assert!(
        out.contains("treated as:           400 Bad Request: "),
        "{out}"
    );
    assert!(out.contains("x00 code of its class (RFC 9110 §15"), "{out}");
    assert!(out.contains("cacheable by default: no: "), "{out}");
    assert!(out.contains("must not be cached"), "{out}");
}

#[test]
fn list_4xx_has_one_line_per_code_and_origin() {
    let out = success(&["--list", "4xx"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.iter().all(|line| line.starts_with('4')), "{out}");
    let has = |code: &str, reason: &str, origin: &str| {
        lines.iter().any(|line| {
            let fields: Vec<&str> = line
                .split("  ")
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .collect();
            fields.first() == Some(&code)
                && fields.get(1) == Some(&reason)
                && fields.get(2) == Some(&origin)
        })
    };
    assert!(has("400", "Bad Request", "IANA"), "{out}");
    assert!(has("404", "Not Found", "IANA"), "{out}");
    assert!(has("499", "Client Closed Request", "nginx"), "{out}");
    assert!(has("499", "Token Required", "Esri"), "{out}");
    assert!(
        !out.contains("\n471 "),
        "471 is registered by nobody: {out}"
    );
}

#[test]
fn list_5xx_has_no_other_class() {
    let out = success(&["--list", "5xx"]);
    assert!(!out.is_empty());
    assert!(out.lines().all(|line| line.starts_with('5')), "{out}");
}

#[test]
fn help_prints_usage() {
    let out = success(&["--help"]);
    assert!(out.contains("Usage:"), "{out}");
    assert!(out.contains("httpstatus --list CLASS"), "{out}");
}

#[test]
fn no_argument_is_a_usage_error() {
    let message = usage_error(&[]);
    assert!(message.contains("missing status code"), "{message}");
}

#[test]
fn letters_are_a_usage_error() {
    let message = usage_error(&["abc"]);
    assert!(message.contains("`abc` is not a status code"), "{message}");
    assert!(message.contains("three digits"), "{message}");
}

#[test]
fn code_999_is_a_usage_error() {
    let message = usage_error(&["999"]);
    assert!(message.contains("999 is not a status code"), "{message}");
    assert!(message.contains("from 100 to 599"), "{message}");
}

#[test]
fn class_6xx_is_a_usage_error() {
    let message = usage_error(&["--list", "6xx"]);
    assert!(message.contains("`6xx` is not a status class"), "{message}");
    assert!(message.contains("`1xx` to `5xx`"), "{message}");
}

#[test]
fn list_without_a_class_is_a_usage_error() {
    let message = usage_error(&["--list"]);
    assert!(message.contains("`--list` needs a class"), "{message}");
}

#[test]
fn extra_arguments_are_a_usage_error() {
    let message = usage_error(&["404", "500"]);
    assert!(message.contains("unexpected argument `500`"), "{message}");
    let message = usage_error(&["--list", "4xx", "5xx"]);
    assert!(message.contains("unexpected argument `5xx`"), "{message}");
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    let message = usage_error(&["--verbose"]);
    assert!(message.contains("unknown option `--verbose`"), "{message}");
}

/// The value printed for `label` in the first meaning of `out`.
fn value_of<'a>(out: &'a str, label: &str) -> &'a str {
    let prefix = format!("  {label}:");
    out.lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .map_or_else(|| panic!("no `{label}` line in:\n{out}"), str::trim)
}

#[test]
fn the_rules_of_rfc_9110_are_printed_for_a_code() {
    let see_other = success(&["303"]);
    assert_eq!(value_of(&see_other, "response"), "final");
    assert!(value_of(&see_other, "redirect").starts_with("indirect"));
    assert_eq!(
        value_of(&see_other, "following"),
        "POST is followed with GET, PUT with GET"
    );
    assert_eq!(value_of(&see_other, "Retry-After applies"), "yes");

    let temporary = success(&["307"]);
    assert_eq!(
        value_of(&temporary, "following"),
        "POST is followed with POST, PUT with PUT (after the user agrees: PUT is not safe)"
    );
    assert_eq!(value_of(&temporary, "condition"), "temporary");

    let not_modified = success(&["304"]);
    assert_eq!(
        value_of(&not_modified, "following"),
        "not followed automatically"
    );
    assert_eq!(value_of(&not_modified, "may carry content"), "no");

    let gone = success(&["410"]);
    assert_eq!(value_of(&gone, "condition"), "permanent");
    assert_eq!(
        value_of(&gone, "retry"),
        "only a changed request can succeed"
    );

    let switching = success(&["101"]);
    assert!(value_of(&switching, "response").starts_with("interim"));
    assert_eq!(value_of(&switching, "sent over"), "HTTP/1.1");

    let early_hints = success(&["103"]);
    assert_eq!(
        value_of(&early_hints, "sent over"),
        "HTTP/1.1, HTTP/2, HTTP/3"
    );

    let too_many = success(&["429"]);
    assert_eq!(
        value_of(&too_many, "retry"),
        "the identical request may succeed later"
    );
    assert_eq!(value_of(&too_many, "Retry-After applies"), "yes");
}
