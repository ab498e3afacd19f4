use status_core::HttpStatus;

#[derive(HttpStatus)]
#[status(404)]
struct Missing {
    #[status(500)]
    id: u64,
}

fn main() {}
