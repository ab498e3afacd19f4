//! Request ids on both example services, served in process on 127.0.0.1 with an ephemeral
//! port, behind the one line each binary opts in with (`request_ids()` on axum, `RequestIds`
//! on actix-web), and asked by a real HTTP client: the id a client reads in a 500's body is
//! the one in the `X-Request-Id` header and on the server's log line that holds the withheld
//! detail. A `tracing` subscriber writes that log into memory, as the default of the threads
//! that serve the requests.

use std::cell::RefCell;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::thread;
use std::time::Duration;

use serde_json::{Value, json};

mod support;

use support::runtime_and_client;

/// How long a server may take to start or stop.
const STARTUP: Duration = Duration::from_secs(20);

/// The internal message of `GET /boom`, which must reach the log and never the client.
const SECRET: &str = "secret-token-123";

/// What a subscriber wrote, shared with the test.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl io::Write for Log {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Log {
    /// A subscriber that writes here, formatted as the services log on stderr.
    fn subscriber(&self) -> impl tracing::Subscriber + Send + Sync + 'static {
        let log = self.clone();
        tracing_subscriber::fmt()
            .with_writer(move || log.clone())
            .with_target(false)
            .finish()
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }

    /// The line of the event that reports `GET /boom`'s withheld detail.
    fn withheld_line(&self) -> Option<String> {
        self.text()
            .lines()
            .find(|line| line.contains("withheld") && line.contains(SECRET))
            .map(str::to_owned)
    }
}

#[derive(Clone, Copy, Debug)]
enum Framework {
    Axum,
    Actix,
}

/// A response, read whole.
#[derive(Debug)]
struct Reply {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: String,
}

impl Reply {
    /// The `X-Request-Id` the response carries.
    fn header_id(&self) -> &str {
        self.headers
            .get("x-request-id")
            .and_then(|id| id.to_str().ok())
            .unwrap_or_else(|| panic!("no X-Request-Id in {self:?}"))
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|error| panic!("{error}: {self:?}"))
    }

    /// The problem body's `request_id` and `instance`, checked against the header and each
    /// other, and its `Content-Length` against the body.
    fn problem_id(&self) -> String {
        assert_eq!(
            self.headers["content-type"], "application/problem+json",
            "{self:?}"
        );
        let json = self.json();
        let id = json["request_id"]
            .as_str()
            .unwrap_or_else(|| panic!("no request_id in {self:?}"));
        assert_eq!(id, self.header_id(), "the body's id is the header's");
        let instance = json["instance"]
            .as_str()
            .unwrap_or_else(|| panic!("no instance in {self:?}"));
        assert_eq!(
            instance,
            status_core::respond::request_id::instance(id),
            "{self:?}"
        );
        if let Some(length) = self.headers.get("content-length") {
            assert_eq!(
                length.to_str().ok().and_then(|length| length.parse().ok()),
                Some(self.body.len()),
                "Content-Length of {self:?}"
            );
        }
        id.to_owned()
    }
}

/// A UUID in lowercase, hyphenated: what the services make.
fn is_lowercase_uuid(id: &str) -> bool {
    id.len() == 36
        && id.char_indices().all(|(at, c)| match at {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        })
}

thread_local! {
    /// The log subscriber of an actix-web worker thread, kept for the thread's life.
    static WORKER_LOG: RefCell<Option<tracing::dispatcher::DefaultGuard>> = const { RefCell::new(None) };
}

/// How to stop a running server.
enum Stop {
    Axum(
        tokio::sync::oneshot::Sender<()>,
        tokio::task::JoinHandle<io::Result<()>>,
    ),
    Actix(
        actix_web::dev::ServerHandle,
        thread::JoinHandle<io::Result<()>>,
    ),
}

/// One example service served in process with request ids, its log, and a client.
struct Served {
    runtime: tokio::runtime::Runtime,
    client: reqwest::Client,
    address: SocketAddr,
    log: Log,
    stop: Option<Stop>,
    /// The axum server runs on this thread's runtime: its log subscriber is this thread's.
    _log_guard: Option<tracing::dispatcher::DefaultGuard>,
}

impl Served {
    fn start(framework: Framework) -> Served {
        let (runtime, client) = runtime_and_client();
        let log = Log::default();
        let (address, stop, guard) = match framework {
            Framework::Axum => {
                let guard = tracing::subscriber::set_default(log.subscriber());
                let (address, stop) = runtime.block_on(start_axum());
                (address, stop, Some(guard))
            }
            Framework::Actix => {
                let (address, stop) = start_actix(&log);
                (address, stop, None)
            }
        };
        Served {
            runtime,
            client,
            address,
            log,
            stop: Some(stop),
            _log_guard: guard,
        }
    }

