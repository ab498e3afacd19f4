#!/usr/bin/env bash
# Measures what `#[derive(HttpStatus)]` costs at build time, against thiserror's
# `#[derive(Error)]` on the same enum, and prints a Markdown summary to paste into a note:
#   1. clean: a clean `cargo build` of a crate with a 2-variant derived enum, ours against
#      the same crate on thiserror (target: ours <= 1.25x thiserror);
#   2. check: `cargo check` of the crate alone, with one enum of 500, 1000 and 2000 variants
#      (targets: what ours adds over the plain enum <= 1.2x what thiserror adds, at 2000
#      variants, and linear in the variants), with a
#      third crate, the plain enum without either derive, to show what each derive adds;
#   3. rebuild: a rebuild of status-core after `touch codes.toml` (target: under 3 s), and,
#      for information, after a real edit of a reason phrase;
#   4. timings: the share of status-macros, status-core, syn, toml and its parser, proc-macro2
#      and quote in `cargo build --timings` of the clean 2-variant crate of ours.
#
# How, and why:
# - The crates are written into a mktemp folder outside the workspace, removed on exit; each
#   has its own `[workspace]` table (so cargo does not look upward) and its own target dir.
#   "ours" depends on `status-core` by path only, "theirs" on `thiserror = "2"` only, "plain"
#   on nothing. Their enums are the same text but for the derive and its attributes: variants
#   `V0`, `V1`, ..., every third one with a `String` field, each with a `///` line (ours reads
#   it); ours cycles its `#[status(...)]` over the accepted forms (a code, a name, a
#   `StatusCode::` path, a vendor path).
# - Each crate starts from a copy of the workspace's Cargo.lock, so it gets the versions the
#   workspace uses (cargo drops the unused entries) and resolves without the network; one
#   `cargo fetch` per crate downloads what is missing, and every timed build runs `--offline`.
# - The scratch crates build with CARGO_INCREMENTAL=0: cargo would compile the path
#   dependencies status-macros and status-core incrementally, which a user of the published
#   crates does not get (thiserror, from the registry, never is), and an incremental check of
#   a touched but unchanged lib.rs would be answered from the cache.
# - The runs alternate ours / theirs (/ plain), RUNS times; the medians are compared. Each run
#   uses `-j $JOBS` (2 by default, as the targets are stated on 2 cores). On a machine shared
#   with other builds the times are noisy: the load average is printed with the results.
# - check: the dependencies are built once, then `touch src/lib.rs` and `cargo check` time the
#   crate alone. The time includes cargo's start-up, as for the plain crate, which is why the
#   table also says what each derive adds over it. Linear: the cost of one more variant
#   (between consecutive sizes) at the largest sizes is within 1.25x of that at the smallest,
#   a margin for the noise of a shared machine.
# - rebuild: on a scratch copy of the workspace (without target/ and .git), as a developer of
#   the workspace sees it, with cargo's default incremental builds; the log of every rebuild
#   must show status-macros and status-core compiled again, or the time would mean nothing.
# - timings: share = a unit's duration / the wall time of the build; units run in parallel,
#   so the shares do not add up to 100 %.
#
# It is a measurement, not a gate, and CI does not run it: the exit status is 0 whenever every
# build succeeded, whatever PASS or OVER says; non-zero when a build fails.
#
# Usage: bash tests/scripts/build-cost.sh
#   RUNS=3                       runs of each timed build (the median is kept)
#   SIZES="500 1000 2000"        variants of the enums of the check measurement
#   ONLY=clean,check,rebuild,timings   the measurements to run
#   JOBS=2                       cargo's -j
# A quick trial: RUNS=1 SIZES=500 bash tests/scripts/build-cost.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${RUNS:-3}
sizes=${SIZES:-500 1000 2000}
only=${ONLY:-clean,check,rebuild,timings}
jobs=${JOBS:-2}

fail() {
    echo "build-cost: FAIL: $*" >&2
    exit 1
}

