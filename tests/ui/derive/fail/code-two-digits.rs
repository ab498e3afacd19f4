use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(50)]
    Broken,
}

fn main() {}
