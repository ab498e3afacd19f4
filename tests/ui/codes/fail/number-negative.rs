status_core::status_enum! {
    pub enum ApiStatus {
        -404,
    }
}

fn main() {}
