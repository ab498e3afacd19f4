//! Code generation: the only place that writes Rust with `quote!`.

pub mod core;
mod docs;
mod status_enum;
