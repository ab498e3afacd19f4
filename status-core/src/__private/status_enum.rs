//! The code every generated status enum shares, written once.
//!
//! `status-macros` writes each enum's variants, their docs and the data that differs between
//! enums (its origin, its table of meanings, the row of each variant in it and the doc lines
//! that cite its own codes), then invokes [`__status_enum!`](crate::__status_enum) for the
//! methods and trait impls. `Status` uses [`__class_methods!`](crate::__class_methods) for
//! the part it has in common with the enums. The impls of status-core's `http` and `serde`
//! features go through the gates of `features.rs`, which test status-core's features, not
//! those of the crate the enum is declared in.

/// The methods that follow from the class of a code, for a type with a `const fn code(self)`.
#[doc(hidden)]
#[macro_export]
macro_rules! __class_methods {
    () => {
        /// The class, given by the first digit (RFC 9110 §15).
        #[inline]
        #[must_use]
        pub const fn class(self) -> $crate::StatusClass {
            match $crate::StatusClass::of(self.code()) {
                ::core::option::Option::Some(class) => class,
                ::core::option::Option::None => $crate::StatusClass::ServerError,
            }
        }

        /// Whether this is a 1xx (Informational) status: an interim response.
        #[inline]
        #[must_use]
        pub const fn is_informational(self) -> bool {
            ::core::matches!(self.class(), $crate::StatusClass::Informational)
        }

        /// Whether this is a 2xx (Successful) status.
        #[inline]
        #[must_use]
        pub const fn is_success(self) -> bool {
            ::core::matches!(self.class(), $crate::StatusClass::Successful)
        }

        /// Whether this is a 3xx (Redirection) status.
        #[inline]
        #[must_use]
        pub const fn is_redirection(self) -> bool {
            ::core::matches!(self.class(), $crate::StatusClass::Redirection)
        }

        /// Whether this is a 4xx (Client Error) status.
        #[inline]
        #[must_use]
        pub const fn is_client_error(self) -> bool {
            ::core::matches!(self.class(), $crate::StatusClass::ClientError)
        }

        /// Whether this is a 5xx (Server Error) status.
        #[inline]
        #[must_use]
        pub const fn is_server_error(self) -> bool {
            ::core::matches!(self.class(), $crate::StatusClass::ServerError)
        }

        /// Whether this is an interim response (1xx): a final response follows
        /// (RFC 9110 §15.2).
        #[inline]
        #[must_use]
        pub const fn is_interim(self) -> bool {
            self.is_informational()
        }

        /// Whether this is a final response (2xx to 5xx).
        #[inline]
        #[must_use]
        pub const fn is_final(self) -> bool {
            !self.is_interim()
        }
    };
}

