//! The typed client (`item_services::client`) against the axum service, served on 127.0.0.1
//! with an ephemeral port: every `ItemError` variant the wire carries whole goes over it and
//! comes back equal; the server errors, whose details stay on the server, come back as
//! `Undecoded` with their status; reqwest's retries, classified by status-core, send a `GET`
//! answered 429 or 502 again (twice at most), and a 500, a 404 or a `POST` never.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::Request;
use axum::middleware::{Next, from_fn};
use item_services::axum_app;
use item_services::client::{ClientError, ItemClient};
use item_services::items::{FieldError, Item, ItemError, Store};

mod support;

use support::serve_axum;

/// How many requests each `METHOD path` reached the service with.
type Counts = Arc<Mutex<BTreeMap<String, usize>>>;

/// The `ItemError` of a call that must fail with one.
fn item_error<T: std::fmt::Debug>(result: Result<T, ClientError>) -> ItemError {
    match result {
        Err(ClientError::Item(error)) => error,
        other => panic!("not an ItemError: {other:?}"),
    }
}

#[test]
fn every_error_the_wire_carries_whole_comes_back_equal_and_retries_follow_the_registry() {
    let counts = Counts::default();
    let counted = Arc::clone(&counts);
    let app = axum_app::app(Arc::new(Store::default())).layer(from_fn(
        move |request: Request, next: Next| {
            let counts = Arc::clone(&counted);
            async move {
                let key = format!("{} {}", request.method(), request.uri().path());
                *counts
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .entry(key)
                    .or_default() += 1;
                next.run(request).await
            }
        },
    ));
    let results = serve_axum(app, |_, address| async move {
        let client = ItemClient::with_builder(address, reqwest::Client::builder().no_proxy())
            .expect("a client");
        (
            client.get(1).await,
            client.get(999).await,
            client.create("second").await,
            client.create("").await,
            client.create("first").await,
            client.replace(1, "renamed").await,
            client.text("/admin").await,
            client.text("/limited").await,
            client.upstream().await,
            client.text("/boom").await,
        )
    });
    let (found, missing, created, invalid, duplicate, replaced, admin, limited, upstream, boom) =
        results;

    assert_eq!(
        found.expect("item 1"),
        Item {
            id: 1,
            name: "first".to_owned()
        }
    );
    assert_eq!(created.expect("item 2").id, 2);
    assert_eq!(item_error(missing), ItemError::NoSuchItem { id: 999 });
    assert_eq!(
        item_error(invalid),
        ItemError::Invalid {
            errors: vec![FieldError {
                field: "name".to_owned(),
                message: "must not be empty".to_owned(),
            }]
        }
    );
    assert_eq!(
        item_error(duplicate),
        ItemError::DuplicateName {
            name: "first".to_owned()
        }
    );
    assert_eq!(item_error(replaced), ItemError::Immutable);
    assert_eq!(item_error(admin), ItemError::Unauthenticated);
    assert_eq!(
        item_error(limited),
        ItemError::RateLimited {
            retry_after_secs: 30
        }
    );
    for (result, code) in [(upstream.map(|_| String::new()), 502), (boom, 500)] {
        match result {
            Err(ClientError::Other(undecoded)) => {
                assert_eq!(undecoded.code, code);
                let problem = undecoded.problem.expect("a problem body");
                assert_eq!(problem.status, Some(code));
                assert_eq!(problem.detail, None, "a server error's detail stays home");
            }
            other => panic!("{code}: {other:?}"),
        }
    }

    let counts = counts
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    let count = |key: &str| counts.get(key).copied().unwrap_or_default();
    // 429 and 502 to a GET: sent again, twice; 404, 500 and POST: once.
    assert_eq!(count("GET /limited"), 3, "{counts:?}");
    assert_eq!(count("GET /upstream"), 3, "{counts:?}");
    assert_eq!(count("GET /items/999"), 1, "{counts:?}");
    assert_eq!(count("GET /boom"), 1, "{counts:?}");
    assert_eq!(count("POST /items"), 3, "{counts:?}"); // three calls, none repeated
}
