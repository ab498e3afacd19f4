//! `include_codes!` inside a module, under strict lints and without the prelude.

#![no_implicit_prelude]
#![deny(warnings, missing_docs, unused_qualifications)]

/// The application's own codes.
pub mod codes {
    ::status_core::include_codes!("pass/codes/codes/app.toml");
}

fn main() {
    let _ = codes::AcmeStatus::QuotaExhausted.headers();
}
