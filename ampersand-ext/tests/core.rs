//! The configured client on the wire (httpmock): credentials, retries, timeouts, errors,
//! tracing, and no secret in logs or `Debug`.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
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

mod common;

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

#[tokio::test]
async fn a_get_that_gets_503_twice_succeeds_on_the_third_attempt() {
    let server = MockServer::start_async().await;
    let mock = server.list_projects(|when, then| {
        when.into_inner().any_request();
        then.into_inner()
            .respond_with(sequence(vec![status(503), status(503), projects_ok()]));
    });
    let projects = client(&server, fast())
        .list_projects()
        .send()
        .await
        .unwrap();
    mock.assert_calls(3);
    assert!(projects.is_empty());
}

#[tokio::test]
async fn attempts_are_bounded_and_counted_on_the_error() {
    let server = MockServer::start_async().await;
    let mock = server.list_projects(|when, then| {
        when.into_inner().any_request();
        then.into_inner().respond_with(sequence(vec![status(503)]));
    });
    let err: Error = client(&server, fast().max_attempts(3))
        .list_projects()
        .send()
        .await
        .unwrap_err();
    mock.assert_calls(3);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.attempts(), 3);
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "listProjects: 503 Service Unavailable: unavailable after 3 attempts"
    );
}

/// The waits the request path chose before each retry, in milliseconds, as its `retrying`
/// events say, while `call` runs.
async fn waits_before_retries<F: std::future::Future>(call: F) -> (F::Output, Vec<u64>) {
    let (captured, subscriber) = capturing(tracing::Level::DEBUG);
    let output = {
        let _guard = tracing::subscriber::set_default(subscriber);
        call.await
    };
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let waits = logs
        .lines()
        .filter(|l| l.contains("retrying"))
        .map(|l| {
            let at = l.find("wait_ms=").expect("a retry says its wait") + "wait_ms=".len();
            let digits: String = l[at..].chars().take_while(char::is_ascii_digit).collect();
            digits.parse().unwrap()
        })
        .collect();
    (output, waits)
}

// a loopback server and tokio's clock, paused: the one-second wait passes without taking time
#[tokio::test(start_paused = true)]
async fn retry_after_is_honoured_in_seconds_up_to_the_cap_and_a_longer_one_ends_the_call() {
    use common::loopback::{Loopback, Step};
    let slow_down = |seconds: &'static str| {
        Step::problem(
            429,
            &json!({"title": "slow down"}),
            &[("retry-after", seconds)],
        )
    };
    let server = Loopback::start(vec![slow_down("1"), common::calls::projects()]).await;
    let first = common::calls::builder(&server).build().unwrap();
    let (answer, waits) = waits_before_retries(first.list_projects().send()).await;
    answer.unwrap();
    assert_eq!(server.seen().len(), 2);
    // the server's wait exactly (no backoff, no jitter), not fast()'s base delay
    assert_eq!(waits, [1000]);

    // with a short cap, a longer Retry-After is not cut short and retried early: the call
    // ends at once, carrying the wait
    let server = Loopback::start(vec![slow_down("120"), common::calls::projects()]).await;
    let capped = common::calls::builder(&server)
        .retry_policy(fast().max_retry_after(Duration::from_millis(200)))
        .build()
        .unwrap();
    let (answer, waits) = waits_before_retries(capped.list_projects().send()).await;
    let e = answer.unwrap_err();
    assert_eq!(server.seen().len(), 1);
    assert!(waits.is_empty(), "{waits:?}");
    assert_eq!(e.attempts(), 1);
    assert_eq!(e.retry_after(), Some(Duration::from_secs(120)));
}

fn create_project_body() -> ampersand_client::types::CreateProjectBody {
    serde_json::from_value(json!({"appName": "My App", "name": "my-project", "orgId": "org-1"}))
        .unwrap()
}

#[tokio::test]
async fn a_post_is_not_retried_by_default_and_is_with_opt_in() {
    let server = MockServer::start_async().await;
    let mock = server.create_project(|when, then| {
        when.into_inner().any_request();
        then.into_inner().respond_with(sequence(vec![status(503)]));
    });
    let client = client(&server, fast().max_attempts(3));
    let err: Error = client
        .create_project()
        .body(create_project_body())
        .send()
        .await
        .unwrap_err();
    mock.assert_calls(1);
    assert_eq!(err.attempts(), 1);

    let mut mock = mock;
    mock.delete();
    let mock = server.create_project(|when, then| {
        when.into_inner()
            .json_body(json!({"appName": "My App", "name": "my-project", "orgId": "org-1"}));
        then.into_inner().respond_with(sequence(vec![
            status(503),
            HttpMockResponse::builder()
                .status(201)
                .header("content-type", "application/json")
                .body(
                    json!({"id": "p-1", "name": "my-project", "appName": "My App",
                           "orgId": "org-1", "createTime": "2024-01-15T10:30:00Z"})
                    .to_string(),
                )
                .build(),
        ]));
    });
    let project = client
        .with_retry_policy(fast().max_attempts(3).retry_non_idempotent(true))
        .create_project()
        .body(create_project_body())
        .send()
        .await
        .unwrap();
    mock.assert_calls(2);
    assert_eq!(project.id, "p-1");
}

