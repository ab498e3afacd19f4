//! A typed client of the item service, on reqwest 0.13: each route is a method, a success is
//! its typed body, and an error response is read back into the service's own [`ItemError`]
//! (`#[respond(decode)]`), so a caller matches on the same variants the service answers with.
//!
//! What `ItemError` does not describe (a server error whose detail stays on the server, a
//! rejection of the framework, a status no variant has) is kept whole as an [`Undecoded`]:
//! the status, how a client must treat it (RFC 9110 §15) and the problem body.
//!
//! Retries are reqwest's own (`reqwest::retry`), classified by status-core's retry decision
//! (`classify_status`): a 429, 502, 503 or 504 to a `GET` is sent again, at most twice; a 500
//! or a 501 never is, and neither is a `POST` the server may have acted on.
//!
//! ```no_run
//! # async fn run() -> Result<(), item_services::client::ClientError> {
//! use item_services::client::{ClientError, ItemClient};
//! use item_services::items::ItemError;
//!
//! let client = ItemClient::new("http://127.0.0.1:8080")?;
//! match client.get(999).await {
//!     Err(ClientError::Item(ItemError::NoSuchItem { id })) => println!("no item {id}"),
//!     other => println!("{other:?}"),
//! }
//! # Ok(())
//! # }
//! ```

use std::time::Duration;

use reqwest::{Method, Response};
use serde::de::DeserializeOwned;
use status_core::decode::{Decode as _, Undecoded};
use status_core::retry::RetryPolicy;
use status_core::retry::reqwest::BuilderExt as _;

use crate::items::{Item, ItemError, NewItem};

/// How long one request may take, connection and retries included.
const TIMEOUT: Duration = Duration::from_secs(10);

/// How many times one request is sent again, at most.
const RETRIES: u32 = 2;

/// What a call of the client fails with.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The service answered with one of its errors, read back.
    #[error(transparent)]
    Item(#[from] ItemError),
    /// The service answered with an error `ItemError` does not describe, kept whole.
    #[error(transparent)]
    Other(#[from] Undecoded),
    /// No answer: the connection failed, or the request took longer than the client waits.
    #[error("no answer from the item service: {0}")]
    Transport(#[from] reqwest::Error),
    /// A success whose body is not what the route documents.
    #[error(
        "the item service answered {status} with a body that is not what the route documents: {error}"
    )]
    Body {
        /// The status of the response.
        status: u16,
        /// Why the body does not read.
        error: serde_json::Error,
    },
}

/// A client of the item service at one address.
#[derive(Clone, Debug)]
pub struct ItemClient {
    http: reqwest::Client,
    base: String,
}

impl ItemClient {
    /// A client of the service at `base` (`http://127.0.0.1:8080`), with reqwest's retries
    /// classified by status-core's [`RetryPolicy`] for that host.
    ///
    /// # Errors
    /// When reqwest cannot build its client.
    pub fn new(base: impl Into<String>) -> Result<Self, reqwest::Error> {
        Self::with_builder(base, reqwest::Client::builder())
    }

    /// [`ItemClient::new`] from a reqwest builder with settings of the caller's (a proxy, or
    /// none: `reqwest::Client::builder().no_proxy()`); the timeout and retries are set on it.
    ///
    /// # Errors
    /// When reqwest cannot build its client.
    pub fn with_builder(
        base: impl Into<String>,
        builder: reqwest::ClientBuilder,
    ) -> Result<Self, reqwest::Error> {
        let base = base.into();
        let host = base
            .split("://")
            .nth(1)
            .and_then(|rest| rest.split([':', '/']).next())
            .unwrap_or_default()
            .to_owned();
        let retries = reqwest::retry::for_host(host)
            .max_retries_per_request(RETRIES)
            .classify_status(RetryPolicy::new());
        let http = builder.timeout(TIMEOUT).retry(retries).build()?;
        Ok(ItemClient { http, base })
    }

    /// `GET /items/{id}`: the item with this id.
    ///
    /// # Errors
    /// [`ItemError::NoSuchItem`], or as [`ClientError`] says.
    pub async fn get(&self, id: u64) -> Result<Item, ClientError> {
        self.call(Method::GET, &format!("/items/{id}"), None).await
    }

    /// `POST /items`: creates an item named `name`.
    ///
    /// # Errors
    /// [`ItemError::Invalid`] with each broken rule, [`ItemError::DuplicateName`], or as
    /// [`ClientError`] says.
    pub async fn create(&self, name: &str) -> Result<Item, ClientError> {
        let body = serde_json::json!(NewItem {
            name: name.to_owned()
        });
        self.call(Method::POST, "/items", Some(body)).await
    }

    /// `PUT /items/{id}`, which the service refuses: items are immutable.
    ///
    /// # Errors
    /// [`ItemError::Immutable`], or as [`ClientError`] says.
    pub async fn replace(&self, id: u64, name: &str) -> Result<Item, ClientError> {
        let body = serde_json::json!(NewItem {
            name: name.to_owned()
        });
        self.call(Method::PUT, &format!("/items/{id}"), Some(body))
            .await
    }

    /// `GET {path}` of a route that answers text: `/admin`, `/limited`, `/boom`.
    ///
    /// # Errors
    /// The route's error, as [`ClientError`] says.
    pub async fn text(&self, path: &str) -> Result<String, ClientError> {
        let response = self.send(Method::GET, path, None).await?;
        Ok(response.text().await?)
    }

    /// `GET /upstream`: the catalogue's items.
    ///
    /// # Errors
    /// A 502 or 504 of the catalogue, whose details stay on the server: [`ClientError::Other`].
    pub async fn upstream(&self) -> Result<Vec<Item>, ClientError> {
        self.call(Method::GET, "/upstream", None).await
    }

    /// Sends a request and reads a success's JSON body as `T`.
    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Result<T, ClientError> {
        let response = self.send(method, path, body).await?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await?;
        serde_json::from_slice(&bytes).map_err(|error| ClientError::Body { status, error })
    }

    /// Sends a request; an error response (4xx, 5xx) becomes the [`ItemError`] it reads as,
    /// or an [`Undecoded`].
    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Result<Response, ClientError> {
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        if let Some(body) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.to_string());
        }
        let response = request.send().await?;
        let status = response.status();
        if !(status.is_client_error() || status.is_server_error()) {
            return Ok(response);
        }
        let headers = response.headers().clone();
        let body = response.bytes().await?;
        Err(
            match ItemError::from_response(status.as_u16(), headers.iter(), &body) {
                Ok(error) => ClientError::Item(error),
                Err(undecoded) => ClientError::Other(undecoded),
            },
        )
    }
}