    /// `GET path`, with `X-Request-Id: id` when given.
    fn get(&self, path: &str, id: Option<reqwest::header::HeaderValue>) -> Reply {
        self.runtime.block_on(async {
            let mut request = self.client.get(format!("http://{}{path}", self.address));
            if let Some(id) = id {
                request = request.header("x-request-id", id);
            }
            let response = request.send().await.expect("an answer");
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let body = response.text().await.expect("a body");
            Reply {
                status,
                headers,
                body,
            }
        })
    }

    /// Stops the server, waiting at most [`STARTUP`].
    fn stop(&mut self) {
        if let Err(error) = self.shut_down() {
            panic!("{error}");
        }
    }

    fn shut_down(&mut self) -> Result<(), String> {
        match self.stop.take() {
            Some(Stop::Axum(stop, server)) => {
                let _ = stop.send(());
                let stopped = self
                    .runtime
                    .block_on(async { tokio::time::timeout(STARTUP, server).await });
                match stopped {
                    Ok(Ok(Ok(()))) => Ok(()),
                    Ok(Ok(Err(error))) => Err(format!("the axum server failed: {error}")),
                    Ok(Err(error)) => Err(format!("the axum server task failed: {error}")),
                    Err(_) => Err(format!("the axum server did not stop within {STARTUP:?}")),
                }
            }
            Some(Stop::Actix(handle, thread)) => {
                let stopped = self
                    .runtime
                    .block_on(async { tokio::time::timeout(STARTUP, handle.stop(true)).await });
                if stopped.is_err() {
                    return Err(format!("the actix server did not stop within {STARTUP:?}"));
                }
                match thread.join() {
                    Ok(Ok(())) => Ok(()),
                    Ok(Err(error)) => Err(format!("the actix server failed: {error}")),
                    Err(_) => Err("the actix server's thread panicked".to_owned()),
                }
            }
            None => Ok(()),
        }
    }
}

impl Drop for Served {
    /// Stops a server the test did not stop (it failed first), reporting nothing.
    fn drop(&mut self) {
        let _ = self.shut_down();
    }
}

/// The axum service as `axum_service` serves it, on this thread's runtime.
async fn start_axum() -> (SocketAddr, Stop) {
    use item_services::axum_app;
    use item_services::items::Store;
    use status_core::respond::axum::request_ids;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let address = listener.local_addr().expect("its address");
    let app = axum_app::app(Arc::new(Store::default())).layer(request_ids());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    (address, Stop::Axum(stop, server))
}

/// The actix-web service as `actix_service` serves it, on a thread of its own; `log`
/// becomes the default subscriber of its worker thread.
fn start_actix(log: &Log) -> (SocketAddr, Stop) {
    use actix_web::HttpServer;
    use item_services::actix_app;
    use item_services::items::Store;
    use status_core::respond::actix_web::RequestIds;

    let log = log.clone();
    let (started, receiver) = mpsc::channel();
    let thread = thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let store = Arc::new(Store::default());
            let server = HttpServer::new(move || {
                // Called on each worker thread as it starts.
                let guard = tracing::subscriber::set_default(log.subscriber());
                WORKER_LOG.with(|slot| *slot.borrow_mut() = Some(guard));
                actix_app::app(Arc::clone(&store)).wrap(RequestIds::default())
            })
            .workers(1)
            .disable_signals()
            .bind("127.0.0.1:0")?;
            let address = server.addrs()[0];
            let server = server.run();
            let _ = started.send((address, server.handle()));
            server.await
        })
    });
    let (address, handle) = receiver
        .recv_timeout(STARTUP)
        .expect("the actix server starts");
    (address, Stop::Actix(handle, thread))
}

/// `GET /boom` with no id: the 500's body carries a UUID the service made, as `request_id`
/// and as `instance` (`urn:uuid:…`), the same as the header, and the log line of the withheld
/// detail carries it as the span's field.
fn a_500_names_its_log_line(framework: Framework) {
    let mut served = Served::start(framework);
    let reply = served.get("/boom", None);
    served.stop();
    assert_eq!(reply.status, 500, "{reply:?}");
    assert!(!reply.body.contains(SECRET), "{reply:?}");
    let id = reply.problem_id();
    assert!(is_lowercase_uuid(&id), "{id}");
    assert_eq!(reply.json()["instance"], format!("urn:uuid:{id}"));
    let line = served
        .log
        .withheld_line()
        .unwrap_or_else(|| panic!("no withheld detail in the log:\n{}", served.log.text()));
    assert!(
        line.contains(&format!("request_id={id}")),
        "the log line does not carry {id}: {line}"
    );
}

