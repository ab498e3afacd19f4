//! The code every generated status enum shares, written once.
//!
//! `status-macros` writes each enum's variants, their docs and the data that differs between
//! enums (its origin, its table of meanings, the row of each variant in it, the set of its
//! codes), then invokes [`__status_enum!`](crate::__status_enum) for the methods and trait
//! impls. Those are kept few and small, because every enum pays for each one when it
//! compiles: the methods forward to [`Meaning`] through the one list of
//! [`__meaning_forwards!`](crate::__meaning_forwards), the lookups are generic functions over
//! [`StatusEnum`] compiled once here, and the conversions into [`Status`] and
//! [`StatusCode`] are blanket impls over it.
//!
//! The impls of status-core's `http` and `serde` features go through the gates of
//! `features.rs`, which test status-core's features, not those of the crate the enum is
//! declared in.

use crate::__private::contract_check::{Code, Declarer, Entry};
use crate::{Meaning, Origin, Status, StatusCode, StatusError};

/// A generated status enum, as the generic code here reads it. Implemented by
/// `__status_enum!` only: a `#[repr(u16)]` enum whose discriminants are its codes.
pub trait StatusEnum: Copy + Into<u16> + 'static {
    /// The enum's data.
    const TABLE: EnumTable<Self>;
}

/// An enum of IANA statuses declared with `status_enum!`: it converts into [`StatusCode`],
/// whose variants it shares.
pub trait IanaSubset: StatusEnum {}

/// What a generated enum is: its name, its origin, its statuses and their registry entries.
pub struct EnumTable<T: 'static> {
    /// How the enum is named in messages: `StatusCode`, `vendor::Nginx`, `ApiStatus`.
    pub type_name: &'static &'static str,
    /// The origin that defines the enum's codes.
    pub origin: Origin,
    /// Every status, in code order.
    pub all: &'static [T],
    /// The codes of `all`, behind a reference so that a lookup reads the one copy.
    pub members: &'static Members,
    /// For the enums of status-core's registry, every code from 100 to 599, at `code - 100`,
    /// with its status, if the enum has one: one load per lookup, for `StatusCode::from_str`
    /// and `from_u16`. Other enums look codes up in `members`, which costs them less to
    /// compile.
    pub by_code: Option<&'static [Option<T>; 500]>,
    /// For each status of `all`, the index of its entry in the static table of meanings
    /// that the enum's methods pass to the functions here. (Not the table itself: a constant
    /// that points to a static costs the compiler a walk of the static.)
    pub rows: &'static [u16],
}

/// A set of codes from 100 to 599, which also tells where each member sits among them.
#[derive(Clone, Copy)]
pub struct Members {
    /// Bit `code - 100` is set for a member.
    bits: [u64; 8],
    /// For each word of `bits`, the number of members in the words before it.
    before: [u16; 8],
}

impl Members {
    /// The set whose bits are `bits`, with `before` counted from them by the macro that
    /// wrote both.
    #[must_use]
    pub const fn new(bits: [u64; 8], before: [u16; 8]) -> Self {
        Members { bits, before }
    }

    /// The position of `code` among the members, in code order, or `None` when it is not
    /// one: a bit test and a count of the bits below it.
    #[inline]
    #[must_use]
    pub const fn index(&self, code: u16) -> Option<usize> {
        let offset = code.wrapping_sub(100) as usize;
        if offset >= 500 {
            return None;
        }
        let word = self.bits[offset / 64];
        let bit = 1_u64 << (offset % 64);
        if word & bit == 0 {
            return None;
        }
        Some(self.before[offset / 64] as usize + (word & (bit - 1)).count_ones() as usize)
    }
}

