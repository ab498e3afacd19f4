use status_core::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(407)]
struct ProxyLogin;

fn main() {}
