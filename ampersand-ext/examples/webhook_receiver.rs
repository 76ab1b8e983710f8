//! A webhook destination for Ampersand: `cargo run --example webhook_receiver`.
//!
//! It serves `POST /webhook` (on `127.0.0.1:3000`, or `WEBHOOK_ADDR`) and prints what each
//! delivery holds: read or subscribe results, or a notification. The handler takes a
//! `webhook::axum::Delivery`, which runs it only for a delivery signed with the destination's
//! signing secret (`AMPERSAND_WEBHOOK_SECRET`, `whsec_…`, from the Ampersand dashboard), the
//! router's state: the extractor answers one that does not verify with 401, a stale one or one
//! that does not decode with 400, so that Svix retries only what may succeed later.
//!
//! Without `AMPERSAND_WEBHOOK_SECRET` it runs a demonstration: it uses a demo secret, posts
//! itself one signed delivery of each kind and one forged delivery, prints what happened, and
//! exits.

use std::net::SocketAddr;
use std::time::SystemTime;

use ampersand_ext::webhook::axum::Delivery;
use ampersand_ext::webhook::{self, Message, Notification, WebhookSecret};
use axum::Router;
use axum::http::StatusCode;
use axum::routing::post;
use serde_json::json;

const DEMO_SECRET: &str = "whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

#[tokio::main]
async fn main() {
    let secret = std::env::var("AMPERSAND_WEBHOOK_SECRET")
        .ok()
        .filter(|s| !s.is_empty());
    let demo = secret.is_none();
    let secret = secret.unwrap_or_else(|| DEMO_SECRET.to_string());
    let key = match WebhookSecret::new(&secret) {
        Ok(key) => key,
        Err(e) => {
            eprintln!("AMPERSAND_WEBHOOK_SECRET: {e}");
            std::process::exit(1);
        }
    };
    let addr: SocketAddr = std::env::var("WEBHOOK_ADDR")
        .ok()
        .and_then(|a| a.parse().ok())
        .unwrap_or(([127, 0, 0, 1], if demo { 0 } else { 3000 }).into());
    let app = Router::new()
        .route("/webhook", post(receive))
        .with_state(key);
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("cannot listen on {addr}: {e}");
            std::process::exit(1);
        }
    };
    let url = format!("http://{}/webhook", listener.local_addr().expect("bound"));
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    if demo {
        println!("no AMPERSAND_WEBHOOK_SECRET: a demonstration with a demo secret on {url}\n");
        demonstrate(&url, &secret).await;
    } else {
        println!("receiving Ampersand webhooks on {url} (Ctrl-C to stop)");
        let _ = server.await;
    }
}

/// Prints one verified delivery.
async fn receive(Delivery { id, message, .. }: Delivery) -> StatusCode {
    match message {
        Message::Results(m) => {
            println!(
                "{id}: {} {} record(s) of {} for {} ({:?} read, {})",
                m.result_info.num_records,
                m.result_info.type_,
                m.object_name,
                m.group_ref,
                m.read_type,
                m.result_info.download_url.as_deref().unwrap_or("inline"),
            );
        }
        Message::Notification(n) => match &*n {
            Notification::ConnectionError(e) => {
                println!(
                    "{id}: connection {} failed: {:?}",
                    e.connection_id, e.errors
                )
            }
            Notification::Unknown {
                notification_type, ..
            } => {
                println!("{id}: a notification this SDK does not know yet: {notification_type}")
            }
            other => println!("{id}: {} {}", other.notification_type(), other.data()),
        },
        _ => {}
    }
    StatusCode::NO_CONTENT
}

/// Plays the service: posts signed deliveries, and a forged one, to `url`; exits with 1 unless
/// the two signed ones were taken (204) and the forged one refused (401).
async fn demonstrate(url: &str, secret: &str) {
    let results = json!({"projectId": "my-project", "provider": "hubspot", "groupRef": "customer-1",
        "groupName": "Customer One", "installationId": "inst-1",
        "installationUpdateTime": "2026-01-01T00:00:00Z", "objectName": "contact", "action": "read",
        "consumerRef": "user-1", "consumerName": "User One", "readType": "scheduled",
        "resultInfo": {"type": "url", "downloadUrl": "https://example.com/results.json", "numRecords": 1200}});
    let notification = json!({"notificationType": "connection.error", "data": {"projectId": "my-project",
        "connectionId": "conn-1", "provider": "hubspot", "groupRef": "customer-1",
        "consumerRef": "user-1", "consumerName": "User One", "errors": ["invalid_grant"]}});
    // a reqwest client of our own: with the `rustls` feature, ring is its TLS provider
    ampersand_ext::client::install_ring_provider();
    let http = reqwest::Client::new();
    let mut answered = Vec::new();
    for (id, body, forge) in [
        ("msg_1", results.to_string(), false),
        ("msg_2", notification.to_string(), false),
        ("msg_3", results.to_string(), true),
    ] {
        let headers = webhook::sign(secret, id, SystemTime::now(), body.as_bytes())
            .expect("the demo secret is valid");
        let body = if forge {
            body.replace("1200", "9999")
        } else {
            body
        };
        match http.post(url).headers(headers).body(body).send().await {
            Ok(response) => {
                println!("   → {}", response.status());
                answered.push(response.status().as_u16());
            }
            Err(e) => println!("   → could not post: {e}"),
        }
    }
    if answered != [204, 204, 401] {
        eprintln!("expected 204, 204 and 401; got {answered:?}");
        std::process::exit(1);
    }
}
