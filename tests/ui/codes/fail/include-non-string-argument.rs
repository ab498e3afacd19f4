status_core::include_codes!(42);

fn main() {}
