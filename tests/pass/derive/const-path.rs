use status_core::{HttpStatus, Status, StatusCode};

mod statuses {
    use status_core::{Status, StatusCode};

    pub const GONE: Status = StatusCode::Gone.status();
    pub const TEAPOT: StatusCode = StatusCode::ImATeapot;
}

const LOCKED: Status = StatusCode::Locked.status();

#[derive(HttpStatus)]
enum ApiError {
    #[status(statuses::GONE)]
    Removed,
    #[status(statuses::TEAPOT)]
    Teapot,
    #[status(self::LOCKED)]
    Locked,
}

fn main() {
    assert_eq!(ApiError::Removed.status(), StatusCode::Gone);
    assert_eq!(ApiError::Teapot.status(), StatusCode::ImATeapot);
    assert_eq!(ApiError::Locked.status(), Status::new(423).unwrap());
}
