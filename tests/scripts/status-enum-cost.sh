#!/usr/bin/env bash
# Measures what `status_enum!` costs per enum: `cargo check` of a crate alone (its
# dependencies built once) with 1, 50 and 100 invocations, each declaring an enum of the same
# 16 statuses (`Ok, 201, BadRequest, NotFound, 409, 5xx`), and a crate with none; prints
# a Markdown table with the median time of each and the cost of one more enum.
#
# The crates are written into a mktemp folder outside the workspace (removed on exit), each its
# own `[workspace]` with a copy of the workspace's Cargo.lock, built `--offline` with
# CARGO_INCREMENTAL=0 (a user of the published crates gets no incremental build of them), so
# `touch src/lib.rs` and `cargo check` time the crate alone, including cargo's start-up, which
# the crate with no enum shows. A measurement, not a gate: CI does not run it.
#
# Usage: bash tests/scripts/status-enum-cost.sh
#   RUNS=3            timed checks of each crate (the median is kept)
#   COUNTS="1 50 100" invocations per crate
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${RUNS:-3}
counts=${COUNTS:-1 50 100}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$scratch/target"

now_ms() {
    echo $(($(date +%s%N) / 1000000))
}

# Writes the crate with `$1` invocations into $scratch/enums-$1.
write_crate() {
    local count=$1 dir="$scratch/enums-$1" index
    mkdir -p "$dir/src"
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    cat >"$dir/Cargo.toml" <<TOML
[package]
name = "enums-$count"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
status-core = { path = "$root/status-core" }

[workspace]
TOML
    {
        echo '//! Enums declared with `status_enum!`.'
        for ((index = 0; index < count; index++)); do
            echo "status_core::status_enum! {"
            echo "    /// The statuses of endpoint $index."
            echo "    pub enum Api$index { Ok, 201, BadRequest, NotFound, 409, 5xx }"
            echo "}"
        done
    } >"$dir/src/lib.rs"
}

median() {
    sort -n | awk '{ times[NR] = $1 } END { print times[int((NR + 1) / 2)] }'
}

declare -A result
for count in 0 $counts; do
    write_crate "$count"
    (cd "$scratch/enums-$count" && cargo check --offline -q)
    times=()
    for ((run = 0; run < runs; run++)); do
        touch "$scratch/enums-$count/src/lib.rs"
        started=$(now_ms)
        (cd "$scratch/enums-$count" && cargo check --offline -q)
        times+=($(($(now_ms) - started)))
    done
    result[$count]=$(printf '%s\n' "${times[@]}" | median)
done

echo
echo "status_enum! check cost, median of $runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '| enums | cargo check (ms) | over no enum (ms) | per enum (ms) |'
echo '| ---: | ---: | ---: | ---: |'
for count in 0 $counts; do
    over=$((result[$count] - result[0]))
    if ((count > 0)); then
        per=$(awk -v over="$over" -v count="$count" 'BEGIN { printf "%.1f", over / count }')
    else
        per=-
    fi
    echo "| $count | ${result[$count]} | $over | $per |"
done
