status_core::include_codes!("ui/codes/fail/codes/invalid-toml.toml");

fn main() {}
