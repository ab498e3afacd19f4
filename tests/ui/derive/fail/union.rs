use status_core::HttpStatus;

#[derive(HttpStatus)]
#[status(500)]
union Bits {
    int: u32,
    float: f32,
}

fn main() {}
