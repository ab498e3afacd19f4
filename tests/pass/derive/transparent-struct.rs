use status_core::{HttpStatus, StatusCode};

#[derive(HttpStatus)]
#[status(410)]
struct Gone;

#[derive(HttpStatus)]
#[status(transparent)]
struct TupleWrapper(Gone);

#[derive(HttpStatus)]
#[status(transparent)]
struct NamedWrapper {
    inner: TupleWrapper,
}

fn main() {
    assert_eq!(TupleWrapper(Gone).status(), StatusCode::Gone);
    assert_eq!(
        NamedWrapper {
            inner: TupleWrapper(Gone)
        }
        .status(),
        StatusCode::Gone
    );
}
