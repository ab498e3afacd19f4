use status_core::HttpStatus;

#[derive(HttpStatus)]
struct Missing {
    id: u64,
}

fn main() {
    let _ = Missing { id: 7 }.id;
}
