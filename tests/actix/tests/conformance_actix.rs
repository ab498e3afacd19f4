//! status-core's conformance middleware on actix-web 4 (`App::wrap(ConformanceLayer::…)`):
//! through a real `HttpServer` on 127.0.0.1 and a real HTTP client, a handler that breaks each
//! rule actix-web lets it break gives that finding, with its rule, status, route and header
//! field, and a handler that keeps it gives none, including the responses that actix-http
//! makes conform on the wire (an empty 204, the body of a response to HEAD). In process
//! (`actix_web::test`), the cases no HTTP client can ask for or read back: a final 1xx, a
//! CONNECT, HTTP/1.0 and HTTP/2 requests, an inner middleware's error; and handler errors
//! keep their error through the middleware.

use std::net::TcpListener;

use actix_web::body::{self, BoxBody};
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::header::{
    ALLOW, CONTENT_LENGTH, CONTENT_TYPE, HeaderValue, IF_MATCH, IF_NONE_MATCH, LOCATION, RANGE,
    RETRY_AFTER, WWW_AUTHENTICATE,
};
use actix_web::http::{Method, StatusCode, Version};
use actix_web::{App, HttpResponse, HttpServer, guard, test, web};
use status_core::HttpStatus;
use status_core::conformance::{ConformanceLayer, Findings, FindingsReport, RecordedFinding, Rule};

/// The errors of `/items/{id}`, answered as problem details (`#[respond(actix_web)]`).
#[derive(Debug, thiserror::Error, HttpStatus)]
#[respond(actix_web)]
enum ItemError {
    /// No item has this id.
    #[error("no item has this id")]
    #[status(NotFound)]
    NotFound,
    /// The request has no valid bearer token.
    #[error("this resource needs a bearer token")]
    #[status(Unauthorized)]
    #[header(www_authenticate = "Bearer realm=\"items\"")]
    Unauthenticated,
}

/// The only route with a status contract: 200 and `ItemError`'s statuses.
const ITEMS: &str = "/items/{id}";

const PROBLEM: &str = "application/problem+json";

/// The middleware of every test: records into `findings`, one route with a contract.
fn layer(findings: &Findings) -> ConformanceLayer<FindingsReport> {
    ConformanceLayer::recording(findings)
        .route::<ItemError>(ITEMS)
        .route_codes(ITEMS, &[200])
}

/// A status code by number.
fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).expect("a code from 100 to 999")
}

/// A response with `code` and a problem details body, so that only the rule at hand breaks.
fn problem(code: u16) -> actix_web::HttpResponseBuilder {
    let mut builder = HttpResponse::build(status(code));
    builder.content_type(PROBLEM);
    builder
}

async fn item(id: web::Path<u32>) -> Result<HttpResponse, ItemError> {
    match *id {
        1 => Ok(HttpResponse::Ok().json("first")),
        2 => Err(ItemError::NotFound),
        3 => Err(ItemError::Unauthenticated),
        4 => Ok(HttpResponse::NotFound()
            .content_type("text/plain")
            .body("no such item")),
        _ => Ok(problem(409).body("{}")),
    }
}

/// The test service's routes: one per case, each answering any method.
fn routes(config: &mut web::ServiceConfig) {
    let to = |path: &'static str, respond: fn() -> HttpResponse| {
        web::resource(path).to(move || async move { respond() })
    };
    config
        .route(ITEMS, web::get().to(item))
        .service(to("/content/205", || {
            HttpResponse::ResetContent().body("x")
        }))
        .service(to("/empty/205", || HttpResponse::ResetContent().finish()))
        .service(to("/content/204", || {
            HttpResponse::NoContent().body("gone")
        }))
        .service(to("/empty/204", || HttpResponse::NoContent().finish()))
        .service(to("/empty/204/length", || {
            HttpResponse::NoContent()
                .insert_header((CONTENT_LENGTH, "0"))
                .finish()
        }))
        .service(to("/unauthorized", || problem(401).body("{}")))
        .service(to("/unauthorized/challenge", || {
            problem(401)
                .insert_header((WWW_AUTHENTICATE, "Bearer"))
                .body("{}")
        }))
        .service(to("/refused/listed", || {
            problem(405).insert_header((ALLOW, "GET, PUT")).body("{}")
        }))
        .service(to("/refused/unlisted", || {
            problem(405).insert_header((ALLOW, "GET")).body("{}")
        }))
        .service(to("/partial", || {
            HttpResponse::PartialContent()
                .insert_header(("content-range", "bytes 0-1/10"))
                .body("ab")
        }))
        .service(to("/not-modified", || HttpResponse::NotModified().finish()))
        .service(to("/precondition", || problem(412).body("{}")))
        .service(to("/created", || HttpResponse::Created().body("{}")))
        .service(to("/created/located", || {
            HttpResponse::Created()
                .insert_header((LOCATION, "/items/9"))
                .body("{}")
        }))
        .service(to("/unavailable", || {
            problem(503).insert_header((RETRY_AFTER, "soon")).body("{}")
        }))
        .service(to("/unavailable/retry", || {
            problem(503).insert_header((RETRY_AFTER, "120")).body("{}")
        }))
        .service(to("/unregistered", || {
            HttpResponse::build(status(299)).body("ok")
        }))
        .service(to("/out-of-range", || {
            HttpResponse::build(status(600)).body("ok")
        }))
        .service(
            web::resource("/page").route(
                web::route()
                    .guard(guard::Any(guard::Get()).or(guard::Head()))
                    .to(|| async { HttpResponse::Ok().body("hello") }),
            ),
        );
}

