#!/usr/bin/env bash
# Measures what `status_enum!` costs per enum: `cargo check` of a crate alone (its
# dependencies built once) with 1, 50 and 100 invocations, each declaring an enum of the same
# 16 statuses (`Ok, 201, BadRequest, NotFound, 409, 5xx`), and a crate with none; prints
# a Markdown table with the median time of each and the cost of one more enum.
#
# The peer, in the same run: the same number of enums written by hand with the public surface
# a `status_enum!` enum has (its variants and discriminants, its 2 constants, its 32 `const fn`
# methods, 4 derived traits and 13 trait impls, as `cargo doc` lists them) and a one-line body
# in each: about the least any implementation of that API costs the compiler.
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

# Writes the peer crate with `$1` enums written by hand into $scratch/hand-$1.
write_hand_crate() {
    local count=$1 dir="$scratch/hand-$1" index
    mkdir -p "$dir/src"
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    sed -e "s/enums-/hand-/" "$scratch/enums-$count/Cargo.toml" >"$dir/Cargo.toml"
    {
        echo '//! Enums with the public surface of `status_enum!` enums, written by hand.'
        echo '#![allow(unused_imports)] // by the crate with no enum'
        echo 'use core::cmp::Ordering;'
        echo 'use core::fmt;'
        echo 'use core::hash::{Hash, Hasher};'
        echo 'use core::str::FromStr;'
        echo 'use status_core::{FollowUp, HttpStatus, HttpVersion, Meaning, Origin, Permanence,'
        echo '    RedirectKind, RegistryState, Retry, Status, StatusClass, StatusCode, StatusContract,'
        echo '    StatusError};'
        for ((index = 0; index < count; index++)); do
            sed -e "s/NAME/Hand$index/g" <<'RUST'
/// The statuses of endpoint NAME, written by hand.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum NAME {
    /// 200.
    Ok = 200,
    /// 201.
    Created = 201,
    /// 400.
    BadRequest = 400,
    /// 404.
    NotFound = 404,
    /// 409.
    Conflict = 409,
    /// 500.
    InternalServerError = 500,
    /// 501.
    NotImplemented = 501,
    /// 502.
    BadGateway = 502,
    /// 503.
    ServiceUnavailable = 503,
    /// 504.
    GatewayTimeout = 504,
    /// 505.
    HttpVersionNotSupported = 505,
    /// 506.
    VariantAlsoNegotiates = 506,
    /// 507.
    InsufficientStorage = 507,
    /// 508.
    LoopDetected = 508,
    /// 510.
    NotExtended = 510,
    /// 511.
    NetworkAuthenticationRequired = 511,
}

impl NAME {
    /// Every status.
    pub const ALL: &'static [Self] = &[Self::Ok, Self::NotFound];
    /// The origin.
    pub const ORIGIN: Origin = Origin::IANA;
    /// From a code.
    #[inline]
    #[must_use]
    pub const fn from_u16(code: u16) -> Option<Self> {
        if code == 200 { Some(Self::Ok) } else { None }
    }
    /// The entry.
    #[inline]
    #[must_use]
    pub const fn meaning(self) -> &'static Meaning {
        StatusCode::Ok.meaning()
    }
    /// The code.
    #[inline]
    #[must_use]
    pub const fn code(self) -> u16 {
        self as u16
    }
    /// The origin.
    #[inline]
    #[must_use]
    pub const fn origin(self) -> Origin {
        Self::ORIGIN
    }
    /// As a status.
    #[inline]
    #[must_use]
    pub const fn status(self) -> Status {
        StatusCode::Ok.status()
    }
    /// The class.
    #[inline]
    #[must_use]
    pub const fn class(self) -> StatusClass {
        StatusClass::Successful
    }
    /// reason.
    #[inline]
    #[must_use]
    pub const fn reason(self) -> &'static str {
        ""
    }
    /// aliases.
    #[inline]
    #[must_use]
    pub const fn aliases(self) -> &'static [&'static str] {
        &[]
    }
    /// description.
    #[inline]
    #[must_use]
    pub const fn description(self) -> &'static str {
        ""
    }
    /// is_cacheable_by_default.
    #[inline]
    #[must_use]
    pub const fn is_cacheable_by_default(self) -> bool {
        false
    }
    /// is_body_forbidden.
    #[inline]
    #[must_use]
    pub const fn is_body_forbidden(self) -> bool {
        false
    }
    /// headers.
    #[inline]
    #[must_use]
    pub const fn headers(self) -> &'static [&'static str] {
        &[]
    }
    /// required_headers.
    #[inline]
    #[must_use]
    pub const fn required_headers(self) -> &'static [&'static str] {
        &[]
    }
    /// state.
    #[inline]
    #[must_use]
    pub const fn state(self) -> RegistryState {
        StatusCode::Ok.state()
    }
    /// spec.
    #[inline]
    #[must_use]
    pub const fn spec(self) -> &'static str {
        ""
    }
    /// spec_url.
    #[inline]
    #[must_use]
    pub const fn spec_url(self) -> &'static str {
        ""
    }
    /// follow_up.
    #[inline]
    #[must_use]
    pub const fn follow_up(self, method: &str) -> Option<FollowUp<'_>> {
        { let _ = method; None }
    }
    /// may_send_to.
    #[inline]
    #[must_use]
    pub const fn may_send_to(self, version: HttpVersion) -> bool {
        { let _ = version; true }
    }
    /// redirect_kind.
    #[inline]
    #[must_use]
    pub const fn redirect_kind(self) -> Option<RedirectKind> {
        None
    }
    /// permanence.
    #[inline]
    #[must_use]
    pub const fn permanence(self) -> Option<Permanence> {
        None
    }
    /// retry.
    #[inline]
    #[must_use]
    pub const fn retry(self) -> Option<Retry> {
        None
    }
    /// retry_after_applies.
    #[inline]
    #[must_use]
    pub const fn retry_after_applies(self) -> bool {
        false
    }
    /// expects_location.
    #[inline]
    #[must_use]
    pub const fn expects_location(self) -> bool {
        false
    }
    /// may_have_content.
    #[inline]
    #[must_use]
    pub const fn may_have_content(self) -> bool {
        true
    }
    /// may_have_content_for.
    #[inline]
    #[must_use]
    pub const fn may_have_content_for(self, method: &str) -> bool {
        { let _ = method; true }
    }
    /// is_informational.
    #[inline]
    #[must_use]
    pub const fn is_informational(self) -> bool {
        (self as u16) < 200
    }
    /// is_success.
    #[inline]
    #[must_use]
    pub const fn is_success(self) -> bool {
        self as u16 / 100 == 2
    }
    /// is_redirection.
    #[inline]
    #[must_use]
    pub const fn is_redirection(self) -> bool {
        self as u16 / 100 == 3
    }
    /// is_client_error.
    #[inline]
    #[must_use]
    pub const fn is_client_error(self) -> bool {
        self as u16 / 100 == 4
    }
    /// is_server_error.
    #[inline]
    #[must_use]
    pub const fn is_server_error(self) -> bool {
        self as u16 >= 500
    }
    /// is_interim.
    #[inline]
    #[must_use]
    pub const fn is_interim(self) -> bool {
        (self as u16) < 200
    }
    /// is_final.
    #[inline]
    #[must_use]
    pub const fn is_final(self) -> bool {
        self as u16 >= 200
    }
}

