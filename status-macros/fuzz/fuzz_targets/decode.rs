//! Fuzzes the decoder (`status_core::decode`): any status code, header fields and body are
//! rebuilt into the derived type or kept as an `Undecoded`, never a panic; an `Undecoded`
//! keeps the code it was given; a value that is rebuilt, sent again as `ErrorResponse` sends
//! it, reads back equal.
//!
//! The input is laid out as: the status code (2 bytes, little-endian), the number of header
//! fields (1 byte, at most 4 are read), each field as a length byte and its name, then a
//! length byte and its value, and the rest is the body.

#![no_main]

use core::fmt;
use core::time::Duration;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use status_core::HttpStatus;
use status_core::decode::Decode;
use status_core::respond::ErrorResponse;

#[derive(Debug, PartialEq, HttpStatus)]
#[respond(decode)]
enum StoreError {
    #[status(409)]
    ReadOnly,
    #[status(507)]
    #[problem(type = "https://example.com/problems/full")]
    Full {
        #[problem(extension)]
        free_bytes: u64,
    },
}

#[derive(Debug, PartialEq, HttpStatus)]
#[respond(decode)]
#[problem(type = "https://example.com/problems/items")]
enum ItemError {
    #[status(404)]
    NoSuchItem {
        #[problem(extension)]
        id: u64,
    },
    #[status(422)]
    #[problem(type = "https://example.com/problems/invalid")]
    Invalid {
        #[problem(detail)]
        detail: String,
        #[problem(extension)]
        errors: Vec<Value>,
    },
    #[status(422)]
    #[problem(type = "https://example.com/problems/too-long")]
    TooLong {
        #[problem(extension)]
        max: Option<u32>,
    },
    #[status(429)]
    Throttled(#[header(retry_after)] Duration),
    #[status(405)]
    Immutable {
        #[header(allow)]
        allow: Vec<String>,
        #[header("X-Item")]
        item: Option<String>,
    },
    #[status(transparent)]
    Store(StoreError),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl std::error::Error for StoreError {}

impl fmt::Display for ItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The detail is the message, as `#[error("{detail}")]` would write it.
            ItemError::Invalid { detail, .. } => f.write_str(detail),
            other => fmt::Debug::fmt(other, f),
        }
    }
}

impl std::error::Error for ItemError {}

/// Splits the input into a status code, header fields and a body.
fn split(data: &[u8]) -> Option<(u16, Vec<(&[u8], &[u8])>, &[u8])> {
    let (code, rest) = data.split_first_chunk::<2>()?;
    let (&count, mut rest) = rest.split_first()?;
    let mut headers = Vec::new();
    for _ in 0..count.min(4) {
        let (&length, after) = rest.split_first()?;
        let (name, after) = after.split_at_checked(usize::from(length))?;
        let (&length, after) = after.split_first()?;
        let (value, after) = after.split_at_checked(usize::from(length))?;
        headers.push((name, value));
        rest = after;
    }
    Some((u16::from_le_bytes(*code), headers, rest))
}

fuzz_target!(|data: &[u8]| {
    let Some((code, headers, body)) = split(data) else {
        return;
    };
    match ItemError::from_response(code, headers.iter().copied(), body) {
        Ok(error) => {
            let (status, headers, body) = ErrorResponse::from_error(&error).into_parts();
            let again = ItemError::from_response(status.code(), headers, body.as_bytes());
            assert_eq!(again.as_ref().ok(), Some(&error), "{error:?} sent as {body}");
        }
        Err(undecoded) => {
            assert_eq!(undecoded.code, code);
            let _ = undecoded.to_string();
        }
    }
});