/// The inherent methods and trait impls of one generated status enum.
///
/// `enum` is a `#[repr(u16)]` enum whose discriminants are its codes, listed in code order in
/// `all`; `rows` gives, for each of them, the index of its entry in the static `meanings`.
/// The doc strings cite the enum's own codes, so they are computed by the caller.
#[doc(hidden)]
#[macro_export]
macro_rules! __status_enum {
    (
        enum: $name:ident,
        type_name: $type_name:literal,
        origin: $origin:expr,
        meanings: $meanings:path,
        all: [$($variant:ident),+ $(,)?],
        rows: [$($row:literal),+ $(,)?],
        docs: {
            code: $code_doc:literal,
            reason: $reason_doc:literal,
            aliases: $aliases_doc:literal,
            body_forbidden: $body_forbidden_doc:literal,
            headers: $headers_doc:literal,
            retry_after: $retry_after_doc:literal,
            location: $location_doc:literal,
            content: $content_doc:literal,
            status: $status_doc:literal,
            display: $display_doc:literal,
            parse: $parse_doc:literal,
        } $(,)?
    ) => {
        impl $name {
            /// Every status of this enum, in code order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The origin that defines these codes.
            pub const ORIGIN: $crate::Origin = $origin;

            /// Every code from 100 to 599, at `code - 100`, with its status, if the enum has
            /// one.
            const __BY_CODE: [::core::option::Option<Self>; 500] = {
                let mut table = [::core::option::Option::None; 500];
                let mut index = 0;
                while index < Self::ALL.len() {
                    let status = Self::ALL[index];
                    table[status as usize - 100] = ::core::option::Option::Some(status);
                    index += 1;
                }
                table
            };

            /// Every code from 100 to 599, at `code - 100`, with the index of its entry in
            /// the table of meanings (0 for codes the enum does not have).
            const __ROW_BY_CODE: [u16; 500] = {
                let rows: &[u16] = &[$($row),+];
                let mut table = [0; 500];
                let mut index = 0;
                while index < Self::ALL.len() {
                    table[Self::ALL[index] as usize - 100] = rows[index];
                    index += 1;
                }
                table
            };

            /// The status for `code`, or `None` when this enum has no status with that code.
            #[inline]
            #[must_use]
            pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
                // A branch, not a masked load: codes come in runs that predict well, and a
                // number outside 100..=599 then costs no load (measured both ways).
                let index = code.wrapping_sub(100);
                if index < 500 {
                    Self::__BY_CODE[index as usize]
                } else {
                    ::core::option::Option::None
                }
            }

            /// The registry entry behind this status: every fact the registry records about
            /// it.
            #[inline]
            #[must_use]
            pub const fn meaning(self) -> &'static $crate::Meaning {
                &$meanings[Self::__ROW_BY_CODE[self as usize - 100] as usize]
            }

            /// Every status of the enum as `#[contract(...)]` reads them, built by one loop
            /// rather than one expression per variant, which the compiler checks once.
            #[doc(hidden)]
            const __CONTRACT_TABLE: [$crate::__private::contract_check::Entry; $name::ALL.len()] = {
                let mut table = [$crate::__private::contract_check::Entry::Unstated; $name::ALL.len()];
                let mut index = 0;
                while index < $name::ALL.len() {
                    let status = $name::ALL[index];
                    table[index] = $crate::__private::contract_check::Entry::Status(
                        status.__contract_code(),
                        $crate::__private::contract_check::Declarer::Member(
                            $type_name,
                            status.meaning().name,
                        ),
                    );
                    index += 1;
                }
                table
            };

            /// This status as `#[contract(...)]` reads it at compile time.
            #[doc(hidden)]
            #[inline]
            #[must_use]
            pub const fn __contract_code(self) -> $crate::__private::contract_check::Code {
                $crate::__private::contract_check::Code::new(
                    self.code(),
                    Self::ORIGIN.id(),
                    self.reason(),
                )
            }

            #[doc = $code_doc]
            #[inline]
            #[must_use]
            pub const fn code(self) -> u16 {
                self as u16
            }

            #[doc = $reason_doc]
            #[inline]
            #[must_use]
            pub const fn reason(self) -> &'static str {
                self.meaning().reason
            }

            #[doc = $aliases_doc]
            #[inline]
            #[must_use]
            pub const fn aliases(self) -> &'static [&'static str] {
                self.meaning().aliases
            }

            /// What the status means, in one or two sentences.
            #[inline]
            #[must_use]
            pub const fn description(self) -> &'static str {
                self.meaning().description
            }

            $crate::__class_methods!();

            /// Whether a cache may reuse a response with this status without explicit
            /// freshness information (heuristically cacheable, RFC 9110 §15.1 and
            /// RFC 7725 §3).
            #[inline]
            #[must_use]
            pub const fn is_cacheable_by_default(self) -> bool {
                self.meaning().cacheable
            }

            #[doc = $body_forbidden_doc]
            #[inline]
            #[must_use]
            pub const fn is_body_forbidden(self) -> bool {
                self.meaning().body_forbidden
            }

            #[doc = $headers_doc]
            #[inline]
            #[must_use]
            pub const fn headers(self) -> &'static [&'static str] {
                self.meaning().headers
            }

            /// The header fields a response with this status MUST carry, as its defining
            /// section says; `#[derive(HttpStatus)]` refuses a mapping to the status that does
            /// not supply them.
            #[inline]
            #[must_use]
            pub const fn required_headers(self) -> &'static [&'static str] {
                self.meaning().required_headers
            }

            /// Where the status stands in its registry: current, unused, deprecated, …
            #[inline]
            #[must_use]
            pub const fn state(self) -> $crate::RegistryState {
                self.meaning().state
            }

            /// The defining document and section, as prose, such as
            /// `RFC 9110, Section 15.5.5`.
            #[inline]
            #[must_use]
            pub const fn spec(self) -> &'static str {
                self.meaning().spec
            }

            /// A link to the definition.
            #[inline]
            #[must_use]
            pub const fn spec_url(self) -> &'static str {
                self.meaning().spec_url
            }

            /// The origin that defines this status.
            #[inline]
            #[must_use]
            pub const fn origin(self) -> $crate::Origin {
                Self::ORIGIN
            }

            #[doc = $status_doc]
            #[inline]
            #[must_use]
            pub const fn status(self) -> $crate::Status {
                $crate::Status::__registered(self.code(), Self::ORIGIN)
            }

            /// Whether a server may send this status to a peer speaking `version`: no 1xx
            /// to an HTTP/1.0 client (RFC 9110 §15.2), and the registry may restrict a status
            /// to some versions.
            #[inline]
            #[must_use]
            pub const fn may_send_to(self, version: $crate::HttpVersion) -> bool {
                self.meaning().may_send_to(version)
            }

            /// The kind of redirect, for a 3xx status (RFC 9110 §15.4).
            #[inline]
            #[must_use]
            pub const fn redirect_kind(self) -> ::core::option::Option<$crate::RedirectKind> {
                self.meaning().redirect
            }

            /// Whether the condition is temporary or permanent, where the RFCs say so.
            #[inline]
            #[must_use]
            pub const fn permanence(self) -> ::core::option::Option<$crate::Permanence> {
                self.meaning().permanence
            }

            /// Whether repeating the identical request can succeed, where the RFCs say so.
            #[inline]
            #[must_use]
            pub const fn retry(self) -> ::core::option::Option<$crate::Retry> {
                self.meaning().retry
            }

            #[doc = $retry_after_doc]
            #[inline]
            #[must_use]
            pub fn retry_after_applies(self) -> bool {
                self.meaning().retry_after_applies()
            }

            #[doc = $location_doc]
            #[inline]
            #[must_use]
            pub fn expects_location(self) -> bool {
                self.meaning().expects_location()
            }

            #[doc = $content_doc]
            #[inline]
            #[must_use]
            pub const fn may_have_content(self) -> bool {
                self.meaning().may_have_content()
            }

            /// Whether a response with this status to a `method` request may carry content:
            /// never for HEAD (RFC 9110 §9.3.2), nor for a 2xx answer to CONNECT
            /// (RFC 9110 §9.3.6).
            #[inline]
            #[must_use]
            pub const fn may_have_content_for(self, method: &str) -> bool {
                self.meaning().may_have_content_for(method)
            }

            /// The request a user agent sends to follow this redirect after a `method`
            /// request, or `None` when it is not followed automatically. See
            /// [`FollowUp`]($crate::FollowUp).
            #[inline]
            #[must_use]
            pub const fn follow_up(self, method: &str) -> ::core::option::Option<$crate::FollowUp<'_>> {
                self.meaning().follow_up(method)
            }
        }

        impl ::core::fmt::Display for $name {
            #[doc = $display_doc]
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::write_status_line(f, self.code(), self.reason())
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::StatusError;

            #[doc = $parse_doc]
            #[inline]
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                match $crate::__private::parse_code(text) {
                    ::core::result::Result::Ok(code) => {
                        <Self as ::core::convert::TryFrom<u16>>::try_from(code)
                    }
                    // `404 X` at least: the rest never leaves this function.
                    ::core::result::Result::Err(error) if text.len() > 4 => {
                        $crate::__private::parse_with_reason(text, error)
                    }
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                }
            }
        }

        impl ::core::convert::TryFrom<u16> for $name {
            type Error = $crate::StatusError;

            /// The status with this code, or an error saying why there is none.
            #[inline]
            fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_u16(code) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        $crate::StatusError::__unregistered(code, &$type_name),
                    ),
                }
            }
        }

        impl $crate::HttpStatus for $name {
            #[inline]
            fn status(&self) -> $crate::Status {
                $name::status(*self)
            }

            #[inline]
            fn status_meaning(&self) -> ::core::option::Option<&'static $crate::Meaning> {
                ::core::option::Option::Some($name::meaning(*self))
            }
        }

        impl $crate::StatusContract for $name {
            const __STATUSES: &'static [$crate::__private::contract_check::Entry] =
                &$name::__CONTRACT_TABLE;

            /// Visits every status of the enum: a value of this type can be any of them.
            fn visit_statuses(visit: &mut dyn ::core::ops::FnMut(&$crate::Outcome)) {
                $crate::__private::visit_enum(Self::ALL, $type_name, visit);
            }
        }

        impl ::core::convert::From<$name> for u16 {
            #[inline]
            fn from(status: $name) -> u16 {
                status.code()
            }
        }

        impl ::core::convert::From<$name> for $crate::Status {
            #[inline]
            fn from(status: $name) -> $crate::Status {
                status.status()
            }
        }

        impl ::core::cmp::PartialEq<$name> for $crate::Status {
            #[inline]
            fn eq(&self, other: &$name) -> bool {
                *self == other.status()
            }
        }

        impl ::core::cmp::PartialEq<$crate::Status> for $name {
            #[inline]
            fn eq(&self, other: &$crate::Status) -> bool {
                self.status() == *other
            }
        }

        // Written only when status-core's features are on, whichever crate this expands in.
        $crate::__with_http! {
            /// Converts into `http`'s status with the same number (feature `http`).
            impl ::core::convert::From<$name> for $crate::__private::http::StatusCode {
                #[inline]
                fn from(status: $name) -> $crate::__private::http::StatusCode {
                    $crate::__private::to_http(status.code())
                }
            }

            /// Compares the numbers (feature `http`).
            impl ::core::cmp::PartialEq<$crate::__private::http::StatusCode> for $name {
                #[inline]
                fn eq(&self, other: &$crate::__private::http::StatusCode) -> bool {
                    self.code() == other.as_u16()
                }
            }

            /// Compares the numbers (feature `http`).
            impl ::core::cmp::PartialEq<$name> for $crate::__private::http::StatusCode {
                #[inline]
                fn eq(&self, other: &$name) -> bool {
                    self.as_u16() == other.code()
                }
            }
        }

        $crate::__with_serde! {
            /// Writes the status as its number (feature `serde`).
            impl $crate::__private::serde::Serialize for $name {
                #[inline]
                fn serialize<__S: $crate::__private::serde::Serializer>(
                    &self,
                    serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    $crate::__private::serialize_code(self.code(), serializer)
                }
            }

            /// Reads the status from its number; a number the enum has no status for is an
            /// error that says so (feature `serde`).
            impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
                fn deserialize<__D: $crate::__private::serde::Deserializer<'de>>(
                    deserializer: __D,
                ) -> ::core::result::Result<Self, __D::Error> {
                    $crate::__private::deserialize_code(
                        deserializer,
                        ::core::concat!("a status code of `", $type_name, "`"),
                    )
                }
            }
        }
    };
}

