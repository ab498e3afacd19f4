#!/usr/bin/env bash
# Proves that an edit of codes.toml rebuilds everything generated from it, with no build
# script in status-core: status-macros embeds the registry with `include_str!` (through the
# symlink status-macros/codes.toml -> ../codes.toml), so cargo tracks the file, rebuilds
# status-macros when it changes, and then status-core, whose types the macro generates.
#
# It works on a scratch copy of the workspace with its own target directory, so it never
# touches the real codes.toml or target/:
#   1. checks that status-core has no build script;
#   2. builds a probe program that prints `StatusCode::NotFound.reason()`;
#   3. renames 404 to "Not Found Here" in the scratch codes.toml;
#   4. rebuilds, and checks that the probe now prints the new phrase, that cargo recompiled
#      status-macros and status-core, and nothing else of the dependency graph.
#
# Usage: bash tests/scripts/rebuild-check.sh   (exit status 0 when every check holds)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
old_phrase="Not Found"
new_phrase="Not Found Here"

# Milliseconds since the epoch, to time the builds.
now_ms() {
    echo $(($(date +%s%N) / 1000000))
}

started=$(now_ms)

fail() {
    echo "rebuild-check: FAIL: $*" >&2
    exit 1
}

pass() {
    echo "rebuild-check: ok: $*"
}

# 1. No build script in status-core: neither a build.rs nor a `build` key in its manifest.
[[ -f "$root/status-core/Cargo.toml" ]] || fail "no status-core/Cargo.toml under $root"
[[ ! -e "$root/status-core/build.rs" ]] || fail "status-core has a build.rs; the registry must reach it through status-macros alone"
if grep -Eq '^[[:space:]]*build[[:space:]]*=' "$root/status-core/Cargo.toml"; then
    fail "status-core/Cargo.toml declares a build script"
fi
pass "status-core has no build script (no build.rs, no \`build =\` in its Cargo.toml)"

# A scratch copy of the workspace, without target/ and .git/, removed on exit.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/rebuild-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
workspace="$scratch/workspace"
mkdir "$workspace"
tar -C "$root" --exclude=./target --exclude=./.git -cf - . | tar -C "$workspace" -xf -
export CARGO_TARGET_DIR="$scratch/target"

link="$workspace/status-macros/codes.toml"
[[ -L "$link" ]] || fail "status-macros/codes.toml is not a symlink in the copy"
cmp -s "$link" "$workspace/codes.toml" || fail "status-macros/codes.toml does not resolve to the workspace's codes.toml"
pass "the copy's status-macros/codes.toml links to its codes.toml ($(readlink "$link"))"

# 2. The probe: a program of the examples package, in the copy only.
cat >"$workspace/examples/src/bin/rebuild_probe.rs" <<'RUST'
//! Prints the reason phrase of 404, as the registry gives it at build time.
fn main() {
    println!("{}", status_core::StatusCode::NotFound.reason());
}
RUST

# Builds the probe, with cargo's `Compiling …` lines in the file $1, and prints its output.
probe() {
    (cd "$workspace" && cargo build -p examples --no-default-features --bin rebuild_probe 2>"$1") ||
        { cat "$1" >&2; fail "cannot build the probe"; }
    "$CARGO_TARGET_DIR/debug/rebuild_probe"
}

build_started=$(now_ms)
before=$(probe "$scratch/first-build.log")
first_build=$(($(now_ms) - build_started))
[[ "$before" == "$old_phrase" ]] || fail "before the edit the probe printed '$before', expected '$old_phrase'"
pass "before the edit, StatusCode::NotFound.reason() is '$before' (first build: ${first_build} ms)"

if compgen -G "$CARGO_TARGET_DIR/debug/build/status-core-*" >/dev/null; then
    fail "cargo ran a build script for status-core"
fi
pass "cargo compiled status-core without running any build script of it"

# 3. The edit: the reason phrase of 404, in the copy's registry only.
registry="$workspace/codes.toml"
count=$(grep -c "^reason = \"$old_phrase\"\$" "$registry" || true)
[[ "$count" == 1 ]] || fail "expected one 'reason = \"$old_phrase\"' line in codes.toml, found $count"
sed -i "s/^reason = \"$old_phrase\"\$/reason = \"$new_phrase\"/" "$registry"
grep -q "^reason = \"$new_phrase\"\$" "$link" || fail "the edit is not visible through status-macros/codes.toml"
pass "edited the scratch codes.toml: 404 is now '$new_phrase'"

# 4. The rebuild: only status-macros, status-core and the probe are compiled again.
rebuild_log="$scratch/rebuild.log"
rebuild_started=$(now_ms)
after=$(probe "$rebuild_log")
rebuild=$(($(now_ms) - rebuild_started))
[[ "$after" == "$new_phrase" ]] || fail "after the edit the probe printed '$after', expected '$new_phrase': codes.toml is not tracked"
pass "after the edit, StatusCode::NotFound.reason() is '$after' (rebuild: ${rebuild} ms)"

compiled=$(sed -n 's/^ *Compiling \([^ ]*\) .*/\1/p' "$rebuild_log" | sort -u | paste -sd ' ' -)
for crate in status-macros status-core examples; do
    [[ " $compiled " == *" $crate "* ]] || fail "the edit did not recompile $crate (recompiled: $compiled)"
done
for crate in $compiled; do
    case "$crate" in
        status-macros | status-core | examples) ;;
        *) fail "the edit recompiled $crate, which does not depend on codes.toml" ;;
    esac
done
pass "the edit recompiled exactly: $compiled"

echo "rebuild-check: all checks passed in $(($(now_ms) - started)) ms"
