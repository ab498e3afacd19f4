status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        http::StatusCode::NOT_FOUND,
    }
}

fn main() {}