/// One request and the findings it must give, as (rule, status, route, header field).
struct Case {
    method: &'static str,
    path: &'static str,
    headers: &'static [(&'static str, &'static str)],
    status: u16,
    findings: &'static [(Rule, u16, Option<&'static str>, Option<&'static str>)],
}

const fn case(method: &'static str, path: &'static str, status: u16) -> Case {
    Case {
        method,
        path,
        headers: &[],
        status,
        findings: &[],
    }
}

impl Case {
    const fn with(mut self, headers: &'static [(&'static str, &'static str)]) -> Self {
        self.headers = headers;
        self
    }

    const fn finds(
        mut self,
        findings: &'static [(Rule, u16, Option<&'static str>, Option<&'static str>)],
    ) -> Self {
        self.findings = findings;
        self
    }
}

const RANGE_REQUEST: &[(&str, &str)] = &[("range", "bytes=0-1")];
const CONDITIONAL: &[(&str, &str)] = &[("if-none-match", "\"v1\"")];
const PRECONDITION: &[(&str, &str)] = &[("if-match", "\"v1\"")];
const PRECONDITIONS: &str = "If-Match, If-None-Match, If-Modified-Since or If-Unmodified-Since";

/// Every case, breaking and conforming, sent over HTTP in this order.
const CASES: &[Case] = &[
    // Content on a status that forbids it: actix-http writes a 205's and a 204's body.
    case("GET", "/content/205", 205).finds(&[(Rule::ContentForbidden, 205, None, None)]),
    case("GET", "/empty/205", 205),
    case("DELETE", "/content/204", 204).finds(&[(Rule::ContentForbidden, 204, None, None)]),
    // No false finding on an empty 204: actix-http computes no `Content-Length` for it, and
    // drops the handler's own.
    case("DELETE", "/empty/204", 204),
    case("DELETE", "/empty/204/length", 204),
    // Required header fields.
    case("GET", "/unauthorized", 401).finds(&[(
        Rule::MissingRequiredHeader,
        401,
        None,
        Some("WWW-Authenticate"),
    )]),
    case("GET", "/unauthorized/challenge", 401),
    case("GET", "/created", 201).finds(&[(Rule::MissingLocation, 201, None, Some("Location"))]),
    case("GET", "/created/located", 201),
    case("GET", "/unavailable", 503).finds(&[(
        Rule::InvalidRetryAfter,
        503,
        None,
        Some("Retry-After"),
    )]),
    case("GET", "/unavailable/retry", 503),
    case("GET", "/unregistered", 299).finds(&[(Rule::Unregistered, 299, None, None)]),
    case("GET", "/out-of-range", 600).finds(&[(Rule::OutOfRange, 600, None, None)]),
    // A 405 whose `Allow` lists the method it refused.
    case("PUT", "/refused/listed", 405).finds(&[(
        Rule::AllowListsRefusedMethod,
        405,
        None,
        Some("Allow"),
    )]),
    case("PUT", "/refused/unlisted", 405),
    // Statuses that answer something the request must have had.
    case("GET", "/partial", 206).finds(&[(Rule::Unrequested, 206, None, Some("Range"))]),
    case("GET", "/partial", 206).with(RANGE_REQUEST),
    case("GET", "/not-modified", 304).finds(&[(
        Rule::Unrequested,
        304,
        None,
        Some("If-None-Match or If-Modified-Since"),
    )]),
    case("GET", "/not-modified", 304).with(CONDITIONAL),
    case("POST", "/not-modified", 304)
        .with(CONDITIONAL)
        .finds(&[(Rule::NotModifiedMethod, 304, None, None)]),
    case("PUT", "/precondition", 412).finds(&[(Rule::Unrequested, 412, None, Some(PRECONDITIONS))]),
    case("PUT", "/precondition", 412).with(PRECONDITION),
    // HEAD: actix-http never writes the body of a response to HEAD.
    case("HEAD", "/page", 200),
    case("GET", "/page", 200),
    // The route with a contract: problem details, and only the contract's statuses.
    case("GET", "/items/1", 200),
    case("GET", "/items/2", 404),
    case("GET", "/items/3", 401),
    case("GET", "/items/4", 404).finds(&[(
        Rule::NotProblemJson,
        404,
        Some(ITEMS),
        Some("Content-Type"),
    )]),
    case("GET", "/items/5", 409).finds(&[(Rule::OutsideContract, 409, Some(ITEMS), None)]),
];

