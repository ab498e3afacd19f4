//! utoipa 6: the error responses of a type, documented for `OpenAPI` from its status
//! contract.
//!
//! `#[respond(utoipa)]` on a type that derives [`HttpStatus`](derive@crate::HttpStatus)
//! implements `utoipa::IntoResponses` for it with [`responses`]: each status the type can
//! produce once (transparent variants contribute their field type's statuses), described by
//! its reason phrase and the doc comment of every variant that produces it, with the header
//! fields the mapping supplies and the `application/problem+json` content, whose schema is a
//! reference to the one component `Problem` ([`Problem`]'s `ToSchema`; register it once with
//! `components(schemas(Problem))`).
//!
//! A route rarely produces every status of its error type: [`Problems`] narrows a contract to
//! the statuses a route lists, for `#[utoipa::path(responses(...))]`, so that each operation
//! documents what its route answers and nothing else.
//!
//! ```
//! use status_core::HttpStatus;
//! use utoipa::IntoResponses;
//!
//! #[derive(Debug, thiserror::Error, HttpStatus)]
//! #[respond(utoipa)]
//! enum ItemError {
//!     /// No item has this id.
//!     #[error("no item {0}")]
//!     #[status(404)]
//!     NotFound(u64),
//!     /// The item was deleted.
//!     #[error("item {0} is gone")]
//!     #[status(404)]
//!     Deleted(u64),
//!     /// The request has no valid token.
//!     #[error("a bearer token is needed")]
//!     #[status(401)]
//!     #[header(www_authenticate = "Bearer")]
//!     Unauthenticated,
//! }
//!
//! let responses = ItemError::responses();
//! assert_eq!(responses.keys().collect::<Vec<_>>(), ["401", "404"]);
//! let utoipa::openapi::RefOr::T(not_found) = &responses["404"] else { unreachable!() };
//! assert_eq!(not_found.description, "Not Found:\n\n- No item has this id.\n- The item was deleted.");
//! let utoipa::openapi::RefOr::T(unauthorized) = &responses["401"] else { unreachable!() };
//! assert!(unauthorized.headers.contains_key("WWW-Authenticate"));
//! ```

use alloc::borrow::ToOwned;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use core::marker::PhantomData;

use utoipa::openapi::header::Header;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{AllOfBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::{Content, Ref, RefOr};

use crate::problem::{PROBLEM_JSON, Problem};
use crate::{Outcome, StatusContract};

/// The responses of an `OpenAPI` operation, keyed by status code, as utoipa's
/// `IntoResponses::responses` returns them.
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::respond::utoipa::{Responses, responses};
///
/// #[derive(Debug, HttpStatus)]
/// enum ItemError {
///     /// No item has this id.
///     #[status(404)]
///     NoSuchItem,
///     /// The store is down.
///     #[status(503)]
///     StoreDown,
/// }
///
/// let documented: Responses = responses::<ItemError>();
/// assert_eq!(documented.keys().collect::<Vec<_>>(), ["404", "503"]);
/// ```
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// One status of a contract, gathered from its outcomes.
struct Entry<'e> {
    reason: Option<&'static str>,
    lines: Vec<String>,
    headers: Vec<&'static str>,
    /// The extension members its outcomes send.
    members: Vec<&'e ExtensionSchema>,
}

/// How a response's description names what produces its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Naming {
    /// The variants' doc comments, the words a client reads.
    Docs,
    /// Each doc comment after the variant's Rust path (`` `ItemError::Deleted`: … ``).
    RustPaths,
}

/// The `OpenAPI` responses of every status `T` can produce, keyed by code, each once,
/// described by the doc comments of the variants that produce it. Called by the
/// `IntoResponses` impl that `#[respond(utoipa)]` writes.
///
/// ```
/// use status_core::HttpStatus;
///
/// #[derive(Debug, HttpStatus)]
/// enum LoginError {
///     /// Too many attempts.
///     #[status(429)]
///     #[header(retry_after = "60")]
///     Throttled,
/// }
///
/// let responses = status_core::respond::utoipa::responses::<LoginError>();
/// let utoipa::openapi::RefOr::T(throttled) = &responses["429"] else { unreachable!() };
/// assert_eq!(throttled.description, "Too Many Requests: Too many attempts.");
/// assert!(throttled.headers.contains_key("Retry-After"));
/// assert!(throttled.content.contains_key("application/problem+json"));
/// ```
#[must_use]
pub fn responses<T: StatusContract + ?Sized>() -> Responses {
    build(T::visit_statuses, &[], Naming::Docs, |_| true)
}

