//! The registry of status codes: reading a codes file, checking it, and the model the
//! generators work from.
//!
//! This module depends on nothing but `std` and `toml`, never on `proc_macro` or `syn`, so that
//! the loader can be compiled and tested outside macro context (unit tests, fuzzing).

pub mod diagnostic;
pub mod load;
pub mod model;
pub mod validate;

pub use diagnostic::LoadError;
pub use load::load;

#[cfg(test)]
mod tests;