/// A port on 127.0.0.1 that the server can bind.
fn listener() -> TcpListener {
    TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1")
}

#[test]
fn each_rule_is_found_through_a_real_server_and_conforming_responses_give_no_finding() {
    let findings = Findings::new();
    let layer = layer(&findings);
    actix_web::rt::System::new().block_on(async {
        let listener = listener();
        let address = listener.local_addr().expect("an address");
        let server = HttpServer::new(move || App::new().configure(routes).wrap(layer.clone()))
            .workers(1)
            .listen(listener)
            .expect("the server listens")
            .run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        // A connection per request: actix-http writes the body of a 204, which would
        // corrupt a connection kept for the next request.
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .build()
            .expect("a client");

        for case in CASES {
            let method = reqwest::Method::from_bytes(case.method.as_bytes()).expect("a method");
            let mut request = client.request(method, format!("http://{address}{}", case.path));
            for &(name, value) in case.headers {
                request = request.header(name, value);
            }
            let response = request.send().await.expect("the server answers");
            let what = format!("{} {}", case.method, case.path);
            assert_eq!(response.status().as_u16(), case.status, "{what}");
            let found: Vec<_> = findings.take().iter().map(summary).collect();
            let expected: Vec<_> = case
                .findings
                .iter()
                .map(|&(rule, status, route, header)| {
                    (rule, status, route.map(str::to_owned), header)
                })
                .collect();
            assert_eq!(found, expected, "{what}");
        }
        handle.stop(true).await;
    });
    findings.assert_none();
}

/// What a finding's assertion compares.
fn summary(finding: &RecordedFinding) -> (Rule, u16, Option<String>, Option<&'static str>) {
    (
        finding.rule,
        finding.status,
        finding.route.clone(),
        finding.header,
    )
}

/// The findings of one request sent in process to an app of `routes` behind the middleware.
fn in_process(
    routes: fn(&mut web::ServiceConfig),
    request: test::TestRequest,
) -> (u16, Vec<RecordedFinding>) {
    let findings = Findings::new();
    let layer = layer(&findings);
    let code = actix_web::rt::System::new().block_on(async {
        let app = test::init_service(App::new().configure(routes).wrap(layer)).await;
        let response = test::call_service(&app, request.to_request()).await;
        response.status().as_u16()
    });
    (code, findings.take())
}

fn rules(findings: &[RecordedFinding]) -> Vec<Rule> {
    findings.iter().map(|finding| finding.rule).collect()
}

/// Routes of final 1xx responses, which an HTTP client reads as interim ones and waits on.
fn informational(config: &mut web::ServiceConfig) {
    config
        .route(
            "/hints",
            web::to(|| async { HttpResponse::build(status(103)).finish() }),
        )
        .route(
            "/hints/bare",
            web::to(|| async { HttpResponse::build(status(103)).body(body::None::new()) }),
        );
}

#[test]
fn a_final_1xx_of_known_size_gets_a_content_length_from_actix() {
    // actix-http computes `Content-Length: 0` for an empty body on a 103 (it drops it only
    // for 100, 101, 102 and 204).
    let (code, found) = in_process(informational, test::TestRequest::get().uri("/hints"));
    assert_eq!(code, 103);
    assert_eq!(rules(&found), [Rule::ContentLengthForbidden]);
    assert_eq!(found[0].header, Some("Content-Length"));

    // A body of no size has no length.
    let (_, found) = in_process(informational, test::TestRequest::get().uri("/hints/bare"));
    assert_eq!(found, []);
}

