//! Hooks on every attempt: a W3C `traceparent` on each request and a count of attempts per
//! operation, against a local mock (no account needed):
//!
//! ```text
//! cargo run -p ampersand-ext --example hooks
//! ```

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ampersand_ext::client::hook::{Attempt, AttemptOutcome, Hook};
use ampersand_ext::client::mock::MockServerExt;
use ampersand_ext::prelude::*;

/// Tags each attempt with a `traceparent` (a new span id per attempt, one trace per process)
/// and counts attempts and failures per operation.
#[derive(Default)]
struct Telemetry {
    attempts: Mutex<BTreeMap<&'static str, (u32, u32)>>,
}

impl Hook for Telemetry {
    fn before_attempt(&self, attempt: &Attempt, request: &mut reqwest::Request) {
        let span = fastrand::u64(1..);
        let traceparent = format!("00-4bf92f3577b34da6a3ce929d0e0e4736-{span:016x}-01");
        if let Ok(value) = traceparent.parse() {
            request.headers_mut().insert("traceparent", value);
        }
        let mut attempts = self.attempts.lock().unwrap();
        attempts.entry(attempt.operation.id).or_default().0 += 1;
    }

    fn after_attempt(&self, attempt: &Attempt, outcome: AttemptOutcome<'_>, took: Duration) {
        let failed = match outcome {
            AttemptOutcome::Response { status, .. } => !status.is_success(),
            _ => true,
        };
        if failed {
            let mut attempts = self.attempts.lock().unwrap();
            attempts.entry(attempt.operation.id).or_default().1 += 1;
        }
        println!(
            "{} attempt {}: {} in {took:?}",
            attempt.operation.id,
            attempt.number,
            if failed { "failed" } else { "ok" }
        );
    }
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let server = httpmock::MockServer::start_async().await;
    // the first answer is a 503, the next ones the projects
    server.mock(|when, then| {
        when.method("GET")
            .path("/projects")
            .header_missing("x-retried");
        then.status(503)
            .header("content-type", "application/problem+json")
            .body(r#"{"title": "unavailable"}"#);
    });
    let telemetry = Arc::new(Telemetry::default());
    let client = ClientBuilder::new()
        .api_key("demo-key")
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(10)))
        .hook(telemetry.clone())
        .hook(RetriedMark)
        .build()?;
    server.list_projects(|when, then| {
        when.into_inner()
            .header_exists("traceparent")
            .header_exists("x-retried");
        then.ok(&vec![]);
    });
    let projects = client.list_projects().send().await?;
    println!("{} projects", projects.len());
    for (operation, (attempts, failed)) in telemetry.attempts.lock().unwrap().iter() {
        println!("{operation}: {attempts} attempt(s), {failed} failed");
    }
    Ok(())
}

/// Marks every retry (a second hook, run after the first).
struct RetriedMark;

impl Hook for RetriedMark {
    fn before_attempt(&self, attempt: &Attempt, request: &mut reqwest::Request) {
        if attempt.number > 1 {
            request
                .headers_mut()
                .insert("x-retried", reqwest::header::HeaderValue::from_static("1"));
        }
    }
}
