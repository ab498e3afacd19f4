status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        999,
    }
}

fn main() {}
