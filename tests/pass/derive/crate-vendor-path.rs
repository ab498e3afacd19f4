use status_core::{HttpStatus, Origin};

#[derive(HttpStatus)]
enum GisError {
    #[status(status_core::vendor::Esri::TokenRequired)]
    NoToken,
}

fn main() {
    let status = GisError::NoToken.status();
    assert_eq!(status.code(), 499);
    assert_eq!(status.origin(), Some(Origin::ESRI));
    assert_eq!(status.to_string(), "499 Token Required");
}
