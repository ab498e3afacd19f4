//! `httpstatus`: look up an HTTP status code in the project's registry.
//!
//! ```text
//! httpstatus 499          every meaning of 499, across origins (nginx and Esri)
//! httpstatus 471          a code nobody registers: how RFC 9110 §15 says to treat it
//! httpstatus --list 4xx   one line per code of the class, across origins
//! httpstatus --help       usage
//! ```
//!
//! For each meaning it prints the origin, the code and reason phrase, the class, the registry
//! state (when not current), the description, the aliases, the defining document and its link,
//! whether a response is cacheable by default, whether it may have content, and the header
//! fields that go with it. Everything it prints comes from `status_core`: the registry
//! (`Status::meanings`, `REGISTRY`) and the RFC 9110 rules (`Status::effective`,
//! `Status::is_cacheable_by_default`).
//!
//! Exit status: 0 on success, 2 on bad arguments (with a one-line message on stderr), 1 when
//! the output cannot be written.

use std::ffi::OsString;
use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

use status_core::{
    HttpVersion, Meaning, REGISTRY, RedirectKind, RegistryState, Retry, Status, StatusClass,
    StatusErrorKind,
};

/// The program's name in messages.
const PROGRAM: &str = "httpstatus";

/// The exit status for bad arguments, as most command-line tools use it.
const USAGE_EXIT: u8 = 2;

/// The width of the field labels in a lookup, so that the values line up.
const LABEL_WIDTH: usize = 22;

const USAGE: &str = "\
httpstatus: look up an HTTP status code in the registry

Usage:
  httpstatus CODE          every meaning of CODE across origins (IANA and vendors)
  httpstatus --list CLASS  every code of CLASS across origins, one line each
  httpstatus --help        this message

Arguments:
  CODE   three digits, from 100 to 599: 404, 499, 471
  CLASS  a first digit and `xx`, from 1xx to 5xx: 4xx

A code that no origin registers is read as RFC 9110 §15 says: as the x00 code of its class.

Examples:
  httpstatus 499
  httpstatus --list 5xx
";

/// What the command line asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    /// `--help`: print the usage.
    Help,
    /// `CODE`: print every meaning of the code.
    Lookup(Status),
    /// `--list CLASS`: print every code of the class.
    List(StatusClass),
}

/// A command line that cannot be run; its message says what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct UsageError(String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{PROGRAM}: {}; see `{PROGRAM} --help`", self.0)
    }
}

fn main() -> ExitCode {
    let command = match parse_args(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(error) => {
            report(&error);
            return ExitCode::from(USAGE_EXIT);
        }
    };
    let mut out = io::stdout().lock();
    let written = match command {
        Command::Help => out.write_all(USAGE.as_bytes()),
        Command::Lookup(status) => write_lookup(&mut out, status),
        Command::List(class) => write_list(&mut out, class),
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`httpstatus --list 4xx | head`): nothing more to say.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            report(&format_args!("{PROGRAM}: cannot write the output: {error}"));
            ExitCode::FAILURE
        }
    }
}

/// Writes one line to stderr. Unlike `eprintln!`, it does not panic when stderr is closed:
/// the exit status still tells what happened.
fn report(message: &dyn fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "{message}");
}

/// Reads the arguments after the program name.
fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut args = args.into_iter().map(utf8);
    let command = match args.next().transpose()? {
        None => {
            return Err(UsageError(
                "missing status code: give a code such as `404`, or `--list 4xx`".to_owned(),
            ));
        }
        Some(flag) if flag == "--help" || flag == "-h" => Command::Help,
        Some(flag) if flag == "--list" || flag == "-l" => match args.next().transpose()? {
            Some(class) => Command::List(parse_class(&class)?),
            None => {
                return Err(UsageError(format!(
                    "`{flag}` needs a class: write `{flag} 4xx` (1xx to 5xx)"
                )));
            }
        },
        Some(option) if option.starts_with('-') => {
            return Err(UsageError(format!(
                "unknown option `{option}`: the options are `--list CLASS` and `--help`"
            )));
        }
        Some(code) => Command::Lookup(parse_code(&code)?),
    };
    match args.next().transpose()? {
        None => Ok(command),
        Some(extra) => Err(UsageError(format!(
            "unexpected argument `{extra}`: give one code or one `--list CLASS` per run"
        ))),
    }
}

