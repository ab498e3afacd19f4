//! The one table of extractor rejections that `rejections_axum.rs` and `rejections_actix.rs`
//! send to their framework's server over HTTP: every case must get the same status,
//! `Content-Type` and body from both, as written here.
//!
//! Both servers serve the same routes, each with its framework's own extractors (status-core's
//! drop-in ones on axum, actix-web's behind `problem_fallbacks()`), and a body limit of
//! [`LIMIT`] bytes:
//!
//! | route | takes | answers |
//! |---|---|---|
//! | `GET /things/{id}` | `Path<u64>` | `thing {id}` |
//! | `GET /things` | `Query<Page>` | `page {page}` |
//! | `POST /things` | `Json<NewThing>` | `created {name}` |
//! | `POST /login` | `Form<Login>` | `welcome {user}` |
//! | `POST /upload` | `Bytes` | `{len} bytes` |
//! | `POST /checked` | `Json<NewThing>`, its rejection wrapped in the user's `ApiError` | `checked {name}`, or 409 for the name `taken` |
//!
//! No difference between the two frameworks remains on these requests. The one found here,
//! axum's `Query`, `Json` and `Form` putting the path of the value before the parser's
//! message (`page: invalid digit found in string`, `name: invalid type: …`) where actix-web's
//! cannot, is gone: status-core's rejections read the parser's message alone on both.
//! Not in the table, because the frameworks differ by design: axum's `Form` on a `GET` reads
//! the query string (a 400 `FormRejection::Syntax`) where actix-web's reads the body; and a
//! body sent without `Content-Length` (chunked), which reqwest without its `stream` feature
//! cannot send.

use std::fmt::Write as _;

use serde::Deserialize;
use serde_json::{Value, json};

/// The body limit of every route, in bytes.
pub const LIMIT: usize = 64;

/// The query of `GET /things`.
#[derive(Debug, Deserialize)]
pub struct Page {
    pub page: u32,
}

/// The JSON body of `POST /things` and `POST /checked`.
#[derive(Debug, Deserialize)]
pub struct NewThing {
    pub name: String,
}

/// The form of `POST /login`.
#[derive(Debug, Deserialize)]
pub struct Login {
    pub user: String,
    #[allow(dead_code, reason = "a form without it is refused; none reads it")]
    pub password: String,
}