impl PartialOrd for NAME {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for NAME {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        (*self as u16).cmp(&(*other as u16))
    }
}

impl Hash for NAME {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        (*self as u16).hash(state);
    }
}

impl fmt::Debug for NAME {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NAME")
    }
}

impl fmt::Display for NAME {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("200 OK")
    }
}

impl FromStr for NAME {
    type Err = StatusError;
    #[inline]
    fn from_str(text: &str) -> Result<Self, StatusError> {
        match text.parse::<StatusCode>() {
            Ok(_) => Ok(Self::Ok),
            Err(error) => Err(error),
        }
    }
}

impl TryFrom<u16> for NAME {
    type Error = StatusError;
    #[inline]
    fn try_from(code: u16) -> Result<Self, StatusError> {
        match StatusCode::try_from(code) {
            Ok(_) => Ok(Self::Ok),
            Err(error) => Err(error),
        }
    }
}

impl TryFrom<StatusCode> for NAME {
    type Error = StatusError;
    #[inline]
    fn try_from(status: StatusCode) -> Result<Self, StatusError> {
        Self::try_from(status as u16)
    }
}

impl From<NAME> for u16 {
    #[inline]
    fn from(status: NAME) -> u16 {
        status as u16
    }
}

impl PartialEq<Status> for NAME {
    #[inline]
    fn eq(&self, other: &Status) -> bool {
        *self as u16 == other.code()
    }
}

impl PartialEq<StatusCode> for NAME {
    #[inline]
    fn eq(&self, other: &StatusCode) -> bool {
        *self as u16 == *other as u16
    }
}

impl HttpStatus for NAME {
    #[inline]
    fn status(&self) -> Status {
        Status::from(StatusCode::Ok)
    }
}

impl StatusContract for NAME {}
RUST
        done
    } >"$dir/src/lib.rs"
}

median() {
    sort -n | awk '{ times[NR] = $1 } END { print times[int((NR + 1) / 2)] }'
}

# The median time of `cargo check` of the crate in $1, its dependencies built first.
# (Called in a command substitution, where `set -e` does not hold: every check says itself
# whether it failed.)
timed_check() {
    local dir=$1 run started times=()
    (cd "$dir" && cargo check --offline -q) || return 1
    for ((run = 0; run < runs; run++)); do
        touch "$dir/src/lib.rs"
        started=$(now_ms)
        (cd "$dir" && cargo check --offline -q) || return 1
        times+=($(($(now_ms) - started)))
    done
    printf '%s\n' "${times[@]}" | median
}

declare -A result hand
for count in 0 $counts; do
    write_crate "$count"
    write_hand_crate "$count"
    # Alternating, so that both see the same load.
    result[$count]=$(timed_check "$scratch/enums-$count") ||
        { echo "status-enum-cost: FAIL: cargo check of enums-$count failed" >&2; exit 1; }
    hand[$count]=$(timed_check "$scratch/hand-$count") ||
        { echo "status-enum-cost: FAIL: cargo check of hand-$count failed" >&2; exit 1; }
done

echo
echo "status_enum! check cost, median of $runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '| enums | cargo check (ms) | over no enum (ms) | per enum (ms) | by hand: cargo check (ms) | by hand: per enum (ms) | per enum, ours / by hand |'
echo '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
for count in 0 $counts; do
    over=$((result[$count] - result[0]))
    hand_over=$((hand[$count] - hand[0]))
    if ((count > 0)); then
        per=$(awk -v over="$over" -v count="$count" 'BEGIN { printf "%.1f", over / count }')
        hand_per=$(awk -v over="$hand_over" -v count="$count" 'BEGIN { printf "%.1f", over / count }')
        ratio=$(awk -v a="$over" -v b="$hand_over" 'BEGIN { if (b <= 0) print "n/a"; else printf "%.2f", a / b }')
    else
        per=- hand_per=- ratio=-
    fi
    echo "| $count | ${result[$count]} | $over | $per | ${hand[$count]} | $hand_per | $ratio |"
done
