#!/usr/bin/env bash
# Proves that a mistake in a codes file is reported as the project promises: one error per
# mistake, reading `path:line:column: message`, with the path printed the way rustc prints
# source paths (relative to the workspace root, where cargo runs rustc), so that a terminal
# or an editor can open it at the mistake.
#
# Each check breaks one file in its own scratch copy of the workspace (all copies share one
# target directory inside the scratch folder, so the real files and target/ are never
# touched), runs `cargo check` from the copy's root, and reads rustc's output:
#   1. the registry codes.toml with one empty `reason`: `cargo check -p status-core` fails with
#      exactly one error (cargo's "could not compile … due to 1 previous error" aside), reading
#      `codes.toml:<line>:<col>: reason phrase is empty…` at the line grep finds; no follow-on
#      errors from status-core's own code, since the macro emits stand-ins for what it uses;
#   2. the registry with an invalid byte 0xff inside a description, after a multi-byte `—`:
#      exactly one error, `codes.toml:<line>:<col>: the file is not UTF-8 text: byte 0xff…`,
#      at the byte's line and column (counted in characters, from 1), and not rustc's own
#      "wasn't a utf-8 file" error;
#   3. the examples' codes file examples/codes/api.toml (read by `include_codes!("codes/api.toml")`)
#      with an unknown key `bogus = 1` in a [[status]] table: `cargo check -p examples` fails
#      with an error starting `examples/codes/api.toml:<line>:<col>:` (not `codes/api.toml:`),
#      and the `-->` line of that error names the `include_codes!` call under examples/src/,
#      both relative to the same folder;
#   4. examples/codes/api.toml with an invalid byte, as in 2: exactly one error,
#      `examples/codes/api.toml:<line>:<col>: the file is not UTF-8 text…`.
#
# Usage: bash tests/scripts/diagnostics-check.sh   (exit status 0 when every check holds)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
app_codes="examples/codes/api.toml"
app_include='include_codes!("codes/api.toml")'
export CARGO_TERM_COLOR=never

fail() {
    echo "diagnostics-check: FAIL: $*" >&2
    exit 1
}

pass() {
    echo "diagnostics-check: ok: $*"
}

# The scratch folder, removed on exit: one workspace copy per check, one shared target dir.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/diagnostics-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export CARGO_TARGET_DIR="$scratch/target"

# Copies the workspace, without target/ and .git/, to $scratch/$1 and prints that folder.
# The copies' members get the same artifact names in the shared target dir (cargo hashes their
# paths relative to the workspace root), and cargo tracks codes.toml by the absolute path it
# had in the copy that built status-macros first; so every file is extracted with the current
# time (`tar -m`), newer than any earlier build, and each check builds its own copy's crates.
copy_workspace() {
    local workspace="$scratch/$1"
    mkdir "$workspace"
    tar -C "$root" --exclude=./target --exclude=./.git -cf - . | tar -C "$workspace" -xmf -
    [[ -f "$workspace/Cargo.toml" ]] || fail "the copy $workspace has no Cargo.toml"
    echo "$workspace"
}

# Runs `cargo check -p $2` from the workspace root $1, with all of its output in the file $3;
# the build must fail.
check_fails() {
    # The examples without their item services: the framework crates are not what is checked.
    local features=()
    [[ "$2" == examples ]] && features=(--no-default-features)
    if (cd "$1" && cargo check -p "$2" "${features[@]}") >"$3" 2>&1; then
        cat "$3" >&2
        fail "cargo check -p $2 succeeded on the broken copy"
    fi
}

# The error lines of the build log $1, but cargo's final "could not compile" line.
errors_of() {
    grep '^error' "$1" | grep -v '^error: could not compile ' || true
}

# Checks that the build log $1 of package $2 holds exactly one error, that cargo's final line
# counts one, and that the error starts with `error: $3`; prints the error line.
expect_one_error() {
    local log=$1 package=$2 expected=$3 errors count
    errors=$(errors_of "$log")
    count=$(grep -c . <<<"$errors" || true)
    if [[ "$count" != 1 ]]; then
        cat "$log" >&2
        fail "expected exactly one error from cargo check -p $package, found $count:"$'\n'"$errors"
    fi
    grep -Eq "^error: could not compile \`$package\` .*due to 1 previous error\$" "$log" ||
        { cat "$log" >&2; fail "cargo's last line does not say 'due to 1 previous error'"; }
    [[ "$errors" == "error: $expected"* ]] ||
        { cat "$log" >&2; fail "the error reads '$errors', expected it to start with 'error: $expected'"; }
    echo "$errors"
}

# Writes `—` (3 bytes, one character) and the invalid byte 0xff after the first word of the
# first `description = "…"` line of the file $1; prints that line's number and the column of
# the invalid byte, counted in characters from 1.
break_utf8() {
    local file=$1 line prefix offset column
    line=$(grep -n -m 1 '^description = "[^" ]* ' "$file" | cut -d: -f1)
    [[ -n "$line" ]] || fail "no 'description = \"…\"' line with two words in $file"
    prefix=$(sed -n "${line}s/^\(description = \"[^\" ]*\).*/\1/p" "$file")
    offset=$(($(head -n $((line - 1)) "$file" | LC_ALL=C wc -c) + $(printf '%s' "$prefix" | LC_ALL=C wc -c)))
    { head -c "$offset" "$file"; printf '\xe2\x80\x94\xff'; tail -c +$((offset + 1)) "$file"; } >"$file.new"
    cat "$file.new" >"$file" # in place: keeps status-macros/codes.toml linking to it
    rm "$file.new"
    [[ "$(LC_ALL=C grep -c $'\xff' "$file")" == 1 ]] || fail "the byte 0xff is not on one line of $file"
    # The characters before 0xff: every byte but UTF-8 continuation bytes (0x80-0xbf).
    column=$(($(printf '%s\342\200\224' "$prefix" | LC_ALL=C tr -d '\200-\277' | LC_ALL=C wc -c) + 1))
    echo "$line $column"
}

