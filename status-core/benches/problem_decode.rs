//! Reading a problem details body back: `Problem::from_json` against `serde_json::from_slice`
//! into hand-written `#[derive(Deserialize)]` structs of the same members, in the same run.
//! `serde_flatten` keeps unknown members as `Problem` does (`#[serde(flatten)]` into a map);
//! `serde_typed` names the body's one extension member and drops any other, the least work a
//! client can do. Read the results as ratios between the functions of each group.
//!
//! `derived 422` rebuilds a `#[respond(decode)]` type from the response (`Decode::from_response`:
//! the status, no header it reads, the body) against `serde_typed`, the hand-written struct of
//! the same members: the target is at most 1.2 times its time.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use status_core::HttpStatus;
use status_core::decode::Decode;
use status_core::problem::Problem;

/// A 422 of the item service, as it sends it behind `request_ids()`.
const INVALID: &[u8] = br#"{"title":"Unprocessable Content","status":422,"detail":"the new item has 1 invalid field(s)","instance":"urn:uuid:9b2f6c1e-3a4d-4e8f-b1c2-7d6e5f4a3b2c","errors":[{"field":"name","message":"must not be empty"}],"request_id":"9b2f6c1e-3a4d-4e8f-b1c2-7d6e5f4a3b2c"}"#;

/// A 404 with a type URI and no extension.
const NOT_FOUND: &[u8] = br#"{"type":"https://example.com/problems/items","title":"Not Found","status":404,"detail":"no item has the id 999"}"#;

/// The members of `Problem`, unknown ones kept.
#[derive(Deserialize)]
#[allow(dead_code, reason = "read by the deserializer only")]
struct Flatten {
    #[serde(rename = "type")]
    type_uri: Option<String>,
    title: Option<String>,
    status: Option<u16>,
    detail: Option<String>,
    instance: Option<String>,
    #[serde(flatten)]
    extensions: Map<String, Value>,
}

/// The members of `Problem` and the known extensions, unknown ones dropped.
#[derive(Deserialize)]
#[allow(dead_code, reason = "read by the deserializer only")]
struct Typed {
    #[serde(rename = "type")]
    type_uri: Option<String>,
    title: Option<String>,
    status: Option<u16>,
    detail: Option<String>,
    instance: Option<String>,
    errors: Option<Vec<FieldError>>,
    request_id: Option<String>,
}

/// One member of `errors`.
#[derive(Debug, Deserialize, Serialize)]
#[allow(dead_code, reason = "read by the deserializer only")]
struct FieldError {
    field: String,
    message: String,
}

/// The item service's errors as a client rebuilds them: the 422 reads what `Typed` reads.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(decode)]
#[allow(dead_code, reason = "read by the decoder only")]
enum ItemError {
    #[error("{detail}")]
    #[status(422)]
    Invalid {
        #[problem(detail)]
        detail: String,
        #[problem(extension)]
        errors: Vec<FieldError>,
        #[problem(extension)]
        request_id: Option<String>,
    },
    #[error("no item has the id {id}")]
    #[status(404)]
    #[problem(type = "https://example.com/problems/items")]
    NoSuchItem {
        #[problem(extension)]
        id: u64,
    },
}

fn decode(c: &mut Criterion) {
    for (name, body) in [("422 with extensions", INVALID), ("404", NOT_FOUND)] {
        let mut group = c.benchmark_group(format!("decode {name}"));
        // Each returns what it read, which criterion keeps and drops: the same work as a client.
        group.bench_function("status_core", |b| {
            b.iter(|| Problem::from_json(black_box(body)).expect("a problem"));
        });
        group.bench_function("serde_flatten", |b| {
            b.iter(|| serde_json::from_slice::<Flatten>(black_box(body)).expect("a problem"));
        });
        group.bench_function("serde_typed", |b| {
            b.iter(|| serde_json::from_slice::<Typed>(black_box(body)).expect("a problem"));
        });
        group.finish();
    }
    let mut group = c.benchmark_group("derived 422");
    group.bench_function("status_core", |b| {
        b.iter(|| {
            ItemError::from_response(422, None::<(&str, &str)>, black_box(INVALID)).expect("a 422")
        });
    });
    group.bench_function("serde_typed", |b| {
        b.iter(|| serde_json::from_slice::<Typed>(black_box(INVALID)).expect("a problem"));
    });
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