/// [`responses`], with each variant's Rust path before its doc comment, for a document read
/// by the service's own developers (`` - `ItemError::Deleted`: The item was deleted. ``).
///
/// ```
/// use status_core::HttpStatus;
///
/// #[derive(Debug, HttpStatus)]
/// enum LoginError {
///     /// Too many attempts.
///     #[status(429)]
///     Throttled,
/// }
///
/// let responses = status_core::respond::utoipa::responses_naming_variants::<LoginError>();
/// let utoipa::openapi::RefOr::T(throttled) = &responses["429"] else { unreachable!() };
/// assert_eq!(
///     throttled.description,
///     "Too Many Requests:\n\n- `LoginError::Throttled`: Too many attempts.",
/// );
/// ```
#[must_use]
pub fn responses_naming_variants<T: StatusContract + ?Sized>() -> Responses {
    build(T::visit_statuses, &[], Naming::RustPaths, |_| true)
}

/// The error responses of `E` that the route contract `C` lists, for
/// `#[utoipa::path(responses(...))]`: the statuses of `C` are those the route can answer, and
/// `E` (a type, or a tuple of types such as `(PathRejection, ItemError)`) says why and with
/// which header fields and extension members. A status of `E` that `C` does not list is left
/// out of the operation; a status of `C` that `E` does not produce (a success) is the route's
/// to document. `E` lists its extension members' schemas ([`ExtensionSchemas`]): it has
/// `#[respond(utoipa)]`, or is a rejection type of status-core.
///
/// ```
/// use status_core::respond::PathRejection;
/// use status_core::respond::utoipa::Problems;
/// use status_core::HttpStatus;
/// use utoipa::IntoResponses;
///
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[respond(utoipa)]
/// enum ItemError {
///     /// No item has this id.
///     #[error("no item {0}")]
///     #[status(NotFound)]
///     NoSuchItem(u64),
///     /// An item with this name exists already.
///     #[error("duplicate name")]
///     #[status(Conflict)]
///     DuplicateName,
/// }
///
/// status_core::status_enum! {
///     /// The errors `GET /items/{id}` answers with.
///     enum GetItemErrors { BadRequest, NotFound }
/// }
///
/// // In `#[utoipa::path(get, path = "/items/{id}", responses(
/// //     (status = 200, body = Item), Problems<GetItemErrors, (PathRejection, ItemError)>))]`:
/// let responses = Problems::<GetItemErrors, (PathRejection, ItemError)>::responses();
/// assert_eq!(responses.keys().collect::<Vec<_>>(), ["400", "404"]);
/// ```
pub struct Problems<C: ?Sized, E: ?Sized>(PhantomData<C>, PhantomData<E>);

impl<C: StatusContract + ?Sized, E: StatusContract + ExtensionSchemas + ?Sized>
    utoipa::IntoResponses for Problems<C, E>
{
    /// `E`'s responses whose status `C` lists.
    fn responses() -> Responses {
        let mut listed = Vec::new();
        C::visit_statuses(&mut |outcome: &Outcome| listed.push(outcome.status.code()));
        build(
            E::visit_statuses,
            &extension_schemas::<E>(),
            Naming::Docs,
            |code| listed.contains(&code),
        )
    }
}

/// [`responses`] with the schema of each extension member the variants send, which
/// `#[respond(utoipa)]` states ([`ExtensionSchemas`]): the `IntoResponses` it writes calls it.
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::respond::utoipa::responses_with_extensions;
/// use utoipa::openapi::RefOr;
///
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[respond(utoipa)]
/// enum FormError {
///     /// The form breaks its rules; `errors` lists each one.
///     #[error("invalid form")]
///     #[status(422)]
///     Invalid {
///         #[problem(extension)]
///         errors: Vec<String>,
///     },
/// }
///
/// let responses = responses_with_extensions::<FormError>();
/// let RefOr::T(invalid) = &responses["422"] else { unreachable!() };
/// let body = serde_json::to_value(&invalid.content["application/problem+json"]).unwrap();
/// assert!(body.to_string().contains("errors"));
/// ```
#[must_use]
pub fn responses_with_extensions<T: StatusContract + ExtensionSchemas + ?Sized>() -> Responses {
    build(
        T::visit_statuses,
        &extension_schemas::<T>(),
        Naming::Docs,
        |_| true,
    )
}

