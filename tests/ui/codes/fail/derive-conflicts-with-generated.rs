status_core::status_enum! {
    #[derive(Debug)]
    pub enum ApiStatus {
        Ok,
        NotFound,
    }
}

fn main() {}
