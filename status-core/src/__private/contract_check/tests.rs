//! The contract check on hand-written tables.

use super::{Code, Declarer, Entry, ValueRow, check, check_row};
use crate::Outcome;

/// A `visit_statuses` that visits nothing, for the tables written here.
fn no_visit(_: &mut dyn FnMut(&Outcome)) {}

const CONTRACT: &[Entry] = &[
    Entry::Status(Code::new(200, "iana", "OK"), Declarer::Member("Api", "Ok")),
    Entry::Status(
        Code::new(404, "iana", "Not Found"),
        Declarer::Member("Api", "NotFound"),
    ),
    Entry::Status(
        Code::new(409, "iana", "Conflict"),
        Declarer::Member("Api", "Conflict"),
    ),
    Entry::Status(
        Code::new(503, "iana", "Service Unavailable"),
        Declarer::Member("Api", "ServiceUnavailable"),
    ),
];

#[test]
fn a_member_passes_and_an_outsider_is_named_with_the_members_and_the_nearest() {
    let member = [Entry::Status(
        Code::new(404, "iana", "Not Found"),
        Declarer::Variant("ApiError", "Missing"),
    )];
    assert!(check(&["Api"], CONTRACT, &member).is_none());
    let outsider = [Entry::Status(
        Code::new(410, "iana", "Gone"),
        Declarer::Variant("ApiError", "Gone"),
    )];
    let message = check(&["Api"], CONTRACT, &outsider).expect("410 is outside");
    assert_eq!(
        message.as_str(),
        "`ApiError::Gone` has 410 Gone, which is not in the contract `Api`; its members are 200, 404, 409, 503; the nearest is 404 Not Found. Map it to a member, or add 410 to `Api`"
    );
}

#[test]
fn a_variant_row_reads_as_its_registry_entry() {
    let variant = [Entry::Registered(
        crate::StatusCode::Gone.meaning(),
        "ApiError",
        "Gone",
        "The item was deleted.",
        &[],
    )];
    let message = check(&["Api"], CONTRACT, &variant).expect("410 is outside");
    assert!(
        message
            .as_str()
            .starts_with("`ApiError::Gone` has 410 Gone, which")
    );
    let structure = [Entry::Registered(
        crate::StatusCode::NotFound.meaning(),
        "Missing",
        "",
        "",
        &[],
    )];
    assert!(check(&["Api"], CONTRACT, &structure).is_none());
    let teapot = [Entry::Registered(
        crate::StatusCode::ImATeapot.meaning(),
        "Teapot",
        "",
        "",
        &[],
    )];
    let message = check(&["Api"], CONTRACT, &teapot).expect("418 is outside");
    assert!(
        message
            .as_str()
            .starts_with("`Teapot` has 418 I'm a teapot")
    );
}

#[test]
fn a_row_is_checked_alone() {
    const TABLE: &[Entry] = &[
        Entry::Status(
            Code::new(404, "iana", "Not Found"),
            Declarer::Variant("E", "A"),
        ),
        Entry::Status(
            Code::new(418, "iana", "I'm a teapot"),
            Declarer::Variant("E", "B"),
        ),
    ];
    assert!(check_row(&["Api"], CONTRACT, TABLE, 0).is_none());
    let message = check_row(&["Api"], CONTRACT, TABLE, 1).expect("418 is outside");
    assert!(message.as_str().starts_with("`E::B` has 418 I'm a teapot"));
    assert!(check_row(&["Api"], CONTRACT, TABLE, 2).is_none());
}

