use status_core::HttpStatus;

#[derive(HttpStatus)]
#[status(InternalServerEror)]
enum ApiError {
    Crashed,
    Panicked,
    #[status(404)]
    Missing,
}

fn main() {}