#[test]
fn a_1xx_to_an_http_1_0_request_is_found() {
    let request = test::TestRequest::get()
        .uri("/hints/bare")
        .version(Version::HTTP_10);
    let (_, found) = in_process(informational, request);
    assert_eq!(rules(&found), [Rule::InterimToHttp10]);
}

fn tunnel(config: &mut web::ServiceConfig) {
    config
        .route(
            "/tunnel",
            web::to(|| async { HttpResponse::Ok().body("connected") }),
        )
        .route(
            "/tunnel/bare",
            web::to(|| async { HttpResponse::Ok().body(body::None::new()) }),
        );
}

#[test]
fn content_or_framing_in_a_2xx_to_connect_is_found() {
    let connect = |path| {
        test::TestRequest::default()
            .method(Method::CONNECT)
            .uri(path)
    };
    let (code, found) = in_process(tunnel, connect("/tunnel"));
    assert_eq!(code, 200);
    assert_eq!(rules(&found), [Rule::ContentForMethod]);
    assert_eq!(found[0].section, "RFC 9110, Section 9.3.6");

    let (_, found) = in_process(tunnel, connect("/tunnel/bare"));
    assert_eq!(found, []);
}

#[test]
fn over_http_2_actix_sends_no_body_with_a_204() {
    // actix-http's HTTP/2 dispatcher makes a 204's body size `None`; its HTTP/1 encoder
    // writes the body.
    let delete = |version| {
        test::TestRequest::delete()
            .uri("/content/204")
            .version(version)
    };
    let (_, found) = in_process(routes, delete(Version::HTTP_2));
    assert_eq!(found, []);
    let (_, found) = in_process(routes, delete(Version::HTTP_11));
    assert_eq!(rules(&found), [Rule::ContentForbidden]);
}

#[test]
fn a_handler_error_is_checked_and_keeps_its_error_through_the_middleware() {
    let findings = Findings::new();
    let layer = layer(&findings);
    actix_web::rt::System::new().block_on(async {
        let app = test::init_service(App::new().configure(routes).wrap(layer)).await;
        let request = test::TestRequest::get().uri("/items/3").to_request();
        let response: ServiceResponse<BoxBody> = app.call(request).await.expect("a response");
        assert_eq!(response.status(), 401);
        let error = response.response().error().expect("the handler's error");
        assert_eq!(error.to_string(), "this resource needs a bearer token");
        assert_eq!(
            response
                .headers()
                .get(CONTENT_TYPE)
                .map(HeaderValue::as_bytes),
            Some(PROBLEM.as_bytes())
        );
    });
    findings.assert_none();
}

#[test]
fn an_inner_middleware_error_is_checked_as_actix_web_will_send_it() {
    let findings = Findings::new();
    let layer = layer(&findings);
    actix_web::rt::System::new().block_on(async {
        let app = test::init_service(
            App::new()
                .configure(routes)
                .wrap_fn(|_, _| async {
                    Err::<ServiceResponse, _>(actix_web::error::ErrorUnauthorized("no token"))
                })
                .wrap(layer),
        )
        .await;
        let request = test::TestRequest::get().uri("/items/1").to_request();
        let error = app
            .call(request)
            .await
            .expect_err("the inner middleware's error");
        assert_eq!(error.as_response_error().status_code(), 401);
    });
    let found = findings.take();
    assert_eq!(
        found.iter().map(summary).collect::<Vec<_>>(),
        [
            (
                Rule::MissingRequiredHeader,
                401,
                Some(ITEMS.to_owned()),
                Some("WWW-Authenticate")
            ),
            (
                Rule::NotProblemJson,
                401,
                Some(ITEMS.to_owned()),
                Some("Content-Type")
            ),
        ]
    );
}

#[test]
fn a_range_request_is_recognised_among_other_header_fields() {
    let request = test::TestRequest::get()
        .uri("/partial")
        .insert_header(("X-Other", "1"))
        .insert_header((RANGE, "bytes=0-1"))
        .insert_header((IF_MATCH, "\"v1\""))
        .insert_header((IF_NONE_MATCH, "\"v1\""));
    let (code, found) = in_process(routes, request);
    assert_eq!(code, 206);
    assert_eq!(found, []);
}
