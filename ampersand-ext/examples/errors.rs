//! How a caller matches on `ampersand_ext::Error` (its kind, and the facts its accessors
//! read): run with `cargo run -p ampersand-ext --example errors` (a local mock server stands in
//! for the API).

use std::time::Duration;

use ampersand_client::mock::MockServerExt;
use ampersand_ext::TransportKind;
use ampersand_ext::prelude::*;
use serde_json::json;

/// What a service would do with each kind of failure.
fn handle(e: &Error) -> String {
    let status = e.status().map(|s| s.as_u16());
    match e.kind() {
        ErrorKind::InputValidation => {
            let fields: Vec<&str> = e
                .issues()
                .iter()
                .filter_map(|i| i.name.as_deref())
                .collect();
            format!("tell the user to fix: {}", fields.join(", "))
        }
        ErrorKind::Api if status == Some(404) => "create it first".to_string(),
        ErrorKind::Transport(TransportKind::Timeout) => {
            format!(
                "timed out after {} attempt(s): queue for later",
                e.attempts()
            )
        }
        ErrorKind::Config => format!("fix the deployment: {}", e.message()),
        _ if e.is_retryable() => "retry later".to_string(),
        ErrorKind::Api => format!(
            "report to Ampersand support with request id {}",
            e.request_id().unwrap_or("(none)")
        ),
        _ => format!("give up: {e}"),
    }
}

#[tokio::main]
async fn main() {
    let server = httpmock::MockServer::start_async().await;
    server.get_installation(|when, then| {
        when.installation_id("invalid");
        then.into_inner()
            .status(422)
            .header("content-type", "application/problem+json")
            .json_body(
                json!({"title": "Invalid input", "status": 422, "requestId": "req-1",
                "issues": [{"in": "path", "name": "installationId", "detail": "not a UUID"}]}),
            );
    });
    server.get_installation(|when, then| {
        when.installation_id("missing");
        then.into_inner()
            .status(404)
            .header("content-type", "application/problem+json")
            .json_body(json!({"title": "Not found", "status": 404, "requestId": "req-2"}));
    });
    server.get_installation(|when, then| {
        when.installation_id("slow");
        then.into_inner().status(200).delay(Duration::from_secs(2));
    });

    let client = ClientBuilder::new()
        .api_key("demo-key")
        .base_url(server.base_url())
        .attempt_timeout(Duration::from_millis(200))
        .retry_policy(
            RetryPolicy::default()
                .max_attempts(2)
                .base_delay(Duration::from_millis(10)),
        )
        .build()
        .expect("a valid configuration");

    for id in ["invalid", "missing", "slow"] {
        let result = client
            .get_installation()
            .project_id_or_name("my-project")
            .integration_id("my-integration")
            .installation_id(id)
            .send()
            .await;
        match result {
            Ok(installation) => println!("{id}: {}", installation.id),
            Err(e) => println!("{id}: {e}\n  -> {}", handle(&e)),
        }
    }
    let missing_key = ClientBuilder::from_vars(|_| None).unwrap_err();
    println!("no key: {missing_key}\n  -> {}", handle(&missing_key));
}
