mod codes {
    status_core::include_codes!("ui/codes/fail/codes/google-named.toml");
}

use codes::Google;

#[derive(Debug, status_core::HttpStatus)]
enum ApiError {
    /// The quota of the gateway is spent.
    #[status(Google::QuotaExceeded)]
    Quota,
}

fn main() {
    let _ = Google::QuotaExceeded;
}
