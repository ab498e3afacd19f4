status_core::include_codes!("ui/codes/fail/codes/does-not-exist.toml");

fn main() {}
