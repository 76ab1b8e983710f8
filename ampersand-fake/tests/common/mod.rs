//! What the fake's tests share: a plain HTTP client and a raw request with the fake's
//! credentials.
// each test file uses part of this
#![allow(dead_code)]

use ampersand_ext::client::Host;
use ampersand_fake::{Fake, DEFAULT_API_KEY, DEFAULT_JWT};
use serde_json::Value;

/// A plain reqwest client (rustls needs its provider first, as the SDK's builder installs it).
pub fn http() -> reqwest::Client {
    ampersand_ext::client::install_ring_provider();
    reqwest::Client::new()
}

/// Sends `method path` to `host` of the fake, with its API key and JWT unless `auth` is
/// false, and `body` as JSON: the status, the content type and the JSON body (null if none).
pub async fn send(
    fake: &Fake,
    host: Host,
    method: &str,
    path: &str,
    body: Option<Value>,
    auth: bool,
) -> (u16, String, Value) {
    let url = format!("{}{path}", fake.base_url(host));
    let mut request = http().request(method.parse().unwrap(), url);
    if auth {
        request = request
            .header("x-api-key", DEFAULT_API_KEY)
            .header("authorization", format!("Bearer {DEFAULT_JWT}"));
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap_or_default().to_string())
        .unwrap_or_default();
    let bytes = response.bytes().await.unwrap_or_default();
    let body = match serde_json::from_slice(&bytes) {
        Ok(json) => json,
        Err(_) if bytes.is_empty() => Value::Null,
        Err(_) => Value::String(String::from_utf8_lossy(&bytes).into_owned()),
    };
    (status, content_type, body)
}

/// A webhook receiver on a port of its own: its URL, and each delivery (headers and body) in
/// the order received. It answers 204.
pub async fn receiver() -> (
    String,
    tokio::sync::mpsc::UnboundedReceiver<(axum::http::HeaderMap, axum::body::Bytes)>,
) {
    let (sent, received) = tokio::sync::mpsc::unbounded_channel();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(
            move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
                let sent = sent.clone();
                async move {
                    let _ = sent.send((headers, body));
                    axum::http::StatusCode::NO_CONTENT
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, received)
}

/// Whether `id` reads as a UUID, as the service's ids do.
#[allow(dead_code)]
pub fn uuid_like(id: &str) -> bool {
    let parts: Vec<usize> = id.split('-').map(str::len).collect();
    parts == [8, 4, 4, 4, 12] && id.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}
