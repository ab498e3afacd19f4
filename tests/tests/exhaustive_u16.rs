//! Every `u16`, and every short string, through every conversion: nothing panics, every
//! conversion agrees with `REGISTRY` and with the others, and each rejection has the right kind.

use std::collections::{BTreeMap, BTreeSet};

use status_core::{
    Meaning, Origin, REGISTRY, Status, StatusClass, StatusCode, StatusErrorKind, vendor,
};

/// Every `u16`.
fn every_u16() -> impl Iterator<Item = u16> {
    0..=u16::MAX
}

fn is_status_code(code: u16) -> bool {
    (100..=599).contains(&code)
}

/// The error kind of a code that `type_name` does not have.
fn rejection(code: u16, type_name: &'static str) -> StatusErrorKind {
    if is_status_code(code) {
        StatusErrorKind::Unregistered { code, type_name }
    } else {
        StatusErrorKind::OutOfRange { code }
    }
}

/// The registry entries of each code.
fn meanings_by_code() -> BTreeMap<u16, Vec<&'static Meaning>> {
    let mut by_code: BTreeMap<u16, Vec<&Meaning>> = BTreeMap::new();
    for meaning in &REGISTRY {
        by_code.entry(meaning.code).or_default().push(meaning);
    }
    by_code
}

/// The IANA entry of `code`, read from `REGISTRY` rather than from `StatusCode`.
fn iana_entry(code: u16) -> Option<&'static Meaning> {
    REGISTRY
        .iter()
        .find(|meaning| meaning.code == code && meaning.origin == Origin::IANA)
}

/// Checks `from_u16`, `TryFrom<u16>` and `FromStr` of one enum against its registry entries.
macro_rules! check_enum_over_every_u16 {
    ($enum:ty) => {{
        let origin = <$enum>::ORIGIN;
        let type_name = origin.type_name();
        let registered: BTreeSet<u16> = REGISTRY
            .iter()
            .filter(|meaning| meaning.origin == origin)
            .map(|meaning| meaning.code)
            .collect();
        for code in every_u16() {
            let found = <$enum>::from_u16(code);
            assert_eq!(
                found.map(<$enum>::code),
                registered.contains(&code).then_some(code)
            );
            match <$enum>::try_from(code) {
                Ok(status) => assert_eq!(Some(status), found),
                Err(error) => {
                    assert_eq!(found, None);
                    assert_eq!(error.kind(), rejection(code, type_name), "{code}");
                }
            }
            if let Some(status) = found {
                assert_eq!(status.origin(), origin);
                assert_eq!(status.meaning().code, code);
                assert_eq!(format!("{code:03}").parse::<$enum>(), Ok(status));
            }
        }
    }};
}

#[test]
fn every_enum_from_u16_round_trips_and_rejects_the_rest() {
    check_enum_over_every_u16!(StatusCode);
    check_enum_over_every_u16!(vendor::Nginx);
    check_enum_over_every_u16!(vendor::Cloudflare);
    check_enum_over_every_u16!(vendor::Microsoft);
    check_enum_over_every_u16!(vendor::Esri);
    check_enum_over_every_u16!(vendor::Apache);
    check_enum_over_every_u16!(vendor::Google);
}

#[test]
fn status_new_accepts_exactly_100_to_599() {
    for code in every_u16() {
        let status = Status::new(code);
        assert_eq!(status.is_ok(), is_status_code(code), "{code}");
        assert_eq!(Status::try_from(code), status);
        match status {
            Ok(status) => {
                assert_eq!(status.code(), code);
                assert_eq!(u16::from(status), code);
                assert!(status == code);
            }
            Err(error) => assert_eq!(error.kind(), StatusErrorKind::OutOfRange { code }),
        }
    }
}

#[test]
fn status_class_of_is_the_first_digit_of_a_status_code() {
    for code in every_u16() {
        let class = StatusClass::of(code);
        assert_eq!(class.is_some(), is_status_code(code), "{code}");
        if let Some(class) = class {
            assert_eq!(u16::from(class.digit()), code / 100);
            assert!(class.range().contains(&code));
            assert_eq!(Status::new(code).map(Status::class), Ok(class));
        }
    }
}

