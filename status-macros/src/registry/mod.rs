//! The registry of status codes: reading a codes file, checking it, the model the generators
//! work from, and the questions they ask of it.
//!
//! This module depends on nothing but `std` and `toml`, never on `proc_macro` or `syn`, so that
//! the loader can be compiled and tested outside macro context (unit tests, fuzzing).

pub mod diagnostic;
mod fields;
pub mod load;
pub mod model;
mod query;
pub mod validate;

pub use diagnostic::LoadError;
pub use load::load_bytes;
pub use model::Kind;

#[cfg(test)]
mod tests;
