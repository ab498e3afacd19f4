status_core::status_enum! {
    pub enum ApiStatus {
        /// The happy path.
        Ok,
        NotFound,
    }
}

fn main() {}
