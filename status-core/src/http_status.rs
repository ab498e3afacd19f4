//! Mapping a value to its HTTP status: the [`HttpStatus`] trait.

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
