use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ProtocolError {
    /// The client must switch to a newer protocol.
    #[status(StatusCode::UpgradeRequired)]
    Outdated,
}

fn main() {}
