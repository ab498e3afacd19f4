//! `Origin`, `RegistryState` and `Meaning`: the generated list of origins with its texts, the
//! words for the registry states, and the text form of a registry entry.

use std::collections::HashSet;

use status_core::{Origin, REGISTRY, RegistryState, StatusCode, vendor};

#[test]
fn all_lists_iana_first_then_each_vendor_once() {
    assert_eq!(Origin::ALL[0], Origin::IANA);
    let distinct: HashSet<Origin> = Origin::ALL.iter().copied().collect();
    assert_eq!(distinct.len(), Origin::ALL.len());
    for origin in [
        Origin::NGINX,
        Origin::CLOUDFLARE,
        Origin::MICROSOFT,
        Origin::ESRI,
        Origin::APACHE,
        Origin::GOOGLE,
    ] {
        assert!(distinct.contains(&origin), "{origin:?}");
    }
}

#[test]
fn ids_are_unique_lowercase_ascii() {
    let ids: HashSet<&str> = Origin::ALL.iter().map(|origin| origin.id()).collect();
    assert_eq!(ids.len(), Origin::ALL.len());
    for id in ids {
        assert!(
            !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{id:?}"
        );
    }
    assert_eq!(Origin::IANA.id(), "iana");
    assert_eq!(Origin::NGINX.id(), "nginx");
}

#[test]
fn names_and_display_are_the_prose_names() {
    let names: HashSet<&str> = Origin::ALL.iter().map(|origin| origin.name()).collect();
    assert_eq!(names.len(), Origin::ALL.len());
    for origin in Origin::ALL {
        assert_eq!(origin.to_string(), origin.name());
    }
    assert_eq!(Origin::IANA.to_string(), "IANA");
    assert_eq!(Origin::NGINX.to_string(), "nginx");
    assert_eq!(Origin::ESRI.name(), "Esri");
}

#[test]
fn references_are_links_and_descriptions_are_sentences() {
    for origin in Origin::ALL {
        assert!(origin.reference().starts_with("https://"), "{origin:?}");
        let description = origin.description();
        assert!(description.ends_with('.'), "{origin:?}: {description:?}");
        assert!(
            description.starts_with(|c: char| c.is_uppercase()),
            "{origin:?}: {description:?}"
        );
    }
}

#[test]
fn type_name_is_the_enum_of_the_origin() {
    let enums = [
        (Origin::IANA, "StatusCode"),
        (Origin::NGINX, "vendor::Nginx"),
        (Origin::CLOUDFLARE, "vendor::Cloudflare"),
        (Origin::MICROSOFT, "vendor::Microsoft"),
        (Origin::ESRI, "vendor::Esri"),
        (Origin::APACHE, "vendor::Apache"),
        (Origin::GOOGLE, "vendor::Google"),
    ];
    for (origin, type_name) in enums {
        assert_eq!(origin.type_name(), type_name);
    }
    for origin in &Origin::ALL[1..] {
        assert!(origin.type_name().starts_with("vendor::"), "{origin:?}");
    }
    assert_eq!(StatusCode::ORIGIN.type_name(), "StatusCode");
    assert_eq!(vendor::Microsoft::ORIGIN.type_name(), "vendor::Microsoft");
}

#[test]
fn debug_names_the_id() {
    assert_eq!(format!("{:?}", Origin::NGINX), "Origin(\"nginx\")");
    for origin in Origin::ALL {
        assert_eq!(format!("{origin:?}"), format!("Origin({:?})", origin.id()));
    }
}

#[test]
fn equality_is_identity_of_the_origin() {
    for a in Origin::ALL {
        for b in Origin::ALL {
            assert_eq!(a == b, a.id() == b.id(), "{a:?} {b:?}");
        }
    }
}

#[test]
fn registry_state_names_are_the_lowercase_variant_names() {
    let states = [
        RegistryState::Current,
        RegistryState::Unused,
        RegistryState::Deprecated,
        RegistryState::Obsolete,
        RegistryState::Temporary,
    ];
    let names: Vec<&str> = states.iter().map(|state| state.name()).collect();
    assert_eq!(
        names,
        ["current", "unused", "deprecated", "obsolete", "temporary"]
    );
    for state in states {
        assert_eq!(state.name(), format!("{state:?}").to_lowercase());
        assert_eq!(state.to_string(), state.name());
    }
}

#[test]
fn every_registry_state_is_used() {
    let used: HashSet<RegistryState> = REGISTRY.iter().map(|meaning| meaning.state).collect();
    assert_eq!(used.len(), 5, "{used:?}");
}

#[test]
fn meaning_display_is_code_and_reason() {
    assert_eq!(
        vendor::Nginx::ClientClosedRequest.meaning().to_string(),
        "499 Client Closed Request"
    );
    assert_eq!(StatusCode::NotFound.meaning().to_string(), "404 Not Found");
}

#[test]
fn meaning_class_is_the_first_digit_of_its_code() {
    for meaning in &REGISTRY {
        assert_eq!(
            u16::from(meaning.class.digit()),
            meaning.code / 100,
            "{meaning}"
        );
    }
}
