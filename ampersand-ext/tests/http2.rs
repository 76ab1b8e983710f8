//! A call over HTTP/2 (the default `http2` feature) against a local server that speaks it:
//! prior knowledge on a `reqwest::Client` of the caller's own, through the one request path.

use std::sync::{Arc, Mutex};

use ampersand_ext::prelude::*;
use axum::extract::{Request, State};
use axum::http::Version;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

/// What the server saw of each request: its HTTP version and API key.
type Seen = Arc<Mutex<Vec<(Version, Option<String>)>>>;

#[tokio::test]
async fn a_call_goes_over_http2() {
    let seen: Seen = Arc::default();
    let app = Router::new()
        .route(
            "/projects",
            get(|State(seen): State<Seen>, req: Request| async move {
                let key = req
                    .headers()
                    .get("x-api-key")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string);
                seen.lock().unwrap().push((req.version(), key));
                Json(
                    json!([{"id": "p-1", "name": "mailmonkey", "appName": "MailMonkey",
                                 "orgId": "org-1", "createTime": "2024-01-15T10:30:00Z"}]),
                )
            }),
        )
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });

    ampersand_ext::client::install_ring_provider();
    let http = reqwest::Client::builder()
        .http2_prior_knowledge()
        .build()
        .unwrap();
    let client = ClientBuilder::new()
        .api_key("h2-key")
        .bearer_token("eyJhbGciOiJSUzI1NiJ9.h2.test")
        .base_url(&url)
        .http_client(http)
        .build()
        .unwrap();
    let projects = client.list_projects().send().await.unwrap();
    assert_eq!(projects.len(), 1);
    assert_eq!(projects[0].name, "mailmonkey");
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0], (Version::HTTP_2, Some("h2-key".to_string())));
}
