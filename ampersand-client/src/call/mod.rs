//! The request path of every call, generated operation or helper (each generated `send()`
//! reaches it through the `exec` hook of the `runtime` module): credentials, per-attempt timeouts
//! within a total budget, retries, redirects within the origin, a size limit on the response,
//! and one tracing span per call. What it learns (attempts, status, headers as received,
//! request id) travels in the response it returns, or in the [`Error`].

mod attempts;
mod config;
// what only deliveries fetch: their results and configs from another origin
#[cfg(feature = "webhooks")]
mod fetch;
mod timers;
mod wire;

pub use config::{CallConfig, CallSettings};
#[cfg(feature = "webhooks")]
pub(crate) use fetch::{Download, fetch};
pub(crate) use wire::transport;

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

// tokio's clock: a paused one (in tests) drives the timeouts, waits and budget alike
use tokio::time::Instant;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, HeaderMap, HeaderName};
use tracing::Instrument;
use tracing::field::Empty;

use crate::error::{ErrorKind, RedirectRefusal};
use crate::runtime::OperationInfo;
use crate::{Error, OperationMeta, Secret};

/// How many same-origin redirects one attempt follows.
pub const MAX_REDIRECTS: usize = 10;
/// The default timeout of one attempt (the whole call is bounded by
/// [`RetryPolicy::max_elapsed`](crate::RetryPolicy::max_elapsed)).
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default time to make a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The default limit on a response body: 64 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;
/// The header a request id is read from.
pub const REQUEST_ID_HEADER: &str = "x-request-id";
/// The header an API key is sent in.
pub const API_KEY_HEADER: &str = "x-api-key";
/// The header the API's version (the spec's `info.version`) is sent in.
pub const API_VERSION_HEADER: &str = "api-version";

// the same names, made once at compile time rather than parsed on every call
const REQUEST_ID: HeaderName = HeaderName::from_static(REQUEST_ID_HEADER);
// a static, not a const: the credential of a call borrows it
static API_KEY: HeaderName = HeaderName::from_static(API_KEY_HEADER);
const API_VERSION: HeaderName = HeaderName::from_static(API_VERSION_HEADER);

/// A response read whole, with what the request path knows of the call. The generated
/// operations decode it (see the `runtime` module).
pub(crate) struct Exchange {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    pub(crate) operation: Option<&'static OperationMeta>,
    pub(crate) attempts: u32,
    pub(crate) redirect: Option<RedirectRefusal>,
    /// How long the server asked to wait before another attempt (an error status's
    /// `Retry-After`, else its problem's `retryAfter`).
    pub(crate) retry_after: Option<Duration>,
    /// The configured credentials, redacted from whatever an error keeps of the response.
    pub(crate) known: Arc<[Secret]>,
    /// An error status's body, parsed as JSON once (for its retry hints), for the error that
    /// reads its problem.
    pub(crate) parsed: Option<serde_json::Value>,
}

impl fmt::Debug for Exchange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Exchange")
            .field("status", &self.status)
            .field("operation", &self.operation.map(|o| o.id))
            .field("attempts", &self.attempts)
            .field("body_bytes", &self.body.len())
            .finish()
    }
}

impl Exchange {
    /// The status (what progenitor's operations match on).
    pub(crate) fn status(&self) -> StatusCode {
        self.status
    }

    /// An error of `kind` carrying every fact of this exchange but the body.
    pub(crate) fn error(&self, kind: ErrorKind) -> Error {
        let mut e = Error::of_response(
            kind,
            "",
            self.operation,
            self.attempts,
            self.status,
            &self.headers,
        );
        e.facts_mut().retry_after = self.retry_after;
        e
    }
}

/// The request id the service sent in its headers ([`REQUEST_ID_HEADER`]).
pub(crate) fn request_id(headers: &HeaderMap) -> Option<&str> {
    headers.get(&REQUEST_ID).and_then(|v| v.to_str().ok())
}

