//! axum's extractors, rejecting with problem details: [`Path`], [`Query`], [`Json`], [`Form`]
//! and [`Bytes`] take what axum's take and answer a refused request with a
//! [`rejection`](crate::respond::rejection) type instead of axum's `text/plain` body.

use core::ops::{Deref, DerefMut};

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::response::{IntoResponse, Response};
use http::request::Parts;

use crate::respond::rejection::{
    BodyRejection, FormRejection, JsonRejection, PathRejection, QueryRejection,
};

/// Writes what the five wrappers share: `Deref`, `DerefMut` and `From` of what they wrap.
macro_rules! wrapper {
    ($name:ident<$param:ident>, $inner:ty) => {
        impl<$param> Deref for $name<$param> {
            type Target = $inner;

            fn deref(&self) -> &$inner {
                &self.0
            }
        }

        impl<$param> DerefMut for $name<$param> {
            fn deref_mut(&mut self) -> &mut $inner {
                &mut self.0
            }
        }

        impl<$param> From<$inner> for $name<$param> {
            fn from(inner: $inner) -> Self {
                $name(inner)
            }
        }
    };
}

/// axum's `Path`, whose rejection is a [`PathRejection`]: `GET /items/abc` on a
/// `Path<u64>` answers 400 as problem details.
///
/// ```
/// use axum::{Router, routing::get};
/// use status_core::respond::axum::Path;
///
/// async fn get_item(Path(id): Path<u64>) -> String {
///     format!("item {id}")
/// }
///
/// let app: Router = Router::new().route("/items/{id}", get(get_item));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Path<T>(pub T);

wrapper!(Path<T>, T);

impl<T, S> FromRequestParts<S> for Path<T>
where
    axum::extract::Path<T>:
        FromRequestParts<S, Rejection = axum::extract::rejection::PathRejection>,
    S: Send + Sync,
{
    type Rejection = PathRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PathRejection> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Path(value)),
            Err(rejection) => Err(rejection.into()),
        }
    }
}

/// axum's `Query`, whose rejection is a [`QueryRejection`] (400).
///
/// ```
/// use axum::{Router, routing::get};
/// use status_core::respond::axum::Query;
///
/// #[derive(serde::Deserialize)]
/// struct Page {
///     page: u32,
/// }
///
/// async fn list(Query(page): Query<Page>) -> String {
///     format!("page {}", page.page)
/// }
///
/// let app: Router = Router::new().route("/items", get(list));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Query<T>(pub T);

wrapper!(Query<T>, T);

impl<T, S> FromRequestParts<S> for Query<T>
where
    axum::extract::Query<T>:
        FromRequestParts<S, Rejection = axum::extract::rejection::QueryRejection>,
    S: Send + Sync,
{
    type Rejection = QueryRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, QueryRejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Query(value)),
            Err(rejection) => Err(rejection.into()),
        }
    }
}

/// axum's `Json`, whose rejection is a [`JsonRejection`] (400 not JSON, 415 not
/// `application/json`, 422 not the shape, 413 too large); as a response, it is axum's.
///
/// ```
/// use axum::{Router, routing::post};
/// use status_core::respond::axum::Json;
///
/// #[derive(serde::Deserialize, serde::Serialize)]
/// struct NewItem {
///     name: String,
/// }
///
/// async fn create(Json(new): Json<NewItem>) -> Json<NewItem> {
///     Json(new)
/// }
///
/// let app: Router = Router::new().route("/items", post(create));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Json<T>(pub T);

wrapper!(Json<T>, T);

impl<T, S> FromRequest<S> for Json<T>
where
    axum::Json<T>: FromRequest<S, Rejection = axum::extract::rejection::JsonRejection>,
    S: Send + Sync,
{
    type Rejection = JsonRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, JsonRejection> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(Json(value)),
            Err(rejection) => Err(rejection.into()),
        }
    }
}

impl<T> IntoResponse for Json<T>
where
    axum::Json<T>: IntoResponse,
{
    /// axum's JSON response of the value.
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

/// axum's `Form`, whose rejection is a [`FormRejection`] (415, 400 for a `GET` form, 422 for
/// a body form, 413); as a response, it is axum's.
///
/// ```
/// use axum::{Router, routing::post};
/// use status_core::respond::axum::Form;
///
/// #[derive(serde::Deserialize)]
/// struct Login {
///     user: String,
/// }
///
/// async fn login(Form(login): Form<Login>) -> String {
///     login.user
/// }
///
/// let app: Router = Router::new().route("/login", post(login));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Form<T>(pub T);

wrapper!(Form<T>, T);

impl<T, S> FromRequest<S> for Form<T>
where
    axum::Form<T>: FromRequest<S, Rejection = axum::extract::rejection::FormRejection>,
    S: Send + Sync,
{
    type Rejection = FormRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, FormRejection> {
        match axum::Form::<T>::from_request(request, state).await {
            Ok(axum::Form(value)) => Ok(Form(value)),
            Err(rejection) => Err(rejection.into()),
        }
    }
}

impl<T> IntoResponse for Form<T>
where
    axum::Form<T>: IntoResponse,
{
    /// axum's form response of the value.
    fn into_response(self) -> Response {
        axum::Form(self.0).into_response()
    }
}

/// The whole body as bytes, as axum's `Bytes` extractor takes it, rejecting with a
/// [`BodyRejection`] (413 over the body limit, 400 unreadable).
///
/// ```
/// use axum::{Router, routing::post};
/// use status_core::respond::axum::Bytes;
///
/// async fn upload(Bytes(body): Bytes) -> String {
///     format!("{} bytes", body.len())
/// }
///
/// let app: Router = Router::new().route("/upload", post(upload));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bytes(pub axum::body::Bytes);

impl Deref for Bytes {
    type Target = axum::body::Bytes;

    fn deref(&self) -> &axum::body::Bytes {
        &self.0
    }
}

impl<S: Send + Sync> FromRequest<S> for Bytes {
    type Rejection = BodyRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, BodyRejection> {
        match axum::body::Bytes::from_request(request, state).await {
            Ok(bytes) => Ok(Bytes(bytes)),
            Err(rejection) => Err(rejection.into()),
        }
    }
}
