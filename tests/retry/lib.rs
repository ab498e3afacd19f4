//! Nothing: the tests of status-core's retry integrations are under `tests/`, in a package
//! of their own (see `Cargo.toml`).