// a loopback server that never answers, and tokio's clock, paused: the timeouts pass without
// taking time
#[tokio::test(start_paused = true)]
async fn a_timeout_is_a_retryable_transport_error() {
    use common::loopback::{Loopback, Step};
    let server = Loopback::start(vec![Step::Hang, Step::Hang]).await;
    let client = common::calls::builder(&server)
        .attempt_timeout(Duration::from_millis(100))
        .retry_policy(fast().max_attempts(2))
        .build()
        .unwrap();
    let start = tokio::time::Instant::now();
    let err: Error = client.list_projects().send().await.unwrap_err();
    assert_eq!(server.seen().len(), 2);
    assert!(start.elapsed() >= Duration::from_millis(200));
    assert_eq!(
        err.kind(),
        ErrorKind::Transport(TransportKind::Timeout),
        "{err:?}"
    );
    assert_eq!(err.attempts(), 2);
    assert!(err.is_retryable());
    assert_eq!(err.to_string(), "listProjects: timed out after 2 attempts");
}

// a 422 with its issues and an HTML 500 page: the tests crate's client.rs, on the same
// request path

/// A connection as getConnection returns it with `includeCreds=true`.
fn connection_with_tokens() -> Value {
    let mut connection = common::sample("Connection");
    connection["providerApp"] = common::sample("ProviderApp");
    connection["providerApp"]["clientSecret"] = json!("client-secret-xyz");
    connection["oauth2AuthorizationCode"] = json!({
        "accessToken": {"token": ACCESS_TOKEN, "expiresAt": "2024-10-22T18:55:28Z"},
        "refreshToken": {"token": REFRESH_TOKEN},
        "scopes": ["crm.read"],
    });
    connection
}

/// A `MakeWriter` into a shared buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

/// A subscriber that writes every event up to `level`, plain, into the buffer returned.
fn capturing(level: tracing::Level) -> (Captured, impl tracing::Subscriber + Send + Sync) {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    (captured, subscriber)
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn traces_and_debug_output_never_show_the_key_or_the_tokens() {
    let server = MockServer::start_async().await;
    let connection = connection_with_tokens();
    let mock = server.get_connection(|when, then| {
        when.connection_id("conn-1").include_creds(true);
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .header("x-request-id", "req-77")
            .json_body(connection.clone());
    });
    let (captured, subscriber) = capturing(tracing::Level::TRACE);
    let _guard = tracing::subscriber::set_default(subscriber);

    let client = client(&server, fast());
    let fetched = client
        .get_connection()
        .project_id_or_name("project-456")
        .connection_id("conn-1")
        .include_creds(true)
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert();
    let auth = fetched.oauth2_authorization_code.as_ref().unwrap();
    assert_eq!(
        auth.access_token.as_ref().unwrap().token.expose(),
        ACCESS_TOKEN
    );

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("ampersand.request"), "{logs}");
    assert!(logs.contains("operation_id=\"getConnection\""), "{logs}");
    assert!(
        logs.contains("path=\"/projects/{projectIdOrName}/connections/{connectionId}\""),
        "{logs}"
    );
    assert!(
        logs.contains("status=200") && logs.contains("attempt=1"),
        "{logs}"
    );
    assert!(logs.contains("request_id=\"req-77\""), "{logs}");
    let debug = format!(
        "{fetched:?} {client:?} {:?}",
        ClientBuilder::new().api_key(KEY)
    );
    for secret in [KEY, ACCESS_TOKEN, REFRESH_TOKEN, "client-secret-xyz"] {
        assert!(!logs.contains(secret), "{secret} in the logs");
        assert!(!debug.contains(secret), "{secret} in Debug output: {debug}");
    }
    assert!(debug.contains("[redacted]"));
    // serialising still sends the real values (a write-back keeps them)
    let back = serde_json::to_value(&fetched).unwrap();
    assert_eq!(
        back["oauth2AuthorizationCode"]["refreshToken"]["token"],
        REFRESH_TOKEN
    );
}

#[test]
fn the_client_is_send_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync>() {}
    fn assert_clone<T: Clone>() {}
    assert_send_sync::<Client>();
    assert_clone::<Client>();
    assert_send_sync::<Error>();
}

#[tokio::test]
async fn a_body_that_does_not_decode_names_operation_status_path_and_excerpt() {
    let server = MockServer::start_async().await;
    server.list_projects(|when, then| {
        when.into_inner().any_request();
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .body(r#"[{"id": 7, "name": "p"}]"#);
    });
    let err: Error = client(&server, fast())
        .list_projects()
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");
    assert_eq!(err.operation().map(|o| o.id), Some("listProjects"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    let decode = err.decode_error().expect("the serde error is the source");
    assert_eq!(decode.path, "[0].id");
    assert!(
        decode
            .message
            .starts_with("invalid type: integer `7`, expected a string"),
        "{decode}"
    );
    assert_eq!(err.body().unwrap().excerpt(), r#"[{"id":7,"name":"p"}]"#);
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_missing_required_parameter_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(500);
    });
    let err: Error = client(&server, fast())
        .get_installation()
        .integration_id("i")
        .installation_id("x")
        .send()
        .await
        .unwrap_err();
    assert_eq!(any.calls(), 0, "nothing was sent");
    assert_eq!(err.kind(), ErrorKind::InvalidRequest, "{err:?}");
    assert!(err.message().contains("project_id_or_name"), "{err}");
    assert_eq!(err.operation().map(|o| o.id), Some("getInstallation"));
    assert_eq!((err.status(), err.attempts()), (None, 0));
}
