use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(499)]
    ClientGone,
}

fn main() {}