/// An argument as text, or an error when it is not UTF-8.
fn utf8(arg: OsString) -> Result<String, UsageError> {
    arg.into_string().map_err(|arg| {
        UsageError(format!(
            "argument {} is not valid UTF-8: write the code in ASCII digits",
            arg.display()
        ))
    })
}

/// A code from 100 to 599.
fn parse_code(text: &str) -> Result<Status, UsageError> {
    text.parse::<Status>().map_err(|error| match error.kind() {
        StatusErrorKind::OutOfRange { .. } => UsageError(error.to_string()),
        _ => UsageError(format!("`{text}` is not a status code: {error}")),
    })
}

/// A class pattern from `1xx` to `5xx`.
fn parse_class(text: &str) -> Result<StatusClass, UsageError> {
    text.parse::<StatusClass>()
        .map_err(|error| UsageError(format!("`{text}` is not a status class: {error}")))
}

/// Every meaning of the code, or, for a code no origin registers, how a recipient treats it.
fn write_lookup(out: &mut impl Write, status: Status) -> io::Result<()> {
    let code = status.code();
    let meanings = status.meanings();
    if meanings.is_empty() {
        return write_unregistered(out, status);
    }
    let origins: Vec<&str> = meanings
        .iter()
        .map(|meaning| meaning.origin.name())
        .collect();
    match origins.as_slice() {
        [origin] => writeln!(out, "{code}: 1 meaning ({origin})")?,
        _ => writeln!(
            out,
            "{code}: {} meanings ({})",
            meanings.len(),
            origins.join(", ")
        )?,
    }
    for meaning in meanings {
        writeln!(out)?;
        write_meaning(out, meaning)?;
    }
    if status.known().is_none() {
        writeln!(out)?;
        writeln!(out, "On the wire ({code} is not an IANA code)")?;
        write_wire_note(out, status)?;
    }
    Ok(())
}

/// One meaning, one field a line.
fn write_meaning(out: &mut impl Write, meaning: &Meaning) -> io::Result<()> {
    writeln!(out, "{meaning}")?;
    field(out, "origin", meaning.origin.name())?;
    field(
        out,
        "type",
        &format!(
            "status_core::{}::{}",
            meaning.origin.type_name(),
            meaning.name
        ),
    )?;
    field(out, "class", &meaning.class.to_string())?;
    if meaning.state != RegistryState::Current {
        field(out, "registry state", meaning.state.name())?;
    }
    field(out, "description", meaning.description)?;
    field(out, "aliases", &list_or_none(meaning.aliases))?;
    field(out, "spec", meaning.spec)?;
    field(out, "link", meaning.spec_url)?;
    field(out, "cacheable by default", yes_no(meaning.cacheable))?;
    field(out, "body forbidden", yes_no(meaning.body_forbidden))?;
    field(out, "headers", &list_or_none(meaning.headers))?;
    write_rules(out, meaning)
}

/// The facts behind the rules of RFC 9110 §15: interim or final, versions, content,
/// redirects, permanence, retry.
fn write_rules(out: &mut impl Write, meaning: &Meaning) -> io::Result<()> {
    let response = if meaning.is_interim() {
        "interim (a final response follows)"
    } else {
        "final"
    };
    field(out, "response", response)?;
    let versions: Vec<&str> = [
        HttpVersion::Http10,
        HttpVersion::Http11,
        HttpVersion::Http2,
        HttpVersion::Http3,
    ]
    .into_iter()
    .filter(|version| meaning.may_send_to(*version))
    .map(HttpVersion::as_str)
    .collect();
    field(out, "sent over", &versions.join(", "))?;
    field(out, "may carry content", yes_no(meaning.may_have_content()))?;
    if meaning.class == StatusClass::Redirection {
        let kind = match meaning.redirect {
            Some(RedirectKind::Moved) => "moved: the resource is at the URI in Location",
            Some(RedirectKind::Choice) => "choice: several representations to choose from",
            Some(RedirectKind::Indirect) => "indirect: another resource answers the request",
            Some(RedirectKind::Cached) => "cached: the stored copy is still good",
            _ => "none",
        };
        field(out, "redirect", kind)?;
        let follow = match (meaning.follow_up("POST"), meaning.follow_up("PUT")) {
            (Some(post), Some(put)) => format!(
                "POST is followed with {}, PUT with {}{}",
                post.method,
                put.method,
                if put.needs_consent {
                    " (after the user agrees: PUT is not safe)"
                } else {
                    ""
                }
            ),
            _ => "not followed automatically".to_owned(),
        };
        field(out, "following", &follow)?;
    }
    let permanence = meaning
        .permanence
        .map_or("not stated", |permanence| permanence.as_str());
    field(out, "condition", permanence)?;
    let retry = match meaning.retry {
        Some(Retry::MaySucceed) => "the identical request may succeed later",
        Some(Retry::NeedsChange) => "only a changed request can succeed",
        _ => "not stated",
    };
    field(out, "retry", retry)?;
    field(
        out,
        "Retry-After applies",
        yes_no(meaning.retry_after_applies()),
    )
}

