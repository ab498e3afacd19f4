//! Gates for the impls that `__status_enum!` writes only when a feature of status-core is on.
//!
//! `__status_enum!` expands in the crate that declares the enum, an application's crate for
//! `status_enum!` and `include_codes!`, where `#[cfg(feature = "http")]` would test that
//! crate's features. Each gate below is defined twice, and which definition exists is decided
//! when status-core is compiled: `$crate::__with_http! { … }` keeps its input when
//! status-core's `http` feature is on and drops it when it is off.

/// Keeps its input: status-core's `http` feature is on.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_http {
    ($($item:tt)*) => {
        $($item)*
    };
}

/// Drops its input: status-core's `http` feature is off.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_http {
    ($($item:tt)*) => {};
}

/// Keeps its input: status-core's `serde` feature is on.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_serde {
    ($($item:tt)*) => {
        $($item)*
    };
}

/// Drops its input: status-core's `serde` feature is off.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_serde {
    ($($item:tt)*) => {};
}

/// Keeps its input: status-core's `problem` feature is on. The derive wraps
/// `problem_extensions` in it, whose signature names `status_core::problem`.
#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_problem {
    ($($item:tt)*) => {
        $($item)*
    };
}

/// Drops its input: status-core's `problem` feature is off.
#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_problem {
    ($($item:tt)*) => {};
}
