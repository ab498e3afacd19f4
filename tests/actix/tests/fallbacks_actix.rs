//! actix-web's own fallbacks as problem details (`status_core::respond::actix_web::
//! problem_fallbacks`), through a real `HttpServer` on 127.0.0.1 and a real HTTP client: an
//! unknown path answers 404 and a method a resource does not serve 405, both
//! `application/problem+json`, the 405 with the `Allow` field actix-web computes without the
//! middleware; a handler's response with content passes unchanged; request ids reach these
//! bodies; and the conformance middleware finds nothing in them.

use std::net::TcpListener;
use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::{App, HttpResponse, HttpServer, web};
use status_core::conformance::{ConformanceLayer, Findings, ProblemJson, Rule};
use status_core::respond::actix_web::{RequestIds, problem_fallbacks};
use status_core::respond::request_id::instance;

/// How long a request, or the server's shutdown, may take.
const REQUEST: Duration = Duration::from_secs(10);

/// The requests of every test: an unknown path, a method each resource does not serve, and
/// a handler's own 404 with content.
const REQUESTS: [(&str, &str); 4] = [
    ("GET", "/nope"),
    ("PUT", "/items/7"),
    ("POST", "/notes/7"),
    ("GET", "/plain"),
];

const PROBLEM: &str = "application/problem+json";

/// What the client received: the status, `Content-Type`, `Allow`, `X-Request-Id` and the body.
#[derive(Debug, PartialEq, Eq)]
struct Received {
    status: u16,
    content_type: Option<String>,
    allow: Option<String>,
    request_id: Option<String>,
    body: String,
}

/// Two resources, one with two methods, and a handler that answers 404 in plain text.
fn routes(config: &mut web::ServiceConfig) {
    config
        .service(web::resource("/items/{id}").route(web::get().to(|| async { "an item" })))
        .service(
            web::resource("/notes/{id}")
                .route(web::get().to(|| async { "a note" }))
                .route(web::delete().to(|| async { "deleted" })),
        )
        .route(
            "/plain",
            web::get().to(|| async {
                HttpResponse::NotFound()
                    .content_type("text/plain")
                    .body("no such page")
            }),
        );
}

/// Serves the `App` that `app` makes on an ephemeral loopback port, sends each of
/// [`REQUESTS`] with a timeout, and returns what the client received, in order; the server
/// is stopped before it returns.
fn exchange<F, T, B>(app: F) -> Vec<Received>
where
    F: Fn() -> App<T> + Send + Clone + 'static,
    T: ServiceFactory<
            ServiceRequest,
            Config = (),
            Response = ServiceResponse<B>,
            Error = actix_web::Error,
            InitError = (),
        > + 'static,
    B: MessageBody + 'static,
{
    actix_web::rt::System::new().block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let address = listener.local_addr().expect("its address");
        let server = HttpServer::new(app)
            .workers(1)
            .listen(listener)
            .expect("the server listens")
            .run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        let client = reqwest::Client::builder()
            .no_proxy()
            .timeout(REQUEST)
            .build()
            .expect("a client");
        let mut received = Vec::new();
        for (method, path) in REQUESTS {
            let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
            let response = client
                .request(method, format!("http://{address}{path}"))
                .send()
                .await
                .expect("an answer");
            let header = |name: &str| {
                response
                    .headers()
                    .get(name)
                    .map(|value| value.to_str().expect("ASCII").to_owned())
            };
            let (content_type, allow, request_id) = (
                header("content-type"),
                header("allow"),
                header("x-request-id"),
            );
            received.push(Received {
                status: response.status().as_u16(),
                content_type,
                allow,
                request_id,
                body: response.text().await.expect("a body"),
            });
        }
        actix_web::rt::time::timeout(REQUEST, handle.stop(true))
            .await
            .expect("the server stops");
        received
    })
}

/// The `Allow` field of each response.
fn allows(received: &[Received]) -> Vec<Option<&str>> {
    received
        .iter()
        .map(|response| response.allow.as_deref())
        .collect()
}