# 1. One empty reason phrase in the registry: one error, at its line.
check_empty_reason() {
    local workspace registry line text prefix column log error
    workspace=$(copy_workspace empty-reason)
    registry="$workspace/codes.toml"
    line=$(grep -n -m 1 '^reason = "[^"]\{1,\}"$' "$registry" | cut -d: -f1)
    [[ -n "$line" ]] || fail "no 'reason = \"…\"' line in codes.toml"
    sed -i "${line}s/^reason = .*/reason = \"\"/" "$registry"
    grep -n '^reason = ""$' "$workspace/status-macros/codes.toml" | grep -q "^$line:" ||
        fail "the empty reason is not on line $line of status-macros/codes.toml"
    text=$(sed -n "${line}p" "$registry")
    prefix=${text%%\"*}
    column=$((${#prefix} + 1)) # the opening quote of the empty string
    log="$workspace/build.log"
    check_fails "$workspace" status-core "$log"
    error=$(expect_one_error "$log" status-core "codes.toml:$line:$column: reason phrase is empty")
    pass "1. an empty reason on line $line of codes.toml gives one error: $error"
}

# 2. The registry is not UTF-8: one error, at the invalid byte.
check_registry_not_utf8() {
    local workspace location log error
    workspace=$(copy_workspace registry-not-utf8)
    location=$(break_utf8 "$workspace/codes.toml")
    log="$workspace/build.log"
    check_fails "$workspace" status-core "$log"
    error=$(expect_one_error "$log" status-core \
        "codes.toml:${location% *}:${location#* }: the file is not UTF-8 text: byte 0xff ")
    ! grep -q "wasn't a utf-8 file" "$log" ||
        { cat "$log" >&2; fail "rustc reported \"wasn't a utf-8 file\""; }
    pass "2. byte 0xff at line ${location% *}, column ${location#* } of codes.toml gives one error: $error"
}

# The `include_codes!` call of the examples in the copy $1, as `<path>:<line>` from the root.
app_include_site() {
    local site
    site=$(cd "$1" && grep -rnF "$app_include" examples/src | cut -d: -f1,2)
    [[ -n "$site" && "$(grep -c . <<<"$site")" == 1 ]] ||
        fail "expected one '$app_include' under examples/src, found: ${site:-none}"
    echo "$site"
}

# 3. A mistake in the examples' codes file: the paths are relative to the workspace root.
check_app_path() {
    local workspace codes site line log error arrow
    workspace=$(copy_workspace app-path)
    codes="$workspace/$app_codes"
    site=$(app_include_site "$workspace")
    line=$(grep -n -m 1 '^\[\[status\]\]$' "$codes" | cut -d: -f1)
    [[ -n "$line" ]] || fail "no [[status]] table in $app_codes"
    sed -i "${line}a bogus = 1" "$codes"
    line=$((line + 1))
    log="$workspace/build.log"
    check_fails "$workspace" examples "$log"
    error=$(errors_of "$log" | grep -m 1 -F 'api.toml:' || true) # whichever path it prints
    [[ "$error" == "error: $app_codes:$line:1: "*bogus* ]] ||
        { cat "$log" >&2; fail "no error starting 'error: $app_codes:$line:1:' and naming \`bogus\`"; }
    ! grep -q '^error: codes/api.toml:' "$log" ||
        { cat "$log" >&2; fail "an error names codes/api.toml relative to the crate's folder"; }
    arrow=$(grep -F -A 3 -x "$error" "$log" | grep -m 1 -e '-->' | sed 's/^ *--> //' || true)
    [[ "$arrow" == "${site}:"* ]] ||
        { cat "$log" >&2; fail "the error's '-->' line is '$arrow', expected it at '$site'"; }
    [[ -f "$workspace/$app_codes" && -f "$workspace/${arrow%%:*}" ]] ||
        fail "'$app_codes' and '${arrow%%:*}' are not both files under the workspace root"
    pass "3. an unknown key in $app_codes is reported as '$error', --> $arrow"
}

# 4. The examples' codes file is not UTF-8: one error, at the invalid byte.
check_app_not_utf8() {
    local workspace location log error
    workspace=$(copy_workspace app-not-utf8)
    location=$(break_utf8 "$workspace/$app_codes")
    log="$workspace/build.log"
    check_fails "$workspace" examples "$log"
    error=$(expect_one_error "$log" examples \
        "$app_codes:${location% *}:${location#* }: the file is not UTF-8 text: byte 0xff ")
    ! grep -q "wasn't a utf-8 file" "$log" ||
        { cat "$log" >&2; fail "rustc reported \"wasn't a utf-8 file\""; }
    pass "4. byte 0xff at line ${location% *}, column ${location#* } of $app_codes gives one error: $error"
}

# Runs every check, each in a subshell where `fail` ends that check only, and counts failures.
checks=(check_empty_reason check_registry_not_utf8 check_app_path check_app_not_utf8)
failed=0
for check in "${checks[@]}"; do
    set +e
    (
        set -e
        "$check"
    )
    status=$?
    set -e
    if ((status != 0)); then
        echo "diagnostics-check: FAIL: $check (exit status $status)" >&2
        failed=$((failed + 1))
    fi
done

if ((failed)); then
    echo "diagnostics-check: $failed of ${#checks[@]} checks failed" >&2
    exit 1
fi
echo "diagnostics-check: all ${#checks[@]} checks passed"