/// A client's valid `X-Request-Id` is the id: echoed, in the body, on the log line.
fn a_client_id_is_used(framework: Framework) {
    let mut served = Served::start(framework);
    let sent = "client-42/retry.1";
    let reply = served.get("/boom", Some(sent.parse().expect("a header value")));
    served.stop();
    assert_eq!(reply.problem_id(), sent);
    assert_eq!(reply.json()["instance"], "#request-id=client-42/retry.1");
    let line = served.log.withheld_line().expect("the withheld detail");
    assert!(line.contains(&format!("request_id={sent}")), "{line}");
}

/// An `X-Request-Id` that is too long or not visible ASCII is replaced by a new UUID.
fn an_invalid_client_id_is_replaced(framework: Framework) {
    use reqwest::header::HeaderValue;

    let mut served = Served::start(framework);
    let invalid = [
        HeaderValue::from_str(&"a".repeat(201)).expect("a header value"),
        HeaderValue::from_str(&"x".repeat(4096)).expect("a header value"),
        HeaderValue::from_static("two words"),
        HeaderValue::from_static("tab\there"),
        HeaderValue::from_bytes("caf\u{e9}".as_bytes()).expect("a header value"),
    ];
    for sent in invalid {
        let reply = served.get("/items/999", Some(sent.clone()));
        assert_eq!(reply.status, 404, "{reply:?}");
        let id = reply.problem_id();
        assert!(is_lowercase_uuid(&id), "{sent:?} gave {id}");
    }
    // The longest accepted id is kept.
    let longest = "b".repeat(status_core::respond::request_id::MAX_LEN);
    let reply = served.get("/items/999", Some(longest.parse().expect("a header value")));
    served.stop();
    assert_eq!(reply.problem_id(), longest);
}

/// A 4xx problem carries its id too, beside its detail.
fn a_4xx_carries_its_id(framework: Framework) {
    let mut served = Served::start(framework);
    let reply = served.get("/items/999", None);
    served.stop();
    assert_eq!(reply.status, 404, "{reply:?}");
    let id = reply.problem_id();
    assert_eq!(
        reply.json(),
        json!({
            "title": "Not Found",
            "status": 404,
            "detail": "no item has the id 999",
            "id": 999,
            "instance": format!("urn:uuid:{id}"),
            "request_id": id,
        })
    );
}

/// A success keeps its body; only the header is added.
fn a_success_keeps_its_body(framework: Framework) {
    let mut served = Served::start(framework);
    let reply = served.get("/items/1", Some("ok-1".parse().expect("a header value")));
    served.stop();
    assert_eq!(reply.status, 200, "{reply:?}");
    assert_eq!(reply.header_id(), "ok-1");
    assert_eq!(reply.json(), json!({"id": 1, "name": "first"}));
}

#[test]
fn axum_a_500_names_its_log_line() {
    a_500_names_its_log_line(Framework::Axum);
}

#[test]
fn actix_a_500_names_its_log_line() {
    a_500_names_its_log_line(Framework::Actix);
}

#[test]
fn axum_a_client_id_is_used() {
    a_client_id_is_used(Framework::Axum);
}

#[test]
fn actix_a_client_id_is_used() {
    a_client_id_is_used(Framework::Actix);
}

#[test]
fn axum_an_invalid_client_id_is_replaced() {
    an_invalid_client_id_is_replaced(Framework::Axum);
}

#[test]
fn actix_an_invalid_client_id_is_replaced() {
    an_invalid_client_id_is_replaced(Framework::Actix);
}

#[test]
fn axum_a_4xx_carries_its_id() {
    a_4xx_carries_its_id(Framework::Axum);
}

#[test]
fn actix_a_4xx_carries_its_id() {
    a_4xx_carries_its_id(Framework::Actix);
}

#[test]
fn axum_a_success_keeps_its_body() {
    a_success_keeps_its_body(Framework::Axum);
}

#[test]
fn actix_a_success_keeps_its_body() {
    a_success_keeps_its_body(Framework::Actix);
}
