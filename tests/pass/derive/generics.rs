use core::fmt::Debug;
use status_core::{HttpStatus, StatusCode};

#[derive(Debug, HttpStatus)]
#[status(404)]
struct NotFound;

#[derive(Debug, HttpStatus)]
enum Generic<T> {
    #[status(transparent)]
    Inner(T),
    #[status(500)]
    Other,
}

#[derive(HttpStatus)]
enum Borrowed<'a> {
    #[status(400)]
    BadInput { input: &'a str },
}

#[derive(HttpStatus)]
enum Bounded<'a, T, const N: usize>
where
    T: Debug,
{
    #[status(transparent)]
    Inner(T),
    #[status(422)]
    Invalid([&'a str; N]),
}

fn main() {
    assert_eq!(Generic::Inner(NotFound).status(), StatusCode::NotFound);
    assert_eq!(
        Generic::<NotFound>::Other.status(),
        StatusCode::InternalServerError
    );
    assert_eq!(
        Borrowed::BadInput { input: "x" }.status(),
        StatusCode::BadRequest
    );
    let invalid: Bounded<'_, Generic<NotFound>, 2> = Bounded::Invalid(["a", "b"]);
    assert_eq!(invalid.status(), StatusCode::UnprocessableContent);
    let inner: Bounded<'_, Generic<NotFound>, 0> = Bounded::Inner(Generic::Inner(NotFound));
    assert_eq!(inner.status(), StatusCode::NotFound);
}
