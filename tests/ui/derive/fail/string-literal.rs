use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status("404")]
    Missing,
}

fn main() {}
