//! Items `{"id": 1, "name": "first"}` in memory, and what can go wrong with them.
//!
//! [`ItemError`] is the services' only error type. Its mapping (`#[status]`, `#[header]`,
//! `#[problem]`) decides every error response, in each framework alike: `#[respond(...)]`
//! asks the derive for the frameworks' response traits.
//!
//! [`ItemStatus`] is the status contract of the whole service: `ItemError` is bound to it
//! (`#[contract(ItemStatus)]`), so an error mapped to a status outside it does not compile.
//! Each route narrows it in [`routes`]: what the route answers, which its `OpenAPI` operation
//! documents (`Problems<routes::GetItemErrors, (PathRejection, ItemError)>`) and the conformance
//! layer checks on the wire.
//!
//! What the frameworks' extractors refuse (a path that is not a number, a body that is not a
//! new item) is not `ItemError`'s: status-core's rejection types answer it
//! ([`status_core::respond::rejection`]), the same on both frameworks.

use std::collections::BTreeMap;
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use status_core::HttpStatus;

/// The longest name an item may have, in characters.
pub const MAX_NAME_CHARS: usize = 64;

/// The largest request body the services read, in bytes: a larger one is answered 413.
pub const BODY_LIMIT: usize = 64 * 1024;

/// An item of the store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Item {
    /// The id, given by the store.
    pub id: u64,
    /// The name, unique in the store.
    pub name: String,
}

/// The body of `POST /items`.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NewItem {
    /// The name of the item to create.
    pub name: String,
}

/// One invalid field of a request, listed in the `errors` member of a 422 problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field's name in the request body.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

status_core::status_enum! {
    /// Every status the item service answers with: its successes and its errors.
    pub enum ItemStatus {
        Ok,
        Created,
        Unauthorized,
        NotFound,
        MethodNotAllowed,
        Conflict,
        UnprocessableContent,
        TooManyRequests,
        InternalServerError,
        BadGateway,
        GatewayTimeout,
    }
}

/// Everything a request to the item service can fail with.
///
/// The services answer with it (`#[respond(axum, actix_web, utoipa)]`) and the client
/// ([`crate::client`]) reads it back (`#[respond(decode)]`): each field is on the wire, as an
/// extension member of the problem body or a header field, except in the server errors, whose
/// details stay on the server.
#[derive(Debug, PartialEq, Eq, thiserror::Error, HttpStatus)]
#[respond(axum, actix_web, utoipa, decode)]
#[contract(ItemStatus)]
pub enum ItemError {
    /// No item has this id.
    #[error("no item has the id {id}")]
    #[status(NotFound)]
    NoSuchItem {
        /// The id asked for.
        #[problem(extension)]
        id: u64,
    },
    /// The new item breaks the rules of its fields; `errors` lists each one.
    #[error("the new item has {} invalid field(s)", errors.len())]
    #[status(UnprocessableContent)]
    Invalid {
        /// The invalid fields.
        #[problem(extension)]
        errors: Vec<FieldError>,
    },
    /// An item with this name exists already.
    #[error("an item named `{name}` exists already")]
    #[status(Conflict)]
    DuplicateName {
        /// The name taken.
        #[problem(extension)]
        name: String,
    },
    /// Items cannot be changed once created.
    #[error("items are immutable; create a new one instead")]
    #[status(MethodNotAllowed)]
    #[header(allow = "GET")]
    Immutable,
    /// The request has no valid bearer token.
    #[error("this resource needs a bearer token")]
    #[status(Unauthorized)]
    #[header(www_authenticate = "Bearer realm=\"items\"")]
    Unauthenticated,
    /// The client sent too many requests; it may retry after `retry_after_secs` seconds.
    #[error("too many requests; retry in {retry_after_secs} seconds")]
    #[status(TooManyRequests)]
    RateLimited {
        /// Seconds until the client may retry.
        #[header(retry_after)]
        retry_after_secs: u64,
    },
    /// The upstream catalogue failed.
    #[error(transparent)]
    #[status(transparent)]
    Catalog(#[from] CatalogError),
    /// Something failed inside the service.
    #[error("internal failure: {0}")]
    #[status(InternalServerError)]
    #[problem(skip_decode)]
    Internal(String),
}

/// What the upstream catalogue client fails with. Its addresses stay on the server: a
/// client reads its statuses, not its values (`skip_decode`).
#[derive(Debug, PartialEq, Eq, thiserror::Error, HttpStatus)]
#[respond(decode)]
#[contract(ItemStatus)]
pub enum CatalogError {
    /// The catalogue answered with something that is not a catalogue.
    #[error("the catalogue at {0} answered with something that is not a catalogue")]
    #[status(BadGateway)]
    #[problem(skip_decode)]
    BadAnswer(&'static str),
    /// The catalogue did not answer in time.
    #[error("the catalogue at {0} did not answer in time")]
    #[status(GatewayTimeout)]
    #[problem(skip_decode)]
    Timeout(&'static str),
}

/// The upstream catalogue, which in this example always answers garbage.
///
/// # Errors
/// Always [`CatalogError::BadAnswer`].
pub fn fetch_catalogue() -> Result<Vec<Item>, CatalogError> {
    Err(CatalogError::BadAnswer("http://catalogue.internal:7000/v1"))
}

/// The service's database connection, which in this example always refuses its credentials.
///
/// # Errors
/// Always [`ItemError::Internal`], whose message names the credentials.
pub fn connect_database() -> Result<(), ItemError> {
    Err(ItemError::Internal(
        "the database refused the credentials secret-token-123".to_owned(),
    ))
}

/// The rules of a new item's fields.
///
/// # Errors
/// [`ItemError::Invalid`] listing each broken rule.
pub fn validate(new: &NewItem) -> Result<(), ItemError> {
    let mut errors = Vec::new();
    let length = new.name.chars().count();
    if new.name.trim().is_empty() {
        errors.push(FieldError {
            field: "name".to_owned(),
            message: "must not be empty".to_owned(),
        });
    } else if length > MAX_NAME_CHARS {
        errors.push(FieldError {
            field: "name".to_owned(),
            message: format!("must be at most {MAX_NAME_CHARS} characters, not {length}"),
        });
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ItemError::Invalid { errors })
    }
}

/// The in-memory store, safe to share between requests.
#[derive(Debug)]
pub struct Store {
    items: Mutex<BTreeMap<u64, Item>>,
}

impl Default for Store {
    /// A store holding item 1, named `first`.
    fn default() -> Self {
        let first = Item {
            id: 1,
            name: "first".to_owned(),
        };
        Store {
            items: Mutex::new(BTreeMap::from([(first.id, first)])),
        }
    }
}

impl Store {
    /// The item with `id`.
    ///
    /// # Errors
    /// [`ItemError::NoSuchItem`].
    pub fn get(&self, id: u64) -> Result<Item, ItemError> {
        let items = self.items.lock().unwrap_or_else(PoisonError::into_inner);
        items.get(&id).cloned().ok_or(ItemError::NoSuchItem { id })
    }

