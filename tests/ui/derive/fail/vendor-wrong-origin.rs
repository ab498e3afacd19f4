use status_core::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(Esri::ClientClosedRequest)]
    ClientGone,
}

fn main() {}
