//! Nothing: the tests of status-core's conformance middleware on actix-web 4 are under
//! `tests/`, in a package of their own (see `Cargo.toml`).
