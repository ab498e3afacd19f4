use status_core::{HttpStatus, StatusCode};

#[derive(HttpStatus)]
enum ApiError {
    #[status(404)]
    Unit,
    #[status(409)]
    Tuple(u64, &'static str),
    #[status(422)]
    Struct {
        field: &'static str,
        reason: &'static str,
    },
}

fn main() {
    assert_eq!(ApiError::Unit.status(), StatusCode::NotFound);
    assert_eq!(ApiError::Tuple(1, "a").status(), StatusCode::Conflict);
    let error = ApiError::Struct {
        field: "email",
        reason: "empty",
    };
    assert_eq!(error.status(), StatusCode::UnprocessableContent);
}