note() {
    echo "build-cost: $*"
}

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || fail "RUNS must be a positive integer, not '$runs'"
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || fail "JOBS must be a positive integer, not '$jobs'"
read -r -a size_list <<<"$sizes"
((${#size_list[@]} > 0)) || fail "SIZES is empty"
for n in "${size_list[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || fail "SIZES must hold positive integers, not '$n'"
done
mapfile -t size_list < <(printf '%s\n' "${size_list[@]}" | sort -n -u)
IFS=, read -r -a only_list <<<"$only"
for part in "${only_list[@]}"; do
    case "$part" in
        clean | check | rebuild | timings) ;;
        *) fail "ONLY takes clean, check, rebuild and timings, separated by commas, not '$part'" ;;
    esac
done

# Whether the measurement $1 is to run.
wants() {
    [[ ",$only," == *",$1,"* ]]
}

# Milliseconds since the epoch, to time the builds.
now_ms() {
    echo $(($(date +%s%N) / 1000000))
}

# The 1-minute load average, to judge the noise.
load() {
    cut -d ' ' -f 1 /proc/loadavg
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/build-cost.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
logs="$scratch/logs"
mkdir "$logs"
# Each build names its own target directory.
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR

# The statuses the variants of "ours" cycle over, in every form the derive accepts.
forms=(404 NotFound StatusCode::Conflict Nginx::ClientClosedRequest 429 503 UnprocessableContent
    Cloudflare::WebServerIsDown StatusCode::BadGateway 410)

# Writes the crate of kind $1 (ours, theirs or plain), with an enum of $2 variants, in the
# folder $3.
write_crate() {
    local kind=$1 n=$2 dir=$3 i field message derive attribute
    mkdir -p "$dir/src"
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    {
        printf '[package]\nname = "cost-%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n' "$kind"
        printf '[workspace]\n\n[dependencies]\n'
        case "$kind" in
            ours) printf 'status-core = { path = "%s/status-core" }\n' "$root" ;;
            theirs) printf 'thiserror = "2"\n' ;;
        esac
    } >"$dir/Cargo.toml"
    case "$kind" in
        ours) derive="Debug, status_core::HttpStatus" ;;
        theirs) derive="Debug, thiserror::Error" ;;
        plain) derive="Debug" ;;
    esac
    {
        printf '//! An enum of %d variants, generated by tests/scripts/build-cost.sh.\n\n' "$n"
        printf '/// The enum whose derives are measured.\n#[derive(%s)]\npub enum Failure {\n' "$derive"
        for ((i = 0; i < n; i++)); do
            field="" message="variant $i failed"
            if ((i % 3 == 2)); then
                field="(String)" message+=": {0}"
            fi
            printf '    /// Variant %d failed.\n' "$i"
            case "$kind" in
                ours) attribute="#[status(${forms[i % ${#forms[@]}]})]" ;;
                theirs) attribute="#[error(\"$message\")]" ;;
                plain) attribute="" ;;
            esac
            [[ -z "$attribute" ]] || printf '    %s\n' "$attribute"
            printf '    V%d%s,\n' "$i" "$field"
        done
        printf '}\n'
    } >"$dir/src/lib.rs"
    (cd "$dir" && cargo fetch --quiet) || fail "cargo fetch failed for $dir"
}

# Runs `cargo $3...` offline in the scratch crate $1, its output in the log file $2.
crate_cargo() {
    local dir=$1 log=$2
    shift 2
    (cd "$dir" && CARGO_INCREMENTAL=0 cargo "$@" --offline -j "$jobs" --target-dir "$dir/target") >"$log" 2>&1 ||
        { tail -n 30 "$log" >&2; fail "cargo $* failed in $dir (log above)"; }
}

# Prints the wall time, in ms, of the command $@.
timed() {
    local started
    started=$(now_ms)
    "$@" >&2
    echo $(($(now_ms) - started))
}

# The median of the numbers $@, rounded down to an integer.
median() {
    printf '%s\n' "$@" | sort -n |
        awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# Formats the milliseconds $1 as seconds.
secs() {
    awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'
}

# The ratio $1 / $2, with two decimals.
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'
}

