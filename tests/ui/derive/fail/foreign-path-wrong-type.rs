use status_core::HttpStatus;

mod statuses {
    pub const GONE: &str = "410 Gone";
}

#[derive(HttpStatus)]
enum ApiError {
    #[status(statuses::GONE)]
    Removed,
}

fn main() {}
