status_core::include_codes!("ui/codes/fail/codes/no-origin.toml");

fn main() {}