/// The `reqwest::Client` of `Client::new`: [`http_client_builder`], built.
///
/// # Panics
///
/// When reqwest cannot set up TLS (no usable root certificates, say), as `Client::new`
/// always has; build a `reqwest::Client` yourself and use `Client::new_with_client` to handle
/// that error.
pub fn http_client() -> reqwest::Client {
    http_client_builder()
        .build()
        .expect("reqwest cannot set up its TLS backend")
}

/// What the request path needs of its `reqwest::Client`: it follows no redirect itself (the
/// request path follows them within the origin only, so credentials never leave it), and
/// connects within [`DEFAULT_CONNECT_TIMEOUT`] (each attempt's own timeout is the call's);
/// with the `rustls` feature, the ring provider is installed first
/// ([`crate::install_ring_provider`]).
pub fn http_client_builder() -> reqwest::ClientBuilder {
    #[cfg(feature = "rustls")]
    crate::install_ring_provider();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(DEFAULT_CONNECT_TIMEOUT)
}

/// What makes an operation's request, as its `send()` builds it (its URL, query, body and
/// header parameters): called for the first attempt, and again for a retry or a redirect, so
/// that no copy of the request is kept while it is sent.
pub(crate) trait Build: FnMut() -> Result<reqwest::Request, Error> + Send {}

impl<F: FnMut() -> Result<reqwest::Request, Error> + Send> Build for F {}

/// Puts on `request` the headers every request of the operation `info` names carries: what
/// its responses declare (its errors' media types included) and the API's version, made at
/// compile time.
fn put_fixed(info: &OperationInfo, request: &mut reqwest::Request) {
    let headers = request.headers_mut();
    if !info.operation.accept.is_empty() {
        headers.insert(ACCEPT, info.accept.clone());
    }
    headers.insert(API_VERSION, info.api_version.clone());
}

/// Sends the request `build` makes for the operation `info` names through the request path,
/// and reads the response whole: what the `exec` hook of every generated client does.
///
/// What needs no waiting is done before the future is made (the credential chosen, the first
/// request built, the attempts' state made on the heap), so that the future a `send()` holds
/// is small.
pub(crate) fn call<'a, B: Build + 'a>(
    http: &'a reqwest::Client,
    inner: &'a CallSettings,
    mut build: B,
    info: &'a OperationInfo,
) -> impl Future<Output = Result<Exchange, Error>> + use<'a, B> {
    let operation = info.operation;
    // an error names its operation in `runtime::operation`, around the whole `send()`; the
    // credential goes on each attempt after the hooks have seen it
    let attempts = attempts::credential_for(operation, inner).and_then(|credential| {
        let first = build()?;
        // path template only: the concrete path may hold ids, and no header or body is traced
        let span = tracing::info_span!(
            "ampersand.request",
            operation_id = operation.id,
            method = %first.method(),
            path = operation.path,
            status = Empty,
            attempt = Empty,
            latency_ms = Empty,
            request_id = Empty,
        );
        // the attempts' state (what makes the request again, the response, the timer) lives
        // on the heap, so that the futures around it stay small and cheap to move
        let run = attempts::run(
            http,
            attempts::Making { first, build, info },
            credential,
            inner.config(),
            &inner.shared.known,
            operation,
        );
        Ok(Box::pin(run).instrument(span))
    });
    async move {
        let (outcome, credential_used) = attempts?.await;
        let mut exchange = outcome?;
        exchange.known = match (&credential_used, &inner.shared.jwt) {
            // the provider's token of this call is one more credential no error shows
            (Some(token), Some(_)) => inner
                .shared
                .known
                .iter()
                .cloned()
                .chain([token.secret.clone()])
                .collect(),
            _ => inner.shared.known.clone(),
        };
        if operation.text
            && exchange.status.is_success()
            && let Err(e) = std::str::from_utf8(&exchange.body)
        {
            return Err(not_text(&exchange, e));
        }
        Ok(exchange)
    }
}

