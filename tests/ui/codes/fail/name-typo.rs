status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        NotFund,
    }
}

fn main() {}
