//! Lookups that a server or client does per response, measured beside the same work done
//! with the `http` crate's `StatusCode` in the same run. Read the results as ratios between
//! the two functions of each group (`status_core` against `baseline`), not as absolute
//! times: `bash tests/scripts/bench-ratios.sh` prints them from criterion's estimates.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{
    BenchmarkGroup, Criterion, criterion_group, criterion_main, measurement::WallTime,
};
use status_core::{HttpStatus, Status, StatusCode};

/// Every code a status line can carry, and a few hundred that are not status codes.
fn codes() -> Vec<u16> {
    (0..=1000).collect()
}

/// Every code a status line can carry.
fn status_codes() -> Vec<u16> {
    (100..=599).collect()
}

/// Runs `ours` as `status_core` and `theirs` as `baseline` in one group.
fn pair<A, B>(c: &mut Criterion, group: &str, mut ours: A, mut theirs: B)
where
    A: FnMut() -> usize,
    B: FnMut() -> usize,
{
    let mut group: BenchmarkGroup<'_, WallTime> = c.benchmark_group(group);
    group.bench_function("status_core", |b| b.iter(&mut ours));
    group.bench_function("baseline", |b| b.iter(&mut theirs));
    group.finish();
}

fn from_u16(c: &mut Criterion) {
    let codes = codes();
    pair(
        c,
        "StatusCode::from_u16 (0..=1000)",
        || {
            codes
                .iter()
                .filter(|&&code| StatusCode::from_u16(black_box(code)).is_some())
                .count()
        },
        || {
            codes
                .iter()
                .filter(|&&code| http::StatusCode::from_u16(black_box(code)).is_ok())
                .count()
        },
    );
}

fn status_new(c: &mut Criterion) {
    for (group, codes) in [
        ("Status::new (0..=1000)", codes()),
        ("Status::new (100..=599)", status_codes()),
    ] {
        pair(
            c,
            group,
            || {
                codes
                    .iter()
                    .filter(|&&code| Status::new(black_box(code)).is_ok())
                    .count()
            },
            || {
                codes
                    .iter()
                    .filter(|&&code| http::StatusCode::from_u16(black_box(code)).is_ok())
                    .count()
            },
        );
    }
}

/// The pairs of the same codes, as ours and as http's.
fn both() -> (Vec<StatusCode>, Vec<http::StatusCode>) {
    let ours: Vec<StatusCode> = StatusCode::ALL.to_vec();
    let theirs = ours
        .iter()
        .filter_map(|status| http::StatusCode::from_u16(status.code()).ok())
        .collect();
    (ours, theirs)
}

fn reason(c: &mut Criterion) {
    let (ours, theirs) = both();
    pair(
        c,
        "StatusCode::reason",
        || {
            ours.iter()
                .map(|status| black_box(*status).reason().len())
                .sum::<usize>()
        },
        || {
            theirs
                .iter()
                .map(|status| black_box(*status).canonical_reason().map_or(0, str::len))
                .sum::<usize>()
        },
    );
    let codes = status_codes();
    pair(
        c,
        "StatusCode::from_u16 + reason (100..=599)",
        || {
            codes
                .iter()
                .filter_map(|&code| StatusCode::from_u16(black_box(code)))
                .map(|status| status.reason().len())
                .sum::<usize>()
        },
        || {
            codes
                .iter()
                .filter_map(|&code| http::StatusCode::from_u16(black_box(code)).ok())
                .map(|status| status.canonical_reason().map_or(0, str::len))
                .sum::<usize>()
        },
    );
}

