use status_core::{HttpStatus, StatusCode};

#[derive(HttpStatus)]
#[status(NotFound)]
struct NotFound;

#[derive(HttpStatus)]
#[status(Conflict)]
struct Conflict;

#[derive(HttpStatus)]
#[status(transparent)]
enum ApiError {
    Missing(NotFound),
    Clash {
        source: Conflict,
    },
    #[status(500)]
    Internal,
}

fn main() {
    assert_eq!(ApiError::Missing(NotFound).status(), StatusCode::NotFound);
    assert_eq!(
        ApiError::Clash { source: Conflict }.status(),
        StatusCode::Conflict
    );
    assert_eq!(ApiError::Internal.status(), StatusCode::InternalServerError);
}
