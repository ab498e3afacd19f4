//! Integration and compile-fail tests live in `tests/`; this library is empty.
