use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
enum AuthError {
    /// No valid credentials.
    #[status(401)]
    #[header(www_authenticate, added_by = "")]
    Unauthenticated,
    /// Credentials of the proxy are missing.
    #[status(407)]
    #[header(proxy_authenticate, added_by)]
    ProxyUnauthenticated,
}

fn main() {}
