use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(StatusCode::from_u16(404))]
    Missing,
}

fn main() {}
