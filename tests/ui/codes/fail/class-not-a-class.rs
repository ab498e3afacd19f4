status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        4yy,
    }
}

fn main() {}
