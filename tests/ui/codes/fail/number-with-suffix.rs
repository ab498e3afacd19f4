status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        404u16,
    }
}

fn main() {}
