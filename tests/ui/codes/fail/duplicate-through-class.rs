status_core::status_enum! {
    pub enum ApiStatus {
        NotFound,
        4xx,
    }
}

fn main() {}
