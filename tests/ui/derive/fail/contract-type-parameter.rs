use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
#[contract(C)]
enum ApiError<C> {
    /// No item has this id.
    #[status(NotFound)]
    Missing(C),
}

fn main() {}
