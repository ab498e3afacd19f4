//! `#[derive(HttpStatus)]` at run time: every accepted form of `#[status(...)]`, every shape of
//! type, and the `StatusContract` the derive writes beside `HttpStatus`.
//!
//! The lints below are denied so that `cargo clippy --all-targets -- -D warnings` proves the
//! generated impls are clean in a user's crate under `clippy::pedantic`.

#![deny(clippy::pedantic)]
#![deny(unused_qualifications)]

use std::fmt::Debug;

use status_core::vendor::{Esri, Nginx};
use status_core::{HttpStatus, Origin, Outcome, Status, StatusClass, StatusCode, StatusContract};

/// One outcome as a tuple, so that a whole contract compares with `assert_eq!`.
type Row = (Status, &'static str, Option<&'static str>, &'static str);

/// The contract of `T`, in the order `visit_statuses` gives it.
fn contract<T: StatusContract>() -> Vec<Row> {
    let mut rows = Vec::new();
    T::visit_statuses(&mut |outcome: &Outcome| {
        rows.push((
            outcome.status,
            outcome.type_name,
            outcome.variant,
            outcome.doc,
        ));
    });
    rows
}

// --- every way to write a status -------------------------------------------------------------

mod statuses {
    use status_core::{Status, StatusCode};

    /// A `Status` constant.
    pub const GONE: Status = StatusCode::Gone.status();
    /// A `StatusCode` constant.
    pub const TEAPOT: StatusCode = StatusCode::ImATeapot;
}

/// An application's own status type, which implements `HttpStatus`.
#[derive(Clone, Copy)]
enum Legacy {
    Throttled,
}

impl HttpStatus for Legacy {
    fn status(&self) -> Status {
        match self {
            Legacy::Throttled => StatusCode::TooManyRequests.status(),
        }
    }
}

#[derive(HttpStatus)]
enum Forms {
    #[status(404)]
    Code,
    #[status(NotFound)]
    Name,
    #[status(StatusCode::NotFound)]
    EnumPath,
    #[status(status_core::StatusCode::NotFound)]
    CratePath,
    #[status(Nginx::ClientClosedRequest)]
    VendorPath,
    #[status(vendor::Nginx::ClientClosedRequest)]
    VendorModulePath,
    #[status(status_core::vendor::Esri::TokenRequired)]
    CrateVendorPath,
    #[status(statuses::GONE)]
    StatusConst,
    #[status(statuses::TEAPOT)]
    StatusCodeConst,
    #[status(Legacy::Throttled)]
    IntoStatus,
    #[status(StatusClass::ServerError)]
    Class,
}

#[test]
fn a_code_a_name_and_the_enum_paths_give_the_same_iana_status() {
    for form in [Forms::Code, Forms::Name, Forms::EnumPath, Forms::CratePath] {
        assert_eq!(form.status(), StatusCode::NotFound);
        assert_eq!(form.status().origin(), Some(Origin::IANA));
    }
}

#[test]
fn vendor_paths_keep_their_origin() {
    for form in [Forms::VendorPath, Forms::VendorModulePath] {
        assert_eq!(form.status(), Status::from(Nginx::ClientClosedRequest));
        assert_eq!(form.status().origin(), Some(Origin::NGINX));
        assert_eq!(form.status().to_string(), "499 Client Closed Request");
    }
    let esri = Forms::CrateVendorPath.status();
    assert_eq!(esri, Status::from(Esri::TokenRequired));
    assert_eq!(esri.origin(), Some(Origin::ESRI));
    assert_ne!(esri, Forms::VendorPath.status());
    assert_eq!(esri, 499);
}

#[test]
fn other_paths_are_converted_with_into() {
    assert_eq!(Forms::StatusConst.status(), StatusCode::Gone);
    assert_eq!(Forms::StatusCodeConst.status(), StatusCode::ImATeapot);
    assert_eq!(Forms::IntoStatus.status(), StatusCode::TooManyRequests);
    assert_eq!(Forms::Class.status(), StatusCode::InternalServerError);
}

/// An associated constant, reached through `Self`.
#[derive(HttpStatus)]
enum AssociatedConst {
    #[status(Self::LOCKED)]
    Locked,
}

impl AssociatedConst {
    const LOCKED: Status = StatusCode::Locked.status();
}

#[test]
fn a_path_through_self_reaches_an_associated_constant() {
    assert_eq!(AssociatedConst::Locked.status(), StatusCode::Locked);
    assert_eq!(
        contract::<AssociatedConst>(),
        [(
            StatusCode::Locked.status(),
            "AssociatedConst",
            Some("Locked"),
            ""
        )]
    );
}

// --- shapes ------------------------------------------------------------------------------------

#[derive(Debug, HttpStatus)]
enum Shapes {
    #[status(404)]
    Unit,
    #[status(409)]
    Tuple(u64, &'static str),
    #[status(422)]
    Struct {
        field: &'static str,
        reason: &'static str,
    },
}

impl Shapes {
    fn detail(&self) -> String {
        match self {
            Shapes::Unit => String::new(),
            Shapes::Tuple(id, name) => format!("{id} {name}"),
            Shapes::Struct { field, reason } => format!("{field}: {reason}"),
        }
    }
}

#[test]
fn unit_tuple_and_struct_variants() {
    assert_eq!(Shapes::Unit.status(), StatusCode::NotFound);
    let tuple = Shapes::Tuple(7, "seven");
    assert_eq!(tuple.status(), StatusCode::Conflict);
    assert_eq!(tuple.detail(), "7 seven");
    let named = Shapes::Struct {
        field: "email",
        reason: "empty",
    };
    assert_eq!(named.status(), StatusCode::UnprocessableContent);
    assert_eq!(named.detail(), "email: empty");
}

/// The caller is not signed in.
#[derive(Debug, HttpStatus)]
#[status(Unauthorized)]
#[header(www_authenticate = "Bearer")]
struct SignedOut;

/// The caller sends too many requests.
#[derive(Debug, HttpStatus)]
#[status(429)]
struct Throttled(u64);

/// The input is not valid.
#[derive(Debug, HttpStatus)]
#[status(StatusCode::UnprocessableContent)]
struct Invalid {
    field: &'static str,
}

#[test]
fn unit_tuple_and_named_structs() {
    assert_eq!(SignedOut.status(), StatusCode::Unauthorized);
    let throttled = Throttled(30);
    assert_eq!(throttled.status(), StatusCode::TooManyRequests);
    assert_eq!(throttled.0, 30);
    let invalid = Invalid { field: "email" };
    assert_eq!(invalid.status(), StatusCode::UnprocessableContent);
    assert_eq!(invalid.field, "email");
}

#[test]
fn a_struct_contract_has_no_variant() {
    assert_eq!(
        contract::<Throttled>(),
        [(
            StatusCode::TooManyRequests.status(),
            "Throttled",
            None,
            "The caller sends too many requests."
        )]
    );
}

// --- transparent -------------------------------------------------------------------------------

/// A named-field struct that takes the status of its field.
#[derive(Debug, HttpStatus)]
#[status(transparent)]
struct WithContext {
    source: Invalid,
}

/// A tuple struct that takes the status of its field.
#[derive(Debug, HttpStatus)]
#[status(transparent)]
struct Wrapped(WithContext);

#[test]
fn transparent_structs_delegate_to_their_field() {
    let wrapped = Wrapped(WithContext {
        source: Invalid { field: "name" },
    });
    assert_eq!(wrapped.status(), StatusCode::UnprocessableContent);
    assert_eq!(wrapped.0.source.field, "name");
    assert_eq!(
        contract::<Wrapped>(),
        [(
            StatusCode::UnprocessableContent.status(),
            "Invalid",
            None,
            "The input is not valid."
        )]
    );
}

/// The upstream proxy's view of a request.
#[derive(Debug, HttpStatus)]
enum ProxyError {
    /// The client closed the connection before the upstream answered.
    #[status(Nginx::ClientClosedRequest)]
    ClientGone,
    /// The upstream took too long.
    #[status(504)]
    Timeout { after_secs: u64 },
}

/// An error of the service layer.
#[derive(Debug, HttpStatus)]
enum ServiceError {
    /// The proxy failed.
    #[status(transparent)]
    Proxy(ProxyError),
    /// The service itself is shutting down.
    #[status(ServiceUnavailable)]
    ShuttingDown,
}

/// The error an HTTP handler returns.
#[derive(Debug, HttpStatus)]
enum HandlerError {
    /// The caller is not signed in.
    #[status(transparent)]
    SignedOut { source: SignedOut },
    /// A service call failed.
    #[status(transparent)]
    Service(ServiceError),
    /// Anything else.
    #[status(500)]
    Internal,
}

#[test]
fn a_transparent_chain_reaches_the_innermost_status() {
    let error = HandlerError::Service(ServiceError::Proxy(ProxyError::ClientGone));
    assert_eq!(error.status(), Status::from(Nginx::ClientClosedRequest));
    assert_eq!(error.status().origin(), Some(Origin::NGINX));

    let timeout =
        HandlerError::Service(ServiceError::Proxy(ProxyError::Timeout { after_secs: 30 }));
    assert_eq!(timeout.status(), StatusCode::GatewayTimeout);
    if let HandlerError::Service(ServiceError::Proxy(ProxyError::Timeout { after_secs })) = timeout
    {
        assert_eq!(after_secs, 30);
    }
    assert_eq!(
        HandlerError::SignedOut { source: SignedOut }.status(),
        StatusCode::Unauthorized
    );
    assert_eq!(
        HandlerError::Service(ServiceError::ShuttingDown).status(),
        StatusCode::ServiceUnavailable
    );
    assert_eq!(
        HandlerError::Internal.status(),
        StatusCode::InternalServerError
    );
}

#[test]
fn a_transparent_chain_flattens_its_contract_in_declaration_order() {
    assert_eq!(
        contract::<HandlerError>(),
        [
            (
                StatusCode::Unauthorized.status(),
                "SignedOut",
                None,
                "The caller is not signed in."
            ),
            (
                Nginx::ClientClosedRequest.status(),
                "ProxyError",
                Some("ClientGone"),
                "The client closed the connection before the upstream answered."
            ),
            (
                StatusCode::GatewayTimeout.status(),
                "ProxyError",
                Some("Timeout"),
                "The upstream took too long."
            ),
            (
                StatusCode::ServiceUnavailable.status(),
                "ServiceError",
                Some("ShuttingDown"),
                "The service itself is shutting down."
            ),
            (
                StatusCode::InternalServerError.status(),
                "HandlerError",
                Some("Internal"),
                "Anything else."
            ),
        ]
    );
}

// --- the enum's default ------------------------------------------------------------------------

/// Variants without their own `#[status(...)]` take the enum's.
#[derive(Debug, HttpStatus)]
#[status(500)]
enum Defaulted {
    /// The worker crashed.
    Crashed,
    /// The worker panicked.
    Panicked(&'static str),
    /// No such item.
    #[status(404)]
    Missing,
}

#[test]
fn the_enum_status_is_the_default_of_its_variants() {
    assert_eq!(Defaulted::Crashed.status(), StatusCode::InternalServerError);
    let panicked = Defaulted::Panicked("index out of bounds");
    assert_eq!(panicked.status(), StatusCode::InternalServerError);
    if let Defaulted::Panicked(message) = panicked {
        assert_eq!(message, "index out of bounds");
    }
    assert_eq!(Defaulted::Missing.status(), StatusCode::NotFound);
    let statuses: Vec<_> = contract::<Defaulted>()
        .into_iter()
        .map(|(status, _, variant, _)| (status.code(), variant))
        .collect();
    assert_eq!(
        statuses,
        [
            (500, Some("Crashed")),
            (500, Some("Panicked")),
            (404, Some("Missing")),
        ]
    );
}

/// `transparent` as the enum's default: each variant takes its field's status.
#[derive(Debug, HttpStatus)]
#[status(transparent)]
enum AllTransparent {
    Proxy(ProxyError),
    Auth {
        source: SignedOut,
    },
    #[status(500)]
    Internal,
}

#[test]
fn transparent_as_the_enum_default() {
    assert_eq!(
        AllTransparent::Proxy(ProxyError::ClientGone).status(),
        Status::from(Nginx::ClientClosedRequest)
    );
    assert_eq!(
        AllTransparent::Auth { source: SignedOut }.status(),
        StatusCode::Unauthorized
    );
    assert_eq!(
        AllTransparent::Internal.status(),
        StatusCode::InternalServerError
    );
    let codes: Vec<u16> = contract::<AllTransparent>()
        .into_iter()
        .map(|(status, ..)| status.code())
        .collect();
    assert_eq!(codes, [499, 504, 401, 500]);
}

// --- generics, lifetimes, where-clauses --------------------------------------------------------

#[derive(Debug, HttpStatus)]
enum Generic<T> {
    #[status(transparent)]
    Inner(T),
    #[status(500)]
    Other,
}

#[test]
fn a_generic_transparent_variant_takes_its_parameter_s_status() {
    assert_eq!(Generic::Inner(SignedOut).status(), StatusCode::Unauthorized);
    assert_eq!(
        Generic::Inner(ProxyError::ClientGone).status(),
        Status::from(Nginx::ClientClosedRequest)
    );
    assert_eq!(
        Generic::<SignedOut>::Other.status(),
        StatusCode::InternalServerError
    );
    let codes: Vec<u16> = contract::<Generic<ProxyError>>()
        .into_iter()
        .map(|(status, ..)| status.code())
        .collect();
    assert_eq!(codes, [499, 504, 500]);
}

#[derive(Debug, HttpStatus)]
enum Borrowed<'a> {
    #[status(400)]
    BadInput { input: &'a str },
    #[status(transparent)]
    Nested(Parsed<'a>),
}

#[derive(Debug, HttpStatus)]
#[status(UnprocessableContent)]
struct Parsed<'a>(&'a str);

#[test]
fn lifetimes() {
    let text = String::from("{oops");
    let bad = Borrowed::BadInput { input: &text };
    assert_eq!(bad.status(), StatusCode::BadRequest);
    if let Borrowed::BadInput { input } = bad {
        assert_eq!(input, "{oops");
    }
    let nested = Borrowed::Nested(Parsed(&text));
    assert_eq!(nested.status(), StatusCode::UnprocessableContent);
    if let Borrowed::Nested(Parsed(input)) = nested {
        assert_eq!(input, "{oops");
    }
}

#[derive(Debug, HttpStatus)]
enum Bounded<'a, T, const N: usize>
where
    T: Debug,
{
    #[status(transparent)]
    Inner(T),
    #[status(422)]
    Invalid([&'a str; N]),
}

#[test]
fn where_clauses_and_const_generics() {
    let inner: Bounded<'_, Generic<SignedOut>, 0> = Bounded::Inner(Generic::Inner(SignedOut));
    assert_eq!(inner.status(), StatusCode::Unauthorized);
    let invalid: Bounded<'_, SignedOut, 2> = Bounded::Invalid(["a", "b"]);
    assert_eq!(invalid.status(), StatusCode::UnprocessableContent);
    if let Bounded::Invalid(fields) = invalid {
        assert_eq!(fields, ["a", "b"]);
    }
    assert_eq!(contract::<Bounded<'_, SignedOut, 1>>().len(), 2);
}

// --- thiserror ---------------------------------------------------------------------------------

/// No item has this id.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("no item has id {0}")]
#[status(404)]
struct NoSuchItem(u64);

/// The store's own error.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum StoreError {
    /// The store is read-only during maintenance.
    #[error("the store is read-only")]
    #[status(ServiceUnavailable)]
    ReadOnly,
    /// No item has this id.
    #[error(transparent)]
    #[status(transparent)]
    Missing(#[from] NoSuchItem),
}

/// The application's error.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum AppError {
    /// The input is not valid.
    #[error("invalid input: {0}")]
    #[status(422)]
    Invalid(String),
    /// The store failed.
    #[error(transparent)]
    #[status(transparent)]
    Store(#[from] StoreError),
}

fn find(id: u64) -> Result<&'static str, NoSuchItem> {
    if id == 1 {
        Ok("the one")
    } else {
        Err(NoSuchItem(id))
    }
}

fn store_lookup(id: u64) -> Result<&'static str, StoreError> {
    Ok(find(id)?)
}

fn handle(id: u64) -> Result<&'static str, AppError> {
    if id == 0 {
        return Err(AppError::Invalid("id must not be 0".to_owned()));
    }
    Ok(store_lookup(id)?)
}

#[test]
fn thiserror_transparent_and_from_work_beside_the_derive() {
    assert_eq!(handle(1).ok(), Some("the one"));

    let missing = handle(7).unwrap_err();
    assert_eq!(missing.status(), StatusCode::NotFound);
    assert_eq!(missing.to_string(), "no item has id 7");

    let invalid = handle(0).unwrap_err();
    assert_eq!(invalid.status(), StatusCode::UnprocessableContent);
    assert_eq!(invalid.to_string(), "invalid input: id must not be 0");

    let read_only = AppError::from(StoreError::ReadOnly);
    assert_eq!(read_only.status(), StatusCode::ServiceUnavailable);
    assert_eq!(read_only.to_string(), "the store is read-only");
}

#[test]
fn a_boxed_error_keeps_its_status_through_the_trait_object() {
    fn status_of(error: &(dyn HttpStatus + Send + Sync)) -> Status {
        error.status()
    }
    let boxed: Box<dyn HttpStatus + Send + Sync> = Box::new(handle(9).unwrap_err());
    assert_eq!(status_of(boxed.as_ref()), StatusCode::NotFound);
}

// --- the contract ------------------------------------------------------------------------------

/// A login error.
#[derive(Debug, HttpStatus)]
enum LoginError {
    /// The user or the password is wrong.
    #[status(Unauthorized)]
    #[header(www_authenticate = "Basic realm=\"accounts\"")]
    BadCredentials,
    /// Too many attempts from this client.
    ///
    /// Wait before trying again.
    #[status(429)]
    Throttled { retry_after_secs: u64 },
    #[status(403)]
    Undocumented,
}

#[test]
fn the_contract_lists_each_variant_with_its_doc_in_order() {
    assert_eq!(
        contract::<LoginError>(),
        [
            (
                StatusCode::Unauthorized.status(),
                "LoginError",
                Some("BadCredentials"),
                "The user or the password is wrong."
            ),
            (
                StatusCode::TooManyRequests.status(),
                "LoginError",
                Some("Throttled"),
                "Too many attempts from this client.\n\nWait before trying again."
            ),
            (
                StatusCode::Forbidden.status(),
                "LoginError",
                Some("Undocumented"),
                ""
            ),
        ]
    );
    assert_eq!(
        LoginError::BadCredentials.status(),
        StatusCode::Unauthorized
    );
    assert_eq!(LoginError::Undocumented.status(), StatusCode::Forbidden);
    let throttled = LoginError::Throttled {
        retry_after_secs: 30,
    };
    assert_eq!(throttled.status(), StatusCode::TooManyRequests);
    if let LoginError::Throttled { retry_after_secs } = throttled {
        assert_eq!(retry_after_secs, 30);
    }
}

#[test]
fn the_contract_agrees_with_status() {
    let errors = [
        AppError::Invalid(String::new()),
        AppError::Store(StoreError::ReadOnly),
        AppError::Store(StoreError::Missing(NoSuchItem(1))),
    ];
    let from_values: Vec<Status> = errors.iter().map(HttpStatus::status).collect();
    let from_contract: Vec<Status> = contract::<AppError>()
        .into_iter()
        .map(|(status, ..)| status)
        .collect();
    assert_eq!(from_values, from_contract);
    assert_eq!(
        contract::<AppError>()
            .into_iter()
            .map(|(_, type_name, variant, _)| (type_name, variant))
            .collect::<Vec<_>>(),
        [
            ("AppError", Some("Invalid")),
            ("StoreError", Some("ReadOnly")),
            ("NoSuchItem", None),
        ]
    );
}

/// Doc comments written as `#[doc = …]` expressions and with non-ASCII spaces.
#[derive(Debug, HttpStatus)]
enum DocForms {
    #[doc = concat!("Built by ", "`concat!`", ".")]
    #[status(404)]
    Concatenated,
    /// First line.
    #[doc = concat!("Second line, from ", stringify!(concat), ".")]
    #[status(409)]
    Mixed,
    ///  starts with a no-break space, which is text, not indentation.
    /// and an ordinary line.
    #[status(410)]
    NoBreakSpace,
    ///　an ideographic space.
    #[status(411)]
    IdeographicSpace,
}

#[test]
fn doc_expressions_and_non_ascii_spaces_reach_the_contract() {
    let docs: Vec<&str> = contract::<DocForms>()
        .into_iter()
        .map(|(.., doc)| doc)
        .collect();
    assert_eq!(
        docs,
        [
            "Built by `concat!`.",
            "First line.\nSecond line, from concat.",
            "\u{a0}starts with a no-break space, which is text, not indentation.\nand an ordinary line.",
            "\u{3000}an ideographic space.",
        ]
    );
    assert_eq!(DocForms::Concatenated.status(), StatusCode::NotFound);
    assert_eq!(DocForms::Mixed.status(), StatusCode::Conflict);
    assert_eq!(DocForms::NoBreakSpace.status(), StatusCode::Gone);
    assert_eq!(
        DocForms::IdeographicSpace.status(),
        StatusCode::LengthRequired
    );
}

mod app_codes {
    status_core::include_codes!("data/acme-codes.toml");
}

status_core::status_enum! {
    /// The statuses the API answers with.
    pub enum ApiStatus { Ok, 201, NotFound, 409, 5xx }
}

/// The storage layer, bound to the API's contract of its own accord.
#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
enum LayerError {
    /// The store is down.
    #[status(self::LAYER_DOWN)]
    Down,
}

const LAYER_DOWN: StatusCode = StatusCode::ServiceUnavailable;

/// Every form a contract-bound enum takes, under the pedantic lints of this file.
#[derive(Debug, HttpStatus)]
#[contract(ApiStatus, app_codes::AcmeStatus)]
#[status(InternalServerError)]
enum Bound<'a, T> {
    /// A member by name.
    #[status(NotFound)]
    Missing,
    /// An application's code.
    #[status(app_codes::AcmeStatus::QuotaExhausted)]
    Quota,
    /// Through a struct-like variant of a type whose status comes from a constant.
    #[status(transparent)]
    Store { source: LayerError },
    /// Borrowed.
    #[status(transparent)]
    Borrowed(&'a LayerError),
    /// Generic.
    #[status(transparent)]
    Other(T),
    /// The default.
    Crashed,
}

#[test]
fn a_contract_bound_type_keeps_its_statuses_and_contract() {
    type B = Bound<'static, LayerError>;
    assert_eq!(B::Missing.status(), StatusCode::NotFound);
    assert_eq!(B::Quota.status().code(), 460);
    assert_eq!(
        B::Store {
            source: LayerError::Down
        }
        .status(),
        StatusCode::ServiceUnavailable
    );
    assert_eq!(
        B::Borrowed(&LayerError::Down).status(),
        StatusCode::ServiceUnavailable
    );
    assert_eq!(B::Other(LayerError::Down).status().code(), 503);
    assert_eq!(B::Crashed.status(), StatusCode::InternalServerError);
    let codes: Vec<u16> = contract::<B>()
        .into_iter()
        .map(|(status, ..)| status.code())
        .collect();
    assert_eq!(codes, [404, 460, 503, 503, 503, 500]);
}
