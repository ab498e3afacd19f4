//! Compile-fail and compile-pass cases of `#[derive(HttpStatus)]`: each file under
//! `tests/ui/derive/fail/` is one mistake, with its reviewed `.stderr`; each under
//! `tests/pass/derive/` is one accepted form, compiled and run.
//!
//! rustc's own diagnostics differ between releases, so the snapshots are pinned to the
//! toolchain they were made with; the macro's own messages do not change with it.

#[rustversion::attr(not(stable(1.95)), ignore = "ui snapshots are made with rustc 1.95")]
#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/derive/fail/*.rs");
    cases.pass("pass/derive/*.rs");
}
