mod m {
    #![no_implicit_prelude]

    pub const GONE: ::status_core::Status = ::status_core::StatusCode::Gone.status();

    #[derive(::status_core::HttpStatus)]
    #[status(404)]
    pub struct NotFound;

    #[derive(::status_core::HttpStatus)]
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
