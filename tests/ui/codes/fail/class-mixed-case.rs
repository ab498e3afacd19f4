status_core::status_enum! {
    pub enum ApiStatus {
        4xX,
    }
}

fn main() {}
