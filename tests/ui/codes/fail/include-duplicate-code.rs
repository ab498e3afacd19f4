status_core::include_codes!("ui/codes/fail/codes/duplicate-code.toml");

fn main() {}
