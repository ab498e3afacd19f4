//! The `vendor` enums by example: each one's origin, text forms and error messages, and how a
//! vendor status differs from an IANA status with the same number.

use status_core::vendor::{Apache, Cloudflare, Esri, Google, Microsoft, Nginx};
use status_core::{Origin, Status, StatusCode, StatusErrorKind};

#[test]
fn each_enum_has_its_origin() {
    assert_eq!(Nginx::ORIGIN, Origin::NGINX);
    assert_eq!(Cloudflare::ORIGIN, Origin::CLOUDFLARE);
    assert_eq!(Microsoft::ORIGIN, Origin::MICROSOFT);
    assert_eq!(Esri::ORIGIN, Origin::ESRI);
    assert_eq!(Apache::ORIGIN, Origin::APACHE);
    assert_eq!(Google::ORIGIN, Origin::GOOGLE);
    assert_eq!(Nginx::ClientClosedRequest.origin(), Origin::NGINX);
}

#[test]
fn display_writes_the_vendor_reason() {
    assert_eq!(
        Nginx::ClientClosedRequest.to_string(),
        "499 Client Closed Request"
    );
    assert_eq!(Esri::TokenRequired.to_string(), "499 Token Required");
    assert_eq!(
        Cloudflare::WebServerIsDown.to_string(),
        "521 Web Server Is Down"
    );
    assert_eq!(
        Google::ResumeIncomplete.to_string(),
        "308 Resume Incomplete"
    );
    assert_eq!(
        Apache::BandwidthLimitExceeded.to_string(),
        "509 Bandwidth Limit Exceeded"
    );
    assert_eq!(Microsoft::LoginTimeOut.to_string(), "440 Login Time-out");
}

#[test]
fn try_from_error_names_the_vendor_enum() {
    let error = Nginx::try_from(404).unwrap_err();
    assert_eq!(
        error.kind(),
        StatusErrorKind::Unregistered {
            code: 404,
            type_name: "vendor::Nginx"
        }
    );
    assert!(error.to_string().contains("`vendor::Nginx`"), "{error}");
    let error = "500".parse::<Cloudflare>().unwrap_err();
    assert_eq!(
        error.kind(),
        StatusErrorKind::Unregistered {
            code: 500,
            type_name: "vendor::Cloudflare"
        }
    );
    assert_eq!(
        Google::try_from(700).map_err(|e| e.kind()),
        Err(StatusErrorKind::OutOfRange { code: 700 })
    );
}

#[test]
fn from_u16_finds_the_vendor_meaning_of_a_shared_code() {
    assert_eq!(Nginx::from_u16(499), Some(Nginx::ClientClosedRequest));
    assert_eq!(Esri::from_u16(499), Some(Esri::TokenRequired));
    assert_eq!(Google::from_u16(308), Some(Google::ResumeIncomplete));
    assert_eq!(Microsoft::from_u16(451), Some(Microsoft::Redirect));
    assert_eq!(
        Cloudflare::from_u16(520),
        Some(Cloudflare::WebServerReturnedAnUnknownError)
    );
    assert_eq!(Microsoft::from_u16(520), Some(Microsoft::UnknownError));
    assert_eq!(Apache::from_u16(499), None);
}

#[test]
fn vendor_status_is_not_the_iana_status_of_the_same_number() {
    let google = Status::from(Google::ResumeIncomplete);
    let iana = Status::from(StatusCode::PermanentRedirect);
    assert_eq!(google.code(), iana.code());
    assert_ne!(google, iana);
    assert!(google != StatusCode::PermanentRedirect);
    assert!(StatusCode::PermanentRedirect != google);
    assert!(iana != Google::ResumeIncomplete);
    assert_eq!(google.known(), None, "a vendor status is not an IANA one");
    assert_eq!(google.reason(), Some("Resume Incomplete"));
    assert_eq!(iana.reason(), Some("Permanent Redirect"));
    assert_eq!(format!("{google:?}"), "Status(308, Origin(\"google\"))");
    assert_eq!(format!("{iana:?}"), "Status(308)");
}

#[test]
fn vendor_status_is_handled_by_its_number_on_the_wire() {
    // RFC 9110 §15: a recipient sees only the number.
    let nginx = Status::from(Nginx::ClientClosedRequest);
    assert_eq!(nginx.effective(), StatusCode::BadRequest);
    assert!(!nginx.is_cacheable_by_default());
    let google = Status::from(Google::ResumeIncomplete);
    assert_eq!(google.effective(), StatusCode::PermanentRedirect);
    // Google's 308 is not cacheable by default, but the number 308 is.
    assert!(!Google::ResumeIncomplete.is_cacheable_by_default());
    assert!(google.is_cacheable_by_default());
}

#[test]
fn vendor_aliases_are_kept() {
    assert_eq!(Microsoft::LoginTimeOut.aliases(), ["Login Timeout"]);
    assert_eq!(Nginx::SslCertificateRequired.aliases(), ["No Cert"]);
    assert!(Nginx::ClientClosedRequest.aliases().is_empty());
}

#[test]
fn vendor_headers_are_kept() {
    assert_eq!(Google::ResumeIncomplete.headers(), ["Range"]);
    assert_eq!(Microsoft::Redirect.headers(), ["X-MS-Location"]);
}
