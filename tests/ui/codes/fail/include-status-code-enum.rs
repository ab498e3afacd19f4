status_core::include_codes!("ui/codes/fail/codes/status-code-enum.toml");

fn main() {}
