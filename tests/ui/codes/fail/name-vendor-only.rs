status_core::status_enum! {
    pub enum ApiStatus {
        ClientClosedRequest,
    }
}

fn main() {}
