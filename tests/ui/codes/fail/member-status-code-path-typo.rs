status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        StatusCode::NotFund,
    }
}

fn main() {}