    /// Validates `new` and stores it under the next id.
    ///
    /// # Errors
    /// [`ItemError::Invalid`], or [`ItemError::DuplicateName`] when the name is taken.
    pub fn create(&self, new: NewItem) -> Result<Item, ItemError> {
        validate(&new)?;
        let mut items = self.items.lock().unwrap_or_else(PoisonError::into_inner);
        if items.values().any(|item| item.name == new.name) {
            return Err(ItemError::DuplicateName { name: new.name });
        }
        let id = items.keys().next_back().map_or(1, |last| last + 1);
        let item = Item { id, name: new.name };
        items.insert(id, item.clone());
        Ok(item)
    }
}

/// The address to bind: the `BIND` environment variable, or `127.0.0.1:8080`.
#[must_use]
pub fn bind_address() -> String {
    std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:8080".to_owned())
}

/// Sends `tracing` events, such as the details status-core withholds from 5xx responses, to
/// stderr.
pub fn log_to_stderr() {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
}

/// The error statuses each route of the item service answers with: one enum per route,
/// which its `OpenAPI` operation narrows its error types to
/// (`Problems<routes::GetItemErrors, (PathRejection, ItemError)>`) and the conformance layer
/// then reads from the document. The route's successes are stated once too, in its
/// `#[utoipa::path]`, with their body's schema.
pub mod routes {
    status_core::status_enum! {
        /// `GET /items/{id}`: a path that is not an id; no such item.
        pub enum GetItemErrors { BadRequest, NotFound }
    }

    status_core::status_enum! {
        /// `POST /items`: a body that is not a valid new item, too large or not JSON; a name
        /// taken.
        pub enum CreateItemErrors {
            BadRequest,
            Conflict,
            ContentTooLarge,
            UnsupportedMediaType,
            UnprocessableContent,
        }
    }

    status_core::status_enum! {
        /// `PUT /items/{id}`: items are immutable.
        pub enum ReplaceItemErrors { MethodNotAllowed }
    }

    status_core::status_enum! {
        /// `GET /admin`: no bearer token.
        pub enum AdminErrors { Unauthorized }
    }

    status_core::status_enum! {
        /// `GET /limited`: too many requests.
        pub enum LimitedErrors { TooManyRequests }
    }

    status_core::status_enum! {
        /// `GET /upstream`: the catalogue's failures.
        pub enum UpstreamErrors { BadGateway, GatewayTimeout }
    }

    status_core::status_enum! {
        /// `GET /boom`: a failure inside the service.
        pub enum BoomErrors { InternalServerError }
    }
}

/// The parts of the services' `OpenAPI` document that no route states: its title and the
/// `Problem` schema that every error response refers to.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(title = "items", version = "0.1.0"),
    components(schemas(status_core::problem::Problem))
)]
pub struct ApiDoc;
