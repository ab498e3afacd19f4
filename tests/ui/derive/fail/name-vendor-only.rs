use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(ClientClosedRequest)]
    ClientGone,
}

fn main() {}
