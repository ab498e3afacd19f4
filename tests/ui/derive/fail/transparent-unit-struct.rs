use status_core::HttpStatus;

#[derive(HttpStatus)]
#[status(transparent)]
struct Nothing;

fn main() {}
