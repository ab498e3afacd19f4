use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status]
    Missing,
}

fn main() {}
