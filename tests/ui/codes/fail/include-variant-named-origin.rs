status_core::include_codes!("ui/codes/fail/codes/variant-named-origin.toml");

fn main() {}
