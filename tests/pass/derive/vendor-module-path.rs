use status_core::{HttpStatus, Origin};

#[derive(HttpStatus)]
enum ProxyError {
    #[status(vendor::Nginx::ClientClosedRequest)]
    ClientGone,
}

fn main() {
    let status = ProxyError::ClientGone.status();
    assert_eq!(status.code(), 499);
    assert_eq!(status.origin(), Some(Origin::NGINX));
}