# PASS when $1 <= $2 * $3, else OVER.
verdict() {
    awk -v a="$1" -v b="$2" -v limit="$3" 'BEGIN { print (a <= b * limit) ? "PASS" : "OVER" }'
}

declare -A median_ms
load_start=$(load)
note "workspace $root, scratch $scratch, RUNS=$runs, JOBS=$jobs, load average $load_start"

# 1. Clean build of the 2-variant crates, alternating.
if wants clean; then
    for kind in ours theirs; do
        write_crate "$kind" 2 "$scratch/clean-$kind"
    done
    declare -A clean_times=([ours]="" [theirs]="")
    for ((run = 1; run <= runs; run++)); do
        for kind in ours theirs; do
            dir="$scratch/clean-$kind"
            rm -rf "$dir/target"
            ms=$(timed crate_cargo "$dir" "$logs/clean-$kind-$run.log" build)
            clean_times[$kind]+=" $ms"
            note "clean build, 2 variants, $kind, run $run: $(secs "$ms")"
        done
    done
    for kind in ours theirs; do
        # shellcheck disable=SC2086 # the list of times is split on purpose
        median_ms[clean:$kind]=$(median ${clean_times[$kind]})
    done
fi

# 2. `cargo check` of the crate alone, for each size, alternating.
if wants check; then
    for n in "${size_list[@]}"; do
        declare -A check_times=([ours]="" [theirs]="" [plain]="")
        for kind in ours theirs plain; do
            dir="$scratch/check-$kind-$n"
            write_crate "$kind" "$n" "$dir"
            crate_cargo "$dir" "$logs/check-$kind-$n-deps.log" check
        done
        for ((run = 1; run <= runs; run++)); do
            for kind in ours theirs plain; do
                dir="$scratch/check-$kind-$n"
                log="$logs/check-$kind-$n-$run.log"
                touch "$dir/src/lib.rs"
                ms=$(timed crate_cargo "$dir" "$log" check)
                grep -q "Checking cost-$kind " "$log" || fail "cargo did not check cost-$kind again after a touch (log: $(cat "$log"))"
                check_times[$kind]+=" $ms"
                note "check, $n variants, $kind, run $run: $(secs "$ms")"
            done
        done
        for kind in ours theirs plain; do
            # shellcheck disable=SC2086 # the list of times is split on purpose
            median_ms[check:$kind:$n]=$(median ${check_times[$kind]})
        done
        unset check_times
    done
fi

# 3. Rebuild of status-core after `touch codes.toml`, and after an edit, on a workspace copy.
if wants rebuild; then
    workspace="$scratch/workspace"
    mkdir "$workspace"
    tar -C "$root" --exclude=./target --exclude=./.git -cf - . | tar -C "$workspace" -xf -
    registry="$workspace/codes.toml"
    grep -q '^reason = "Not Found"$' "$registry" || fail "no 'reason = \"Not Found\"' line in codes.toml to edit"

    # Builds status-core in the copy, its output in the log file $1, with cargo's defaults.
    workspace_build() {
        (cd "$workspace" && env -u CARGO_INCREMENTAL cargo build -p status-core --offline -j "$jobs") >"$1" 2>&1 ||
            { tail -n 30 "$1" >&2; fail "cargo build -p status-core failed in the workspace copy (log above)"; }
    }

    # Fails unless the log $1 shows status-macros and status-core compiled again after $2.
    rebuilt_both() {
        if ! grep -q 'Compiling status-macros ' "$1" || ! grep -q 'Compiling status-core ' "$1"; then
            fail "after $2, cargo did not compile status-macros and status-core again (log: $(cat "$1"))"
        fi
    }

    (cd "$workspace" && cargo fetch --quiet) || fail "cargo fetch failed in the workspace copy"
    workspace_build "$logs/rebuild-first.log"
    touch_times="" edit_times=""
    for ((run = 1; run <= runs; run++)); do
        touch "$registry"
        log="$logs/rebuild-touch-$run.log"
        ms=$(timed workspace_build "$log")
        rebuilt_both "$log" "touch codes.toml"
        touch_times+=" $ms"
        note "rebuild after touch codes.toml, run $run: $(secs "$ms")"

        # A real change, and a different one each run: 404's phrase gains or loses " Here".
        if grep -q '^reason = "Not Found"$' "$registry"; then
            sed -i 's/^reason = "Not Found"$/reason = "Not Found Here"/' "$registry"
        else
            sed -i 's/^reason = "Not Found Here"$/reason = "Not Found"/' "$registry"
        fi
        log="$logs/rebuild-edit-$run.log"
        ms=$(timed workspace_build "$log")
        rebuilt_both "$log" "an edit of codes.toml"
        edit_times+=" $ms"
        note "rebuild after editing a reason in codes.toml, run $run: $(secs "$ms")"
    done
    # shellcheck disable=SC2086 # the lists of times are split on purpose
    median_ms[rebuild:touch]=$(median $touch_times)
    # shellcheck disable=SC2086
    median_ms[rebuild:edit]=$(median $edit_times)