/// A text answer that is not UTF-8: a `Decode` error naming the first bad byte.
fn not_text(exchange: &Exchange, e: std::str::Utf8Error) -> Error {
    let mut error = exchange.error(ErrorKind::Decode);
    error.facts_mut().body = Some(crate::error::RawBody::capped(
        &exchange.body,
        &exchange.known,
    ));
    error.with_source(crate::DecodeError {
        path: ".".into(),
        message: format!("the text body is not UTF-8 from byte {}", e.valid_up_to()),
        category: serde_json::error::Category::Data,
        line: 0,
        column: 0,
    })
}

/// Records the outcome on the span and puts the facts of the call on it.
pub(super) fn finish(
    outcome: Result<Exchange, Error>,
    attempts: u32,
    start: Instant,
    operation: &'static OperationMeta,
) -> Result<Exchange, Error> {
    let span = tracing::Span::current();
    // without a subscriber that wants the span, its facts are not worth the clock or a lookup
    let traced = !span.is_disabled();
    if traced {
        span.record("attempt", attempts);
        span.record("latency_ms", start.elapsed().as_millis() as u64);
    }
    match outcome {
        Ok(mut exchange) => {
            exchange.attempts = attempts;
            exchange.operation = Some(operation);
            if traced {
                span.record("status", exchange.status.as_u16());
                if let Some(id) = request_id(&exchange.headers) {
                    span.record("request_id", id);
                }
            }
            tracing::info!("response");
            Ok(exchange)
        }
        Err(mut e) => {
            e.facts_mut().attempts = attempts;
            if let Some(status) = e.status() {
                span.record("status", status.as_u16());
            }
            tracing::warn!(error = ?e.kind(), "no usable response");
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::attempts::{Credential, Making, run};
    use super::{CallConfig, CallSettings, http_client};

    /// The state a call keeps on the heap fits glibc's per-thread cache of freed blocks (at
    /// most 1,032 bytes, served without a search), and the future a `send()` gives stays
    /// small: each call writes the one and moves the other as it is awaited (see
    /// docs/BENCHMARKS.md, per call).
    #[test]
    fn a_calls_futures_stay_small() {
        let http = http_client();
        let settings = CallSettings::new(CallConfig::default()).unwrap();
        let build = || Ok(http.get("http://127.0.0.1:1/").build()?);
        let operation = &crate::OPERATIONS[0];
        let info = crate::runtime::OperationInfo {
            operation_id: operation.method_name,
            operation,
            accept: reqwest::header::HeaderValue::from_static(operation.accept),
            api_version: reqwest::header::HeaderValue::from_static(crate::API_VERSION),
        };
        let attempts = run(
            &http,
            Making {
                first: build().unwrap(),
                build,
                info: &info,
            },
            Credential::None,
            settings.config(),
            &[],
            operation,
        );
        let size = std::mem::size_of_val(&attempts);
        assert!(size <= 1032, "the attempts' state is {size} bytes");
        drop(attempts);

        let client = crate::Client::new_with_client("http://127.0.0.1:1", http.clone(), settings);
        let send = client
            .list_installations()
            .project_id_or_name("p")
            .integration_id("i")
            .send();
        let size = std::mem::size_of_val(&send);
        assert!(size <= 1024, "a send() future is {size} bytes");
    }

    /// An attempt's timeout is a timer the thread kept from the attempt before, set again
    /// (see the `timers` module): a call gives it back, and the next call takes it.
    #[test]
    fn a_call_gives_its_timer_back_and_the_next_call_takes_it() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .start_paused(true)
            .build()
            .unwrap();
        runtime.block_on(async {
            assert!(super::timers::kept().is_empty());
            let settings = CallSettings::new(CallConfig::default()).unwrap();
            let client =
                crate::Client::new_with_client("http://127.0.0.1:1", http_client(), settings);
            let call = || {
                client
                    .list_installations()
                    .project_id_or_name("p")
                    .integration_id("i")
                    .send()
            };
            assert!(call().await.is_err(), "nothing listens on port 1");
            let kept = super::timers::kept();
            assert_eq!(kept.len(), 1, "the call's timer is kept");
            assert!(call().await.is_err());
            assert_eq!(
                super::timers::kept(),
                kept,
                "the same timer, taken and given back"
            );
        });
    }
}
