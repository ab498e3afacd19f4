use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(PayloadTooLarge)]
    TooBig,
}

fn main() {}
