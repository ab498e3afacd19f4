status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        471,
    }
}

fn main() {}
