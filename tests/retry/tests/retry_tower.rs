//! tower's `Retry` with status-core's policy (`status_core::retry::tower::StatusRetry`) around
//! hyper's client, against a scripted server on 127.0.0.1: it waits the server's
//! `Retry-After` (read against the response's `Date`, and capped), retries only what the
//! decision retries, and stops at its count.

mod support;

use std::time::{Duration, Instant};

use http::{Method, Request};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use status_core::retry::RetryPolicy;
use status_core::retry::tower::StatusRetry;
use support::{EXCHANGE, Reply, Server};
use tower::ServiceExt as _;
use tower::retry::Retry;

/// What one request through the retrying client gave.
struct Outcome {
    /// The final status, or `None` for an error.
    status: Option<u16>,
    /// The methods the server received.
    methods: Vec<String>,
    /// How long the exchange took, retries and waits included.
    took: Duration,
}

/// Sends one `method` request through hyper's client wrapped in `retry` to a server that
/// follows `script`.
async fn send(retry: StatusRetry, method: Method, script: &[Reply]) -> Outcome {
    let server = Server::start(script).await;
    let client = Retry::new(
        retry,
        Client::builder(TokioExecutor::new()).build_http::<String>(),
    );
    let request = Request::builder()
        .method(method)
        .uri(server.url("/items/7"))
        .body(String::from("{}"))
        .expect("a request");
    let started = Instant::now();
    let result = tokio::time::timeout(EXCHANGE, client.oneshot(request))
        .await
        .expect("the exchange ends in time");
    let took = started.elapsed();
    let methods = server.methods();
    server.stop().await;
    Outcome {
        status: result.ok().map(|response| response.status().as_u16()),
        methods,
        took,
    }
}

fn retry(max_retries: u32) -> StatusRetry {
    StatusRetry::new(RetryPolicy::new(), max_retries)
}

const BUSY: Reply = Reply::Status(503, &["Retry-After: 1"]);
const OK: Reply = Reply::Status(200, &[]);

#[tokio::test]
async fn a_503_with_retry_after_1_is_retried_after_a_second() {
    let outcome = send(retry(2), Method::GET, &[BUSY, OK]).await;
    assert_eq!(outcome.status, Some(200));
    assert_eq!(outcome.methods, ["GET", "GET"]);
    assert!(outcome.took >= Duration::from_secs(1), "{:?}", outcome.took);
}

#[tokio::test]
async fn an_http_date_in_retry_after_is_read_against_the_response_s_date() {
    // In 1994 by the response's clock: read against the system clock, the date is long
    // past and the retry would not wait.
    let script = [
        Reply::Status(
            503,
            &[
                "Date: Sun, 06 Nov 1994 08:49:37 GMT",
                "Retry-After: Sun, 06 Nov 1994 08:49:38 GMT",
            ],
        ),
        OK,
    ];
    let outcome = send(retry(2), Method::GET, &script).await;
    assert_eq!(outcome.status, Some(200));
    assert_eq!(outcome.methods, ["GET", "GET"]);
    assert!(outcome.took >= Duration::from_secs(1), "{:?}", outcome.took);
}

#[tokio::test]
async fn retry_after_is_capped_by_the_policy_s_max_delay() {
    let script = [Reply::Status(429, &["Retry-After: 3600"]), OK];
    let policy = RetryPolicy::new().max_delay(Duration::from_millis(300));
    let outcome = send(StatusRetry::new(policy, 2), Method::GET, &script).await;
    assert_eq!(outcome.status, Some(200));
    assert_eq!(outcome.methods, ["GET", "GET"]);
    assert!(
        outcome.took >= Duration::from_millis(300),
        "{:?}",
        outcome.took
    );
}

#[tokio::test]
async fn a_501_is_never_retried() {
    let script = [Reply::Status(501, &["Retry-After: 1"]), OK];
    let outcome = send(retry(2), Method::GET, &script).await;
    assert_eq!(outcome.status, Some(501));
    assert_eq!(outcome.methods, ["GET"]);
}

#[tokio::test]
async fn a_post_answered_503_is_not_retried() {
    let outcome = send(retry(2), Method::POST, &[BUSY, OK]).await;
    assert_eq!(outcome.status, Some(503));
    assert_eq!(outcome.methods, ["POST"]);
}

#[tokio::test]
async fn a_post_answered_425_is_retried_with_backoff() {
    let script = [Reply::Status(425, &[]), OK];
    let outcome = send(retry(2), Method::POST, &script).await;
    assert_eq!(outcome.status, Some(200));
    assert_eq!(outcome.methods, ["POST", "POST"]);
}

#[tokio::test]
async fn retries_stop_at_the_policy_s_count() {
    let script = [Reply::Status(503, &["Retry-After: 0"])];
    let outcome = send(retry(3), Method::DELETE, &script).await;
    assert_eq!(outcome.status, Some(503));
    assert_eq!(outcome.methods, ["DELETE"; 4]);
    let outcome = send(retry(0), Method::GET, &script).await;
    assert_eq!(outcome.methods, ["GET"]);
}

#[tokio::test]
async fn a_get_whose_connection_closed_unanswered_is_retried() {
    let outcome = send(retry(2), Method::GET, &[Reply::Hang, OK]).await;
    assert_eq!(outcome.status, Some(200));
    assert_eq!(outcome.methods, ["GET", "GET"]);
}

#[tokio::test]
async fn a_post_whose_connection_closed_unanswered_is_not_retried() {
    let outcome = send(retry(2), Method::POST, &[Reply::Hang, OK]).await;
    assert_eq!(outcome.status, None);
    assert_eq!(outcome.methods, ["POST"]);
}
