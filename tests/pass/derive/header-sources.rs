//! Every way of supplying a header: a constant, a field, a method, a name the registry does
//! not list, an enum default overridden by a variant, `added_by`; and an absent `Option`.

use std::time::Duration;

use status_core::{HeaderValue, HttpStatus, header_value_string};

#[derive(Debug, HttpStatus)]
#[header("Cache-Control" = "no-store")]
enum ApiError {
    /// No valid token.
    #[status(401)]
    #[header(www_authenticate = "Bearer realm=\"items\"")]
    Unauthenticated,
    /// The method is not allowed on this resource.
    #[status(405)]
    NotAllowed {
        #[header(allow)]
        methods: Vec<&'static str>,
    },
    /// Slow down.
    #[status(429)]
    #[header("Cache-Control" = "no-cache")]
    Throttled(#[header(retry_after)] Duration),
    /// Maybe slow down.
    #[status(503)]
    Maintenance(#[header(retry_after)] Option<u32>),
    /// A proxy login is needed; the proxy adds its challenge.
    #[status(407)]
    #[header(proxy_authenticate, added_by = "the forward proxy")]
    ProxyLogin,
    /// The protocol must change.
    #[status(426)]
    #[header(upgrade = Self::protocol)]
    Upgrade,
}

impl ApiError {
    fn protocol(&self) -> &'static str {
        "HTTP/3"
    }
}

fn headers(error: &ApiError) -> Vec<(&'static str, String)> {
    let mut headers = Vec::new();
    error.visit_headers(&mut |name, value: &dyn HeaderValue| {
        headers.push((name, header_value_string(value)));
    });
    headers
}

fn main() {
    assert_eq!(
        headers(&ApiError::Unauthenticated),
        [
            ("WWW-Authenticate", "Bearer realm=\"items\"".to_owned()),
            ("Cache-Control", "no-store".to_owned()),
        ]
    );
    assert_eq!(
        headers(&ApiError::NotAllowed { methods: vec!["GET", "HEAD"] }),
        [("Allow", "GET, HEAD".to_owned()), ("Cache-Control", "no-store".to_owned())]
    );
    assert_eq!(
        headers(&ApiError::Throttled(Duration::from_millis(29_500))),
        [("Retry-After", "30".to_owned()), ("Cache-Control", "no-cache".to_owned())]
    );
    assert_eq!(
        headers(&ApiError::Maintenance(None)),
        [("Cache-Control", "no-store".to_owned())]
    );
    assert_eq!(
        headers(&ApiError::Maintenance(Some(120))),
        [("Retry-After", "120".to_owned()), ("Cache-Control", "no-store".to_owned())]
    );
    assert_eq!(
        headers(&ApiError::ProxyLogin),
        [("Cache-Control", "no-store".to_owned())]
    );
    assert_eq!(
        headers(&ApiError::Upgrade),
        [("Upgrade", "HTTP/3".to_owned()), ("Cache-Control", "no-store".to_owned())]
    );
}
