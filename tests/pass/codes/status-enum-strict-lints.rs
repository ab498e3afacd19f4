//! The expansion is clean under strict lints and without the prelude.

#![no_implicit_prelude]
#![deny(warnings, missing_docs, unused_qualifications, unreachable_pub)]

mod api {
    ::status_core::status_enum! {
        /// The statuses of the public API.
        #[allow(unreachable_pub)]
        pub enum ApiStatus {
            Ok,
            Created,
            4xx,
        }
    }

    ::status_core::status_enum! {
        pub(crate) enum Undocumented {
            Gone,
        }
    }
}

fn main() {
    let _ = api::ApiStatus::ALL;
    let _ = api::Undocumented::Gone.code();
}
