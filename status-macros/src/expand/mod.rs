//! Code generation for the registry's types: the only place outside the derive that writes
//! Rust with `quote!`.

pub mod core;
mod docs;
pub mod include;
mod layout;
mod meaning;
mod status_enum;
pub mod subset;