fi

# 4. `cargo build --timings` of the clean 2-variant crate of ours.
if wants timings; then
    dir="$scratch/timings-ours"
    write_crate ours 2 "$dir"
    ms=$(timed crate_cargo "$dir" "$logs/timings.log" build --timings)
    note "clean build --timings, 2 variants, ours: $(secs "$ms")"
    report="$dir/target/cargo-timings/cargo-timing.html"
    [[ -f "$report" ]] || fail "cargo build --timings wrote no $report"
    timings_table=$(
        python3 - "$report" <<'PYTHON'
"""Prints, as Markdown, the time of the units of a `cargo build --timings` report."""
import json
import re
import sys

html = open(sys.argv[1], encoding="utf-8").read()
found = re.search(r"UNIT_DATA = (\[.*?\]);", html, re.S)
if not found:
    sys.exit("no UNIT_DATA in the timings report")
units = json.loads(found.group(1))
wall = max(u["start"] + u["duration"] for u in units)


def total(*names):
    """The summed duration of every unit (library, build script, its run) of the crates."""
    return sum(u["duration"] for u in units if u["name"] in names)


present = {u["name"] for u in units}
toml_family = [n for n in ("toml", "toml_parser", "winnow", "toml_datetime", "serde_spanned") if n in present]
rows = [
    ("status-macros", total("status-macros")),
    ("status-core", total("status-core")),
    ("syn", total("syn")),
    ("toml", total("toml")),
    (f"toml and its parser ({', '.join(toml_family)})", total(*toml_family)),
    ("proc-macro2", total("proc-macro2")),
    ("quote", total("quote")),
    ("the derived crate itself", total("cost-ours")),
]
print(f"`cargo build --timings` of the clean 2-variant crate of ours: wall time {wall:.2f} s; "
      "units overlap, so the shares do not add up to 100 %.")
print()
print("| unit | duration | share of wall time |")
print("| --- | ---: | ---: |")
for name, seconds in rows:
    print(f"| {name} | {seconds:.2f} s | {100 * seconds / wall:.0f} % |")
print()
longest = sorted(units, key=lambda u: u["duration"], reverse=True)[:5]
print("Longest units: " + ", ".join(
    f"{u['name']} {u['target'].strip() or 'lib'} {u['duration']:.2f} s" for u in longest))
PYTHON
    ) || fail "cannot read the timings report $report"
fi

# The summary.
load_end=$(load)
echo
echo "## Build cost of \`#[derive(HttpStatus)]\` against thiserror"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC') · $(rustc --version) · nproc $(nproc) · cargo -j $jobs ·" \
    "medians of $runs run(s), alternating · load average $load_start at start, $load_end at end"
echo
echo "| measurement | ours | thiserror | plain enum | ours / thiserror | target | result |"
echo "| --- | ---: | ---: | ---: | ---: | --- | --- |"
if wants clean; then
    o=${median_ms[clean:ours]} t=${median_ms[clean:theirs]}
    echo "| clean \`cargo build\`, 2 variants | $(secs "$o") | $(secs "$t") | | $(ratio "$o" "$t")× | ≤ 1.25× | $(verdict "$o" "$t" 1.25) |"
