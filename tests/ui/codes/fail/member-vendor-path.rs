status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        Nginx::ClientClosedRequest,
    }
}

fn main() {}