/// Every code from 100 to 599, at `code - 100`, with its status among `all`, whose codes are
/// `members`.
///
/// One step per member, not per code: the compiler interprets this loop for each enum of
/// status-core's registry, where 500 calls of [`Members::index`] took it 4 ms an enum.
#[must_use]
pub const fn by_code_table<T: Copy>(all: &[T], members: &Members) -> [Option<T>; 500] {
    let mut table = [None; 500];
    let mut index = 0;
    let mut word = 0;
    while word < 8 {
        let mut bits = members.bits[word];
        while bits != 0 {
            let offset = word * 64 + bits.trailing_zeros() as usize;
            if offset < 500 && index < all.len() {
                table[offset] = Some(all[index]);
            }
            index += 1;
            // The lowest member is placed: on to the next.
            bits &= bits - 1;
        }
        word += 1;
    }
    table
}

/// The status of `T` with `code`, if it has one.
#[inline]
#[must_use]
pub const fn enum_member<T: StatusEnum>(code: u16) -> Option<T> {
    if let Some(by_code) = T::TABLE.by_code {
        // A branch, not a masked load: codes come in runs that predict well, and a number
        // outside 100..=599 then costs no load.
        let offset = code.wrapping_sub(100) as usize;
        return if offset < 500 { by_code[offset] } else { None };
    }
    match T::TABLE.members.index(code) {
        Some(index) => Some(T::TABLE.all[index]),
        None => None,
    }
}

/// The registry entry, in `meanings`, of the status of `T` with `code`, which is one of its
/// members.
#[inline]
#[must_use]
pub const fn enum_meaning<T: StatusEnum>(
    meanings: &'static [Meaning],
    code: u16,
) -> &'static Meaning {
    let index = match T::TABLE.members.index(code) {
        Some(index) => index,
        // A member's code is always found.
        None => 0,
    };
    &meanings[T::TABLE.rows[index] as usize]
}

/// `TryFrom<u16>` of a generated enum.
///
/// # Errors
/// When `T` has no status with `code`.
#[inline]
pub const fn enum_try_from<T: StatusEnum>(code: u16) -> Result<T, StatusError> {
    match enum_member(code) {
        Some(status) => Ok(status),
        None => Err(StatusError::unregistered(code, T::TABLE.type_name)),
    }
}

/// `FromStr` of a generated enum: three digits, or a status line as `Display` writes it.
///
/// # Errors
/// As [`parse_code`](super::parse_code), then [`enum_try_from`], or for a status line as
/// [`parse_with_reason`](super::parse_with_reason).
#[inline]
pub fn enum_from_str<T: StatusEnum + crate::HttpStatus>(text: &str) -> Result<T, StatusError> {
    match super::parse_code(text) {
        Ok(code) => enum_try_from(code),
        // `404 X` at least: the rest never leaves this function.
        Err(error) if text.len() > 4 => super::parse_with_reason(text, error),
        Err(error) => Err(error),
    }
}

/// Every status of `T`, whose entries are in `meanings`, as `#[contract(...)]` reads them:
/// one loop over its table, which the compiler evaluates once per enum.
#[must_use]
pub const fn enum_contract_table<T: StatusEnum, const N: usize>(
    meanings: &'static [Meaning],
) -> [Entry; N] {
    let table = T::TABLE;
    let mut entries = [Entry::Unstated; N];
    let mut index = 0;
    while index < N && index < table.rows.len() {
        let meaning = &meanings[table.rows[index] as usize];
        entries[index] = Entry::Status(
            Code::new(meaning.code, table.origin.id(), meaning.reason),
            Declarer::Member(table.type_name, meaning.name),
        );
        index += 1;
    }
    entries
}

impl<T: StatusEnum> From<T> for Status {
    #[inline]
    fn from(status: T) -> Status {
        super::registered_status(status.into(), T::TABLE.origin)
    }
}

impl<T: StatusEnum> PartialEq<T> for Status {
    #[inline]
    fn eq(&self, other: &T) -> bool {
        *self == Status::from(*other)
    }
}

impl<T: IanaSubset> From<T> for StatusCode {
    #[inline]
    fn from(status: T) -> StatusCode {
        // A member of an IANA subset is its own effective status.
        Status::from(status).effective()
    }
}

impl<T: IanaSubset> PartialEq<T> for StatusCode {
    #[inline]
    fn eq(&self, other: &T) -> bool {
        self.code() == Into::<u16>::into(*other)
    }
}