fi
if wants check; then
    largest=${size_list[-1]}
    for n in "${size_list[@]}"; do
        o=${median_ms[check:ours:$n]} t=${median_ms[check:theirs:$n]} p=${median_ms[check:plain:$n]}
        echo "| \`cargo check\` of the crate, $n variants | $(secs "$o") | $(secs "$t") | $(secs "$p") | $(ratio "$o" "$t")× | | |"
    done
    if ((${#size_list[@]} >= 2)); then
        # The cost of one more variant, in ms, between consecutive sizes.
        slopes_of() {
            local kind=$1 i a b
            for ((i = 1; i < ${#size_list[@]}; i++)); do
                a=${size_list[i - 1]} b=${size_list[i]}
                awk -v ta="${median_ms[check:$kind:$a]}" -v tb="${median_ms[check:$kind:$b]}" -v na="$a" -v nb="$b" \
                    'BEGIN { printf "%.2f\n", (tb - ta) / (nb - na) }'
            done
        }
        mapfile -t ours_slopes < <(slopes_of ours)
        mapfile -t theirs_slopes < <(slopes_of theirs)
        steps=""
        for ((i = 1; i < ${#size_list[@]}; i++)); do
            steps+="${steps:+, }${size_list[i - 1]}→${size_list[i]}"
        done
        if ((${#size_list[@]} >= 3)); then
            growth=$(awk -v first="${ours_slopes[0]}" -v last="${ours_slopes[-1]}" \
                'BEGIN { if (first <= 0) print "n/a"; else printf "%.2f", last / first }')
            if [[ "$growth" == n/a ]]; then
                result="n/a (no growth measured)"
            else
                result="$(verdict "${ours_slopes[-1]}" "${ours_slopes[0]}" 1.25) (${growth}×)"
            fi
            target="last step within 1.25× of the first"
        else
            result="n/a (needs 3 sizes)" target="linear"
        fi
        join() {
            local IFS=/
            echo "$*"
        }
        echo "| check cost of one more variant ($steps) | $(join "${ours_slopes[@]}") ms | $(join "${theirs_slopes[@]}") ms | | | $target | $result |"
    fi
fi
if wants rebuild; then
    o=${median_ms[rebuild:touch]}
    echo "| rebuild of status-core after \`touch codes.toml\` | $(secs "$o") | | | | < 3 s | $(awk -v ms="$o" 'BEGIN { print (ms < 3000) ? "PASS" : "OVER" }') |"
    echo "| rebuild of status-core after editing a reason phrase in codes.toml | $(secs "${median_ms[rebuild:edit]}") | | | | (information) | |"
fi
if wants check; then
    echo
    echo "What each derive adds to \`cargo check\` over the plain enum:"
    echo
    echo "| variants | ours adds | thiserror adds | ours / thiserror, added | ours per variant | thiserror per variant | target | result |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
    for n in "${size_list[@]}"; do
        o=${median_ms[check:ours:$n]} t=${median_ms[check:theirs:$n]} p=${median_ms[check:plain:$n]}
        oa=$((o - p)) ta=$((t - p))
        target="" result=""
        if [[ "$n" == 2000 ]]; then
            target="≤ 1.2×" result=$(verdict "$oa" "$ta" 1.2)
        elif [[ "$n" == "$largest" && " ${size_list[*]} " != *" 2000 "* ]]; then
            target="≤ 1.2× (stated for 2000)" result=$(verdict "$oa" "$ta" 1.2)
        fi
        echo "| $n | $(secs "$oa") | $(secs "$ta") | $(ratio "$oa" "$ta")× |" \
            "$(awk -v ms="$oa" -v n="$n" 'BEGIN { printf "%.2f ms", ms / n }') |" \
            "$(awk -v ms="$ta" -v n="$n" 'BEGIN { printf "%.2f ms", ms / n }') | $target | $result |"
    done
fi
if wants timings; then
    echo
    echo "$timings_table"
fi
