use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(Continue)]
    KeepGoing,
}

fn main() {}