#[test]
fn status_parses_the_code_at_the_start_of_its_own_text() {
    for code in 100..=599 {
        let status = Status::new(code).expect("a status code");
        let text = status.to_string();
        let (number, reason) = text.split_at(3);
        assert_eq!(number.parse::<Status>(), Ok(status), "{text:?}");
        match status.reason() {
            Some(phrase) => assert_eq!(reason, format!(" {phrase}")),
            None => assert_eq!(reason, ""),
        }
    }
}

#[test]
fn effective_is_the_registered_code_or_the_class_fallback() {
    for code in 100..=599 {
        let status = Status::new(code).expect("a status code");
        let effective = status.effective();
        if iana_entry(code).is_some() {
            assert_eq!(effective.code(), code);
            assert_eq!(status.known(), Some(effective));
        } else {
            assert_eq!(effective, status.class().fallback(), "{code}");
            assert_eq!(effective.code(), u16::from(status.class().digit()) * 100);
            assert_eq!(status.known(), None);
        }
        assert_eq!(effective.class(), status.class());
    }
}

#[test]
fn only_codes_iana_registers_may_be_cacheable_by_default() {
    for code in 100..=599 {
        let status = Status::new(code).expect("a status code");
        let expected = iana_entry(code).is_some_and(|meaning| meaning.cacheable);
        assert_eq!(status.is_cacheable_by_default(), expected, "{code}");
    }
}

#[test]
fn meanings_are_exactly_the_registry_entries_of_the_code() {
    let by_code = meanings_by_code();
    for code in 100..=599 {
        let meanings = Status::new(code).expect("a status code").meanings();
        let expected = by_code.get(&code).cloned().unwrap_or_default();
        let found: Vec<&Meaning> = meanings.iter().collect();
        assert_eq!(found, expected, "{code}");
        assert!(meanings.iter().all(|meaning| meaning.code == code));
        if let Some(first) = meanings.first()
            && iana_entry(code).is_some()
        {
            assert_eq!(first.origin, Origin::IANA, "{code}: IANA comes first");
        }
    }
}

#[test]
fn origin_and_reason_of_a_wire_status_are_those_of_iana() {
    for code in 100..=599 {
        let status = Status::new(code).expect("a status code");
        let entry = iana_entry(code);
        assert_eq!(
            status.origin(),
            entry.map(|meaning| meaning.origin),
            "{code}"
        );
        assert_eq!(status.meaning(), entry, "{code}");
        assert_eq!(
            status.reason(),
            entry.map(|meaning| meaning.reason),
            "{code}"
        );
    }
}

#[test]
fn status_order_is_the_code_order() {
    for code in 100..599 {
        let (low, high) = (Status::new(code), Status::new(code + 1));
        assert!(low.unwrap() < high.unwrap(), "{code}");
    }
}

#[test]
fn every_three_digit_string_parses_as_its_number() {
    for code in 0..=999_u16 {
        let text = format!("{code:03}");
        assert_eq!(text.parse::<Status>(), Status::new(code), "{text}");
        assert_eq!(
            text.parse::<StatusCode>(),
            StatusCode::try_from(code),
            "{text}"
        );
        assert_eq!(
            text.parse::<vendor::Nginx>(),
            vendor::Nginx::try_from(code),
            "{text}"
        );
        let class = text.parse::<StatusClass>().map_err(|e| e.kind());
        assert_eq!(class, Err(StatusErrorKind::NotAClass), "{text}");
    }
}

#[test]
fn no_other_three_character_string_parses() {
    let printable: Vec<char> = (' '..='~').collect();
    for &a in &printable {
        for &b in &printable {
            for &c in &printable {
                let text: String = [a, b, c].into_iter().collect();
                let digits = [a, b, c].iter().all(char::is_ascii_digit);
                let status = text.parse::<Status>();
                if !digits {
                    assert_eq!(
                        status.map_err(|e| e.kind()),
                        Err(StatusErrorKind::NotANumber),
                        "{text:?}"
                    );
                    assert!(text.parse::<StatusCode>().is_err(), "{text:?}");
                }
                let class_pattern =
                    ('1'..='5').contains(&a) && matches!(b, 'x' | 'X') && matches!(c, 'x' | 'X');
                assert_eq!(
                    text.parse::<StatusClass>().is_ok(),
                    class_pattern,
                    "{text:?}"
                );
            }
        }
    }
}
