//! Mapping a type to HTTP statuses: the [`HttpStatus`] trait and the status contract.

use crate::{HeaderValue, Meaning, Status};

/// A value that has an HTTP status, typically an application's error.
///
/// Derive it with [`#[derive(HttpStatus)]`](derive@crate::HttpStatus): the derive checks every
/// status against the registry at compile time.
///
/// ```
/// use status_core::{HttpStatus, Status, StatusCode};
///
/// #[derive(Debug, HttpStatus)]
/// enum LoginError {
///     /// The user or the password is wrong.
///     #[status(Unauthorized)]
///     #[header(www_authenticate = "Basic realm=\"accounts\"")]
///     BadCredentials,
///     /// Too many attempts from this client.
///     #[status(429)]
///     Throttled { #[header(retry_after)] retry_after_secs: u64 },
/// }
///
/// assert_eq!(LoginError::BadCredentials.status(), StatusCode::Unauthorized);
/// assert_eq!(LoginError::Throttled { retry_after_secs: 30 }.status().code(), 429);
/// ```
pub trait HttpStatus {
    /// The HTTP status of this value.
    fn status(&self) -> Status;

    /// What the registry records about this value's status, when it is registered: its
    /// reason phrase, description, origin and rules. (Named apart from the generated enums'
    /// own `meaning()`, which always has an entry.)
    ///
    /// The default reads [`status`](HttpStatus::status) against status-core's registry. The
    /// generated enums and the derive answer from the exact entry, which keeps the meanings of
    /// an application's own codes file (`include_codes!`) that a [`Status`] cannot hold.
    fn status_meaning(&self) -> Option<&'static Meaning> {
        self.status().meaning()
    }

    /// Calls `visit` with the name and value of each header field the mapping supplies for
    /// this value, such as the `WWW-Authenticate` challenge of a 401 or the `Retry-After` of
    /// a 429. Names are written as the RFCs write them; frameworks convert the pair into
    /// their own header types. The default supplies none.
    ///
    /// ```
    /// use status_core::{HeaderValue, HttpStatus, header_value_string};
    ///
    /// #[derive(Debug, HttpStatus)]
    /// enum AuthError {
    ///     /// No valid token.
    ///     #[status(401)]
    ///     #[header(www_authenticate = "Bearer realm=\"items\"")]
    ///     Unauthenticated,
    /// }
    ///
    /// let mut headers = Vec::new();
    /// AuthError::Unauthenticated.visit_headers(&mut |name, value: &dyn HeaderValue| {
    ///     headers.push((name, header_value_string(value)));
    /// });
    /// assert_eq!(headers, [("WWW-Authenticate", r#"Bearer realm="items""#.to_owned())]);
    /// ```
    fn visit_headers(&self, visit: &mut dyn FnMut(&'static str, &dyn HeaderValue)) {
        let _ = visit;
    }

    /// Whether a client may see this value's message (its `Display`) as the `detail` of a
    /// problem (RFC 9457). By default yes for a client error and no for a server error,
    /// whose message may name internal things (a query, a path, a token); the derive lets a
    /// variant opt in or out with `#[problem(expose)]` or `#[problem(withhold)]`.
    fn exposes_detail(&self) -> bool {
        !self.status().is_server_error()
    }

    /// The URI that identifies the problem type (RFC 9457 §3.1.1), when the mapping names
    /// one with `#[problem(type = "…")]`; `None` stands for `about:blank`, a problem
    /// described by its status alone.
    fn problem_type(&self) -> Option<&'static str> {
        None
    }

    /// Adds the problem's extension members (RFC 9457 §3.2) to `extensions`, such as the
    /// list of invalid fields of a 422. The derive writes it from the fields marked
    /// `#[problem(extension)]`; the default adds none.
    #[cfg(feature = "problem")]
    fn problem_extensions(&self, extensions: &mut crate::problem::Extensions) {
        let _ = extensions;
    }
}

