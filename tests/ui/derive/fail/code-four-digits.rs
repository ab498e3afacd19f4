use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(4040)]
    Missing,
}

fn main() {}