/// One extension member of a problem body: who sends it and its schema.
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::respond::utoipa::{ExtensionSchema, ExtensionSchemas};
///
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[respond(utoipa)]
/// enum PaymentError {
///     /// The account has too little credit.
///     #[error("your balance is {balance}")]
///     #[status(403)]
///     OutOfCredit {
///         #[problem(extension)]
///         balance: u32,
///     },
/// }
///
/// let mut seen = Vec::new();
/// PaymentError::visit_extension_schemas(&mut |extension: &ExtensionSchema| {
///     seen.push((extension.type_name, extension.variant, extension.member));
/// });
/// assert_eq!(seen, [("PaymentError", "OutOfCredit", "balance")]);
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct ExtensionSchema {
    /// The type whose variant sends the member, as [`Outcome::type_name`] names it.
    pub type_name: &'static str,
    /// The variant, as [`Outcome::variant`] names it; empty for a struct.
    pub variant: &'static str,
    /// The member's name in the body (`errors`).
    pub member: &'static str,
    /// The schema of its value: the field's `utoipa::PartialSchema`.
    pub schema: RefOr<Schema>,
}

impl core::fmt::Debug for ExtensionSchema {
    /// Who sends the member, and its name; utoipa's schemas are `Debug` only with its
    /// `debug` feature.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ExtensionSchema")
            .field("type_name", &self.type_name)
            .field("variant", &self.variant)
            .field("member", &self.member)
            .finish_non_exhaustive()
    }
}

/// The extension members a type's problem bodies carry, with their schemas: written by
/// `#[respond(utoipa)]`, from the fields marked `#[problem(extension)]` (a field's type
/// implements `utoipa::ToSchema`); read by [`Problems`] to document them in the statuses that
/// carry them. A transparent variant's own members are its field type's, not listed here.
///
/// ```
/// use status_core::HttpStatus;
/// use status_core::respond::utoipa::ExtensionSchemas;
///
/// #[derive(Debug, thiserror::Error, HttpStatus)]
/// #[respond(utoipa)]
/// enum FormError {
///     /// The form breaks its rules; `errors` lists each one.
///     #[error("invalid form")]
///     #[status(422)]
///     Invalid {
///         #[problem(extension)]
///         errors: Vec<String>,
///     },
/// }
///
/// let mut members = Vec::new();
/// FormError::visit_extension_schemas(&mut |extension| members.push(extension.member));
/// assert_eq!(members, ["errors"]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not list the extension members of its problem bodies",
    label = "no `ExtensionSchemas` for `{Self}`",
    note = "add `#[respond(utoipa)]` to `{Self}`, which derives `HttpStatus`"
)]
pub trait ExtensionSchemas {
    /// Calls `visit` once for each extension member of each variant.
    ///
    /// ```
    /// use status_core::HttpStatus;
    /// use status_core::respond::utoipa::ExtensionSchemas;
    ///
    /// #[derive(Debug, thiserror::Error, HttpStatus)]
    /// #[respond(utoipa)]
    /// #[error("quota exceeded")]
    /// #[status(429)]
    /// struct QuotaExceeded {
    ///     #[problem(extension)]
    ///     limit: u32,
    ///     #[problem(extension = "resets_at")]
    ///     reset: String,
    /// }
    ///
    /// let mut members = Vec::new();
    /// QuotaExceeded::visit_extension_schemas(&mut |extension| members.push(extension.member));
    /// assert_eq!(members, ["limit", "resets_at"]);
    /// ```
    fn visit_extension_schemas(visit: &mut dyn FnMut(&ExtensionSchema));
}

/// The union: each member's extension members, in order.
macro_rules! extension_schemas_of_tuple {
    ($($member:ident),+) => {
        impl<$($member: ExtensionSchemas),+> ExtensionSchemas for ($($member,)+) {
            fn visit_extension_schemas(visit: &mut dyn FnMut(&ExtensionSchema)) {
                $($member::visit_extension_schemas(visit);)+
            }
        }
    };
}

extension_schemas_of_tuple!(A);
extension_schemas_of_tuple!(A, B);
extension_schemas_of_tuple!(A, B, C);
extension_schemas_of_tuple!(A, B, C, D);

/// The extension members of `T`, gathered.
fn extension_schemas<T: ExtensionSchemas + ?Sized>() -> Vec<ExtensionSchema> {
    let mut schemas = Vec::new();
    T::visit_extension_schemas(&mut |schema| schemas.push(schema.clone()));
    schemas
}

