status_core::status_enum! {
    pub enum ApiStatus {
        NotFound,
        Ok,
        404,
    }
}

fn main() {}
