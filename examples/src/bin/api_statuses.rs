//! `api_statuses`: the status contract of a public API, declared with both status macros.
//!
//! ```text
//! cargo run -p examples --bin api_statuses
//! ```
//!
//! The Orders API sends a chosen subset of the IANA statuses, declared with `status_enum!`
//! (the names and codes are checked against the registry at compile time), and three codes of
//! its own, declared in `examples/codes/api.toml` and generated with `include_codes!`. The
//! API's error type maps each variant to one of those statuses with `#[derive(HttpStatus)]`.
//!
//! The program prints:
//! 1. every status the API may send, in code order, with who defines it, its class, whether a
//!    cache may reuse it and the header fields that go with it;
//! 2. the error contract: which error variant answers with which status, and why;
//! 3. the status line the API writes for one error of each kind;
//! 4. a check that every status of the error contract is one the API declares (the program
//!    exits with a failure otherwise).

use std::process::ExitCode;

use status_core::{
    HttpStatus, Meaning, Outcome, Status, StatusContract, include_codes, status_enum,
};

status_enum! {
    /// The IANA statuses the Orders API sends.
    pub enum ApiStatus {
        Ok,
        Created,
        NoContent,
        304,
        BadRequest,
        401,
        NotFound,
        Conflict,
        412,
        TooManyRequests,
        500,
        ServiceUnavailable,
    }
}

// The Orders API's own codes: generates `OrdersStatus`.
include_codes!("codes/api.toml");

/// Everything a request to the Orders API can fail with.
#[derive(Debug, HttpStatus)]
enum OrderError {
    /// The request body is not a valid order.
    #[status(ApiStatus::BadRequest)]
    Malformed,
    /// The request has no valid access token.
    #[status(ApiStatus::Unauthorized)]
    Unauthenticated,
    /// No order has the requested id.
    #[status(ApiStatus::NotFound)]
    NoSuchOrder,
    /// The order changed since the client read it (its `If-Match` failed).
    #[status(ApiStatus::PreconditionFailed)]
    StaleVersion,
    /// Another checkout of the same cart is in progress.
    #[status(OrdersStatus::CartLocked)]
    CartLocked,
    /// A price in the cart changed since the client read it.
    #[status(OrdersStatus::PriceChanged)]
    PriceChanged,
    /// The client sent too many requests this minute.
    #[status(ApiStatus::TooManyRequests)]
    Throttled,
    /// The order store is down for maintenance.
    #[status(ApiStatus::ServiceUnavailable)]
    Maintenance,
}

/// One error of each kind, as the API's handlers return them.
const SAMPLE_ERRORS: [OrderError; 8] = [
    OrderError::Malformed,
    OrderError::Unauthenticated,
    OrderError::NoSuchOrder,
    OrderError::StaleVersion,
    OrderError::CartLocked,
    OrderError::PriceChanged,
    OrderError::Throttled,
    OrderError::Maintenance,
];

/// The registry entry of a status the API declares, found by its code, or `None` when the API
/// does not declare it. (The API's own codes do not reuse IANA numbers, so the code is enough.)
fn declared_meaning(status: Status) -> Option<&'static Meaning> {
    let code = status.code();
    ApiStatus::from_u16(code)
        .map(ApiStatus::meaning)
        .or_else(|| OrdersStatus::from_u16(code).map(OrdersStatus::meaning))
}

fn main() -> ExitCode {
    let mut declared: Vec<&Meaning> = ApiStatus::ALL
        .iter()
        .map(|status| status.meaning())
        .chain(OrdersStatus::ALL.iter().map(|status| status.meaning()))
        .collect();
    declared.sort_by_key(|meaning| meaning.code);
    let rows: Vec<[String; 5]> = declared
        .iter()
        .map(|meaning| {
            [
                meaning.to_string(),
                meaning.origin.name().to_owned(),
                meaning.class.name().to_owned(),
                if meaning.cacheable { "yes" } else { "no" }.to_owned(),
                meaning.headers.join(", "),
            ]
        })
        .collect();
    println!("Statuses the Orders API sends:");
    print_table(
        &["status", "defined by", "class", "cacheable", "headers"],
        &rows,
    );

    let mut undeclared = Vec::new();
    let mut contract: Vec<[String; 3]> = Vec::new();
    OrderError::visit_statuses(&mut |outcome: &Outcome| {
        let status = declared_meaning(outcome.status).map_or_else(
            || {
                undeclared.push(outcome.status);
                format!("{} (not declared)", outcome.status)
            },
            ToString::to_string,
        );
        let variant = outcome.variant.unwrap_or(outcome.type_name);
        let doc = outcome.doc.lines().next().unwrap_or_default();
        contract.push([status, format!("OrderError::{variant}"), doc.to_owned()]);
    });
    println!();
    println!("Error contract of `OrderError`:");
    print_table(&["status", "variant", "meaning"], &contract);

    println!();
    println!("Status lines of sample errors:");
    for error in &SAMPLE_ERRORS {
        let status = error.status();
        // `status_meaning` keeps the application's reason phrase, which a `Status` cannot.
        let reason = error.status_meaning().map_or("", |meaning| meaning.reason);
        let name = format!("{error:?}");
        println!("  {name:<16} HTTP/1.1 {} {reason}", status.code());
    }

    println!();
    if undeclared.is_empty() {
        println!(
            "Every status of the error contract is one of the {} statuses the API declares.",
            declared.len()
        );
        ExitCode::SUCCESS
    } else {
        eprintln!("statuses the API does not declare: {undeclared:?}");
        ExitCode::FAILURE
    }
}

/// Prints `rows` under `header`, each column as wide as its widest cell.
fn print_table<const N: usize>(header: &[&str; N], rows: &[[String; N]]) {
    let mut widths = header.map(str::len);
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: [&str; N]| {
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