/// The responses of the outcomes `visit` gives whose code `keep` accepts; a status whose
/// outcomes send extension members (in `extensions`) has them in its schema, beside the
/// `Problem` it refers to.
fn build(
    visit: crate::__private::contract_check::VisitStatuses,
    extensions: &[ExtensionSchema],
    naming: Naming,
    keep: impl Fn(u16) -> bool,
) -> Responses {
    let mut entries: BTreeMap<u16, Entry<'_>> = BTreeMap::new();
    visit(&mut |outcome: &Outcome| {
        let code = outcome.status.code();
        if !keep(code) {
            return;
        }
        let entry = entries.entry(code).or_insert_with(|| Entry {
            reason: outcome
                .meaning
                .map(|meaning| meaning.reason)
                .or_else(|| outcome.status.reason()),
            lines: Vec::new(),
            headers: Vec::new(),
            members: Vec::new(),
        });
        let sends = extensions.iter().filter(|extension| {
            extension.type_name == outcome.type_name
                && extension.variant == outcome.variant.unwrap_or_default()
        });
        for extension in sends {
            if !entry
                .members
                .iter()
                .any(|known| known.member == extension.member)
            {
                entry.members.push(extension);
            }
        }
        let doc = outcome.doc.split_whitespace().collect::<Vec<_>>().join(" ");
        let line = match naming {
            Naming::Docs => doc,
            Naming::RustPaths => {
                let name = match outcome.variant {
                    Some(variant) => format!("{}::{variant}", outcome.type_name),
                    None => outcome.type_name.to_owned(),
                };
                if doc.is_empty() {
                    format!("`{name}`")
                } else {
                    format!("`{name}`: {doc}")
                }
            }
        };
        if !line.is_empty() && !entry.lines.contains(&line) {
            entry.lines.push(line);
        }
        for header in outcome.headers {
            if !entry
                .headers
                .iter()
                .any(|known| known.eq_ignore_ascii_case(header))
            {
                entry.headers.push(header);
            }
        }
    });
    entries
        .into_iter()
        .map(|(code, entry)| {
            let title = entry.reason.unwrap_or("Error");
            let description = match (entry.lines.as_slice(), naming) {
                ([], _) => title.to_owned(),
                ([line], Naming::Docs) => format!("{title}: {line}"),
                (lines, _) => format!("{title}:\n\n- {}", lines.join("\n- ")),
            };
            let mut response = ResponseBuilder::new().description(description).content(
                PROBLEM_JSON,
                Content::new(Some(problem_schema(&entry.members))),
            );
            for name in entry.headers {
                let header = Header::new(ObjectBuilder::new().schema_type(Type::String));
                response = response.header(name, header);
            }
            (code.to_string(), RefOr::T(response.build()))
        })
        .collect()
}

/// A reference to the component schema `Problem`, with the extension members `members` when
/// there are some: `allOf` the reference and an object of those members.
fn problem_schema(members: &[&ExtensionSchema]) -> RefOr<Schema> {
    let problem = RefOr::Ref(Ref::from_schema_name(<Problem as utoipa::ToSchema>::name()));
    if members.is_empty() {
        return problem;
    }
    let extension = members.iter().fold(
        ObjectBuilder::new().schema_type(Type::Object),
        |object, extension| object.property(extension.member, extension.schema.clone()),
    );
    AllOfBuilder::new().item(problem).item(extension).into()
}

impl utoipa::PartialSchema for Problem {
    /// The schema of a problem details object (RFC 9457 §3), as `Problem` writes it.
    fn schema() -> RefOr<Schema> {
        let text = |description: &str| {
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some(description))
        };
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "Problem details (RFC 9457); extension members may follow the standard ones.",
            ))
            .property(
                "type",
                text("A URI that identifies the problem type; absent means about:blank."),
            )
            .property("title", text("The reason phrase of the status."))
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .description(Some("The status code of the response.")),
            )
            .property(
                "detail",
                text("What went wrong, for the client; a server error's detail is withheld."),
            )
            .property("instance", text("A URI that identifies this occurrence."))
            .required("status")
            .into()
    }
}

/// `Problem` is the component every error response of status-core refers to (`$ref:
/// '#/components/schemas/Problem'`): register it once, `components(schemas(Problem))` in
/// `#[derive(OpenApi)]`.
///
/// ```
/// use status_core::problem::Problem;
/// use utoipa::OpenApi;
///
/// #[derive(OpenApi)]
/// #[openapi(components(schemas(Problem)))]
/// struct ApiDoc;
///
/// let components = ApiDoc::openapi().components.unwrap();
/// assert!(components.schemas.contains_key("Problem"));
/// ```
impl utoipa::ToSchema for Problem {
    fn name() -> alloc::borrow::Cow<'static, str> {
        alloc::borrow::Cow::Borrowed("Problem")
    }
}
