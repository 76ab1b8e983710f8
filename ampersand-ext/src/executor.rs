//! The request path of every operation: retries and one tracing span per call.
//!
//! Installed into the generated client as its executor (`ampersand_client::Execute`), so every
//! one of the 81 operations goes through it without a wrapper per operation.

use std::time::{Instant, SystemTime};

use ampersand_client::context::{Attempts, CallContext};
use ampersand_client::{Execute, OperationInfo, OperationMeta, ResponseFuture};
use tracing::field::Empty;
use tracing::Instrument;

use crate::retry::{parse_retry_after, RetryPolicy, RETRYABLE_STATUSES};

/// The header a request id is read from for the tracing span.
///
/// ```
/// assert_eq!(ampersand_ext::REQUEST_ID_HEADER, "x-request-id");
/// ```
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// Retries per [`RetryPolicy`] and traces every call.
pub(crate) struct Executor {
    pub(crate) policy: RetryPolicy,
}

impl Execute for Executor {
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        info: &'a OperationInfo,
    ) -> ResponseFuture<'a> {
        let operation = OperationMeta::find(info.operation_id);
        let idempotent = match operation {
            Some(op) => op.is_idempotent(),
            None => matches!(request.method().as_str(), "GET" | "HEAD" | "PUT" | "DELETE"),
        };
        // path template only: the concrete path may hold ids, and no header or body is traced
        let span = tracing::info_span!(
            "ampersand.request",
            operation_id = operation.map_or(info.operation_id, |op| op.id),
            method = %request.method(),
            path = operation.map_or("", |op| op.path),
            status = Empty,
            attempt = Empty,
            latency_ms = Empty,
            request_id = Empty,
        );
        Box::pin(self.run(client, request, idempotent).instrument(span))
    }
}

impl Executor {
    async fn run(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        idempotent: bool,
    ) -> reqwest::Result<reqwest::Response> {
        let start = Instant::now();
        let may_retry = self.policy.allows(idempotent);
        let mut request = request;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let again = if may_retry { request.try_clone() } else { None };
            let result = client.execute(request).await;
            let (retryable, retry_after) = match &result {
                Ok(response) => (
                    RETRYABLE_STATUSES.contains(&response.status().as_u16()),
                    response
                        .headers()
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| parse_retry_after(v, SystemTime::now())),
                ),
                Err(e) => (e.is_timeout() || e.is_connect(), None),
            };
            let wait = match (&again, retryable) {
                (Some(_), true) => self.policy.wait(attempt, start.elapsed(), retry_after),
                _ => None,
            };
            if let (Some(wait), Some(next)) = (wait, again) {
                let status = result.as_ref().ok().map(|r| r.status().as_u16());
                tracing::debug!(
                    attempt,
                    ?status,
                    wait_ms = wait.as_millis() as u64,
                    "retrying"
                );
                drop(result);
                tokio::time::sleep(wait).await;
                request = next;
                continue;
            }
            return finish(result, attempt, start);
        }
    }
}

/// Records the outcome on the span and marks the result with the attempts made.
fn finish(
    result: reqwest::Result<reqwest::Response>,
    attempt: u32,
    start: Instant,
) -> reqwest::Result<reqwest::Response> {
    let span = tracing::Span::current();
    span.record("attempt", attempt);
    span.record("latency_ms", start.elapsed().as_millis() as u64);
    match result {
        Ok(mut response) => {
            span.record("status", response.status().as_u16());
            if let Some(id) = response
                .headers()
                .get(REQUEST_ID_HEADER)
                .and_then(|v| v.to_str().ok())
            {
                span.record("request_id", id);
            }
            tracing::info!("response");
            response.extensions_mut().insert(Attempts(attempt));
            Ok(response)
        }
        Err(e) => {
            let kind = if e.is_timeout() {
                "timeout"
            } else if e.is_connect() {
                "connect"
            } else {
                "other"
            };
            tracing::warn!(transport_error = kind, "no response");
            Err(CallContext::mark_transport_error(e, attempt))
        }
    }
}
