//! `status_enum!` declares an enum inside a function body too.

fn main() {
    status_core::status_enum! {
        enum Local {
            Ok,
            NoContent,
        }
    }

    assert_eq!(Local::NoContent.to_string(), "204 No Content");
    assert!(Local::NoContent.is_body_forbidden());
}
