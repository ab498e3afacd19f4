//! Integration and compile-fail tests live in `tests/`; this library holds only the README's
//! code, compiled and run as doc tests so that the README stays true.

/// The README's examples, run by `cargo test --workspace`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
