use status_core::{HttpStatus, StatusCode};

#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("no such item")]
#[status(404)]
struct NoSuchItem;

#[derive(Debug, thiserror::Error, HttpStatus)]
enum ApiError {
    #[error("invalid input: {0}")]
    #[status(422)]
    Invalid(String),
    #[error(transparent)]
    #[status(transparent)]
    Missing(#[from] NoSuchItem),
}

fn find() -> Result<(), NoSuchItem> {
    Err(NoSuchItem)
}

fn handler() -> Result<(), ApiError> {
    find()?;
    Ok(())
}

fn main() {
    let error = handler().unwrap_err();
    assert_eq!(error.status(), StatusCode::NotFound);
    assert_eq!(error.to_string(), "no such item");
    let invalid = ApiError::Invalid("email".to_owned());
    assert_eq!(invalid.status(), StatusCode::UnprocessableContent);
    assert_eq!(invalid.to_string(), "invalid input: email");
}
