//! What the macros generate alike: a status enum, the docs written from the registry, the
//! rows of a table of meanings, and where each entry of the project's registry sits.

pub mod docs;
pub mod enum_type;
pub mod layout;
pub mod meaning;
