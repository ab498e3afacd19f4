//! Items `{"id": 1, "name": "first"}` in memory, and what can go wrong with them.
//!
//! [`ItemError`] is the services' only error type. Its mapping (`#[status]`, `#[header]`,
//! `#[problem]`) decides every error response, in each framework alike: `#[respond(...)]`
//! asks the derive for the frameworks' response traits.
//!
//! [`ItemStatus`] is the service's status contract, written once: `ItemError` is bound to it
//! (`#[contract(ItemStatus)]`), so an error mapped to a status outside it does not compile,
//! and the services' tests check every response on the wire against it.

use std::collections::BTreeMap;
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use status_core::HttpStatus;

/// The longest name an item may have, in characters.
pub const MAX_NAME_CHARS: usize = 64;

/// An item of the store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The id, given by the store.
    pub id: u64,
    /// The name, unique in the store.
    pub name: String,
}

/// The body of `POST /items`.
#[derive(Debug, Deserialize)]
pub struct NewItem {
    /// The name of the item to create.
    pub name: String,
}

/// One invalid field of a request, listed in the `errors` member of a 422 problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field's name in the request body.
    pub field: &'static str,
    /// What is wrong with it.
    pub message: String,
}

status_core::status_enum! {
    /// Every status the item service answers with: its successes and its errors.
    pub enum ItemStatus {
        Ok,
        Created,
        BadRequest,
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
#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(axum, actix_web, utoipa)]
#[contract(ItemStatus)]
pub enum ItemError {
    /// The id in the path is not a whole number.
    #[error("`{0}` is not an item id; ids are whole numbers")]
    #[status(BadRequest)]
    BadId(String),
    /// The request body is not the JSON object the route takes.
    #[error("the body is not a new item: {0}")]
    #[status(BadRequest)]
    BadBody(String),
    /// No item has this id.
    #[error("no item has the id {0}")]
    #[status(NotFound)]
    NoSuchItem(u64),
    /// The new item breaks the rules of its fields; `errors` lists each one.
    #[error("the new item has {} invalid field(s)", errors.len())]
    #[status(UnprocessableContent)]
    Invalid {
        /// The invalid fields.
        #[problem(extension)]
        errors: Vec<FieldError>,
    },
    /// An item with this name exists already.
    #[error("an item named `{0}` exists already")]
    #[status(Conflict)]
    DuplicateName(String),
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
    Internal(String),
}

/// What the upstream catalogue client fails with.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[contract(ItemStatus)]
pub enum CatalogError {
    /// The catalogue answered with something that is not a catalogue.
    #[error("the catalogue at {0} answered with something that is not a catalogue")]
    #[status(BadGateway)]
    BadAnswer(&'static str),
    /// The catalogue did not answer in time.
    #[error("the catalogue at {0} did not answer in time")]
    #[status(GatewayTimeout)]
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
            field: "name",
            message: "must not be empty".to_owned(),
        });
    } else if length > MAX_NAME_CHARS {
        errors.push(FieldError {
            field: "name",
            message: format!("must be at most {MAX_NAME_CHARS} characters, not {length}"),
        });
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ItemError::Invalid { errors })
    }
}

/// The id in a path, as the routes take it: text, so that a non-number is this service's own
/// error rather than the framework's.
///
/// # Errors
/// [`ItemError::BadId`] for anything but a whole number.
pub fn parse_id(text: &str) -> Result<u64, ItemError> {
    text.parse().map_err(|_| ItemError::BadId(text.to_owned()))
}

/// The body of `POST /items`.
///
/// # Errors
/// [`ItemError::BadBody`] when it is not a JSON object with a `name`.
pub fn parse_new_item(body: &[u8]) -> Result<NewItem, ItemError> {
    serde_json::from_slice(body).map_err(|error| ItemError::BadBody(error.to_string()))
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
        items.get(&id).cloned().ok_or(ItemError::NoSuchItem(id))
    }

    /// Validates `new` and stores it under the next id.
    ///
    /// # Errors
    /// [`ItemError::Invalid`], or [`ItemError::DuplicateName`] when the name is taken.
    pub fn create(&self, new: NewItem) -> Result<Item, ItemError> {
        validate(&new)?;
        let mut items = self.items.lock().unwrap_or_else(PoisonError::into_inner);
        if items.values().any(|item| item.name == new.name) {
            return Err(ItemError::DuplicateName(new.name));
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

/// The `OpenAPI` document of the item service's routes. Each operation's error responses are
/// [`ItemError`]'s, from its status mapping (`#[respond(utoipa)]`), beside its own success.
#[must_use]
pub fn openapi() -> utoipa::openapi::OpenApi {
    use utoipa::openapi::path::{
        HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn, PathItem,
    };
    use utoipa::openapi::request_body::RequestBodyBuilder;
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    use utoipa::openapi::{
        Content, InfoBuilder, OpenApiBuilder, PathsBuilder, Required, ResponseBuilder,
    };

    let item = || {
        ObjectBuilder::new()
            .property("id", ObjectBuilder::new().schema_type(Type::Integer))
            .property("name", ObjectBuilder::new().schema_type(Type::String))
            .required("id")
            .required("name")
    };
    let item_json = |description: &str| {
        ResponseBuilder::new()
            .description(description)
            .content("application/json", Content::new(Some(item())))
    };
    let id = ParameterBuilder::new()
        .name("id")
        .parameter_in(ParameterIn::Path)
        .required(Required::True)
        .description(Some("The item's id, a whole number."))
        .schema(Some(ObjectBuilder::new().schema_type(Type::Integer)))
        .build();
    let operation = |id_param: bool| {
        if id_param {
            OperationBuilder::new().parameter(id.clone())
        } else {
            OperationBuilder::new()
        }
    };
    let errors = |operation: OperationBuilder| {
        let mut operation = operation;
        for (code, response) in <ItemError as utoipa::IntoResponses>::responses() {
            operation = operation.response(code, response);
        }
        operation.build()
    };
    let new_item = RequestBodyBuilder::new()
        .content(
            "application/json",
            Content::new(Some(
                ObjectBuilder::new()
                    .property("name", ObjectBuilder::new().schema_type(Type::String))
                    .required("name"),
            )),
        )
        .required(Some(Required::True))
        .build();
    let paths = PathsBuilder::new()
        .path(
            "/items/{id}",
            PathItem::new(
                HttpMethod::Get,
                errors(
                    operation(true)
                        .summary(Some("The item with this id"))
                        .response("200", item_json("The item.")),
                ),
            ),
        )
        .path(
            "/items/{id}",
            PathItem::new(
                HttpMethod::Put,
                errors(operation(true).summary(Some("Items are immutable: always 405"))),
            ),
        )
        .path(
            "/items",
            PathItem::new(
                HttpMethod::Post,
                errors(
                    operation(false)
                        .summary(Some("Creates an item"))
                        .request_body(Some(new_item))
                        .response("201", item_json("The new item; Location names it.")),
                ),
            ),
        );
    let paths = ["/admin", "/limited", "/upstream", "/boom"]
        .into_iter()
        .fold(paths, |paths, path| {
            paths.path(
                path,
                PathItem::new(
                    HttpMethod::Get,
                    errors(operation(false).summary(Some("Always fails, to show an error"))),
                ),
            )
        });
    OpenApiBuilder::new()
        .info(InfoBuilder::new().title("items").version("0.1.0"))
        .paths(paths)
        .build()
}
