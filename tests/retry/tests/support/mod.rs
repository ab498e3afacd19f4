//! A scripted HTTP/1.1 server on an ephemeral loopback port: it answers the n-th request with
//! the n-th reply of its script (the last one again once the script is spent), closes every
//! connection after one exchange, and records each request's method.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// How long a whole exchange, retries included, may take in any test.
pub const EXCHANGE: Duration = Duration::from_secs(20);

/// The largest request head or body the server reads.
const MAX_REQUEST: usize = 64 * 1024;

/// What the server does with a request.
#[derive(Clone, Copy, Debug)]
pub enum Reply {
    /// Answers with this status and these header fields (`Name: value` lines), no content.
    Status(u16, &'static [&'static str]),
    /// Reads the request and closes the connection without an answer.
    Hang,
}

/// A running server; [`Server::stop`] stops it.
pub struct Server {
    address: std::net::SocketAddr,
    methods: Arc<Mutex<Vec<String>>>,
    task: JoinHandle<()>,
}

impl Server {
    /// Starts a server that follows `script` (at least one reply).
    pub async fn start(script: &[Reply]) -> Server {
        assert!(!script.is_empty(), "a script needs a reply");
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port");
        let address = listener.local_addr().expect("its address");
        let methods = Arc::new(Mutex::new(Vec::new()));
        let script = script.to_vec();
        let seen = Arc::clone(&methods);
        let task = tokio::spawn(async move {
            for turn in 0.. {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let reply = script[turn.min(script.len() - 1)];
                if let Some(method) = exchange(stream, reply).await {
                    seen.lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .push(method);
                }
            }
        });
        Server {
            address,
            methods,
            task,
        }
    }

    /// The URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// The methods of the requests received so far, in order.
    pub fn methods(&self) -> Vec<String> {
        self.methods
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Stops the server and waits for it to end.
    pub async fn stop(self) {
        self.task.abort();
        let _ = self.task.await;
    }
}

/// Reads one request from `stream`, answers it with `reply`, and returns its method.
async fn exchange(mut stream: TcpStream, reply: Reply) -> Option<String> {
    let mut received = Vec::new();
    let mut buffer = [0; 4096];
    let head_end = loop {
        if let Some(end) = received.windows(4).position(|window| window == b"\r\n\r\n") {
            break end + 4;
        }
        if received.len() > MAX_REQUEST {
            return None;
        }
        let read = stream.read(&mut buffer).await.ok()?;
        if read == 0 {
            return None;
        }
        received.extend_from_slice(&buffer[..read]);
    };
    let head = String::from_utf8_lossy(&received[..head_end]).into_owned();
    let content_length = head
        .lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse::<usize>().ok())
        .unwrap_or(0)
        .min(MAX_REQUEST);
    while received.len() < head_end + content_length {
        let read = stream.read(&mut buffer).await.ok()?;
        if read == 0 {
            break;
        }
        received.extend_from_slice(&buffer[..read]);
    }
    let method = head.split(' ').next().unwrap_or_default().to_owned();
    if let Reply::Status(code, fields) = reply {
        let mut response = format!("HTTP/1.1 {code} Scripted\r\n");
        for field in fields {
            response.push_str(field);
            response.push_str("\r\n");
        }
        response.push_str("Content-Length: 0\r\nConnection: close\r\n\r\n");
        stream.write_all(response.as_bytes()).await.ok()?;
        stream.shutdown().await.ok()?;
    }
    Some(method)
}
