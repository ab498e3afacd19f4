//! Properties of every parse and format, checked on generated input (proptest) and, where the
//! input space is small, on all of it: a code, a class pattern and a status as it prints
//! (`404 Not Found`) parse back to what wrote them; any text either parses to a value that
//! prints back to it or is rejected, never panics; `effective()` follows RFC 9110 §15 for
//! every code; every registry entry is reachable from its code and from its origin's enum.

mod regressions;

use std::fmt::Display;
use std::str::FromStr;

use proptest::prelude::*;
use status_core::{
    HttpStatus, Meaning, Origin, REGISTRY, Status, StatusClass, StatusCode, StatusError,
    StatusErrorKind, vendor,
};

/// Few cases: `cargo test --workspace` runs these in CI and stays fast.
fn config() -> ProptestConfig {
    regressions::config!("properties", 256)
}

/// Parses `text` as every status type, and `StatusClass`, checking each accepted value.
fn parse_all(text: &str) {
    check_parse::<Status>(text, Status::code);
    check_parse::<StatusCode>(text, StatusCode::code);
    check_parse::<vendor::Nginx>(text, vendor::Nginx::code);
    check_parse::<vendor::Cloudflare>(text, vendor::Cloudflare::code);
    check_parse::<vendor::Microsoft>(text, vendor::Microsoft::code);
    check_parse::<vendor::Esri>(text, vendor::Esri::code);
    check_parse::<vendor::Apache>(text, vendor::Apache::code);
    check_parse::<vendor::Google>(text, vendor::Google::code);
    if let Ok(class) = text.parse::<StatusClass>() {
        assert_eq!(text.to_ascii_lowercase(), format!("{}xx", class.digit()));
    }
}

