status_core::include_codes!("ui/codes/fail/codes/code-out-of-range.toml");

fn main() {}
