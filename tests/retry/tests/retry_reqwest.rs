//! reqwest 0.13's retry policy with status-core's classifier
//! (`status_core::retry::reqwest::BuilderExt::classify_status`), through a real client and a
//! scripted server on 127.0.0.1: what is retried, what is not, and that the count is bounded;
//! and `status_core::retry::reqwest::decide` on a real response.

mod support;

use std::time::Duration;

use status_core::retry::reqwest::{BuilderExt as _, decide};
use status_core::retry::{RetryPolicy, RetryReason, RetryVerdict};
use support::{EXCHANGE, Reply, Server};

/// A client whose retries on 127.0.0.1 are classified by status-core, at most `retries` per
/// request, each request bounded in time.
fn client(retries: u32) -> reqwest::Client {
    let retry = reqwest::retry::for_host("127.0.0.1")
        .max_retries_per_request(retries)
        .classify_status(RetryPolicy::new());
    reqwest::Client::builder()
        .retry(retry)
        .timeout(EXCHANGE)
        .build()
        .expect("a client")
}

/// Sends one `method` request through `client` to a server following `script`, and returns
/// the final status (or `None` for an error) and the methods the server received.
async fn send(
    client: &reqwest::Client,
    method: reqwest::Method,
    script: &[Reply],
) -> (Option<u16>, Vec<String>) {
    let server = Server::start(script).await;
    let request = client.request(method, server.url("/items/7")).body("{}");
    let result = tokio::time::timeout(EXCHANGE, request.send())
        .await
        .expect("the exchange ends in time");
    let status = result.ok().map(|response| response.status().as_u16());
    let methods = server.methods();
    server.stop().await;
    (status, methods)
}

const BUSY: Reply = Reply::Status(503, &["Retry-After: 1"]);
const OK: Reply = Reply::Status(200, &[]);

#[tokio::test]
async fn a_503_with_retry_after_on_a_get_is_retried_until_200() {
    let (status, methods) = send(&client(2), reqwest::Method::GET, &[BUSY, OK]).await;
    assert_eq!(status, Some(200));
    assert_eq!(methods, ["GET", "GET"]);
}

#[tokio::test]
async fn a_501_is_never_retried() {
    let script = [Reply::Status(501, &["Retry-After: 1"]), OK];
    let (status, methods) = send(&client(2), reqwest::Method::GET, &script).await;
    assert_eq!(status, Some(501));
    assert_eq!(methods, ["GET"]);
}

#[tokio::test]
async fn a_post_answered_503_is_not_retried() {
    let (status, methods) = send(&client(2), reqwest::Method::POST, &[BUSY, OK]).await;
    assert_eq!(status, Some(503));
    assert_eq!(methods, ["POST"]);
}

#[tokio::test]
async fn a_post_answered_425_is_retried() {
    let script = [Reply::Status(425, &[]), OK];
    let (status, methods) = send(&client(2), reqwest::Method::POST, &script).await;
    assert_eq!(status, Some(200));
    assert_eq!(methods, ["POST", "POST"]);
}

#[tokio::test]
async fn a_500_is_not_retried() {
    let script = [Reply::Status(500, &[]), OK];
    let (status, methods) = send(&client(2), reqwest::Method::GET, &script).await;
    assert_eq!(status, Some(500));
    assert_eq!(methods, ["GET"]);
}

#[tokio::test]
async fn retries_stop_at_the_client_s_count() {
    let (status, methods) = send(&client(2), reqwest::Method::PUT, &[BUSY]).await;
    assert_eq!(status, Some(503));
    assert_eq!(methods, ["PUT", "PUT", "PUT"]);
}

#[tokio::test]
async fn a_get_whose_connection_closed_unanswered_is_retried() {
    let (status, methods) = send(&client(2), reqwest::Method::GET, &[Reply::Hang, OK]).await;
    assert_eq!(status, Some(200));
    assert_eq!(methods, ["GET", "GET"]);
}

#[tokio::test]
async fn a_post_whose_connection_closed_unanswered_is_not_retried() {
    let (status, methods) = send(&client(2), reqwest::Method::POST, &[Reply::Hang, OK]).await;
    assert_eq!(status, None);
    assert_eq!(methods, ["POST"]);
}

#[tokio::test]
async fn decide_reads_retry_after_against_the_response_s_date() {
    let server = Server::start(&[Reply::Status(
        503,
        &[
            "Date: Sun, 06 Nov 1994 08:49:37 GMT",
            "Retry-After: Sun, 06 Nov 1994 08:49:40 GMT",
        ],
    )])
    .await;
    let plain = reqwest::Client::builder()
        .retry(reqwest::retry::never())
        .timeout(EXCHANGE)
        .build()
        .expect("a client");
    let response = plain
        .get(server.url("/items/7"))
        .send()
        .await
        .expect("an answer");
    server.stop().await;
    let decision = decide(&RetryPolicy::new(), &reqwest::Method::GET, &response);
    assert_eq!(
        decision.verdict,
        RetryVerdict::After(Duration::from_secs(3))
    );
    assert_eq!(decision.reason, RetryReason::MaySucceed);
    let decision = decide(&RetryPolicy::new(), &reqwest::Method::DELETE, &response);
    assert_eq!(
        decision.verdict,
        RetryVerdict::After(Duration::from_secs(3))
    );
    let decision = decide(&RetryPolicy::new(), &reqwest::Method::PATCH, &response);
    assert_eq!(decision.reason, RetryReason::NotIdempotent);
}
