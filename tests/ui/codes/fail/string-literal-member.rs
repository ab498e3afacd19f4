status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        "Not Found",
    }
}

fn main() {}
