//! The project's registry, embedded in this crate and loaded once per compiler process.

use std::sync::OnceLock;

use crate::registry::{self, LoadError, model::Registry};

/// The project's registry, embedded so that an edit of `codes.toml` rebuilds this crate and
/// everything generated from it.
pub const SOURCE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/codes.toml"));

/// The name under which errors in the embedded registry are reported.
pub const PATH: &str = "codes.toml";

/// The embedded registry, loaded on first use; every derive in a crate shares it.
pub fn registry() -> &'static Result<Registry, LoadError> {
    static LOADED: OnceLock<Result<Registry, LoadError>> = OnceLock::new();
    LOADED.get_or_init(|| registry::load(PATH, SOURCE))
}