/// The methods that follow from the class of a code, for a type with a `const fn code(self)`
/// that returns a code from 100 to 599.
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
            self.code() < 200
        }

        /// Whether this is a 2xx (Successful) status.
        #[inline]
        #[must_use]
        pub const fn is_success(self) -> bool {
            self.code() / 100 == 2
        }

        /// Whether this is a 3xx (Redirection) status.
        #[inline]
        #[must_use]
        pub const fn is_redirection(self) -> bool {
            self.code() / 100 == 3
        }

        /// Whether this is a 4xx (Client Error) status.
        #[inline]
        #[must_use]
        pub const fn is_client_error(self) -> bool {
            self.code() / 100 == 4
        }

        /// Whether this is a 5xx (Server Error) status.
        #[inline]
        #[must_use]
        pub const fn is_server_error(self) -> bool {
            self.code() >= 500
        }

        /// Whether this is an interim response (1xx): a final response follows
        /// (RFC 9110 §15.2).
        #[inline]
        #[must_use]
        pub const fn is_interim(self) -> bool {
            self.code() < 200
        }

        /// Whether this is a final response (2xx to 5xx).
        #[inline]
        #[must_use]
        pub const fn is_final(self) -> bool {
            self.code() >= 200
        }
    };
}

/// The forwards of a generated enum, from the list of
/// [`__meaning_forwards!`](crate::__meaning_forwards): each reads the enum's own entry. Token
/// trees only, which the compiler matches without parsing.
#[doc(hidden)]
#[macro_export]
macro_rules! __enum_forwards {
    (
        $($section:ident: {
            $(
                $(#$doc:tt)*
                $name:ident($($param:tt)*) -> [$($ret:tt)*] |$meaning:ident| $body:tt
            )*
        })*
    ) => {
        $($(
            $(#$doc)*
            #[inline]
            #[must_use]
            pub const fn $name(self, $($param)*) -> $($ret)* {
                let $meaning = self.meaning();
                $body
            }
        )*)*
    };
}

/// The inherent methods and trait impls of one generated status enum.
///
/// `enum` is a `#[repr(u16)]` enum whose discriminants are its codes, listed in code order in
/// `all`; `rows` gives, for each of them, the index of its entry in the static `meanings`;
/// `members` and `before` are the arguments of [`Members::new`] for its codes; `lookup` is
/// `table` or `members` (see [`__by_code!`](crate::__by_code)). The docs are
/// the same for every enum, but for `status()`, whose text depends on the origin.
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
        members: [$($bits:literal),+ $(,)?],
        before: [$($before:literal),+ $(,)?],
        lookup: $lookup:ident,
        status_doc: $status_doc:literal $(,)?
    ) => {
        impl $name {
            /// The codes of the enum.
            const __MEMBERS: $crate::__private::Members =
                $crate::__private::Members::new([$($bits),+], [$($before),+]);

            /// Every status of this enum, in code order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The origin that defines these codes.
            pub const ORIGIN: $crate::Origin = $origin;

            /// The status for `code`, or `None` when this enum has no status with that code.
            #[inline]
            #[must_use]
            pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
                $crate::__private::enum_member::<Self>(code)
            }

            /// The registry entry behind this status: every fact the registry records about
            /// it.
            #[inline]
            #[must_use]
            pub const fn meaning(self) -> &'static $crate::Meaning {
                $crate::__private::enum_meaning::<Self>(&$meanings, self as u16)
            }

            /// This status as `#[contract(...)]` reads it at compile time.
            #[doc(hidden)]
            #[inline]
            #[must_use]
            pub const fn __contract_code(self) -> $crate::__private::contract_check::Code {
                $crate::__private::contract_check::Code::new(
                    self as u16,
                    Self::ORIGIN.id(),
                    self.meaning().reason,
                )
            }

            /// The three-digit code, which is also the variant's discriminant (`as u16`).
            #[inline]
            #[must_use]
            pub const fn code(self) -> u16 {
                self as u16
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
                $crate::__private::registered_status(self as u16, Self::ORIGIN)
            }

            $crate::__class_methods!();

            $crate::__meaning_forwards!(__enum_forwards,);
        }

        impl $crate::__private::StatusEnum for $name {
            const TABLE: $crate::__private::EnumTable<Self> = $crate::__private::EnumTable {
                type_name: &$type_name,
                origin: $origin,
                all: Self::ALL,
                members: &Self::__MEMBERS,
                by_code: $crate::__by_code!($lookup),
                rows: &[$($row),+],
            };
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd for $name {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(&(*self as u16), &(*other as u16)))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for $name {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&(*self as u16), &(*other as u16))
            }
        }

        #[automatically_derived]
        impl ::core::hash::Hash for $name {
            #[inline]
            fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
                ::core::hash::Hash::hash(&(*self as u16), state);
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for $name {
            /// Writes the variant's name: `NotFound`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.meaning().name)
            }
        }

        impl ::core::fmt::Display for $name {
            /// Writes the code and the reason phrase, as on a status line: `404 Not Found`.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::write_status_line(f, *self as u16, self.meaning().reason)
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::StatusError;

            /// Parses a three-digit code such as `"404"`, or a status as it prints:
            /// `"404 Not Found"` (any reason phrase or alias, in any ASCII case).
            #[inline]
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                $crate::__private::enum_from_str(text)
            }
        }

        impl ::core::convert::TryFrom<u16> for $name {
            type Error = $crate::StatusError;

            /// The status with this code, or an error saying why there is none.
            #[inline]
            fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::enum_try_from(code)
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
                &$crate::__private::enum_contract_table::<$name, { $name::ALL.len() }>(&$meanings);

            /// Visits every status of the enum: a value of this type can be any of them.
            fn visit_statuses(visit: &mut dyn ::core::ops::FnMut(&$crate::Outcome)) {
                $crate::__private::visit_enum(Self::ALL, $type_name, visit);
            }
        }

        impl ::core::convert::From<$name> for u16 {
            #[inline]
            fn from(status: $name) -> u16 {
                status as u16
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
                    $crate::__private::to_http(status as u16)
                }
            }

            /// Compares the numbers (feature `http`).
            impl ::core::cmp::PartialEq<$crate::__private::http::StatusCode> for $name {
                #[inline]
                fn eq(&self, other: &$crate::__private::http::StatusCode) -> bool {
                    *self as u16 == other.as_u16()
                }
            }

            /// Compares the numbers (feature `http`).
            impl ::core::cmp::PartialEq<$name> for $crate::__private::http::StatusCode {
                #[inline]
                fn eq(&self, other: &$name) -> bool {
                    self.as_u16() == *other as u16
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
                    $crate::__private::serialize_code(*self as u16, serializer)
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

/// How a generated enum finds a code: `table`, a table of every code made once where the enum
/// is declared (status-core's own enums, whose lookups are hot), or `members` alone.
#[doc(hidden)]
#[macro_export]
macro_rules! __by_code {
    (table) => {
        ::core::option::Option::Some(&$crate::__private::by_code_table(
            Self::ALL,
            &Self::__MEMBERS,
        ))
    };
    (members) => {
        ::core::option::Option::None
    };
}

/// The conversions and comparisons between an enum of IANA statuses declared with
/// `status_enum!` and [`StatusCode`], whose variants it shares; `From<Enum> for StatusCode`
/// and `PartialEq<Enum> for StatusCode` are blanket impls over [`IanaSubset`].
#[doc(hidden)]
#[macro_export]
macro_rules! __status_code_subset {
    (enum: $name:ident $(,)?) => {
        impl $crate::__private::IanaSubset for $name {}

        impl ::core::convert::TryFrom<$crate::StatusCode> for $name {
            type Error = $crate::StatusError;

            /// The member with this status, or an error when the enum does not list it.
            #[inline]
            fn try_from(status: $crate::StatusCode) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::enum_try_from(status as u16)
            }
        }

        impl ::core::cmp::PartialEq<$crate::StatusCode> for $name {
            #[inline]
            fn eq(&self, other: &$crate::StatusCode) -> bool {
                *self as u16 == *other as u16
            }
        }
    };
}
