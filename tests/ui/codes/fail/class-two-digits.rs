status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        40x,
    }
}

fn main() {}
