use status_core::HttpStatus;

status_core::status_enum! {
    /// What the API answers.
    pub enum ApiStatus { Ok, NotFound }
}

/// A 418, outside the contract.
#[derive(Debug, HttpStatus)]
#[status(ImATeapot)]
struct Teapot;

#[derive(Debug, HttpStatus)]
#[contract(ApiStatus)]
enum ApiError<T> {
    /// No item has this id.
    #[status(NotFound)]
    Missing,
    /// Checked for each instantiation the program builds.
    #[status(transparent)]
    Other(T),
}

fn main() {
    let error: ApiError<Teapot> = ApiError::Other(Teapot);
    let _ = error.status();
    let _ = ApiError::<Teapot>::Missing;
}
