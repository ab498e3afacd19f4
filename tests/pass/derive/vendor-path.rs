// `Nginx` is not imported: the macro resolves vendor paths itself.
use status_core::vendor::Nginx;
use status_core::{HttpStatus, Origin, Status};

#[derive(HttpStatus)]
enum ProxyError {
    #[status(Nginx::ClientClosedRequest)]
    ClientGone,
    #[status(Cloudflare::WebServerIsDown)]
    OriginDown,
}

fn main() {
    assert_eq!(
        ProxyError::ClientGone.status(),
        Status::from(Nginx::ClientClosedRequest)
    );
    assert_eq!(
        ProxyError::ClientGone.status().origin(),
        Some(Origin::NGINX)
    );
    assert_eq!(ProxyError::OriginDown.status().code(), 521);
}
