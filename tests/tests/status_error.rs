//! `StatusError`: each kind of error says in its message what was wrong and what to use
//! instead, follows the project's message style, and works as a `core::error::Error`.

use status_core::{Status, StatusClass, StatusCode, StatusError, StatusErrorKind, vendor};

/// One error of each kind, from the public API.
fn one_of_each_kind() -> [StatusError; 5] {
    [
        "4o4".parse::<StatusCode>().unwrap_err(),
        "6xx".parse::<StatusClass>().unwrap_err(),
        Status::new(999).unwrap_err(),
        StatusCode::try_from(471).unwrap_err(),
        vendor::Nginx::try_from(404).unwrap_err(),
    ]
}

#[test]
fn not_a_number_says_how_a_code_is_written() {
    let error = "4o4".parse::<Status>().unwrap_err();
    assert_eq!(error.kind(), StatusErrorKind::NotANumber);
    assert_eq!(
        error.to_string(),
        "a status code is written as three digits, such as `404`, or with its reason phrase, as `404 Not Found`"
    );
}

#[test]
fn not_a_class_says_how_a_class_is_written() {
    let error = "44x".parse::<StatusClass>().unwrap_err();
    assert_eq!(error.kind(), StatusErrorKind::NotAClass);
    let message = error.to_string();
    assert!(
        message.contains("`1xx`") && message.contains("`5xx`"),
        "{message}"
    );
}

#[test]
fn out_of_range_names_the_number_and_the_valid_range() {
    let error = Status::new(999).unwrap_err();
    assert_eq!(error.kind(), StatusErrorKind::OutOfRange { code: 999 });
    let message = error.to_string();
    assert!(message.starts_with("999 is not a status code"), "{message}");
    assert!(message.contains("from 100 to 599"), "{message}");
    assert!(message.contains("RFC 9110"), "{message}");
    let message = StatusCode::try_from(0).unwrap_err().to_string();
    assert!(message.starts_with("0 is not a status code"), "{message}");
}

#[test]
fn unregistered_names_the_code_the_type_and_the_alternative() {
    let error = StatusCode::try_from(471).unwrap_err();
    assert_eq!(
        error.to_string(),
        "471 is not a code of `StatusCode`; `Status::new` accepts any code from 100 to 599"
    );
    let message = vendor::Esri::try_from(404).unwrap_err().to_string();
    assert!(
        message.starts_with("404 is not a code of `vendor::Esri`"),
        "{message}"
    );
}

#[test]
fn messages_are_lowercase_without_a_trailing_period() {
    for error in one_of_each_kind() {
        let message = error.to_string();
        let first = message.chars().next().expect("a message");
        assert!(first.is_lowercase() || first.is_ascii_digit(), "{message}");
        assert!(!message.ends_with('.'), "{message}");
    }
}

#[test]
fn each_kind_has_its_own_message() {
    let messages: Vec<String> = one_of_each_kind().iter().map(ToString::to_string).collect();
    for (index, message) in messages.iter().enumerate() {
        assert!(!messages[..index].contains(message), "{message}");
    }
}

#[test]
fn is_a_core_error_without_a_source() {
    fn as_error<E: core::error::Error + Send + Sync + 'static>(
        error: E,
    ) -> Box<dyn core::error::Error + Send + Sync> {
        Box::new(error)
    }
    let error = StatusCode::try_from(471).unwrap_err();
    let boxed = as_error(error);
    assert!(boxed.source().is_none());
    assert_eq!(boxed.to_string(), error.to_string());
    assert_eq!(boxed.downcast_ref::<StatusError>(), Some(&error));
}

#[test]
fn question_mark_converts_it_into_a_boxed_error() {
    fn parse(text: &str) -> Result<u16, Box<dyn std::error::Error>> {
        Ok(text.parse::<Status>()?.code())
    }
    assert_eq!(parse("471").ok(), Some(471));
    let error = parse("4o4").unwrap_err();
    assert_eq!(
        error.downcast_ref::<StatusError>().map(StatusError::kind),
        Some(StatusErrorKind::NotANumber)
    );
}

#[test]
fn errors_compare_by_kind() {
    assert_eq!(
        Status::new(999).unwrap_err(),
        StatusCode::try_from(999).unwrap_err()
    );
    assert_ne!(
        StatusCode::try_from(471).unwrap_err(),
        vendor::Nginx::try_from(471).unwrap_err()
    );
    let debug = format!("{:?}", StatusCode::try_from(471).unwrap_err());
    assert!(
        debug.contains("Unregistered") && debug.contains("471"),
        "{debug}"
    );
}

#[test]
fn is_two_words_so_that_results_come_back_in_registers() {
    use std::mem::size_of;
    assert_eq!(size_of::<Status>(), 2);
    assert_eq!(size_of::<Option<Status>>(), 2);
    // A thin reference to the type's name, the code and the kind: two words once aligned.
    let two_words = 2 * size_of::<usize>();
    assert_eq!(size_of::<StatusError>(), two_words);
    assert_eq!(size_of::<Option<StatusError>>(), two_words);
    assert_eq!(size_of::<Result<Status, StatusError>>(), two_words);
    assert_eq!(size_of::<Result<StatusCode, StatusError>>(), two_words);
    assert_eq!(size_of::<Result<u16, StatusError>>(), two_words);
}