/// An accepted `text` is the value's code, or the value as it prints (ASCII case aside),
/// and what the value prints parses back to it.
fn check_parse<T>(text: &str, code: fn(T) -> u16)
where
    T: FromStr<Err = StatusError> + Display + PartialEq + std::fmt::Debug + Copy,
{
    match text.parse::<T>() {
        Ok(value) => {
            let printed = value.to_string();
            assert!(
                text == format!("{:03}", code(value)) || text.len() > 4,
                "{text:?} -> {printed:?}"
            );
            assert_eq!(printed.parse::<T>(), Ok(value), "{printed:?}");
        }
        Err(error) => {
            let message = error.to_string();
            assert!(!message.is_empty() && !message.ends_with('.'), "{message}");
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_is_parsed_or_rejected(text in "\\PC{0,24}") {
        parse_all(&text);
    }

    #[test]
    fn text_shaped_like_a_status_is_parsed_or_rejected(
        text in "[0-9]{3}( [A-Za-z' -]{0,30})?|[0-9xX]{3}"
    ) {
        parse_all(&text);
    }

    #[test]
    fn any_number_is_a_status_exactly_from_100_to_599(code in any::<u16>()) {
        let status = Status::new(code);
        prop_assert_eq!(status.is_ok(), (100..=599).contains(&code));
        match status {
            Ok(status) => {
                prop_assert_eq!(status.code(), code);
                prop_assert_eq!(format!("{code:03}").parse::<Status>(), Ok(status));
                prop_assert_eq!(status.to_string().parse::<Status>(), Ok(status));
            }
            Err(error) => {
                prop_assert_eq!(error.kind(), StatusErrorKind::OutOfRange { code });
                let text = format!("{code:03}");
                let expected = if text.len() == 3 {
                    StatusErrorKind::OutOfRange { code }
                } else {
                    StatusErrorKind::NotANumber
                };
                prop_assert_eq!(text.parse::<Status>().map_err(|e| e.kind()), Err(expected));
            }
        }
    }

    #[test]
    fn a_reason_phrase_in_any_ascii_case_parses(index in 0..REGISTRY.len(), flips in any::<u64>()) {
        let meaning = &REGISTRY[index];
        let phrase: String = meaning
            .reason
            .chars()
            .enumerate()
            .map(|(i, c)| if flips >> (i % 64) & 1 == 1 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect();
        let text = format!("{} {phrase}", meaning.code);
        prop_assert_eq!(text.parse::<Status>(), Ok(meaning.status()));
    }

    #[test]
    fn a_phrase_that_is_no_reason_of_the_code_is_rejected(code in 100_u16..=599, phrase in "[a-z]{1,5}") {
        // No reason phrase of the registry is one lowercase word of at most five letters but
        // `found`, `gone`, `locked`… which are capitalised; ASCII case is ignored, so skip them.
        prop_assume!(!Status::new(code).unwrap().meanings().iter().any(|m| m.reason.eq_ignore_ascii_case(&phrase)));
        let text = format!("{code} {phrase}");
        prop_assert_eq!(
            text.parse::<Status>().map_err(|e| e.kind()),
            Err(StatusErrorKind::UnknownReason { code })
        );
    }
}

/// Display, then `FromStr`, of every status of an enum gives it back, as do its code, its
/// reason phrase and each alias.
fn round_trips<T>(all: &[T])
where
    T: HttpStatus + FromStr<Err = StatusError> + Display + PartialEq + std::fmt::Debug + Copy,
{
    for &status in all {
        let meaning = status
            .status_meaning()
            .expect("a generated status has its entry");
        let printed = status.to_string();
        assert_eq!(printed, format!("{} {}", meaning.code, meaning.reason));
        assert_eq!(printed.parse::<T>(), Ok(status), "{printed}");
        assert_eq!(
            printed.to_ascii_uppercase().parse::<T>(),
            Ok(status),
            "{printed}"
        );
        assert_eq!(format!("{}", meaning.code).parse::<T>(), Ok(status));
        for alias in meaning.aliases {
            assert_eq!(
                format!("{} {alias}", meaning.code).parse::<T>(),
                Ok(status),
                "{alias}"
            );
        }
        assert_eq!(status.status().to_string(), printed);
        assert_eq!(printed.parse::<Status>(), Ok(status.status()), "{printed}");
    }
}

#[test]
fn every_status_prints_and_parses_back() {
    round_trips(StatusCode::ALL);
    round_trips(vendor::Nginx::ALL);
    round_trips(vendor::Cloudflare::ALL);
    round_trips(vendor::Microsoft::ALL);
    round_trips(vendor::Esri::ALL);
    round_trips(vendor::Apache::ALL);
    round_trips(vendor::Google::ALL);
}

#[test]
fn every_code_prints_and_parses_back() {
    for code in 0..=1000_u16 {
        let text = format!("{code:03}");
        match Status::new(code) {
            Ok(status) => {
                assert_eq!(text.parse::<Status>(), Ok(status));
                assert_eq!(status.to_string().parse::<Status>(), Ok(status));
            }
            Err(error) if text.len() == 3 => {
                assert_eq!(text.parse::<Status>(), Err(error), "{text}");
            }
            Err(_) => assert_eq!(
                text.parse::<Status>().map_err(|error| error.kind()),
                Err(StatusErrorKind::NotANumber),
            ),
        }
        let known = StatusCode::from_u16(code);
        assert_eq!(text.parse::<StatusCode>().ok(), known, "{text}");
    }
}

#[test]
fn every_class_pattern_parses_exactly_for_1_to_5() {
    for first in b'0'..=b'9' {
        for second in [b'x', b'X', b'0', b'y'] {
            for third in [b'x', b'X', b'9'] {
                let text = String::from_utf8(vec![first, second, third]).unwrap();
                let parsed = text.parse::<StatusClass>();
                let valid = (b'1'..=b'5').contains(&first)
                    && matches!(second, b'x' | b'X')
                    && matches!(third, b'x' | b'X');
                assert_eq!(parsed.is_ok(), valid, "{text}");
                if let Ok(class) = parsed {
                    assert_eq!(class.digit(), first - b'0');
                    assert_eq!(format!("{}xx", class.digit()).parse(), Ok(class));
                }
            }
        }
    }
}

#[test]
fn effective_follows_rfc_9110_for_every_code() {
    for code in 100..=599_u16 {
        let status = Status::new(code).unwrap();
        let effective = status.effective();
        assert_eq!(effective.class(), status.class(), "{code}");
        if let Some(known) = StatusCode::from_u16(code) {
            assert_eq!(effective, known);
            assert_eq!(
                status.is_cacheable_by_default(),
                known.is_cacheable_by_default()
            );
        } else {
            assert_eq!(effective, status.class().fallback(), "{code}");
            assert_eq!(effective.code() % 100, 0);
            assert!(!status.is_cacheable_by_default(), "{code}");
        }
        assert_eq!(
            status.may_have_content(),
            effective.may_have_content(),
            "{code}"
        );
        assert_eq!(status.redirect_kind(), effective.redirect_kind(), "{code}");
    }
}

/// The entry of `origin`'s enum for `code`, found through that enum's `from_u16`.
fn from_origin_enum(origin: Origin, code: u16) -> Option<&'static Meaning> {
    match origin.id() {
        "iana" => StatusCode::from_u16(code).map(StatusCode::meaning),
        "nginx" => vendor::Nginx::from_u16(code).map(vendor::Nginx::meaning),
        "cloudflare" => vendor::Cloudflare::from_u16(code).map(vendor::Cloudflare::meaning),
        "microsoft" => vendor::Microsoft::from_u16(code).map(vendor::Microsoft::meaning),
        "esri" => vendor::Esri::from_u16(code).map(vendor::Esri::meaning),
        "apache" => vendor::Apache::from_u16(code).map(vendor::Apache::meaning),
        "google" => vendor::Google::from_u16(code).map(vendor::Google::meaning),
        other => panic!("origin `{other}` has no enum in this test: add it"),
    }
}

#[test]
fn every_registry_entry_is_reachable_from_its_code_and_its_enum() {
    for meaning in &REGISTRY {
        let status = Status::new(meaning.code).unwrap();
        assert!(status.meanings().contains(meaning), "{meaning}");
        let found = from_origin_enum(meaning.origin, meaning.code).expect("the enum has it");
        assert_eq!(found, meaning);
        assert_eq!(meaning.status().meaning(), Some(meaning), "{meaning}");
    }
}
