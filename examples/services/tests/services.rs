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

use support::{REQUEST, runtime_and_client, serve_axum};

/// How long a service may take to print its address.
const STARTUP: Duration = Duration::from_secs(20);

/// The internal message of `GET /boom`, which must never reach a client.
const SECRET: &str = "secret-token-123";

/// One request and what the response must be.
struct Case {
    method: &'static str,
    path: &'static str,
    body: Option<&'static str>,
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
        status: 200,
        headers: &[("content-type", "application/json")],
        json: || json!({"id": 1, "name": "first"}),
    },
    Case {
        method: "GET",
        path: "/items/999",
        body: None,
        status: 404,
        headers: &[],
        json: none,
    },
    Case {
        method: "GET",
        path: "/items/abc",
        body: None,
        status: 400,
        headers: &[],
        json: none,
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some(r#"{"name": "second"}"#),
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
        status: 200,
        headers: &[],
        json: || json!({"id": 2, "name": "second"}),
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some(r#"{"name": ""}"#),
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
        status: 422,
        headers: &[],
        json: || json!({"errors": [{"field": "name", "message": "must be at most 64 characters, not 65"}]}),
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some(r#"{"name": "first"}"#),
        status: 409,
        headers: &[],
        json: none,
    },
    Case {
        method: "POST",
        path: "/items",
        body: Some("not json"),
        status: 400,
        headers: &[],
        json: none,
    },
    Case {
        method: "PUT",
        path: "/items/1",
        body: Some(r#"{"name": "renamed"}"#),
        status: 405,
        headers: &[("allow", "GET")],
        json: none,
    },
    Case {
        method: "GET",
        path: "/admin",
        body: None,
        status: 401,
        headers: &[("www-authenticate", r#"Bearer realm="items""#)],
        json: none,
    },
    Case {
        method: "GET",
        path: "/limited",
        body: None,
        status: 429,
        headers: &[("retry-after", "30")],
        json: none,
    },
    Case {
        method: "GET",
        path: "/upstream",
        body: None,
        status: 502,
        headers: &[],
        json: none,
    },
    Case {
        method: "GET",
        path: "/boom",
        body: None,
        status: 500,
        headers: &[],
        json: none,
    },
    // A path no route serves: the frameworks' fallback, answered as problem details.
    Case {
        method: "GET",
        path: "/nope",
        body: None,
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

/// Sends every case to the service at `address` (`http://127.0.0.1:PORT`) and returns how
/// each response that does not match its case differs.
async fn send_cases(client: &reqwest::Client, address: &str) -> Vec<String> {
    let mut failures = Vec::new();
    for case in CASES {
        let url = format!("{address}{}", case.path);
        let response = async {
            let method = reqwest::Method::from_bytes(case.method.as_bytes()).expect("a method");
            let mut request = client.request(method, &url);
            if let Some(body) = case.body {
                request = request
                    .header("content-type", "application/json")
                    .body(body);
            }
            let response = request.send().await?;
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let body = response.text().await?;
            Ok::<_, reqwest::Error>((status, headers, body))
        }
        .await;
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
    use std::net::TcpListener;
    use std::sync::Arc;

    use item_services::actix_app;
    use item_services::items::Store;
    use status_core::conformance::{ConformanceLayer, Findings};

    let findings = Findings::new();
    let layer = actix_app::checked(ConformanceLayer::recording(&findings));
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let address = format!("http://{}", listener.local_addr().expect("its address"));
    let (handles, handle) = mpsc::channel();
    let server = thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let store = Arc::new(Store::default());
            let server = actix_web::HttpServer::new(move || {
                actix_app::app(Arc::clone(&store)).wrap(layer.clone())
            })
            .workers(1)
            .listen(listener)?
            .run();
            let _ = handles.send(server.handle());
            server.await
        })
    });
    let handle = handle.recv_timeout(STARTUP).expect("the server starts");
    let (runtime, client) = runtime_and_client();
    let failures = runtime.block_on(async {
        let failures = send_cases(&client, &address).await;
        tokio::time::timeout(REQUEST, handle.stop(true))
            .await
            .expect("the server stops");
        failures
    });
    server
        .join()
        .expect("the server thread")
        .expect("the server");
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

/// `GET /openapi.json` of the axum service: every operation's error responses are exactly the
/// statuses `ItemError` can produce (transparent variants included), each once, described with
/// every variant that produces it and its doc, with the problem schema and the mapping's
/// headers.
#[test]
fn axum_openapi_lists_exactly_the_error_enum_statuses() {
    use item_services::items::ItemError;
    use status_core::{Outcome, StatusContract};

    let mut expected: std::collections::BTreeMap<String, Vec<(String, &'static [&'static str])>> =
        std::collections::BTreeMap::new();
    ItemError::visit_statuses(&mut |outcome: &Outcome| {
        let line = format!(
            "- `{}::{}`: {}",
            outcome.type_name,
            outcome.variant.unwrap_or_default(),
            outcome.doc.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        expected
            .entry(outcome.status.code().to_string())
            .or_default()
            .push((line, outcome.headers));
    });
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        [
            "400", "401", "404", "405", "409", "422", "429", "500", "502", "504"
        ]
    );

    let service = Service::start(env!("CARGO_BIN_EXE_axum_service"));
    let (runtime, client) = runtime_and_client();
    let url = format!("{}/openapi.json", service.address);
    let body = runtime
        .block_on(async { client.get(&url).send().await?.text().await })
        .expect("the OpenAPI document");
    drop(service.stop());
    let document: Value = serde_json::from_str(&body).expect("JSON");
    let paths = document["paths"].as_object().expect("paths");
    let mut operations = 0;
    for (path, item) in paths {
        for (method, operation) in item.as_object().expect("a path item") {
            operations += 1;
            let responses = operation["responses"].as_object().expect("responses");
            let errors: Vec<&String> = responses
                .keys()
                .filter(|code| !code.starts_with('2'))
                .collect();
            assert_eq!(
                errors,
                expected.keys().collect::<Vec<_>>(),
                "{method} {path}"
            );
            for (code, variants) in &expected {
                let response = &responses[code.as_str()];
                let description = response["description"].as_str().expect("a description");
                for (line, headers) in variants {
                    assert_eq!(
                        description.matches(line.as_str()).count(),
                        1,
                        "{method} {path} {code}: {description:?} lacks {line:?}"
                    );
                    for header in *headers {
                        assert!(
                            response["headers"].get(*header).is_some(),
                            "{method} {path} {code}: no header {header}"
                        );
                    }
                }
                let schema = &response["content"]["application/problem+json"]["schema"];
                assert!(
                    schema["properties"]["status"].is_object(),
                    "{code}: {schema}"
                );
            }
        }
    }
    assert_eq!(
        operations, 7,
        "GET/PUT /items/{{id}}, POST /items and four GETs"
    );
    let documented: Vec<&str> = ["401", "405", "429"]
        .into_iter()
        .map(|code| {
            let (_, operation) = paths["/admin"].as_object().unwrap().iter().next().unwrap();
            let headers = operation["responses"][code]["headers"].as_object().unwrap();
            headers.keys().next().unwrap().as_str()
        })
        .map(|name| match name {
            "WWW-Authenticate" | "Allow" | "Retry-After" => name,
            other => panic!("unexpected header {other}"),
        })
        .collect();
    assert_eq!(documented, ["WWW-Authenticate", "Allow", "Retry-After"]);
}
