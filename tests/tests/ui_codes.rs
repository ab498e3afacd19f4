//! Compile-fail and compile-pass cases of `status_enum!` and `include_codes!`: each file under
//! `tests/ui/codes/fail/` is one mistake (with its reviewed `.stderr`), each under
//! `tests/pass/codes/` one accepted form (kept out of `ui/`, which holds only compile-fail
//! cases).
//!
//! rustc's own diagnostics differ between releases, so the snapshots are pinned to the
//! toolchain they were made with; the macros' own messages do not change with it.
//!
//! # Codes files
//!
//! `include_codes!` reads its file relative to the calling crate's folder, and trybuild builds
//! each case in a generated crate whose folder is `<target-dir>/tests/trybuild/tests/`, not
//! this crate's. Before the cases run, this driver copies the codes files of the cases
//! (`ui/codes/fail/codes/*.toml` and `pass/codes/codes/*.toml`) into that folder under the same relative path, so a
//! case names its file as it is seen from this crate (`ui/codes/fail/codes/unknown-key.toml`),
//! whatever the clone's location and wherever `CARGO_TARGET_DIR` points. The target directory
//! is the one trybuild uses: `cargo metadata`'s `target_directory`.
//!
//! One snapshot names an absolute path: `include-missing-file.stderr`, whose message gives the
//! resolved path of the missing file. trybuild rewrites the workspace's folder to
//! `$WORKSPACE`, so the snapshot holds `$WORKSPACE/target/tests/trybuild/…`: the same on any
//! machine and at any clone location, as long as the target directory is the workspace's
//! `target/` (the default). With `CARGO_TARGET_DIR` elsewhere the path cannot match, so that
//! case alone is skipped, with a note on stderr.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The folders, relative to this crate, whose `*.toml` files the cases include.
const CODES_FOLDERS: [&str; 2] = ["ui/codes/fail/codes", "pass/codes/codes"];

/// The case whose snapshot names the target directory.
const MISSING_FILE_CASE: &str = "include-missing-file.rs";

#[rustversion::attr(not(stable(1.95)), ignore = "ui snapshots are made with rustc 1.95")]
#[test]
fn ui_codes() {
    let metadata = Metadata::read();
    let project = metadata.trybuild_project_dir();
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    for folder in CODES_FOLDERS {
        copy_toml_files(&manifest_dir.join(folder), &project.join(folder));
    }
    let default_target = metadata.target_directory == metadata.workspace_root.join("target");
    let cases = trybuild::TestCases::new();
    // Each file of `ui/codes/fail/*.rs`, listed here so that one can be left out.
    for case in rust_files(&manifest_dir.join("ui/codes/fail")) {
        if case == MISSING_FILE_CASE && !default_target {
            // Straight to stderr, past the test harness's capture, like trybuild's own report.
            let _ = writeln!(
                io::stderr(),
                "note: skipping ui/codes/fail/{case}: its snapshot names `$WORKSPACE/target/`, and the target directory is {}",
                metadata.target_directory.display()
            );
            continue;
        }
        cases.compile_fail(format!("ui/codes/fail/{case}"));
    }
    cases.pass("pass/codes/*.rs");
}

/// What the driver needs from `cargo metadata`, which trybuild reads too.
struct Metadata {
    target_directory: PathBuf,
    workspace_root: PathBuf,
}

impl Metadata {
    fn read() -> Self {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
        let output = Command::new(cargo)
            .args([
                "metadata",
                "--format-version",
                "1",
                "--no-deps",
                "--offline",
            ])
            .arg("--manifest-path")
            .arg(&manifest)
            .output()
            .expect("cannot run `cargo metadata`");
        assert!(
            output.status.success(),
            "`cargo metadata` failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let json = String::from_utf8(output.stdout).expect("`cargo metadata` printed non-UTF-8");
        let field = |key: &str| {
            json_string_field(&json, key)
                .map_or_else(|| panic!("`cargo metadata` gave no `{key}`"), PathBuf::from)
        };
        Metadata {
            target_directory: field("target_directory"),
            workspace_root: field("workspace_root"),
        }
    }

    /// The folder of the crate trybuild generates for this package:
    /// `<target_directory>/tests/trybuild/<package>/`, as trybuild computes it.
    fn trybuild_project_dir(&self) -> PathBuf {
        self.target_directory
            .join("tests")
            .join("trybuild")
            .join(env!("CARGO_PKG_NAME"))
    }
}

/// The names of the `*.rs` files of `folder`, sorted.
fn rust_files(folder: &Path) -> Vec<String> {
    let entries = fs::read_dir(folder)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", folder.display()));
    let mut names: Vec<String> = entries
        .map(|entry| entry.expect("cannot list a case folder").file_name())
        .filter_map(|name| name.into_string().ok())
        .filter(|name| {
            Path::new(name)
                .extension()
                .is_some_and(|extension| extension.eq_ignore_ascii_case("rs"))
        })
        .collect();
    names.sort();
    names
}

/// The value of the first string field `key` in `json`, unescaped.
fn json_string_field(json: &str, key: &str) -> Option<String> {
    let start = json.find(&format!("\"{key}\":\""))? + key.len() + 4;
    let mut value = String::new();
    let mut chars = json[start..].chars();
    loop {
        match chars.next()? {
            '"' => return Some(value),
            '\\' => match chars.next()? {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                other => value.push(other),
            },
            other => value.push(other),
        }
    }
}

/// Copies every `*.toml` file of `from` into `to`, creating `to`.
fn copy_toml_files(from: &Path, to: &Path) {
    fs::create_dir_all(to)
        .unwrap_or_else(|error| panic!("cannot create {}: {error}", to.display()));
    let entries = fs::read_dir(from)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", from.display()));
    for entry in entries {
        let path = entry.expect("cannot list a codes folder").path();
        if path
            .extension()
            .is_some_and(|extension| extension == "toml")
        {
            let target = to.join(path.file_name().expect("a file has a name"));
            fs::copy(&path, &target).unwrap_or_else(|error| {
                panic!(
                    "cannot copy {} to {}: {error}",
                    path.display(),
                    target.display()
                )
            });
        }
    }
}
