use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(Nginx::ClientClosed)]
    ClientGone,
}

fn main() {}
