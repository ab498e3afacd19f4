use status_core::HttpStatus;

#[derive(HttpStatus)]
#[status(404)]
struct NotFound;

#[derive(HttpStatus)]
#[status(transparent)]
struct Wrapper {
    source: NotFound,
    context: &'static str,
}

fn main() {}
