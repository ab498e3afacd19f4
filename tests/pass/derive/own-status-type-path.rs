// Any path to a value that implements `HttpStatus` is accepted; the compiler checks it.
use status_core::{HttpStatus, Status, StatusClass, StatusCode};

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
enum ApiError {
    #[status(Legacy::Throttled)]
    Throttled,
    #[status(StatusClass::ServerError)]
    Unknown,
}

fn main() {
    assert_eq!(ApiError::Throttled.status(), StatusCode::TooManyRequests);
    assert_eq!(ApiError::Unknown.status(), StatusCode::InternalServerError);
}