/// A code that no origin registers: its class and the RFC 9110 §15 reading.
fn write_unregistered(out: &mut impl Write, status: Status) -> io::Result<()> {
    let code = status.code();
    writeln!(out, "{code}: not registered by any origin")?;
    writeln!(out)?;
    field(out, "class", &status.class().to_string())?;
    write_wire_note(out, status)
}

/// How a recipient that does not recognise the code handles it (RFC 9110 §15): as the x00 of
/// its class, and not cacheable by default. `Status::new` reads the code against IANA, so
/// these are the wire rules for any code IANA does not register, vendor codes included.
fn write_wire_note(out: &mut impl Write, status: Status) -> io::Result<()> {
    let code = status.code();
    let effective = status.effective();
    let who = if status.meanings().is_empty() {
        "a recipient"
    } else {
        "a recipient that does not know these origins"
    };
    field(
        out,
        "treated as",
        &format!(
            "{effective}: IANA does not register {code}, so {who} treats it as the x00 code \
             of its class (RFC 9110 §15, `Status::effective`)"
        ),
    )?;
    field(
        out,
        "cacheable by default",
        &format!(
            "{}: a response with an unrecognised status code must not be cached by default; \
             only explicit freshness information such as `Cache-Control: max-age` allows it \
             (RFC 9110 §15.1, RFC 9111 §4.2.2)",
            yes_no(status.is_cacheable_by_default())
        ),
    )
}

/// Every code of the class across origins, one line each: code, reason, origin.
fn write_list(out: &mut impl Write, class: StatusClass) -> io::Result<()> {
    let meanings: Vec<&Meaning> = REGISTRY
        .iter()
        .filter(|meaning| meaning.class == class)
        .collect();
    let width = meanings
        .iter()
        .map(|meaning| meaning.reason.chars().count())
        .max()
        .unwrap_or(0);
    for meaning in meanings {
        let state = match meaning.state {
            RegistryState::Current => String::new(),
            state => format!(" ({state})"),
        };
        writeln!(
            out,
            "{}  {:<width$}  {}{state}",
            meaning.code,
            meaning.reason,
            meaning.origin.name()
        )?;
    }
    Ok(())
}

/// One `label: value` line of a lookup.
fn field(out: &mut impl Write, label: &str, value: &str) -> io::Result<()> {
    let label = format!("{label}:");
    writeln!(out, "  {label:<LABEL_WIDTH$}{value}")
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

/// `A, B`, or `none` for an empty list.
fn list_or_none(items: &[&str]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use status_core::StatusCode;

    use super::*;

    fn parse(args: &[&str]) -> Result<Command, UsageError> {
        parse_args(args.iter().map(OsString::from))
    }

    #[test]
    fn a_code_is_looked_up() {
        assert_eq!(
            parse(&["404"]),
            Ok(Command::Lookup(StatusCode::NotFound.status()))
        );
    }

    #[test]
    fn list_takes_a_class() {
        assert_eq!(
            parse(&["--list", "4xx"]),
            Ok(Command::List(StatusClass::ClientError))
        );
    }

    #[test]
    fn bad_arguments_are_usage_errors() {
        for args in [
            &[][..],
            &["abc"],
            &["999"],
            &["--list", "6xx"],
            &["--list"],
            &["404", "500"],
            &["--frobnicate"],
        ] {
            assert!(parse(args).is_err(), "{args:?} should be rejected");
        }
    }

    #[test]
    fn an_unregistered_code_falls_back_to_its_class() -> Result<(), Box<dyn std::error::Error>> {
        let mut out = Vec::new();
        write_lookup(&mut out, Status::new(471)?)?;
        let text = String::from_utf8(out)?;
        assert!(text.contains(&StatusCode::BadRequest.to_string()), "{text}");
        Ok(())
    }
}
