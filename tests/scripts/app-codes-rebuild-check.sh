#!/usr/bin/env bash
# Proves that a change to an application's codes file rebuilds the crate that reads it with
# `include_codes!`. Cargo does not know that a proc macro read a file; the macro emits
# `const _: &[u8] = include_bytes!("<absolute path>");` beside the enums, so the file lands in
# the crate's dep-info and an edit, or a bare `touch`, makes the crate stale.
#
# It works on a scratch copy of the workspace with its own target directory, so it never
# touches the real files or target/:
#   1. writes a probe program that does `include_codes!("probe-codes.toml")` and prints the
#      reason phrase of one code, builds it and runs it;
#   2. checks that cargo's dep-info of the probe lists the codes file;
#   3. builds again without a change: nothing is compiled;
#   4. edits the reason phrase in the codes file with sed, builds and runs again: the output
#      changed, and only the probe's crate was compiled (not status-macros nor status-core);
#   5. `touch`es the codes file: cargo compiles the probe's crate again.
#
# Usage: bash tests/scripts/app-codes-rebuild-check.sh   (exit status 0 when every check holds)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
old_phrase="Quota Exhausted"
new_phrase="Monthly Quota Used Up"
probe_crate="examples"

fail() {
    echo "app-codes-rebuild-check: FAIL: $*" >&2
    exit 1
}

pass() {
    echo "app-codes-rebuild-check: ok: $*"
}

# A scratch copy of the workspace, removed on exit.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/app-codes-rebuild-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
workspace="$scratch/workspace"
mkdir "$workspace"

# The files git knows of: tracked ones, and untracked ones that are not ignored (so that a
# work in progress is checked too; on a clean clone there are none). Files deleted from the
# work tree are skipped. Outside a git checkout, everything but target/ and .git/.
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$root" ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' file; do
            if [[ -e "$root/$file" || -L "$root/$file" ]]; then
                printf '%s\0' "$file"
            fi
        done |
        tar -C "$root" --null -T - -cf - | tar -C "$workspace" -xf -
    pass "copied $(find "$workspace" -type f -o -type l | wc -l | tr -d ' ') files listed by git ls-files to $workspace"
else
    tar -C "$root" --exclude=./target --exclude=./.git -cf - . | tar -C "$workspace" -xf -
    pass "not a git checkout: copied the workspace without target/ and .git/ to $workspace"
fi
[[ -f "$workspace/Cargo.toml" && -f "$workspace/$probe_crate/Cargo.toml" ]] ||
    fail "the copy has no Cargo.toml or $probe_crate/Cargo.toml"
export CARGO_TARGET_DIR="$scratch/target"

# 1. The probe: a program of the examples package and its codes file, in the copy only.
codes="$workspace/$probe_crate/probe-codes.toml"
cat >"$codes" <<TOML
[[origin]]
id = "probe"
name = "Probe"
enum = "ProbeStatus"
reference = "https://example.com/probe"
description = "The codes of the rebuild check's probe."

[[status]]
code = 460
origin = "probe"
name = "QuotaExhausted"
reason = "$old_phrase"
description = "The account has used its quota."
spec = "Probe reference"
url = "https://example.com/probe#460"
TOML
cat >"$workspace/$probe_crate/src/bin/app_codes_probe.rs" <<'RUST'
//! Prints the reason phrase of 460 as the codes file gives it at build time.
status_core::include_codes!("probe-codes.toml");

fn main() {
    println!("{}", ProbeStatus::QuotaExhausted.reason());
}
RUST

# Builds the probe with cargo's `Compiling …` lines in the file $1.
build() {
    (cd "$workspace" && cargo build -p "$probe_crate" --no-default-features --bin app_codes_probe 2>"$1") ||
        { cat "$1" >&2; fail "cannot build the probe"; }
}

# The crates cargo compiled, as listed in the build log $1, space-separated.
compiled() {
    sed -n 's/^ *Compiling \([^ ]*\) .*/\1/p' "$1" | sort -u | paste -sd ' ' -
}

run_probe() {
    "$CARGO_TARGET_DIR/debug/app_codes_probe"
}

build "$scratch/first-build.log"
before=$(run_probe)
[[ "$before" == "$old_phrase" ]] || fail "the probe printed '$before', expected '$old_phrase'"
pass "first build: the probe prints '$before'"

# 2. The dep-info of the probe names the codes file, by its absolute path.
depinfo=$(find "$CARGO_TARGET_DIR/debug/deps" -name 'app_codes_probe-*.d' | head -n 1)
[[ -n "$depinfo" ]] || fail "no dep-info file for the probe under $CARGO_TARGET_DIR/debug/deps"
grep -qF "$codes" "$depinfo" || fail "$depinfo does not list $codes: cargo does not track the codes file"
pass "cargo's dep-info of the probe lists $codes"

# 3. A build without a change compiles nothing, so a `Compiling` line below means a rebuild.
sleep 1 # a coarse file system clock could otherwise give the edit the build's time stamp
build "$scratch/no-change.log"
[[ -z "$(compiled "$scratch/no-change.log")" ]] ||
    fail "a build without a change compiled: $(compiled "$scratch/no-change.log")"
pass "a build without a change compiles nothing"

# 4. The edit: the reason phrase in the codes file.
count=$(grep -c "^reason = \"$old_phrase\"\$" "$codes" || true)
[[ "$count" == 1 ]] || fail "expected one 'reason = \"$old_phrase\"' line in $codes, found $count"
sed -i.bak "s/^reason = \"$old_phrase\"\$/reason = \"$new_phrase\"/" "$codes"
rm -f "$codes.bak"
build "$scratch/edit.log"
after=$(run_probe)
[[ "$after" == "$new_phrase" ]] ||
    fail "after the edit the probe printed '$after', expected '$new_phrase': the codes file is not tracked"
pass "after the sed edit of the codes file, the probe prints '$after'"
[[ "$(compiled "$scratch/edit.log")" == "$probe_crate" ]] ||
    fail "the edit compiled '$(compiled "$scratch/edit.log")', expected only $probe_crate"
pass "the edit recompiled only $probe_crate (not status-macros nor status-core)"

# 5. `touch` alone: same contents, newer time stamp.
sleep 1
touch "$codes"
build "$scratch/touch.log"
grep -Eq "^ *Compiling $probe_crate " "$scratch/touch.log" ||
    { cat "$scratch/touch.log" >&2; fail "touching the codes file did not print 'Compiling $probe_crate'"; }
[[ "$(run_probe)" == "$new_phrase" ]] || fail "after the touch the probe printed '$(run_probe)'"
pass "touch on the codes file alone: cargo printed 'Compiling $probe_crate' ($(compiled "$scratch/touch.log"))"

echo "app-codes-rebuild-check: all checks passed"
