mod m {
    #![no_implicit_prelude]

    pub const GONE: ::status_core::Status = ::status_core::StatusCode::Gone.status();

    #[derive(::status_core::HttpStatus)]
    #[status(404)]
    pub struct NotFound;

    ::status_core::status_enum! {
        /// Every status the API may answer with.
        pub enum ApiStatus { NotFound, Gone, Conflict, 5xx }
    }

    #[derive(::status_core::HttpStatus)]
    #[contract(self::ApiStatus, ::status_core::vendor::Nginx)]
    #[status(500)]
    pub enum ApiError<T> {
        #[status(transparent)]
        Missing(NotFound),
        #[status(transparent)]
        Generic {
            inner: T,
        },
        #[status(Nginx::ClientClosedRequest)]
        ClientGone,
        #[status(self::GONE)]
        Removed,
        #[status(Conflict)]
        Conflict(::std::string::String),
        Crashed,
    }

    #[derive(::status_core::HttpStatus, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[respond(decode)]
    pub enum ClientError<T> {
        #[status(429)]
        Throttled {
            #[header(retry_after)]
            secs: u64,
        },
        #[status(422)]
        #[problem(type = "https://example.com/problems/invalid")]
        Invalid(
            #[problem(detail)] ::std::string::String,
            #[problem(extension = "count")] u32,
        ),
        #[status(transparent)]
        Inner(T),
        #[status(self::GONE)]
        Removed,
        #[status(500)]
        #[problem(skip_decode)]
        Crashed(::std::string::String),
    }

    #[derive(::status_core::HttpStatus, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[respond(decode)]
    #[status(404)]
    pub struct Missing;
}

use status_core::{HttpStatus, StatusCode};

fn main() {
    type E = m::ApiError<m::NotFound>;
    assert_eq!(E::Missing(m::NotFound).status(), StatusCode::NotFound);
    assert_eq!(
        E::Generic { inner: m::NotFound }.status(),
        StatusCode::NotFound
    );
    assert_eq!(E::ClientGone.status().code(), 499);
    assert_eq!(E::Removed.status(), StatusCode::Gone);
    assert_eq!(E::Conflict(String::new()).status(), StatusCode::Conflict);
    assert_eq!(E::Crashed.status(), StatusCode::InternalServerError);

    use status_core::decode::Decode;
    type C = m::ClientError<m::Missing>;
    let none = None::<(&str, &str)>;
    assert_eq!(
        C::from_response(429, [("Retry-After", "5")], b"{}").unwrap(),
        C::Throttled { secs: 5 }
    );
    let invalid = br#"{"type":"https://example.com/problems/invalid","detail":"bad","count":2}"#;
    assert_eq!(
        C::from_response(422, none, invalid).unwrap(),
        C::Invalid("bad".to_owned(), 2)
    );
    assert_eq!(C::from_response(404, none, b"{}").unwrap(), C::Inner(m::Missing));
    assert_eq!(C::from_response(410, none, b"{}").unwrap(), C::Removed);
    assert!(C::from_response(500, none, b"{}").is_err());
}