fn display(c: &mut Criterion) {
    let (ours, theirs) = both();
    let mut buffer = String::with_capacity(64);
    let mut group = c.benchmark_group("Display (reused String)");
    group.bench_function("status_core", |b| {
        b.iter(|| {
            for status in &ours {
                buffer.clear();
                write!(buffer, "{}", black_box(status)).ok();
            }
            buffer.len()
        });
    });
    group.bench_function("baseline", |b| {
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
    let http = |texts: &[String]| {
        texts
            .iter()
            .filter(|text| http::StatusCode::from_bytes(black_box(text.as_bytes())).is_ok())
            .count()
    };
    pair(
        c,
        "Status::from_str",
        || {
            texts
                .iter()
                .filter(|text| black_box(text.as_str()).parse::<Status>().is_ok())
                .count()
        },
        || http(&texts),
    );
    pair(
        c,
        "StatusCode::from_str",
        || {
            texts
                .iter()
                .filter(|text| black_box(text.as_str()).parse::<StatusCode>().is_ok())
                .count()
        },
        || http(&texts),
    );
}

/// Text as a parser meets it: registered codes, a code IANA does not register (418, 471),
/// numbers outside 100..=599 (`999`, `099`), and text that is no code at all (`abc`, the empty string,
/// `4040`, `40`, `20x`), repeated in an order the branch predictor cannot learn.
fn mixed_texts() -> Vec<&'static str> {
    const TEXTS: [&str; 16] = [
        "200", "404", "503", "418", "999", "abc", "471", "099", "", "4040", "301", "40", "20x",
        "500", "201", "600",
    ];
    (0..4096_usize)
        .map(|i| TEXTS[(i * 7919 + i / 16) % TEXTS.len()])
        .collect()
}

fn parse_mixed(c: &mut Criterion) {
    let texts = mixed_texts();
    pair(
        c,
        "StatusCode::from_str (mixed input)",
        || {
            texts
                .iter()
                .filter(|text| black_box(**text).parse::<StatusCode>().is_ok())
                .count()
        },
        || {
            texts
                .iter()
                .filter(|text| http::StatusCode::from_bytes(black_box(text.as_bytes())).is_ok())
                .count()
        },
    );
    pair(
        c,
        "StatusCode::from_str + code (mixed input)",
        || {
            texts
                .iter()
                .map(|text| {
                    black_box(*text)
                        .parse::<StatusCode>()
                        .map_or(0, |s| usize::from(s.code()))
                })
                .sum()
        },
        || {
            texts
                .iter()
                .map(|text| {
                    http::StatusCode::from_bytes(black_box(text.as_bytes()))
                        .map_or(0, |s| usize::from(s.as_u16()))
                })
                .sum()
        },
    );
}

/// What a client does with a code off the wire: is it an error, may it be cached. `http` has
/// no cacheability, so its side checks the list a user would write.
fn wire_handling(c: &mut Criterion) {
    let codes = status_codes();
    pair(
        c,
        "Status::new + effective + cacheable (100..=599)",
        || {
            codes
                .iter()
                .filter_map(|&code| Status::new(black_box(code)).ok())
                .filter(|status| {
                    status.effective().is_client_error() && !status.is_cacheable_by_default()
                })
                .count()
        },
        || {
            codes
                .iter()
                .filter_map(|&code| http::StatusCode::from_u16(black_box(code)).ok())
                .filter(|status| status.is_client_error() && !heuristically_cacheable(*status))
                .count()
        },
    );
}

/// What a user of `http` writes for cacheability: the codes RFC 9110 §15.1 and RFC 7725 §3
/// define as heuristically cacheable.
fn heuristically_cacheable(status: http::StatusCode) -> bool {
    matches!(
        status.as_u16(),
        200 | 203 | 204 | 206 | 300 | 301 | 308 | 404 | 405 | 410 | 414 | 451 | 501
    )
}

/// Thirty error variants, to compare the derived `status()` with a hand-written `match`.
macro_rules! thirty {
    ($($variant:ident = $code:literal,)*) => {
        /// Derived.
        #[derive(Clone, Copy, HttpStatus)]
        enum Derived {
            $(#[status($code)] $variant,)*
        }

        /// Written by hand, each arm a constant.
        #[derive(Clone, Copy)]
        enum HandWritten {
            $($variant,)*
        }

        impl HandWritten {
            fn status(self) -> Status {
                match self {
                    $(Self::$variant => const {
                        match Status::new($code) {
                            Ok(status) => status,
                            Err(_) => panic!("not a status code"),
                        }
                    },)*
                }
            }
        }

        fn variants() -> (Vec<Derived>, Vec<HandWritten>) {
            (vec![$(Derived::$variant),*], vec![$(HandWritten::$variant),*])
        }
    };
}

thirty! {
    BadRequest = 400, NotImplemented = 501, PaymentRequired = 402, Forbidden = 403,
    NotFound = 404, ServiceUnavailable = 503, NotAcceptable = 406, GatewayTimeout = 504,
    RequestTimeout = 408, Conflict = 409, Gone = 410, LengthRequired = 411,
    PreconditionFailed = 412, ContentTooLarge = 413, UriTooLong = 414,
    UnsupportedMediaType = 415, RangeNotSatisfiable = 416, ExpectationFailed = 417,
    MisdirectedRequest = 421, UnprocessableContent = 422, Locked = 423,
    FailedDependency = 424, TooEarly = 425, VersionNotSupported = 505,
    PreconditionRequired = 428, TooManyRequests = 429, HeaderFieldsTooLarge = 431,
    LegalReasons = 451, InternalServerError = 500, BadGateway = 502,
}

fn derived_status(c: &mut Criterion) {
    let (derived, hand_written) = variants();
    // Each variant many times over, in an order the branch predictor cannot learn.
    let order: Vec<usize> = (0..3000_usize).map(|i| (i * 7919 + i / 30) % 30).collect();
    pair(
        c,
        "derived status() (30 variants)",
        || {
            order
                .iter()
                .map(|&i| usize::from(black_box(derived[i]).status().code()))
                .sum()
        },
        || {
            order
                .iter()
                .map(|&i| usize::from(black_box(hand_written[i]).status().code()))
                .sum()
        },
    );
}

criterion_group!(
    benches,
    from_u16,
    status_new,
    reason,
    display,
    parse,
    parse_mixed,
    wire_handling,
    derived_status
);
criterion_main!(benches);
