//! Lookups that a server or client does per response, measured beside the same work done
//! with the `http` crate's `StatusCode` in the same run. Read the results as ratios between
//! the two columns of each group, not as absolute times.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

/// Every code a status line can carry, and a few that are not status codes.
fn codes() -> Vec<u16> {
    (0..=1000).collect()
}

fn from_u16(c: &mut Criterion) {
    let codes = codes();
    let mut group = c.benchmark_group("from_u16");
    group.bench_function("status_core::StatusCode", |b| {
        b.iter(|| {
            codes
                .iter()
                .filter(|&&code| status_core::StatusCode::from_u16(black_box(code)).is_some())
                .count()
        });
    });
    group.bench_function("http::StatusCode", |b| {
        b.iter(|| {
            codes
                .iter()
                .filter(|&&code| http::StatusCode::from_u16(black_box(code)).is_ok())
                .count()
        });
    });
    group.finish();
}

fn reason(c: &mut Criterion) {
    let ours: Vec<status_core::StatusCode> = status_core::StatusCode::ALL.to_vec();
    let theirs: Vec<http::StatusCode> = ours
        .iter()
        .filter_map(|status| http::StatusCode::from_u16(status.code()).ok())
        .collect();
    let mut group = c.benchmark_group("reason");
    group.bench_function("status_core::StatusCode::reason", |b| {
        b.iter(|| {
            ours.iter()
                .map(|status| black_box(*status).reason().len())
                .sum::<usize>()
        });
    });
    group.bench_function("http::StatusCode::canonical_reason", |b| {
        b.iter(|| {
            theirs
                .iter()
                .map(|status| black_box(*status).canonical_reason().map_or(0, str::len))
                .sum::<usize>()
        });
    });
    group.finish();
}

fn display(c: &mut Criterion) {
    let ours: Vec<status_core::StatusCode> = status_core::StatusCode::ALL.to_vec();
    let theirs: Vec<http::StatusCode> = ours
        .iter()
        .filter_map(|status| http::StatusCode::from_u16(status.code()).ok())
        .collect();
    let mut buffer = String::with_capacity(64);
    let mut group = c.benchmark_group("display");
    group.bench_function("status_core::StatusCode", |b| {
        b.iter(|| {
            for status in &ours {
                buffer.clear();
                write!(buffer, "{}", black_box(status)).ok();
            }
            buffer.len()
        });
    });
    group.bench_function("http::StatusCode", |b| {
        b.iter(|| {
            for status in &theirs {
                buffer.clear();
                write!(buffer, "{}", black_box(status)).ok();
            }
            buffer.len()
        });
    });
    group.finish();
}

fn parse(c: &mut Criterion) {
    let texts: Vec<String> = codes().iter().map(|code| format!("{code:03}")).collect();
    let mut group = c.benchmark_group("parse");
    group.bench_function("status_core::Status::from_str", |b| {
        b.iter(|| {
            texts
                .iter()
                .filter(|text| {
                    black_box(text.as_str())
                        .parse::<status_core::Status>()
                        .is_ok()
                })
                .count()
        });
    });
    group.bench_function("http::StatusCode::from_bytes", |b| {
        b.iter(|| {
            texts
                .iter()
                .filter(|text| http::StatusCode::from_bytes(black_box(text.as_bytes())).is_ok())
                .count()
        });
    });
    group.finish();
}

/// What a client does with a code off the wire: is it an error, may it be cached.
fn wire_handling(c: &mut Criterion) {
    let codes: Vec<u16> = (100..=599).collect();
    let mut group = c.benchmark_group("wire_handling");
    group.bench_function("status_core::Status (effective, cacheable)", |b| {
        b.iter(|| {
            codes
                .iter()
                .filter_map(|&code| status_core::Status::new(black_box(code)).ok())
                .filter(|status| {
                    status.effective().is_client_error() && !status.is_cacheable_by_default()
                })
                .count()
        });
    });
    group.bench_function("http::StatusCode (is_client_error)", |b| {
        b.iter(|| {
            codes
                .iter()
                .filter_map(|&code| http::StatusCode::from_u16(black_box(code)).ok())
                .filter(http::StatusCode::is_client_error)
                .count()
        });
    });
    group.finish();
}

criterion_group!(benches, from_u16, reason, display, parse, wire_handling);
criterion_main!(benches);
