//! The two example services, `axum_service` and `actix_service`, against one HTTP contract:
//! each is started on 127.0.0.1 with an ephemeral port, sent every request of [`CASES`] by a
//! real HTTP client, and stopped. Status lines, headers, content types and bodies must match
//! the table, and no 5xx body may carry the internal message.
//!
//! The axum router is also served in process behind status-core's conformance layer, whose
//! findings are recorded (`ConformanceLayer::recording`) and asserted after the same cases:
//! a response that breaks a rule of HTTP or its route's contract (`ItemStatus`) fails the
//! test, with every finding listed.

use std::io::{BufRead as _, BufReader, Read as _};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread::{self, JoinHandle};
use std::time::Duration;

use serde_json::{Value, json};
use status_core::Status;

mod support;

use support::{REQUEST, runtime_and_client, serve_actix, serve_axum};

/// How long a service may take to print its address.
const STARTUP: Duration = Duration::from_secs(20);

/// A body that stands for a JSON body one byte over the services' limit
/// ([`item_services::items::BODY_LIMIT`]), made by [`request_body`].
const TOO_LARGE: &str = "(one byte over the body limit)";

/// The body `case` sends.
fn request_body(body: &str) -> String {
    if body == TOO_LARGE {
        let padding = item_services::items::BODY_LIMIT + 1 - r#"{"name": ""}"#.len();
        format!(r#"{{"name": "{}"}}"#, "a".repeat(padding))
    } else {
        body.to_owned()
    }
}

/// The internal message of `GET /boom`, which must never reach a client.
const SECRET: &str = "secret-token-123";

/// One request and what the response must be.
struct Case {
    method: &'static str,
    path: &'static str,
    body: Option<&'static str>,
    /// The request's `Content-Type` when it has a body: `application/json` unless given.
    content_type: Option<&'static str>,
    status: u16,
    /// Header fields the response must carry, with their exact values.
    headers: &'static [(&'static str, &'static str)],
    /// The JSON body of a success; for an error, the members beside `title`, `status` and
    /// `detail` that the problem must have (`Null`: none).
    json: fn() -> Value,
}

fn none() -> Value {
    Value::Null
}

/// The contract, in order: one service instance answers all of it, so `POST` creates id 2.
const CASES: &[Case] = &[
    Case {
        method: "GET",
        path: "/items/1",
        body: None,
        content_type: None,
        status: 200,
        headers: &[("content-type", "application/json")],
        json: || json!({"id": 1, "name": "first"}),
    },
    Case {
        method: "GET",
        path: "/items/999",
        body: None,
        content_type: None,
        status: 404,
        headers: &[],
        json: || json!({"id": 999}),
    },
    Case {
        method: "GET",
        path: "/items/abc",
        body: None,
        content_type: None,
        status: 400,
        headers: &[],
        json: none,
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some(r#"{"name": "second"}"#),
        content_type: None,
        status: 201,
        headers: &[
            ("location", "/items/2"),
            ("content-type", "application/json"),
        ],
        json: || json!({"id": 2, "name": "second"}),
    },
    Case {
        method: "GET",
        path: "/items/2",
        body: None,
        content_type: None,
        status: 200,
        headers: &[],
        json: || json!({"id": 2, "name": "second"}),
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some(r#"{"name": ""}"#),
        content_type: None,
        status: 422,
        headers: &[],
        json: || json!({"errors": [{"field": "name", "message": "must not be empty"}]}),
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some(
            r#"{"name": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#,
        ),
        content_type: None,
        status: 422,
        headers: &[],
        json: || json!({"errors": [{"field": "name", "message": "must be at most 64 characters, not 65"}]}),
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some(r#"{"name": "first"}"#),
        content_type: None,
        status: 409,
        headers: &[],
        json: || json!({"name": "first"}),
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some("not json"),
        content_type: None,
        status: 400,
        headers: &[],
        json: none,
    },
    // What the extractors refuse, answered by status-core's rejection types.
    Case {
        method: "POST",
        path: "/items",
        body: Some(r#"{"nom": "second"}"#),
        content_type: None,
        status: 422,
        headers: &[],
        json: none,
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some(r#"{"name": "second"}"#),
        content_type: Some("text/plain"),
        status: 415,
        headers: &[],
        json: none,
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some(TOO_LARGE),
        content_type: None,
        status: 413,
        headers: &[],
        json: none,
    },
    Case {
        method: "PUT",
        path: "/items/1",
        body: Some(r#"{"name": "renamed"}"#),
        content_type: None,
        status: 405,
        headers: &[("allow", "GET")],
        json: none,
    },
    Case {
        method: "GET",
        path: "/admin",
        body: None,
        content_type: None,
        status: 401,
        headers: &[("www-authenticate", r#"Bearer realm="items""#)],
        json: none,
    },
    Case {
        method: "GET",
        path: "/limited",
        body: None,
        content_type: None,
        status: 429,
        headers: &[("retry-after", "30")],
        json: none,
    },
    Case {
        method: "GET",
        path: "/upstream",
        body: None,
        content_type: None,
        status: 502,
        headers: &[],
        json: none,
    },
    Case {
        method: "GET",
        path: "/boom",
        body: None,
        content_type: None,
        status: 500,
        headers: &[],
        json: none,
    },
    // A method the route does not serve: the frameworks' 405, with their own `Allow`.
    Case {
        method: "DELETE",
        path: "/items/1",
        body: None,
        content_type: None,
        status: 405,
        headers: &[],
        json: none,
    },
    // A path no route serves: the frameworks' fallback, answered as problem details.
    Case {
        method: "GET",
        path: "/nope",
        body: None,
        content_type: None,
        status: 404,
        headers: &[],
        json: none,
    },
];

/// A running service, killed and reaped when dropped.
struct Service {
    child: Child,
    address: String,
    stderr: Option<JoinHandle<String>>,
}

impl Service {
    /// Starts the binary `path` on an ephemeral port of 127.0.0.1 and waits, at most
    /// [`STARTUP`], for its first line.
    fn start(path: &str) -> Service {
        Self::start_with(path, &[])
    }

    /// [`Service::start`] with the environment variables `env` too.
    fn start_with(path: &str, env: &[(&str, &str)]) -> Service {
        let mut child = Command::new(path)
            .env("BIND", "127.0.0.1:0")
            .env("NO_COLOR", "1")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|error| panic!("cannot start {path}: {error}"));
        let stdout = child.stdout.take().expect("piped stdout");
        let mut stderr = child.stderr.take().expect("piped stderr");
        let stderr = thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        let (sender, receiver) = mpsc::channel();
        thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = sender.send(line);
        });
        let mut service = Service {
            child,
            address: String::new(),
            stderr: Some(stderr),
        };
        let line = receiver
            .recv_timeout(STARTUP)
            .unwrap_or_else(|_| panic!("{path} printed no address within {STARTUP:?}"));
        let address = line
            .trim_end()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("{path}'s first line is not `listening on …`: {line:?}"));
        assert!(
            address.starts_with("http://127.0.0.1:") && !address.ends_with(":0"),
            "{path} reports {address}, not the bound address"
        );
        address.clone_into(&mut service.address);
        service
    }

    /// Stops the service and returns what it wrote on stderr.
    fn stop(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.stderr
            .take()
            .and_then(|handle| handle.join().ok())
            .unwrap_or_default()
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends `case` to the service at `address` and returns the status, header fields and body of
/// its response.
async fn send(
    client: &reqwest::Client,
    address: &str,
    case: &Case,
) -> Result<(u16, reqwest::header::HeaderMap, String), reqwest::Error> {
    let method = reqwest::Method::from_bytes(case.method.as_bytes()).expect("a method");
    let mut request = client.request(method, format!("{address}{}", case.path));
    if let Some(body) = case.body {
        request = request
            .header(
                "content-type",
                case.content_type.unwrap_or("application/json"),
            )
            .body(request_body(body));
    }
    let response = request.send().await?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.text().await?;
    Ok((status, headers, body))
}

/// What a client sees of a response, the same from both services: the status, the header
/// fields of the mapping and the fallbacks (`Allow` as its set of methods, without the `HEAD`
/// axum adds), and the body, without the members of the request's id.
fn seen(status: u16, headers: &reqwest::header::HeaderMap, body: &str) -> String {
    let field = |name: &str| {
        headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("-")
            .to_owned()
    };
    let mut allow: Vec<String> = field("allow")
        .split(',')
        .map(|method| method.trim().to_owned())
        .filter(|method| method != "HEAD")
        .collect();
    allow.sort();
    let mut body: Value = serde_json::from_str(body).unwrap_or(Value::String(body.to_owned()));
    if let Some(members) = body.as_object_mut() {
        members.remove("instance");
        members.remove("request_id");
    }
    format!(
        "{status} content-type={} allow={} www-authenticate={} retry-after={} location={}\n{body}",
        field("content-type"),
        allow.join(","),
        field("www-authenticate"),
        field("retry-after"),
        field("location"),
    )
}

/// Sends every case to the service at `address` (`http://127.0.0.1:PORT`) and returns how
/// each response that does not match its case differs.
async fn send_cases(client: &reqwest::Client, address: &str) -> Vec<String> {
    let mut failures = Vec::new();
    for case in CASES {
        let response = send(client, address, case).await;
        let (status, headers, body) = match response {
            Ok(response) => response,
            Err(error) => {
                failures.push(format!("{} {}: {error}", case.method, case.path));
                continue;
            }
        };
        if let Err(problem) = check_case(case, status, &headers, &body) {
            failures.push(format!(
                "{} {}: {problem}\n  got {status} {headers:?}\n  {body}",
                case.method, case.path
            ));
        }
    }
    failures
}

/// Sends every case to the service at `binary` and checks each response, and that the
/// withheld detail of the 500 reached the service's log.
fn check_contract(binary: &str) {
    let service = Service::start(binary);
    let (runtime, client) = runtime_and_client();
    let failures = runtime.block_on(send_cases(&client, &service.address));
    let stderr = service.stop();
    assert!(
        failures.is_empty(),
        "{binary} breaks the contract:\n{}\n--- its stderr:\n{stderr}",
        failures.join("\n")
    );
    assert!(
        stderr.contains(SECRET),
        "{binary} did not log the withheld detail of the 500 on stderr:\n{stderr}"
    );
}

fn check_case(
    case: &Case,
    status: u16,
    headers: &reqwest::header::HeaderMap,
    body: &str,
) -> Result<(), String> {
    if status != case.status {
        return Err(format!("status {status}, expected {}", case.status));
    }
    for (name, value) in case.headers {
        let got = headers.get(*name).and_then(|value| value.to_str().ok());
        if got != Some(*value) {
            return Err(format!("header {name}: {got:?}, expected {value:?}"));
        }
    }
    let json: Value =
        serde_json::from_str(body).map_err(|error| format!("body is not JSON: {error}"))?;
    if status < 400 {
        let expected = (case.json)();
        return if json == expected {
            Ok(())
        } else {
            Err(format!("body {json}, expected {expected}"))
        };
    }
    let content_type = headers
        .get("content-type")
        .and_then(|value| value.to_str().ok());
    if content_type != Some("application/problem+json") {
        return Err(format!("content-type {content_type:?} of an error"));
    }
    check_problem(status, &json, (case.json)())?;
    if status >= 500 && body.contains(SECRET) {
        return Err("the 5xx body carries the internal message".to_owned());
    }
    Ok(())
}

/// A problem body: `status` as on the status line, `title` its reason phrase, `detail` for a
/// 4xx only, and the `extensions` expected (no others).
fn check_problem(status: u16, json: &Value, extensions: Value) -> Result<(), String> {
    let object = json.as_object().ok_or("the problem is not an object")?;
    if object.get("status") != Some(&json!(status)) {
        return Err(format!("problem status {:?}", object.get("status")));
    }
    let reason = Status::new(status)
        .ok()
        .and_then(Status::reason)
        .ok_or("no reason phrase")?;
    if object.get("title") != Some(&json!(reason)) {
        return Err(format!(
            "problem title {:?}, expected {reason:?}",
            object.get("title")
        ));
    }
    let has_detail = object
        .get("detail")
        .is_some_and(|detail| detail.as_str().is_some_and(|text| !text.is_empty()));
    if has_detail != (status < 500) {
        return Err(format!("detail {:?} in a {status}", object.get("detail")));
    }
    let mut others: serde_json::Map<String, Value> = object.clone();
    for member in [
        "type",
        "title",
        "status",
        "detail",
        "instance",
        "request_id",
    ] {
        others.remove(member);
    }
    let expected = match extensions {
        Value::Null => serde_json::Map::new(),
        Value::Object(members) => members,
        other => return Err(format!("bad expectation {other}")),
    };
    if others == expected {
        Ok(())
    } else {
        Err(format!(
            "extension members {others:?}, expected {expected:?}"
        ))
    }
}

#[test]
fn axum_service_meets_the_http_contract() {
    check_contract(env!("CARGO_BIN_EXE_axum_service"));
}

#[test]
fn actix_service_meets_the_http_contract() {
    check_contract(env!("CARGO_BIN_EXE_actix_service"));
}

/// The two services, each started as its binary, answer every case of the table with the same
/// status, header fields and body: the errors, the extractors' rejections and the fallbacks.
#[test]
fn both_services_answer_each_case_alike() {
    let axum = Service::start(env!("CARGO_BIN_EXE_axum_service"));
    let actix = Service::start(env!("CARGO_BIN_EXE_actix_service"));
    let (runtime, client) = runtime_and_client();
    let differences = runtime.block_on(async {
        let mut differences = Vec::new();
        for case in CASES {
            let mut answers = Vec::new();
            for service in [&axum, &actix] {
                let answer = send(&client, &service.address, case).await;
                answers.push(match answer {
                    Ok((status, headers, body)) => seen(status, &headers, &body),
                    Err(error) => format!("no answer: {error}"),
                });
            }
            if answers[0] != answers[1] {
                differences.push(format!(
                    "{} {}:\n  axum:  {}\n  actix: {}",
                    case.method, case.path, answers[0], answers[1]
                ));
            }
        }
        differences
    });
    drop((axum.stop(), actix.stop()));
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

/// The axum router behind the conformance layer with every route's contract, served over
/// HTTP: every case answers as the table says, and no response breaks a rule.
#[test]
fn axum_service_breaks_no_rule_of_http_or_its_contract() {
    use item_services::axum_app;
    use item_services::items::Store;
    use status_core::conformance::{ConformanceLayer, Findings};

    let findings = Findings::new();
    let layer = axum_app::checked(ConformanceLayer::recording(&findings));
    let app = tower::Layer::layer(&layer, axum_app::app(std::sync::Arc::new(Store::default())));
    let failures = serve_axum(app, |client, address| async move {
        let mut failures = send_cases(&client, &address).await;
        // A response to HEAD: hyper sends axum's length and no content.
        match client.head(format!("{address}/items/1")).send().await {
            Ok(response) if response.status() == 200 => {}
            other => failures.push(format!("HEAD /items/1: {other:?}")),
        }
        failures
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    findings.assert_none();
}

/// The actix-web app behind the same checks as a middleware, with every route's contract,
/// served over HTTP on its own actix system: every case answers as the table says, and no
/// response breaks a rule.
#[test]
fn actix_service_breaks_no_rule_of_http_or_its_contract() {
    use std::sync::Arc;

    use item_services::actix_app;
    use item_services::items::Store;
    use status_core::conformance::{ConformanceLayer, Findings};

    let findings = Findings::new();
    let layer = actix_app::checked(ConformanceLayer::recording(&findings));
    let store = Arc::new(Store::default());
    let failures = serve_actix(
        move || actix_app::app(Arc::clone(&store)).wrap(layer.clone()),
        |client, address| async move { send_cases(&client, &address).await },
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    findings.assert_none();
}

/// The layer sees the responses of the router it wraps, served over HTTP: with a contract
/// that leaves out 404 for `/items/{id}`, the 404 of an unknown id is a finding, reported
/// with its route; the 200 of a known id is not.
#[test]
fn the_conformance_layer_reports_a_status_outside_the_route_contract() {
    use item_services::axum_app;
    use item_services::items::Store;
    use status_core::conformance::{ConformanceLayer, Findings, Rule};

    let findings = Findings::new();
    let layer = ConformanceLayer::recording(&findings).route_codes("/items/{id}", &[200]);
    let app = tower::Layer::layer(&layer, axum_app::app(std::sync::Arc::new(Store::default())));
    let statuses = serve_axum(app, |client, address| async move {
        let mut statuses = Vec::new();
        for path in ["/items/1", "/items/999"] {
            let response = client
                .get(format!("{address}{path}"))
                .send()
                .await
                .expect("an answer");
            statuses.push(response.status().as_u16());
        }
        statuses
    });
    assert_eq!(statuses, [200, 404]);
    let found: Vec<_> = findings
        .take()
        .into_iter()
        .map(|finding| (finding.rule, finding.route, finding.status))
        .collect();
    assert_eq!(
        found,
        [(Rule::OutsideContract, Some("/items/{id}".to_owned()), 404)]
    );
}

/// The codes of the route's error contract `C` and its `successes`, as strings, in order.
fn codes<C: status_core::StatusContract>(successes: &[&str]) -> Vec<String> {
    let mut codes: Vec<String> = successes.iter().map(|&code| code.to_owned()).collect();
    C::visit_statuses(&mut |outcome: &status_core::Outcome| {
        codes.push(outcome.status.code().to_string());
    });
    codes.sort();
    codes
}

/// Fetches `GET /openapi.json` of the service binary `binary`.
fn openapi_of(binary: &str) -> Value {
    let service = Service::start(binary);
    let (runtime, client) = runtime_and_client();
    let url = format!("{}/openapi.json", service.address);
    let body = runtime
        .block_on(async { client.get(&url).send().await?.text().await })
        .expect("the OpenAPI document");
    drop(service.stop());
    serde_json::from_str(&body).expect("JSON")
}

/// One documented response of `method path`: its description in the variants' words, and for
/// an error the `Problem` schema, with the extension members `ItemError`'s variants send.
fn check_response(path: &str, method: &str, code: &str, response: &Value) {
    let description = response["description"].as_str().expect("a description");
    assert!(
        !description.contains("::"),
        "{method} {path} {code}: a Rust path in {description:?}"
    );
    if code.starts_with('2') {
        return;
    }
    let schema = &response["content"]["application/problem+json"]["schema"];
    let problem = json!({"$ref": "#/components/schemas/Problem"});
    let members: &[&str] = match (path, method, code) {
        ("/items/{id}", "get", "404") => &["id"],
        ("/items", "post", "409") => &["name"],
        ("/items", "post", "422") => &["errors"],
        _ => &[],
    };
    if members.is_empty() {
        assert_eq!(schema, &problem, "{method} {path} {code}");
    } else {
        assert_eq!(schema["allOf"][0], problem, "{method} {path} {code}");
        let properties = schema["allOf"][1]["properties"]
            .as_object()
            .expect("the extension members");
        assert_eq!(
            properties.keys().collect::<Vec<_>>(),
            members,
            "{method} {path} {code}"
        );
    }
}

/// `GET /openapi.json` of each service: every operation documents exactly its route's
/// contract (`items::routes`), each status once, in the variants' words (no Rust paths), with
/// the mapping's headers, every problem response referring to the one `Problem` schema; the
/// 422 of `POST /items` lists both what the JSON extractor refuses and `ItemError::Invalid`.
/// The two services' documents are the same.
#[test]
fn each_openapi_operation_documents_exactly_its_route_contract() {
    use item_services::items::routes;

    // Each operation: its route's error contract, and the successes its `#[utoipa::path]` states.
    let expected: [(&str, &str, Vec<String>); 7] = [
        (
            "/items/{id}",
            "get",
            codes::<routes::GetItemErrors>(&["200"]),
        ),
        (
            "/items/{id}",
            "put",
            codes::<routes::ReplaceItemErrors>(&[]),
        ),
        (
            "/items",
            "post",
            codes::<routes::CreateItemErrors>(&["201"]),
        ),
        ("/admin", "get", codes::<routes::AdminErrors>(&[])),
        ("/limited", "get", codes::<routes::LimitedErrors>(&[])),
        (
            "/upstream",
            "get",
            codes::<routes::UpstreamErrors>(&["200"]),
        ),
        ("/boom", "get", codes::<routes::BoomErrors>(&[])),
    ];
    let axum = openapi_of(env!("CARGO_BIN_EXE_axum_service"));
    let mut actix = openapi_of(env!("CARGO_BIN_EXE_actix_service"));
    // utoipa's `#[openapi(paths(...))]` writes an empty `tags` on each operation, which
    // utoipa-axum's router does not: the same document to a client.
    for item in actix["paths"].as_object_mut().expect("paths").values_mut() {
        for operation in item.as_object_mut().expect("a path item").values_mut() {
            if operation["tags"] == json!([]) {
                operation
                    .as_object_mut()
                    .expect("an operation")
                    .remove("tags");
            }
        }
    }
    assert_eq!(axum, actix, "the two services document the same API");

    let paths = axum["paths"].as_object().expect("paths");
    let operations: usize = paths
        .values()
        .map(|item| item.as_object().expect("a path item").len())
        .sum();
    assert_eq!(operations, expected.len(), "{paths:?}");
    for (path, method, codes) in &expected {
        let operation = &paths[*path][*method];
        let responses = operation["responses"].as_object().expect("responses");
        assert_eq!(
            responses.keys().collect::<Vec<_>>(),
            codes.iter().collect::<Vec<_>>(),
            "{method} {path}"
        );
        for (code, response) in responses {
            check_response(path, method, code, response);
        }
    }
    let post = &paths["/items"]["post"]["responses"];
    assert_eq!(
        post["422"]["description"],
        "Unprocessable Content:\n\n- The body is JSON, but not of the shape the route takes: a \
         member is missing or has another type.\n- The new item breaks the rules of its fields; \
         `errors` lists each one.",
        "{post}"
    );
    assert!(
        post["400"]["description"]
            .as_str()
            .is_some_and(|text| text.contains("not valid JSON"))
    );
    let headers = |path: &str, method: &str, code: &str| -> Vec<String> {
        paths[path][method]["responses"][code]["headers"]
            .as_object()
            .map(|headers| headers.keys().cloned().collect())
            .unwrap_or_default()
    };
    assert_eq!(headers("/admin", "get", "401"), ["WWW-Authenticate"]);
    assert_eq!(headers("/limited", "get", "429"), ["Retry-After"]);
    assert_eq!(headers("/items/{id}", "put", "405"), ["Allow"]);

    // `errors` is typed: `FieldError`'s schema, from its `utoipa::ToSchema`.
    let errors = &post["422"]["content"]["application/problem+json"]["schema"]["allOf"][1]["properties"]
        ["errors"];
    assert_eq!(errors["type"], "array", "{errors}");
    assert_eq!(
        errors["items"]["required"],
        json!(["field", "message"]),
        "{errors}"
    );
    let schemas = axum["components"]["schemas"].as_object().expect("schemas");
    assert!(schemas["Problem"]["properties"]["status"].is_object());
    let text = axum.to_string();
    assert_eq!(
        text.matches("Problem details (RFC 9457)").count(),
        1,
        "the problem schema is defined once"
    );
}

/// The status line of the answer to `request`, sent as raw bytes to `address`
/// (`http://127.0.0.1:PORT`), read within [`REQUEST`].
fn status_line(address: &str, request: &str) -> String {
    use std::io::Write as _;
    use std::net::TcpStream;

    let host = address.trim_start_matches("http://");
    let mut stream = TcpStream::connect(host).expect("a connection");
    stream.set_read_timeout(Some(REQUEST)).expect("a timeout");
    stream.write_all(request.as_bytes()).expect("the request");
    let mut line = String::new();
    BufReader::new(stream)
        .read_line(&mut line)
        .expect("a status line");
    line.trim_end().to_owned()
}

/// The status line carries the registry's reason phrase, the title of the problem body, on
/// both frameworks: "422 Unprocessable Content", not http's "Unprocessable Entity".
#[test]
fn the_status_line_carries_the_registrys_reason_phrase() {
    let invalid = "POST /items HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
                   Content-Length: 12\r\nConnection: close\r\n\r\n{\"name\": \"\"}";
    let media = "POST /items HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n\
                 Content-Length: 2\r\nConnection: close\r\n\r\n{}";
    let found = "GET /items/1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    for binary in [
        env!("CARGO_BIN_EXE_axum_service"),
        env!("CARGO_BIN_EXE_actix_service"),
    ] {
        let service = Service::start(binary);
        let lines = [
            status_line(&service.address, invalid),
            status_line(&service.address, media),
            status_line(&service.address, found),
        ];
        drop(service.stop());
        assert_eq!(
            lines,
            [
                "HTTP/1.1 422 Unprocessable Content",
                "HTTP/1.1 415 Unsupported Media Type",
                "HTTP/1.1 200 OK",
            ],
            "{binary}"
        );
    }
}