#[test]
fn an_unknown_path_and_an_unserved_method_answer_problem_details() {
    let received = exchange(|| App::new().wrap(problem_fallbacks()).configure(routes));
    let response = |status: u16, content_type: &str, allow: Option<&str>, body: &str| Received {
        status,
        content_type: Some(content_type.to_owned()),
        allow: allow.map(ToOwned::to_owned),
        request_id: None,
        body: body.to_owned(),
    };
    let not_allowed = r#"{"title":"Method Not Allowed","status":405,"detail":"this resource does not accept the request's method; Allow lists the ones it does"}"#;
    assert_eq!(
        received,
        [
            response(
                404,
                PROBLEM,
                None,
                r#"{"title":"Not Found","status":404,"detail":"no resource is at this path"}"#
            ),
            response(405, PROBLEM, Some("GET"), not_allowed),
            response(405, PROBLEM, Some("GET, DELETE"), not_allowed),
            response(404, "text/plain", None, "no such page"),
        ]
    );
}

/// The same requests without the middleware: actix-web's own empty answers, with the
/// `Allow` that the middleware keeps.
#[test]
fn the_405_keeps_the_allow_field_actix_web_computes_without_the_middleware() {
    let plain = exchange(|| App::new().configure(routes));
    assert_eq!(
        plain[..3]
            .iter()
            .map(|response| (
                response.status,
                response.content_type.as_deref(),
                &*response.body
            ))
            .collect::<Vec<_>>(),
        [(404, None, ""), (405, None, ""), (405, None, "")]
    );
    let with = exchange(|| App::new().wrap(problem_fallbacks()).configure(routes));
    assert_eq!(allows(&plain), allows(&with));
}

#[test]
fn request_ids_reach_the_fallbacks_bodies() {
    let received = exchange(|| {
        App::new()
            .wrap(problem_fallbacks())
            .wrap(RequestIds::default())
            .configure(routes)
    });
    for response in &received[..3] {
        let id = response.request_id.as_deref().expect("an X-Request-Id");
        let members = format!(r#""instance":"{}","request_id":"{id}"}}"#, instance(id));
        assert!(response.body.ends_with(&members), "{response:?}");
    }
}

/// Behind the conformance middleware, every error checked for problem details and each
/// resource with a contract: nothing is found in the fallbacks' answers, where actix-web's
/// own empty ones are not problem details.
#[test]
fn the_conformance_middleware_finds_nothing_in_the_fallbacks_answers() {
    let layer = |findings| {
        ConformanceLayer::recording(findings)
            .problem_json(ProblemJson::Everywhere)
            .route_codes("/items/{id}", &[200, 405])
            .route_codes("/notes/{id}", &[200, 405])
    };
    let findings = Findings::new();
    let checked = layer(&findings);
    let received = exchange(move || {
        App::new()
            .wrap(problem_fallbacks())
            .configure(routes)
            .wrap(checked.clone())
    });
    assert_eq!(allows(&received)[1..3], [Some("GET"), Some("GET, DELETE")]);
    let found: Vec<_> = findings
        .take()
        .into_iter()
        .map(|finding| (finding.rule, finding.status, finding.path))
        .collect();
    // Only the handler's own plain-text 404, which the middleware leaves alone.
    assert_eq!(found, [(Rule::NotProblemJson, 404, "/plain".to_owned())]);

    let without = Findings::new();
    let checked = layer(&without);
    exchange(move || App::new().configure(routes).wrap(checked.clone()));
    let found: Vec<_> = without
        .take()
        .into_iter()
        .map(|finding| (finding.rule, finding.status))
        .collect();
    assert_eq!(
        found,
        [
            (Rule::NotProblemJson, 404),
            (Rule::NotProblemJson, 405),
            (Rule::NotProblemJson, 405),
            (Rule::NotProblemJson, 404),
        ]
    );
}
