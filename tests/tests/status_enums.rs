//! The contract every generated status enum keeps, `StatusCode` and each `vendor` enum alike:
//! `ALL` lists the origin's registry entries in code order, every method reads the variant's
//! registry entry, and the conversions (`from_u16`, `TryFrom<u16>`, `FromStr`, `u16`,
//! `Status`) round-trip and reject other codes with an error naming the enum.

use std::collections::HashSet;
use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

/// Fails to compile unless `T` has the traits every status enum derives or implements.
fn has_status_enum_traits<T>()
where
    T: Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static,
    T: FromStr<Err = status_core::StatusError> + TryFrom<u16, Error = status_core::StatusError>,
    T: Into<u16> + Into<status_core::Status> + PartialEq<status_core::Status>,
    status_core::Status: PartialEq<T> + From<T>,
{
}

/// Writes the contract tests for one enum into a module named `$module`.
macro_rules! status_enum_contract {
    ($module:ident, $enum:ty, $origin:ident, $type_name:literal) => {
        mod $module {
            use std::collections::HashSet;

            use status_core::{Origin, REGISTRY, Status, StatusClass, StatusErrorKind};

            type Enum = $enum;
            const ORIGIN: Origin = Origin::$origin;
            const TYPE_NAME: &str = $type_name;

            /// The codes of the enum.
            fn codes() -> HashSet<u16> {
                Enum::ALL.iter().map(|status| status.code()).collect()
            }

            #[test]
            fn has_every_status_enum_trait() {
                super::has_status_enum_traits::<Enum>();
                assert_eq!(size_of::<Enum>(), 2, "`#[repr(u16)]` makes it two bytes");
            }

            #[test]
            fn origin_constant_names_this_enum() {
                assert_eq!(Enum::ORIGIN, ORIGIN);
                assert_eq!(ORIGIN.type_name(), TYPE_NAME);
                for status in Enum::ALL {
                    assert_eq!(status.origin(), ORIGIN, "{status:?}");
                }
            }

            #[test]
            fn all_is_strictly_increasing_by_code() {
                assert!(!Enum::ALL.is_empty());
                for pair in Enum::ALL.windows(2) {
                    assert!(pair[0].code() < pair[1].code(), "{pair:?}");
                    assert!(pair[0] < pair[1], "Ord disagrees with the code: {pair:?}");
                }
            }

            #[test]
            fn all_holds_exactly_the_registry_entries_of_its_origin() {
                let entries: Vec<_> = REGISTRY
                    .iter()
                    .filter(|meaning| meaning.origin == ORIGIN)
                    .collect();
                assert_eq!(Enum::ALL.len(), entries.len());
                for (status, entry) in Enum::ALL.iter().zip(entries) {
                    assert!(
                        std::ptr::eq(status.meaning(), entry),
                        "{status:?} reads another entry than {entry}"
                    );
                }
            }

            #[test]
            fn code_is_the_discriminant() {
                for &status in Enum::ALL {
                    assert_eq!(status as u16, status.code());
                    assert_eq!(u16::from(status), status.code());
                    assert_eq!(status.meaning().code, status.code());
                }
            }

            #[test]
            fn every_accessor_reads_the_registry_entry() {
                for &status in Enum::ALL {
                    let meaning = status.meaning();
                    assert_eq!(meaning.origin, ORIGIN);
                    assert_eq!(status.reason(), meaning.reason);
                    assert_eq!(status.aliases(), meaning.aliases);
                    assert_eq!(status.description(), meaning.description);
                    assert_eq!(status.class(), meaning.class);
                    assert_eq!(status.is_cacheable_by_default(), meaning.cacheable);
                    assert_eq!(status.is_body_forbidden(), meaning.body_forbidden);
                    assert_eq!(status.headers(), meaning.headers);
                    assert_eq!(status.state(), meaning.state);
                    assert_eq!(status.spec(), meaning.spec);
                    assert_eq!(status.spec_url(), meaning.spec_url);
                }
            }

            #[test]
            fn registry_entry_names_the_variant() {
                for status in Enum::ALL {
                    assert_eq!(status.meaning().name, format!("{status:?}"));
                }
            }

            #[test]
            fn registry_facts_are_filled_in() {
                for status in Enum::ALL {
                    assert!(!status.reason().is_empty(), "{status:?}");
                    assert!(status.description().ends_with('.'), "{status:?}");
                    assert!(!status.spec().is_empty(), "{status:?}");
                    assert!(status.spec_url().starts_with("https://"), "{status:?}");
                    assert!(
                        status.headers().iter().all(|header| !header.is_empty()),
                        "{status:?}"
                    );
                }
            }

            #[test]
            fn class_is_the_first_digit_and_one_predicate_holds() {
                for status in Enum::ALL {
                    assert_eq!(Some(status.class()), StatusClass::of(status.code()));
                    let predicates = [
                        (status.is_informational(), StatusClass::Informational),
                        (status.is_success(), StatusClass::Successful),
                        (status.is_redirection(), StatusClass::Redirection),
                        (status.is_client_error(), StatusClass::ClientError),
                        (status.is_server_error(), StatusClass::ServerError),
                    ];
                    for (holds, class) in predicates {
                        assert_eq!(holds, status.class() == class, "{status:?} {class:?}");
                    }
                }
            }

            #[test]
            fn from_u16_try_from_and_from_str_round_trip() {
                for &status in Enum::ALL {
                    let code = status.code();
                    assert_eq!(Enum::from_u16(code), Some(status));
                    assert_eq!(Enum::try_from(code), Ok(status));
                    assert_eq!(code.to_string().parse::<Enum>(), Ok(status));
                }
            }

            #[test]
            fn other_codes_are_rejected_with_the_enum_name() {
                let codes = codes();
                for code in (100..=599).filter(|code| !codes.contains(code)) {
                    let kind = StatusErrorKind::Unregistered {
                        code,
                        type_name: TYPE_NAME,
                    };
                    assert_eq!(Enum::from_u16(code), None);
                    assert_eq!(Enum::try_from(code).map_err(|e| e.kind()), Err(kind));
                    let parsed = code.to_string().parse::<Enum>();
                    assert_eq!(parsed.map_err(|e| e.kind()), Err(kind));
                }
                for code in [0, 1, 99, 600, 999, 1000, u16::MAX] {
                    let kind = StatusErrorKind::OutOfRange { code };
                    assert_eq!(Enum::try_from(code).map_err(|e| e.kind()), Err(kind));
                }
                for text in ["", "4o4", " 404", "404 ", "0404", "+404", "-404", "4_04"] {
                    let parsed = text.parse::<Enum>().map_err(|e| e.kind());
                    assert_eq!(parsed, Err(StatusErrorKind::NotANumber), "{text:?}");
                }
            }

            #[test]
            fn status_remembers_the_origin() {
                for &status in Enum::ALL {
                    let wide = status.status();
                    assert_eq!(wide, Status::from(status));
                    assert_eq!(wide.code(), status.code());
                    assert_eq!(wide.origin(), Some(ORIGIN));
                    assert_eq!(wide.class(), status.class());
                    assert!(std::ptr::eq(wide.meaning().unwrap(), status.meaning()));
                    assert_eq!(wide.reason(), Some(status.reason()));
                    assert_eq!(wide.to_string(), status.to_string());
                    assert!(wide == status && status == wide);
                    assert!(wide == status.code());
                }
            }

            #[test]
            fn display_writes_the_code_and_the_reason() {
                for status in Enum::ALL {
                    assert_eq!(
                        status.to_string(),
                        format!("{} {}", status.code(), status.reason())
                    );
                }
            }

            #[test]
            fn eq_ord_and_hash_follow_the_code() {
                for a in Enum::ALL {
                    for b in Enum::ALL {
                        assert_eq!(a.cmp(b), a.code().cmp(&b.code()));
                        assert_eq!(a == b, a.code() == b.code());
                    }
                }
                let distinct: HashSet<Enum> = Enum::ALL.iter().copied().collect();
                assert_eq!(distinct.len(), Enum::ALL.len());
                let copy = Enum::ALL[0];
                assert!(distinct.contains(&copy) && copy == Enum::ALL[0]);
            }
        }
    };
}

