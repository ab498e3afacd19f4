//! Where the property tests of `tests/tests/` keep the cases that failed: in
//! `tests/proptest-regressions/`, inside the package, rather than where proptest's default puts
//! them (a `proptest-regressions/` beside the workspace's own folders).

/// A `ProptestConfig` of `$cases` cases whose failing cases are kept in
/// `tests/proptest-regressions/$file.txt`.
macro_rules! config {
    ($file:literal, $cases:literal) => {
        proptest::test_runner::Config {
            failure_persistence: Some(Box::new(
                proptest::test_runner::FileFailurePersistence::Direct(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/proptest-regressions/",
                    $file,
                    ".txt"
                )),
            )),
            ..proptest::test_runner::Config::with_cases($cases)
        }
    };
}

pub(crate) use config;
