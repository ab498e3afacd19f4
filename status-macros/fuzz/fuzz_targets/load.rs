//! Fuzzes the codes-file loader: any bytes, UTF-8 or not, must load or be rejected with
//! located problems, as the project's registry and as an application's file, never panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

// status-macros is a proc-macro crate, whose items cannot be used from another crate; its
// registry module depends only on `std` and `toml`, so it is compiled into this target directly.
#[allow(dead_code, unused_imports)]
#[path = "../../src/registry/mod.rs"]
mod registry;

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|byte| *byte == b'\n').count();
    for kind in [registry::Kind::Project, registry::Kind::Application] {
        if let Err(error) = registry::load_bytes("fuzz.toml", data, kind) {
            assert!(!error.diagnostics.is_empty());
            for diagnostic in &error.diagnostics {
                assert!((1..=lines).contains(&diagnostic.location.line));
                assert!(diagnostic.location.column >= 1);
            }
        }
    }
});
