use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(NotFund)]
    Missing,
}

fn main() {}
