status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        6xx,
    }
}

fn main() {}
