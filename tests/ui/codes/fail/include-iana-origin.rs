status_core::include_codes!("ui/codes/fail/codes/iana-origin.toml");

fn main() {}
