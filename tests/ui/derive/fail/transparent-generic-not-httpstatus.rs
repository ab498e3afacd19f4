use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError<T> {
    #[status(transparent)]
    Inner(T),
}

fn main() {
    let _ = ApiError::Inner(5_u8).status();
}
