status_core::include_codes!("ui/codes/fail/codes/unknown-key.toml");

fn main() {
    let _ = AcmeStatus::QuotaExhausted.code();
}
