use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(100)]
    KeepGoing,
}

fn main() {}