status_enum_contract!(status_code, status_core::StatusCode, IANA, "StatusCode");
status_enum_contract!(nginx, status_core::vendor::Nginx, NGINX, "vendor::Nginx");
status_enum_contract!(
    cloudflare,
    status_core::vendor::Cloudflare,
    CLOUDFLARE,
    "vendor::Cloudflare"
);
status_enum_contract!(
    microsoft,
    status_core::vendor::Microsoft,
    MICROSOFT,
    "vendor::Microsoft"
);
status_enum_contract!(esri, status_core::vendor::Esri, ESRI, "vendor::Esri");
status_enum_contract!(
    apache,
    status_core::vendor::Apache,
    APACHE,
    "vendor::Apache"
);
status_enum_contract!(
    google,
    status_core::vendor::Google,
    GOOGLE,
    "vendor::Google"
);

#[test]
fn every_origin_has_its_enum_under_contract() {
    // One `status_enum_contract!` per origin: a new origin must be added above.
    let covered = HashSet::from([
        "StatusCode",
        "vendor::Nginx",
        "vendor::Cloudflare",
        "vendor::Microsoft",
        "vendor::Esri",
        "vendor::Apache",
        "vendor::Google",
    ]);
    let origins: HashSet<_> = status_core::Origin::ALL
        .iter()
        .map(|origin| origin.type_name())
        .collect();
    assert_eq!(origins, covered);
}