/// The conversions and comparisons between an enum of IANA statuses declared with
/// `status_enum!` and [`StatusCode`](crate::StatusCode), whose variants it shares.
#[doc(hidden)]
#[macro_export]
macro_rules! __status_code_subset {
    (enum: $name:ident, all: [$($variant:ident),+ $(,)?] $(,)?) => {
        impl ::core::convert::From<$name> for $crate::StatusCode {
            #[inline]
            fn from(status: $name) -> $crate::StatusCode {
                match status {
                    $($name::$variant => $crate::StatusCode::$variant,)+
                }
            }
        }

        impl ::core::convert::TryFrom<$crate::StatusCode> for $name {
            type Error = $crate::StatusError;

            /// The member with this status, or an error when the enum does not list it.
            #[inline]
            fn try_from(status: $crate::StatusCode) -> ::core::result::Result<Self, Self::Error> {
                <Self as ::core::convert::TryFrom<u16>>::try_from(status.code())
            }
        }

        impl ::core::cmp::PartialEq<$crate::StatusCode> for $name {
            #[inline]
            fn eq(&self, other: &$crate::StatusCode) -> bool {
                self.code() == other.code()
            }
        }

        impl ::core::cmp::PartialEq<$name> for $crate::StatusCode {
            #[inline]
            fn eq(&self, other: &$name) -> bool {
                self.code() == other.code()
            }
        }
    };
}
