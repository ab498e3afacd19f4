use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(StatusCode::NotFund)]
    Missing,
}

fn main() {}