/// The statuses a type can produce, stated as data: the type's whole status contract.
///
/// `#[derive(HttpStatus)]` implements it beside [`HttpStatus`], from the same attributes, so
/// one mapping serves the responses, the documentation and API descriptions such as `OpenAPI`,
/// and the two cannot drift. A `transparent` variant contributes its inner type's contract.
///
/// ```
/// use status_core::{HttpStatus, Outcome, StatusContract};
///
/// #[derive(HttpStatus)]
/// enum StoreError {
///     /// No item has this id.
///     #[status(404)]
///     NoSuchItem,
///     /// The store is read-only during maintenance.
///     #[status(ServiceUnavailable)]
///     Maintenance,
/// }
///
/// let mut codes = Vec::new();
/// StoreError::visit_statuses(&mut |outcome: &Outcome| {
///     codes.push((outcome.status.code(), outcome.variant, outcome.doc));
/// });
/// assert_eq!(
///     codes,
///     [
///         (404, Some("NoSuchItem"), "No item has this id."),
///         (503, Some("Maintenance"), "The store is read-only during maintenance."),
///     ],
/// );
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not state the statuses it can produce",
    label = "no `StatusContract` for `{Self}`",
    note = "derive `HttpStatus` for `{Self}`, or declare it with `status_enum!` or `include_codes!`"
)]
pub trait StatusContract {
    /// Calls `visit` once for each way a value of this type gets its status, in declaration
    /// order, descending into `transparent` variants.
    ///
    /// The default walks the type's table of statuses, the one statement of them that
    /// `#[contract(...)]` also reads, which the derive writes; a type that implements the
    /// trait by hand implements this method.
    fn visit_statuses(visit: &mut dyn FnMut(&Outcome)) {
        crate::__private::contract_check::visit(Self::__STATUSES, visit);
    }

    /// The type's statuses as a table the compiler reads, for `#[contract(...)]` and for
    /// [`visit_statuses`](StatusContract::visit_statuses). Written by the derive and the
    /// generated enums; not public API.
    #[doc(hidden)]
    const __STATUSES: &'static [crate::__private::contract_check::Entry] =
        crate::__private::contract_check::UNSTATED;
}

/// One status a type can produce, and what produces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Outcome {
    /// The status.
    pub status: Status,
    /// What the registry records about it (reason phrase, description, rules), when it is
    /// registered, in status-core's registry or in the application's own codes file.
    pub meaning: Option<&'static Meaning>,
    /// The type whose variant (or which struct) declares the status.
    pub type_name: &'static str,
    /// The variant that declares it, or `None` for a struct.
    pub variant: Option<&'static str>,
    /// The doc comment of that variant (or struct), without the leading `///`.
    pub doc: &'static str,
    /// The header fields the mapping supplies with this outcome (`#[header(...)]`, the
    /// `added_by` ones included), named as the RFCs write them: `WWW-Authenticate`.
    pub headers: &'static [&'static str],
}

/// `HttpStatus` and `StatusContract` for a pointer type, answering as what it points to.
macro_rules! forward_through_pointer {
    ($(#[$attr:meta])* $pointer:ty) => {
        $(#[$attr])*
        impl<T: HttpStatus + ?Sized> HttpStatus for $pointer {
            fn status(&self) -> Status {
                (**self).status()
            }

            fn status_meaning(&self) -> Option<&'static Meaning> {
                (**self).status_meaning()
            }

            fn visit_headers(&self, visit: &mut dyn FnMut(&'static str, &dyn HeaderValue)) {
                (**self).visit_headers(visit);
            }

            fn exposes_detail(&self) -> bool {
                (**self).exposes_detail()
            }

            fn problem_type(&self) -> Option<&'static str> {
                (**self).problem_type()
            }

            #[cfg(feature = "problem")]
            fn problem_extensions(&self, extensions: &mut crate::problem::Extensions) {
                (**self).problem_extensions(extensions);
            }
        }

        $(#[$attr])*
        impl<T: StatusContract + ?Sized> StatusContract for $pointer {
            const __STATUSES: &'static [crate::__private::contract_check::Entry] = T::__STATUSES;

            fn visit_statuses(visit: &mut dyn FnMut(&Outcome)) {
                T::visit_statuses(visit);
            }
        }
    };
}

forward_through_pointer!(&T);
forward_through_pointer!(#[cfg(feature = "alloc")] alloc::boxed::Box<T>);

impl HttpStatus for Status {
    fn status(&self) -> Status {
        *self
    }
}

impl HttpStatus for crate::StatusClass {
    /// The x00 status of the class.
    fn status(&self) -> Status {
        Status::from(*self)
    }
}
