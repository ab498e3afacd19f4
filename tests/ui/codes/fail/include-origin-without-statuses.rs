status_core::include_codes!("ui/codes/fail/codes/origin-without-statuses.toml");

fn main() {}
