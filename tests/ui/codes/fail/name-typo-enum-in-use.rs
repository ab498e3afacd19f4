status_core::status_enum! {
    pub enum ApiStatus {
        Ok,
        NotFund,
    }
}

fn main() {
    let _ = ApiStatus::Ok.code();
    let _ = ApiStatus::ALL;
}
