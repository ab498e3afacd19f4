status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        499,
    }
}

fn main() {}
