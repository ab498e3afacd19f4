use status_core::{HttpStatus, Outcome, StatusCode, StatusContract};

#[derive(Debug, HttpStatus)]
enum Inner {
    /// Not there.
    #[status(404)]
    r#Type,
}

#[derive(Debug, HttpStatus)]
enum Outer {
    #[status(transparent)]
    Boxed(Box<Inner>),
    #[status(transparent)]
    Code(StatusCode),
}

fn main() {
    assert_eq!(Outer::Boxed(Box::new(Inner::r#Type)).status(), StatusCode::NotFound);
    assert_eq!(Outer::Code(StatusCode::Gone).status(), StatusCode::Gone);
    let mut variants = Vec::new();
    Outer::visit_statuses(&mut |outcome: &Outcome| variants.push(outcome.variant));
    assert_eq!(variants[0], Some("Type"));
    assert_eq!(variants.len(), 1 + StatusCode::ALL.len());
}
