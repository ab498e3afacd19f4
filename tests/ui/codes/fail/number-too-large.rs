status_core::status_enum! {
    pub enum ApiStatus {
        99999999999999999999999,
    }
}

fn main() {}
