//! Members by name, by number and by class, in any order.

status_core::status_enum! {
    /// The statuses of the public API.
    pub enum ApiStatus {
        TooManyRequests,
        201,
        Ok,
        5xx,
        3XX,
    }
}

fn main() {
    assert_eq!(ApiStatus::ALL.first(), Some(&ApiStatus::Ok));
    assert_eq!(ApiStatus::Created.code(), 201);
    assert_eq!(ApiStatus::TemporaryRedirect.code(), 307);
    assert_eq!(ApiStatus::from_u16(418), None);
}
