//! `StatusClass`: the five classes of RFC 9110 §15, their digits, ranges, fallbacks, names and
//! text forms.

use status_core::{StatusClass, StatusCode, StatusErrorKind};

#[test]
fn all_lists_the_five_classes_in_digit_order() {
    let digits: Vec<u8> = StatusClass::ALL.iter().map(|class| class.digit()).collect();
    assert_eq!(digits, [1, 2, 3, 4, 5]);
    assert!(StatusClass::ALL.windows(2).all(|pair| pair[0] < pair[1]));
}

#[test]
fn of_is_none_outside_100_to_599() {
    assert_eq!(StatusClass::of(0), None);
    assert_eq!(StatusClass::of(99), None);
    assert_eq!(StatusClass::of(100), Some(StatusClass::Informational));
    assert_eq!(StatusClass::of(199), Some(StatusClass::Informational));
    assert_eq!(StatusClass::of(200), Some(StatusClass::Successful));
    assert_eq!(StatusClass::of(471), Some(StatusClass::ClientError));
    assert_eq!(StatusClass::of(599), Some(StatusClass::ServerError));
    assert_eq!(StatusClass::of(600), None);
    assert_eq!(StatusClass::of(u16::MAX), None);
}

#[test]
fn range_holds_the_hundred_codes_of_the_digit() {
    for class in StatusClass::ALL {
        let first = u16::from(class.digit()) * 100;
        assert_eq!(class.range(), first..=first + 99);
        assert!(
            class
                .range()
                .all(|code| StatusClass::of(code) == Some(class))
        );
    }
    assert_eq!(StatusClass::ClientError.range(), 400..=499);
}

#[test]
fn fallback_is_the_x00_code_of_the_class() {
    for class in StatusClass::ALL {
        let fallback = class.fallback();
        assert_eq!(fallback.code(), u16::from(class.digit()) * 100);
        assert_eq!(fallback.class(), class);
    }
    assert_eq!(StatusClass::ClientError.fallback(), StatusCode::BadRequest);
    assert_eq!(
        StatusClass::ServerError.fallback(),
        StatusCode::InternalServerError
    );
}

#[test]
fn names_are_those_of_rfc_9110() {
    let names: Vec<&str> = StatusClass::ALL.iter().map(|class| class.name()).collect();
    assert_eq!(
        names,
        [
            "Informational",
            "Successful",
            "Redirection",
            "Client Error",
            "Server Error"
        ]
    );
}

#[test]
fn display_writes_the_pattern_and_the_name() {
    assert_eq!(StatusClass::ClientError.to_string(), "4xx (Client Error)");
    for class in StatusClass::ALL {
        assert_eq!(
            class.to_string(),
            format!("{}xx ({})", class.digit(), class.name())
        );
    }
}

#[test]
fn from_str_accepts_the_pattern_in_either_case() {
    assert_eq!("4xx".parse::<StatusClass>(), Ok(StatusClass::ClientError));
    assert_eq!("4XX".parse::<StatusClass>(), Ok(StatusClass::ClientError));
    for class in StatusClass::ALL {
        for pattern in ["xx", "XX", "xX", "Xx"] {
            let text = format!("{}{pattern}", class.digit());
            assert_eq!(text.parse::<StatusClass>(), Ok(class), "{text}");
        }
        // The pattern at the start of its own text parses back.
        let text = class.to_string();
        assert_eq!(text[..3].parse::<StatusClass>(), Ok(class), "{text}");
    }
}

#[test]
fn from_str_rejects_anything_else() {
    let rejected = [
        "6xx",
        "0xx",
        "9xx",
        "4x",
        "44x",
        "4xxx",
        "",
        "xx",
        " 4xx",
        "4xx ",
        "4yy",
        "400",
        "4 (Client Error)",
        "4xx (Client Error)",
        "４xx",
    ];
    for text in rejected {
        let parsed = text.parse::<StatusClass>().map_err(|e| e.kind());
        assert_eq!(parsed, Err(StatusErrorKind::NotAClass), "{text:?}");
    }
}

#[test]
fn order_follows_the_digit() {
    for a in StatusClass::ALL {
        for b in StatusClass::ALL {
            assert_eq!(a.cmp(&b), a.digit().cmp(&b.digit()));
        }
    }
}
