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
}
