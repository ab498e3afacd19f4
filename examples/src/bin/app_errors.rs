//! `app_errors`: an application's error type with `#[derive(HttpStatus)]` beside
//! `thiserror`, and the status contract the derive writes for it.
//!
//! ```text
//! cargo run -p examples --bin app_errors
//! ```
//!
//! It builds one error of each kind, prints each with the HTTP status a server would send for
//! it, then prints the type's status contract (every status it can produce, which variant
//! produces it and the variant's doc comment) as a table, the data an `OpenAPI` description or
//! an error catalogue would be made from. The proxy variant delegates to an inner error
//! (`#[status(transparent)]`), so the contract shows the inner type's rows, down to nginx's 499.

use std::io;
use std::process::ExitCode;

use status_core::{HttpStatus, Outcome, StatusContract};

/// What the upstream proxy reports about a request it forwarded.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum UpstreamError {
    /// The client closed the connection before the upstream answered.
    #[error("the client closed the connection before the upstream answered")]
    #[status(Nginx::ClientClosedRequest)]
    ClientClosed,
    /// The upstream did not answer in time.
    #[error("the upstream did not answer within {0} s")]
    #[status(GatewayTimeout)]
    Timeout(u64),
}

/// Everything a request handler of the application can fail with.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum AppError {
    /// No record has the requested id.
    #[error("no record has id {id}")]
    #[status(404)]
    NotFound {
        /// The id that was asked for.
        id: u64,
    },
    /// A field of the request is not valid.
    #[error("field `{field}` is not valid: {reason}")]
    #[status(UnprocessableContent)]
    Validation {
        /// The field's name.
        field: &'static str,
        /// Why it is refused.
        reason: String,
    },
    /// The upstream service failed; its own error gives the status.
    #[error(transparent)]
    #[status(transparent)]
    Upstream(#[from] UpstreamError),
    /// Reading or writing storage failed.
    #[error("storage failed: {0}")]
    #[status(500)]
    Io(#[from] io::Error),
}

/// Reads a record, failing the way storage does.
fn read_record(id: u64) -> Result<String, AppError> {
    if id == 13 {
        let error = io::Error::new(io::ErrorKind::PermissionDenied, "records/13 is locked");
        return Err(error.into());
    }
    Err(AppError::NotFound { id })
}

/// Calls the upstream service, which reports that the client went away.
fn call_upstream() -> Result<String, UpstreamError> {
    Err(UpstreamError::ClientClosed)
}

/// Forwards a request upstream; `?` turns the upstream's error into an `AppError`.
fn forward() -> Result<String, AppError> {
    Ok(call_upstream()?)
}

fn main() -> ExitCode {
    let errors = [
        read_record(7).unwrap_err(),
        AppError::Validation {
            field: "email",
            reason: "it has no `@`".to_owned(),
        },
        forward().unwrap_err(),
        AppError::Upstream(UpstreamError::Timeout(30)),
        read_record(13).unwrap_err(),
    ];

    println!("Errors and their statuses:");
    for error in &errors {
        println!("  {:<32} {error}", error.status().to_string());
    }

    let mut rows: Vec<[String; 4]> = Vec::new();
    AppError::visit_statuses(&mut |outcome: &Outcome| {
        let variant = outcome.variant.map_or_else(
            || outcome.type_name.to_owned(),
            |variant| format!("{}::{variant}", outcome.type_name),
        );
        let doc = outcome.doc.lines().next().unwrap_or_default().to_owned();
        let origin = outcome
            .status
            .origin()
            .map_or_else(|| "-".to_owned(), |origin| origin.name().to_owned());
        rows.push([outcome.status.to_string(), origin, variant, doc]);
    });

    println!();
    println!("Status contract of `AppError`:");
    print_table(&["status", "origin", "variant", "meaning"], &rows);
    ExitCode::SUCCESS
}

/// Prints `rows` under `header`, each column as wide as its widest cell.
fn print_table(header: &[&str; 4], rows: &[[String; 4]]) {
    let mut widths = header.map(str::len);
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: [&str; 4]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        println!("  {}", padded.join("  ").trim_end());
    };
    line(*header);
    line(
        widths
            .map(|width| "─".repeat(width))
            .each_ref()
            .map(String::as_str),
    );
    for row in rows {
        line(row.each_ref().map(String::as_str));
    }
}
