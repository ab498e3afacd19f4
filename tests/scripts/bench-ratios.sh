#!/usr/bin/env bash
# Prints the ratios of the lookup benchmarks as a Markdown table, from the estimates criterion
# left in target/criterion/: for each group, the median time of `status_core` divided by the
# median time of `baseline` (the `http` crate's equivalent, or a hand-written `match`), with
# the target of issue 11 and PASS or OVER.
#
# Usage, after a bench run (the table is only as fresh as that run):
#   cargo bench -p status-core --bench lookup -- --warm-up-time 1 --measurement-time 3
#   bash tests/scripts/bench-ratios.sh
# Needs jq.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
criterion="${CARGO_TARGET_DIR:-$root/target}/criterion"
[[ -d "$criterion" ]] || { echo "bench-ratios: no $criterion; run the benchmark first" >&2; exit 1; }

# The median point estimate of one function's last run, in nanoseconds.
median() {
    jq -r '.median.point_estimate' "$1/new/estimates.json"
}

printf '| lookup | status_core (ns) | baseline (ns) | ratio | target | |\n'
printf '| --- | ---: | ---: | ---: | ---: | --- |\n'
for dir in "$criterion"/*/; do
    [[ -f "$dir/status_core/new/estimates.json" && -f "$dir/baseline/new/estimates.json" ]] || continue
    group=$(jq -r '.group_id' "$dir/status_core/new/benchmark.json")
    ours=$(median "$dir/status_core")
    theirs=$(median "$dir/baseline")
    case $group in
        derived*) target=1.05 ;;
        *) target=1.00 ;;
    esac
    awk -v group="$group" -v ours="$ours" -v theirs="$theirs" -v target="$target" 'BEGIN {
        ratio = ours / theirs
        verdict = (sprintf("%.2f", ratio) + 0 <= target + 0) ? "PASS" : "OVER"
        printf "| %s | %.0f | %.0f | %.2f | ≤ %s | %s |\n", group, ours, theirs, ratio, target, verdict
    }'
done
