//! Fuzzes the codes-file loader: any text must load or be rejected with located problems,
//! never panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

// status-macros is a proc-macro crate, whose items cannot be used from another crate; its
// registry module depends only on `std` and `toml`, so it is compiled into this target directly.
#[allow(dead_code, unused_imports)]
#[path = "../../src/registry/mod.rs"]
mod registry;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(error) = registry::load("fuzz.toml", text) {
        let lines = text.split('\n').count();
        assert!(!error.diagnostics.is_empty());
        for diagnostic in &error.diagnostics {
            assert!((1..=lines).contains(&diagnostic.location.line));
            assert!(diagnostic.location.column >= 1);
        }
    }
});
