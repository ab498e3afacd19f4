//! Integration and compile-fail tests live in `tests/`; this library holds only the READMEs'
//! code (the workspace's and status-core's), compiled and run as doc tests so that they stay
//! true.

/// The README's examples, run by `cargo test --workspace`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The examples of status-core's own README, the page crates.io shows.
#[cfg(doctest)]
#[doc = include_str!("../status-core/README.md")]
pub struct CoreReadmeDoctests;
