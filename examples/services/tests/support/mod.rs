//! What the HTTP tests of the example services share: a client with a timeout, and an axum
//! service or an actix-web `App` served on an ephemeral loopback port for the length of one
//! exchange.

// Each test crate that includes this module uses a part of it.
#![allow(dead_code)]

use std::convert::Infallible;
use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use axum::extract::Request;
use axum::response::Response;

/// How long a request may take to be answered, and a server to stop.
pub const REQUEST: Duration = Duration::from_secs(10);

/// An HTTP client that asks no proxy and waits at most [`REQUEST`] for an answer.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(REQUEST)
        .build()
        .expect("a client")
}

/// A single-threaded runtime and a [`client`].
pub fn runtime_and_client() -> (tokio::runtime::Runtime, reqwest::Client) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    (runtime, client())
}

/// Serves `app` on an ephemeral port of 127.0.0.1 with axum, runs `talk` with a client and the
/// server's address (`http://127.0.0.1:PORT`), and stops the server before it returns.
pub fn serve_axum<S, T, F>(app: S, talk: impl FnOnce(reqwest::Client, String) -> F) -> T
where
    S: tower::Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send,
    F: Future<Output = T>,
{
    let (runtime, client) = runtime_and_client();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port");
        let address = format!("http://{}", listener.local_addr().expect("its address"));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            axum::serve(
                listener,
                axum::ServiceExt::<Request>::into_make_service(app),
            )
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
        });
        let result = talk(client, address).await;
        let _ = stop.send(());
        tokio::time::timeout(REQUEST, server)
            .await
            .expect("the server stops")
            .expect("the server task")
            .expect("the server");
        result
    })
}

/// Serves the `App` that `app` makes with one actix-web worker on an ephemeral port of
/// 127.0.0.1, on an actix system of this thread, runs `talk` with a [`client`] and the
/// server's address (`http://127.0.0.1:PORT`), and stops the server before it returns.
pub fn serve_actix<F, S, B, T, Fut>(app: F, talk: impl FnOnce(reqwest::Client, String) -> Fut) -> T
where
    F: Fn() -> actix_web::App<S> + Send + Clone + 'static,
    S: ServiceFactory<
            ServiceRequest,
            Config = (),
            Response = ServiceResponse<B>,
            Error = actix_web::Error,
            InitError = (),
        > + 'static,
    B: MessageBody + 'static,
    Fut: Future<Output = T>,
{
    actix_web::rt::System::new().block_on(async {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let address = format!("http://{}", listener.local_addr().expect("its address"));
        let server = actix_web::HttpServer::new(app)
            .workers(1)
            .listen(listener)
            .expect("the server listens")
            .run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        let result = talk(client(), address).await;
        actix_web::rt::time::timeout(REQUEST, handle.stop(true))
            .await
            .expect("the server stops");
        result
    })
}
