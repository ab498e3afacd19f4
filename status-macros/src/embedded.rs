//! The project's registry, embedded in this crate and loaded once per compiler process.

use std::path::Path;
use std::sync::OnceLock;

use crate::registry::{self, Kind, LoadError, model::Registry};

/// The project's registry, embedded so that an edit of `codes.toml` rebuilds this crate and
/// everything generated from it. Bytes rather than text, so that a file that is not UTF-8 is
/// reported at its line and column like any other mistake in it.
const SOURCE: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/codes.toml"));

/// Where the embedded file was read from.
const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/codes.toml");

/// The embedded registry, loaded on first use; every macro call in a crate shares it.
pub fn registry() -> &'static Result<Registry, LoadError> {
    static LOADED: OnceLock<Result<Registry, LoadError>> = OnceLock::new();
    LOADED
        .get_or_init(|| registry::load_bytes(&display_path(Path::new(FILE)), SOURCE, Kind::Project))
}

/// `path` as rustc prints source paths, so that a terminal or an editor can open it:
/// relative to the compiler's working directory (the workspace root) when it is inside it,
/// otherwise absolute. A symlink into the workspace (`status-macros/codes.toml`) is followed
/// to the file it names.
pub fn display_path(path: &Path) -> String {
    let resolved = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| cwd.canonicalize().ok())
        .and_then(|cwd| resolved.strip_prefix(cwd).ok().map(Path::to_path_buf));
    relative.unwrap_or(resolved).display().to_string()
}
