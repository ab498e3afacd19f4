use status_core::{HttpStatus, StatusCode};

#[derive(HttpStatus)]
#[status(401)]
#[header(www_authenticate, added_by = "the authentication layer")]
struct Unauthorized;

#[derive(HttpStatus)]
#[status(TooManyRequests)]
struct Throttled(u64);

#[derive(HttpStatus)]
#[status(StatusCode::UnprocessableContent)]
struct Invalid {
    field: &'static str,
}

fn main() {
    assert_eq!(Unauthorized.status(), StatusCode::Unauthorized);
    assert_eq!(Throttled(30).status(), StatusCode::TooManyRequests);
    let invalid = Invalid { field: "email" };
    assert_eq!(invalid.status(), StatusCode::UnprocessableContent);
    assert_eq!(invalid.field, "email");
}
