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
            let result = send_following_redirects(client, request).await;
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

/// How many same-origin redirects one attempt follows.
pub const MAX_REDIRECTS: usize = 10;

/// Why a redirect was not followed: kept in the response's extensions for the error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RedirectRefused(pub(crate) RedirectRefusal);

/// Why the client did not follow a redirect (see the redirect policy of [`crate::ClientBuilder`]);
/// matched in the tests of `ampersand-ext/tests/redirects.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RedirectRefusal {
    /// The `Location` is on another origin (scheme, host or port).
    CrossOrigin,
    /// Following would turn the request into a GET (a 301, 302 or 303 to anything but a GET
    /// or HEAD), losing its body.
    ChangesMethod,
    /// There is no usable `Location` header.
    NoLocation,
    /// The body cannot be sent again (a stream).
    BodyNotReplayable,
    /// More than [`MAX_REDIRECTS`] redirects in a row.
    TooMany,
}

impl std::fmt::Display for RedirectRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            RedirectRefusal::CrossOrigin => {
                "it leads to another origin, which would receive the credentials"
            }
            RedirectRefusal::ChangesMethod => "following it would turn the request into a GET",
            RedirectRefusal::NoLocation => "it has no valid Location",
            RedirectRefusal::BodyNotReplayable => "the request body cannot be sent again",
            RedirectRefusal::TooMany => "too many redirects",
        })
    }
}

/// Sends `request`, following redirects only within its origin and only where the method and
/// body stay as they are (any 3xx for GET and HEAD, 307 and 308 for every method). A redirect
/// that is not followed is returned as the response, marked with why.
async fn send_following_redirects(
    client: &reqwest::Client,
    request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    let origin = request.url().origin();
    let mut request = request;
    let mut hops = 0;
    loop {
        let again = request.try_clone();
        let mut response = client.execute(request).await?;
        let status = response.status().as_u16();
        if !matches!(status, 301 | 302 | 303 | 307 | 308) {
            return Ok(response);
        }
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| response.url().join(v).ok());
        let next = match (location, again) {
            (None, _) => Err(RedirectRefusal::NoLocation),
            (Some(to), _) if to.origin() != origin => Err(RedirectRefusal::CrossOrigin),
            (Some(_), None) => Err(RedirectRefusal::BodyNotReplayable),
            (Some(_), Some(next))
                if !matches!(status, 307 | 308)
                    && !matches!(*next.method(), reqwest::Method::GET | reqwest::Method::HEAD) =>
            {
                Err(RedirectRefusal::ChangesMethod)
            }
            _ if hops == MAX_REDIRECTS => Err(RedirectRefusal::TooMany),
            (Some(to), Some(mut next)) => {
                *next.url_mut() = to;
                Ok(next)
            }
        };
        match next {
            Ok(next) => {
                tracing::debug!(status, "following a same-origin redirect");
                hops += 1;
                request = next;
            }
            Err(refusal) => {
                tracing::warn!(status, %refusal, "redirect not followed");
                response.extensions_mut().insert(RedirectRefused(refusal));
                return Ok(response);
            }
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