/// The body a case sends.
#[derive(Clone, Copy)]
pub enum Body {
    None,
    Text(&'static str),
    /// `prefix`, then `a`s, then `suffix`, `len` bytes in all: a body of a given size that
    /// is valid for its route.
    Sized {
        prefix: &'static str,
        suffix: &'static str,
        len: usize,
    },
}

impl Body {
    fn render(self) -> Option<String> {
        match self {
            Body::None => None,
            Body::Text(text) => Some(text.to_owned()),
            Body::Sized {
                prefix,
                suffix,
                len,
            } => {
                let padding = len - prefix.len() - suffix.len();
                Some(format!("{prefix}{}{suffix}", "a".repeat(padding)))
            }
        }
    }
}

/// This text as the body.
const fn body(text: &'static str) -> Body {
    Body::Text(text)
}

/// A JSON body of `len` bytes: `{"name":"aaa…"}`.
const fn json_of(len: usize) -> Body {
    Body::Sized {
        prefix: r#"{"name":""#,
        suffix: r#""}"#,
        len,
    }
}

/// A form of `len` bytes: `password=x&user=aaa…`.
const fn form_of(len: usize) -> Body {
    Body::Sized {
        prefix: "password=x&user=",
        suffix: "",
        len,
    }
}

/// `len` bytes of `a`.
const fn bytes_of(len: usize) -> Body {
    Body::Sized {
        prefix: "",
        suffix: "",
        len,
    }
}

/// What a case must get back.
#[derive(Clone, Copy)]
pub enum Expect {
    /// 200, `text/plain; charset=utf-8`, this body.
    Text(&'static str),
    /// `application/problem+json`, a body of exactly these `title`, `status` and `detail`.
    Problem(u16, &'static str, &'static str),
}

/// One request and its answer.
pub struct Case {
    pub method: &'static str,
    pub path: &'static str,
    pub content_type: Option<&'static str>,
    pub body: Body,
    pub expect: Expect,
}

const JSON: Option<&str> = Some("application/json");
const FORM: Option<&str> = Some("application/x-www-form-urlencoded");

const fn case(
    method: &'static str,
    path: &'static str,
    content_type: Option<&'static str>,
    body: Body,
    expect: Expect,
) -> Case {
    Case {
        method,
        path,
        content_type,
        body,
        expect,
    }
}

use Expect::{Problem, Text};

const PATH: &str = "a segment of the path is not what this route takes";
const JSON_MEDIA_TYPE: &str = "the request's Content-Type is not application/json";
const FORM_MEDIA_TYPE: &str = "the request's Content-Type is not application/x-www-form-urlencoded";
const TOO_LARGE: &str = "the body is larger than this route accepts";

/// Every case, run in order against one server.
pub const CASES: &[Case] = &[
    // Path<u64>
    case("GET", "/things/7", None, Body::None, Text("thing 7")),
    case(
        "GET",
        "/things/abc",
        None,
        Body::None,
        Problem(400, "Bad Request", PATH),
    ),
    case(
        "GET",
        "/things/-1",
        None,
        Body::None,
        Problem(400, "Bad Request", PATH),
    ),
    case(
        "GET",
        "/things/18446744073709551616",
        None,
        Body::None,
        Problem(400, "Bad Request", PATH),
    ),
    case(
        "GET",
        "/things/%ff%fe",
        None,
        Body::None,
        Problem(400, "Bad Request", PATH),
    ),
    // Query<Page>
    case("GET", "/things?page=2", None, Body::None, Text("page 2")),
    case(
        "GET",
        "/things",
        None,
        Body::None,
        Problem(
            400,
            "Bad Request",
            "the query string is not what this route takes: missing field `page`",
        ),
    ),
    case(
        "GET",
        "/things?page=two",
        None,
        Body::None,
        Problem(
            400,
            "Bad Request",
            "the query string is not what this route takes: invalid digit found in string",
        ),
    ),
    case(
        "GET",
        "/things?page=-1",
        None,
        Body::None,
        Problem(
            400,
            "Bad Request",
            "the query string is not what this route takes: invalid digit found in string",
        ),
    ),
    // Json<NewThing>
    case(
        "POST",
        "/things",
        JSON,
        body(r#"{"name":"box"}"#),
        Text("created box"),
    ),
    case(
        "POST",
        "/things",
        Some("application/vnd.things+json"),
        body(r#"{"name":"box"}"#),
        Text("created box"),
    ),
    case(
        "POST",
        "/things",
        Some("application/json; charset=utf-8"),
        body(r#"{"name":"box"}"#),
        Text("created box"),
    ),
    case("POST", "/things", JSON, json_of(LIMIT), Text(AT_LIMIT_JSON)),
    case(
        "POST",
        "/things",
        JSON,
        body("not json"),
        Problem(
            400,
            "Bad Request",
            "the body is not valid JSON: expected ident at line 1 column 2",
        ),
    ),
    case(
        "POST",
        "/things",
        JSON,
        body(r#"{"name":"box""#),
        Problem(
            400,
            "Bad Request",
            "the body is not valid JSON: EOF while parsing an object at line 1 column 13",
        ),
    ),
    case(
        "POST",
        "/things",
        JSON,
        body(r#"{"name":"box"} {}"#),
        Problem(
            400,
            "Bad Request",
            "the body is not valid JSON: trailing characters at line 1 column 16",
        ),
    ),
    case(
        "POST",
        "/things",
        JSON,
        Body::None,
        Problem(
            400,
            "Bad Request",
            "the body is not valid JSON: EOF while parsing a value at line 1 column 0",
        ),
    ),
    case(
        "POST",
        "/things",
        JSON,
        body(r#"{"nom":"box"}"#),
        Problem(
            422,
            "Unprocessable Content",
            "the JSON body is not what this route takes: missing field `name` at line 1 column 13",
        ),
    ),
    case(
        "POST",
        "/things",
        JSON,
        body(r#"{"name":7}"#),
        Problem(
            422,
            "Unprocessable Content",
            "the JSON body is not what this route takes: invalid type: integer `7`, expected a string at line 1 column 9",
        ),
    ),
    case(
        "POST",
        "/things",
        JSON,
        body(r#""box""#),
        Problem(
            422,
            "Unprocessable Content",
            "the JSON body is not what this route takes: invalid type: string \"box\", expected struct NewThing at line 1 column 5",
        ),
    ),
    case(
        "POST",
        "/things",
        Some("text/plain"),
        body(r#"{"name":"box"}"#),
        Problem(415, "Unsupported Media Type", JSON_MEDIA_TYPE),
    ),
    case(
        "POST",
        "/things",
        None,
        body(r#"{"name":"box"}"#),
        Problem(415, "Unsupported Media Type", JSON_MEDIA_TYPE),
    ),
    case(
        "POST",
        "/things",
        FORM,
        body("name=box"),
        Problem(415, "Unsupported Media Type", JSON_MEDIA_TYPE),
    ),
    case(
        "POST",
        "/things",
        JSON,
        json_of(LIMIT + 1),
        Problem(413, "Content Too Large", TOO_LARGE),
    ),
    case(
        "POST",
        "/things",
        JSON,
        json_of(4 * LIMIT),
        Problem(413, "Content Too Large", TOO_LARGE),
    ),
    // Form<Login>
    case(
        "POST",
        "/login",
        FORM,
        body("user=ann&password=x"),
        Text("welcome ann"),
    ),
    case(
        "POST",
        "/login",
        Some("application/x-www-form-urlencoded; charset=utf-8"),
        body("user=ann&password=x"),
        Text("welcome ann"),
    ),
    case("POST", "/login", FORM, form_of(LIMIT), Text(AT_LIMIT_FORM)),
    case(
        "POST",
        "/login",
        FORM,
        body("user=ann"),
        Problem(
            422,
            "Unprocessable Content",
            "the form is not what this route takes: missing field `password`",
        ),
    ),
    case(
        "POST",
        "/login",
        FORM,
        Body::None,
        Problem(
            422,
            "Unprocessable Content",
            "the form is not what this route takes: missing field `user`",
        ),
    ),
    case(
        "POST",
        "/login",
        JSON,
        body(r#"{"user":"ann","password":"x"}"#),
        Problem(415, "Unsupported Media Type", FORM_MEDIA_TYPE),
    ),
    case(
        "POST",
        "/login",
        None,
        body("user=ann&password=x"),
        Problem(415, "Unsupported Media Type", FORM_MEDIA_TYPE),
    ),
    case(
        "POST",
        "/login",
        FORM,
        form_of(LIMIT + 1),
        Problem(413, "Content Too Large", TOO_LARGE),
    ),
    // Bytes
    case("POST", "/upload", None, body("hello"), Text("5 bytes")),
    case("POST", "/upload", None, Body::None, Text("0 bytes")),
    case(
        "POST",
        "/upload",
        None,
        bytes_of(LIMIT),
        Text(AT_LIMIT_BYTES),
    ),
    case(
        "POST",
        "/upload",
        None,
        bytes_of(LIMIT + 1),
        Problem(413, "Content Too Large", TOO_LARGE),
    ),
    case(
        "POST",
        "/upload",
        Some("application/octet-stream"),
        bytes_of(4 * LIMIT),
        Problem(413, "Content Too Large", TOO_LARGE),
    ),
    // Json<NewThing> through the user's ApiError: the rejection's own answer, and the error
    // type's own variant.
    case(
        "POST",
        "/checked",
        JSON,
        body(r#"{"name":"box"}"#),
        Text("checked box"),
    ),
    case(
        "POST",
        "/checked",
        JSON,
        body(r#"{"name":"taken"}"#),
        Problem(409, "Conflict", "a thing is already named taken"),
    ),
    case(
        "POST",
        "/checked",
        JSON,
        body("not json"),
        Problem(
            400,
            "Bad Request",
            "the body is not valid JSON: expected ident at line 1 column 2",
        ),
    ),
    case(
        "POST",
        "/checked",
        JSON,
        body(r#"{"name":7}"#),
        Problem(
            422,
            "Unprocessable Content",
            "the JSON body is not what this route takes: invalid type: integer `7`, expected a string at line 1 column 9",
        ),
    ),
    case(
        "POST",
        "/checked",
        Some("text/plain"),
        body(r#"{"name":"box"}"#),
        Problem(415, "Unsupported Media Type", JSON_MEDIA_TYPE),
    ),
    case(
        "POST",
        "/checked",
        JSON,
        json_of(LIMIT + 1),
        Problem(413, "Content Too Large", TOO_LARGE),
    ),
];

/// The answers to the bodies of exactly [`LIMIT`] bytes, which are accepted.
const AT_LIMIT_JSON: &str = "created aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const AT_LIMIT_FORM: &str = "welcome aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const AT_LIMIT_BYTES: &str = "64 bytes";

/// What a client received, or must receive: the status, `Content-Type` and body (parsed when
/// it is problem details, so that it compares by members).
#[derive(Debug, PartialEq)]
pub struct Answer {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Value,
}

impl Expect {
    fn answer(self) -> Answer {
        match self {
            Text(text) => Answer {
                status: 200,
                content_type: Some("text/plain; charset=utf-8".to_owned()),
                body: Value::String(text.to_owned()),
            },
            Problem(status, title, detail) => Answer {
                status,
                content_type: Some("application/problem+json".to_owned()),
                body: json!({"title": title, "status": status, "detail": detail}),
            },
        }
    }
}

/// Sends every case of [`CASES`] on a path `only` takes to the server at `address`
/// (`http://127.0.0.1:PORT`), one at a time with `client` (whose timeout bounds each), and
/// returns a line per case whose answer differs from the table, empty when all agree.
pub async fn mismatches(
    client: &reqwest::Client,
    address: &str,
    only: impl Fn(&str) -> bool,
) -> String {
    let mut mismatches = String::new();
    let cases = CASES.iter().enumerate();
    for (index, case) in cases.filter(|(_, case)| only(case.path)) {
        let method = reqwest::Method::from_bytes(case.method.as_bytes()).expect("a method");
        let mut request = client.request(method, format!("{address}{}", case.path));
        if let Some(content_type) = case.content_type {
            request = request.header("content-type", content_type);
        }
        if let Some(body) = case.body.render() {
            request = request.body(body);
        }
        let response = request.send().await.expect("an answer");
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|value| value.to_str().expect("ASCII").to_owned());
        let text = response.text().await.expect("a body");
        let body = if content_type.as_deref() == Some("application/problem+json") {
            serde_json::from_str(&text).expect("a JSON problem")
        } else {
            Value::String(text)
        };
        let received = Answer {
            status,
            content_type,
            body,
        };
        let expected = case.expect.answer();
        if received != expected {
            let _ = writeln!(
                mismatches,
                "case {index}, {} {} (Content-Type {:?}):\n  expected {expected:?}\n  received {received:?}",
                case.method, case.path, case.content_type,
            );
        }
    }
    mismatches
}

/// The conformance layer with each route's contract: the statuses its extractor's rejection
/// type states (and the user's `ApiError` for `/checked`), its success, and the framework's
/// 405; problem+json required on every error. A test that serves the routes behind it ends
/// with `findings.assert_none()`.
pub fn checked<R: status_core::conformance::Report + Clone, E: status_core::StatusContract>(
    layer: status_core::conformance::ConformanceLayer<R>,
) -> status_core::conformance::ConformanceLayer<R> {
    use status_core::conformance::ProblemJson;
    use status_core::respond::{
        BodyRejection, FormRejection, JsonRejection, PathRejection, QueryRejection,
    };

    layer
        .problem_json(ProblemJson::Everywhere)
        .route::<PathRejection>("/things/{id}")
        .route::<(QueryRejection, JsonRejection)>("/things")
        .route::<FormRejection>("/login")
        .route::<BodyRejection>("/upload")
        .route::<E>("/checked")
        .route_codes("/things/{id}", &[200, 405])
        .route_codes("/things", &[200, 405])
        .route_codes("/login", &[200, 405])
        .route_codes("/upload", &[200, 405])
        .route_codes("/checked", &[200, 405])
}
