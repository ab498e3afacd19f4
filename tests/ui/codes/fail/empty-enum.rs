status_core::status_enum! {
    pub enum ApiStatus {}
}

fn main() {}
