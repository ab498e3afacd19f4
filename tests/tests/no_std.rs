//! The `no-std-check` crate compiles under `#![no_std]` and, in its `without_prelude` module,
//! under `#![no_implicit_prelude]`; here both versions of its functions are run against
//! `status-core` to show that what they compute is right, not only that they compile.

use no_std_check::{Handling, NextStep, without_prelude};
use status_core::{Origin, REGISTRY, Status, StatusClass, StatusCode, StatusErrorKind, vendor};

#[test]
fn next_step_follows_the_registry_facts_of_each_code() {
    for &status in StatusCode::ALL {
        let step = no_std_check::next_step(status);
        assert_eq!(without_prelude::next_step(status), step, "{status:?}");
        let headers = status.headers();
        let expected = if headers.contains(&"WWW-Authenticate")
            || headers.contains(&"Proxy-Authenticate")
        {
            NextStep::Authenticate
        } else if status == StatusCode::TooManyRequests || status == StatusCode::ServiceUnavailable
        {
            NextStep::RetryLater
        } else if status.is_informational() {
            NextStep::Wait
        } else if status.is_success() || status == StatusCode::NotModified {
            NextStep::Done
        } else if status.is_redirection() {
            NextStep::Follow
        } else {
            NextStep::GiveUp
        };
        assert_eq!(step, expected, "{status:?}");
    }
}

#[test]
fn handle_agrees_with_status_for_every_u16() {
    for code in 0..=u16::MAX {
        let handling = no_std_check::handle(code);
        assert_eq!(without_prelude::handle(code), handling, "{code}");
        match Status::new(code) {
            Ok(status) => assert_eq!(
                handling,
                Ok(Handling {
                    class: status.class(),
                    handled_as: status.effective(),
                    cacheable: status.is_cacheable_by_default(),
                    recognised: StatusCode::from_u16(code).is_some(),
                }),
                "{code}"
            ),
            Err(error) => assert_eq!(handling, Err(error), "{code}"),
        }
    }
    let unknown = no_std_check::handle(471).expect("a status code");
    assert_eq!(unknown.handled_as, StatusCode::BadRequest);
    assert!(!unknown.recognised && !unknown.cacheable);
}

#[test]
fn parse_status_line_reads_the_second_word() {
    let lines = [
        ("HTTP/1.1 404 Not Found", Ok(404)),
        ("HTTP/1.1 471 ", Ok(471)),
        ("HTTP/1.1 200", Ok(200)),
        (
            "HTTP/1.1 999 Nope",
            Err(StatusErrorKind::OutOfRange { code: 999 }),
        ),
        ("HTTP/1.1 4o4 Not Found", Err(StatusErrorKind::NotANumber)),
        ("HTTP/1.1  404 Not Found", Err(StatusErrorKind::NotANumber)),
        ("HTTP/1.1", Err(StatusErrorKind::NotANumber)),
        ("", Err(StatusErrorKind::NotANumber)),
    ];
    for (line, expected) in lines {
        let parsed = no_std_check::parse_status_line(line);
        assert_eq!(without_prelude::parse_status_line(line), parsed, "{line:?}");
        let parsed = parsed.map(Status::code).map_err(|error| error.kind());
        assert_eq!(parsed, expected, "{line:?}");
    }
}

#[test]
fn origin_status_finds_every_registry_entry_through_its_enum() {
    for meaning in &REGISTRY {
        let found = no_std_check::origin_status(meaning.origin, meaning.code);
        assert_eq!(found, Some(meaning.status()), "{meaning}");
        assert_eq!(
            without_prelude::origin_status(meaning.origin, meaning.code),
            found,
            "{meaning}"
        );
    }
    for origin in Origin::ALL {
        assert_eq!(no_std_check::origin_status(*origin, 471), None);
        assert_eq!(without_prelude::origin_status(*origin, 471), None);
    }
}

#[test]
fn class_fallback_parses_the_pattern() {
    for class in StatusClass::ALL {
        for pattern in [
            format!("{}xx", class.digit()),
            format!("{}XX", class.digit()),
        ] {
            let expected = Some((class, class.fallback().code()));
            assert_eq!(no_std_check::class_fallback(&pattern), expected);
            assert_eq!(without_prelude::class_fallback(&pattern), expected);
        }
    }
    for pattern in ["6xx", "4x", "404", ""] {
        assert_eq!(no_std_check::class_fallback(pattern), None, "{pattern:?}");
        assert_eq!(
            without_prelude::class_fallback(pattern),
            None,
            "{pattern:?}"
        );
    }
}

#[test]
fn constants_built_in_const_context_are_the_statuses() {
    assert_eq!(no_std_check::NOT_FOUND, StatusCode::NotFound);
    assert_eq!(without_prelude::NOT_FOUND, StatusCode::NotFound);
    assert_eq!(
        no_std_check::CLIENT_CLOSED_REQUEST,
        vendor::Nginx::ClientClosedRequest
    );
    assert_eq!(
        without_prelude::CLIENT_CLOSED_REQUEST,
        vendor::Nginx::ClientClosedRequest
    );
    assert_eq!(
        no_std_check::CLIENT_CLOSED_REQUEST.to_string(),
        "499 Client Closed Request"
    );
}

#[test]
fn derive_and_generated_enums_work_in_the_no_std_crate() {
    use no_std_check::generated::{self, AcmeStatus, ApiStatus, HandlerError, StorageError};
    use status_core::{HttpStatus, StatusCode, vendor::Nginx};

    assert_eq!(
        HandlerError::Missing { id: 3 }.status(),
        StatusCode::NotFound
    );
    assert_eq!(
        HandlerError::Quota.status(),
        AcmeStatus::QuotaExhausted.status()
    );
    assert_eq!(
        HandlerError::ClientGone.status(),
        Nginx::ClientClosedRequest
    );
    assert_eq!(
        HandlerError::Storage(StorageError::Full).status(),
        StatusCode::ServiceUnavailable
    );
    assert_eq!(ApiStatus::ALL.first(), Some(&ApiStatus::Ok));
    assert!(
        ApiStatus::ALL
            .iter()
            .skip(2)
            .all(|status| status.is_client_error())
    );

    let without =
        generated::without_prelude::HandlerError::<StorageError>::Inner(StorageError::Maintenance);
    assert_eq!(without.status(), StatusCode::ServiceUnavailable);
    assert_eq!(
        generated::without_prelude::HandlerError::<StorageError>::Quota
            .status()
            .code(),
        460
    );
    assert_eq!(
        generated::without_prelude::ApiStatus::ALL.len(),
        ApiStatus::ALL.len()
    );

    // The response methods, generated without the prelude.
    let mut headers = Vec::new();
    generated::without_prelude::HandlerError::<StorageError>::Throttled(
        core::time::Duration::from_secs(5),
    )
    .visit_headers(&mut |name, value| {
        headers.push((name, status_core::header_value_string(value)));
    });
    assert_eq!(
        headers,
        [
            ("Retry-After", "5".to_owned()),
            ("Cache-Control", "no-store".to_owned())
        ]
    );
    assert_eq!(
        generated::without_prelude::HandlerError::<StorageError>::Missing.problem_type(),
        Some("https://example.com/problems/missing")
    );
    assert!(
        !generated::without_prelude::HandlerError::<StorageError>::Inner(StorageError::Full)
            .exposes_detail()
    );
}