#[test]
fn a_transparent_entry_is_checked_through_its_field_type() {
    const INNER: &[Entry] = &[
        Entry::Status(
            Code::new(503, "iana", "Service Unavailable"),
            Declarer::Variant("DbError", "Down"),
        ),
        Entry::Status(
            Code::new(504, "iana", "Gateway Timeout"),
            Declarer::Variant("DbError", "Timeout"),
        ),
    ];
    let entries = [Entry::Inner(
        Declarer::Variant("ApiError", "Db"),
        "DbError",
        INNER,
        no_visit,
    )];
    let message = check(&["Api"], CONTRACT, &entries).expect("504 is outside");
    assert!(message.as_str().starts_with(
        "`ApiError::Db` is transparent, and its field's type `DbError` can have 504 Gateway Timeout (`DbError::Timeout`), which is not in the contract `Api`"
    ));
    assert!(
        message
            .as_str()
            .contains("the nearest is 503 Service Unavailable")
    );
}

#[test]
fn origins_stay_apart() {
    let nginx = [Entry::Status(
        Code::new(404, "nginx", ""),
        Declarer::Variant("ApiError", "Odd"),
    )];
    let message = check(&["Api"], CONTRACT, &nginx).expect("another origin");
    assert!(
        message
            .as_str()
            .contains("(its 404 is the status of `iana`, another origin)")
    );
}

#[test]
fn a_contract_of_several_types_names_them_all() {
    const ACME: &[Entry] = &[Entry::Status(
        Code::new(460, "acme", "Quota Exhausted"),
        Declarer::Member("AcmeStatus", "QuotaExhausted"),
    )];
    let contract = [
        Entry::Inner(Declarer::Struct("Api"), "Api", CONTRACT, no_visit),
        Entry::Inner(Declarer::Struct("AcmeStatus"), "AcmeStatus", ACME, no_visit),
    ];
    let quota = [Entry::Status(
        Code::new(460, "acme", "Quota Exhausted"),
        Declarer::Variant("ApiError", "Quota"),
    )];
    assert!(check(&["Api", "AcmeStatus"], &contract, &quota).is_none());
    let gone = [Entry::Status(
        Code::new(410, "iana", "Gone"),
        Declarer::Variant("ApiError", "Gone"),
    )];
    let message = check(&["Api", "AcmeStatus"], &contract, &gone).expect("410 is outside");
    assert_eq!(
        message.as_str(),
        "`ApiError::Gone` has 410 Gone, which is in none of the contract's types `Api`, `AcmeStatus`; its members are 200, 404, 409, 503, 460; the nearest is 404 Not Found. Map it to a member, or add 410 to one of them"
    );
}

#[test]
fn an_unreadable_contract_or_field_says_so() {
    let entries = [Entry::Status(
        Code::new(404, "iana", "Not Found"),
        Declarer::Variant("ApiError", "Missing"),
    )];
    let message = check(&["Opaque"], &[Entry::Unstated], &entries).expect("unreadable");
    assert!(message.as_str().contains("does not state all its statuses"));
    let through = [Entry::Inner(
        Declarer::Variant("ApiError", "Db"),
        "DbError",
        &[Entry::Value(ValueRow {
            read: || (crate::StatusCode::Gone.status(), None),
            code: None,
            written: "self::CUSTOM",
            type_name: "DbError",
            variant: "Custom",
            doc: "",
            headers: &[],
        })],
        no_visit,
    )];
    let message = check(&["Api"], CONTRACT, &through).expect("opaque");
    assert!(
        message
            .as_str()
            .contains("`self::CUSTOM`, which cannot be read")
    );
}

#[test]
fn a_long_message_is_cut_on_a_character_boundary() {
    let many: [Entry; 40] = [Entry::Status(
        Code::new(418, "iana", "I'm a teapot"),
        Declarer::Member("Big", "Teapot"),
    ); 40];
    let mut message = super::Message::new();
    for _ in 0..400 {
        message.push("☕ ");
    }
    assert!(message.as_str().ends_with('…'));
    assert!(message.as_str().len() <= super::Message::CAPACITY);
    let outsider = [Entry::Status(
        Code::new(200, "iana", "OK"),
        Declarer::Struct("Fine"),
    )];
    let text = check(&["Big"], &many, &outsider).expect("200 is outside");
    assert!(text.as_str().contains("its members are 418;"));
}
