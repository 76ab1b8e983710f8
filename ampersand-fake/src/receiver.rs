//! A webhook receiver for tests: a local URL to make a webhook destination of, and the
//! deliveries it received, in order, exactly as they arrived (headers and raw body), for
//! `ampersand_client::delivery::verify`.

use std::net::SocketAddr;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use tokio::sync::{Mutex, mpsc, oneshot};

/// One delivery as received.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Received {
    /// Its headers (`svix-id`, `svix-timestamp`, `svix-signature`, the destination's own).
    pub headers: HeaderMap,
    /// Its body, byte for byte.
    pub body: Bytes,
}

/// A local HTTP endpoint that answers every `POST` with 204 and keeps what it received.
/// Dropping it stops it.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use std::time::Duration;
/// let hooks = ampersand_fake::Receiver::start().await?;
/// // … a webhook destination with `hooks.url()`, then something that notifies it …
/// if let Some(delivery) = hooks.next(Duration::from_secs(5)).await {
///     let message = ampersand_client::delivery::verify(
///         ampersand_fake::DEFAULT_WEBHOOK_SECRET,
///         &delivery.headers,
///         &delivery.body,
///     )?;
///     println!("{message:?}");
/// }
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct Receiver {
    addr: SocketAddr,
    received: Mutex<mpsc::UnboundedReceiver<Received>>,
    _stop: oneshot::Sender<()>,
}

impl Receiver {
    /// Starts one on a loopback port of the system's choosing.
    pub async fn start() -> std::io::Result<Receiver> {
        let (sent, received) = mpsc::unbounded_channel();
        let app = axum::Router::new().fallback(axum::routing::post(
            move |headers: HeaderMap, body: Bytes| {
                let sent = sent.clone();
                async move {
                    let _ = sent.send(Received { headers, body });
                    StatusCode::NO_CONTENT
                }
            },
        ));
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
        });
        Ok(Receiver {
            addr,
            received: Mutex::new(received),
            _stop: stop,
        })
    }

    /// Its URL (`http://127.0.0.1:PORT/webhook`), for a destination's `metadata.url`.
    pub fn url(&self) -> String {
        format!("http://{}/webhook", self.addr)
    }

    /// The next delivery, waiting up to `timeout` for it (`None` if none came).
    pub async fn next(&self, timeout: Duration) -> Option<Received> {
        let mut received = self.received.lock().await;
        tokio::time::timeout(timeout, received.recv())
            .await
            .ok()
            .flatten()
    }
}
