//! Compile-fail and compile-pass cases of `#[derive(HttpStatus)]`: each file under `tests/ui/`
//! is one mistake (with its reviewed `.stderr`) or one accepted form.
//!
//! rustc's own diagnostics differ between releases, so the snapshots are pinned to the
//! toolchain they were made with; the macro's own messages do not change with it.

#[rustversion::attr(not(stable(1.95)), ignore = "ui snapshots are made with rustc 1.95")]
#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/derive/fail/*.rs");
    cases.pass("ui/derive/pass/*.rs");
}
