//! The configured client on the wire (httpmock): credentials, retries, timeouts, errors,
//! tracing, and no secret in logs or `Debug`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use ampersand_client::mock::MockServerExt;
use ampersand_ext::prelude::*;
use ampersand_ext::{ErrorKind, TransportKind};
use httpmock::{HttpMockResponse, MockServer};
use serde_json::{Value, json};

const KEY: &str = "amp-key-5ecr3t-0123456789";
const ACCESS_TOKEN: &str = "ya29.access-token-abcdef";
const REFRESH_TOKEN: &str = "1//refresh-token-ghijkl";

/// A policy that retries quickly, so the tests take milliseconds.
fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(5))
        .max_delay(Duration::from_millis(20))
}

#[path = "../common/mod.rs"]
mod common;
mod retries;
mod secrets;

fn client(server: &MockServer, policy: RetryPolicy) -> Client {
    common::client_with(server, KEY, policy)
}

/// Answers the n-th request with the n-th response (the last one repeats).
fn sequence(
    responses: Vec<HttpMockResponse>,
) -> impl Fn(&httpmock::HttpMockRequest) -> HttpMockResponse {
    let next = AtomicUsize::new(0);
    move |_| {
        let i = next.fetch_add(1, Ordering::SeqCst).min(responses.len() - 1);
        responses[i].clone()
    }
}

fn status(code: u16) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(code)
        .header("content-type", "application/problem+json")
        .body(json!({"title": "unavailable", "status": code}).to_string())
        .build()
}

fn projects_ok() -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(200)
        .header("content-type", "application/json")
        .body("[]")
        .build()
}

#[tokio::test]
async fn the_api_key_is_sent_as_x_api_key_with_the_user_agent() {
    let server = MockServer::start_async().await;
    let mock = server.list_projects(|when, then| {
        when.into_inner()
            .header("x-api-key", KEY)
            .header_missing("authorization")
            .header(
                "user-agent",
                format!("ampersand-rs/{}", env!("CARGO_PKG_VERSION")),
            );
        then.ok(&vec![]);
    });
    let projects = client(&server, fast())
        .list_projects()
        .send()
        .await
        .unwrap();
    mock.assert();
    assert!(projects.is_empty());
}

#[tokio::test]
async fn a_jwt_is_sent_as_bearer() {
    let server = MockServer::start_async().await;
    let mock = server.list_projects(|when, then| {
        when.into_inner()
            .header("authorization", "Bearer eyJhbGciOi.jwt.sig")
            .header_missing("x-api-key");
        then.ok(&vec![]);
    });
    let client = ClientBuilder::new()
        .bearer_token("eyJhbGciOi.jwt.sig")
        .base_url(server.base_url())
        .build()
        .unwrap();
    client.list_projects().send().await.unwrap();
    mock.assert();
}

#[tokio::test]
async fn from_vars_reads_the_key_and_base_url_and_fails_clearly_without_them() {
    let server = MockServer::start_async().await;
    let mock = server.list_projects(|when, then| {
        when.into_inner().header("x-api-key", "env-key");
        then.ok(&vec![]);
    });
    // the variables as `from_env` reads them from the process's environment, which a test
    // must not change while others run
    let base_url = server.base_url();
    let vars = |name: &str| match name {
        "AMPERSAND_API_KEY" => Some("env-key".to_string()),
        "AMPERSAND_BASE_URL" => Some(base_url.clone()),
        _ => None,
    };
    let client = ClientBuilder::from_vars(vars).unwrap().build().unwrap();
    client.list_projects().send().await.unwrap();
    mock.assert();

    let err = ClientBuilder::from_vars(|_| None).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert_eq!(
        err.to_string(),
        "configuration: AMPERSAND_API_KEY is not set (the Ampersand API key, from the dashboard)"
    );
}

/// A `MakeWriter` into a shared buffer.
#[test]
fn the_client_is_send_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync>() {}
    fn assert_clone<T: Clone>() {}
    assert_send_sync::<Client>();
    assert_clone::<Client>();
    assert_send_sync::<Error>();
}

/// The capture every tracing test here uses loses no event to `tracing`'s process-wide cache:
/// a callsite first reached on a thread with no subscriber still reaches a capture elsewhere.
#[test]
fn a_capture_sees_an_event_whose_callsite_a_bare_thread_reached_first() {
    fn probe() {
        tracing::debug!("probe reached");
    }
    let (captured, guard) = common::capture::capturing(tracing::Level::DEBUG);
    std::thread::spawn(probe).join().unwrap();
    probe();
    drop(guard);
    let text = captured.text();
    assert_eq!(text.matches("probe reached").count(), 1, "{text}");
}
