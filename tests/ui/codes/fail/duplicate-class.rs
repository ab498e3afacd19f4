status_core::status_enum! {
    pub enum ServerErrors {
        5xx,
        5XX,
    }
}

fn main() {}
