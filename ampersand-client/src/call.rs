//! The request path of every call, generated operation or helper: credentials, per-attempt
//! timeouts within a total budget, retries, redirects within the origin, a size limit on the
//! response, and one tracing span per call. What it learns (attempts, status, headers as
//! received, request id) travels in the [`Exchange`] it returns, or in the [`Error`].

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::{Bytes, BytesMut};
use progenitor_client::ClientInfo;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION};
use reqwest::StatusCode;
use tracing::field::Empty;
use tracing::Instrument;

use crate::error::{CredentialKind, ErrorKind, RedirectRefusal, TransportKind};
use crate::retry::{parse_retry_after, RetryPolicy, RETRYABLE_STATUSES};
use crate::{Client, Error, Host, OperationMeta, Secret};

/// How many same-origin redirects one attempt follows.
pub const MAX_REDIRECTS: usize = 10;
/// The default timeout of one attempt (the whole call is bounded by
/// [`RetryPolicy::max_elapsed`]).
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default limit on a response body: 64 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;
/// The header a request id is read from.
pub const REQUEST_ID_HEADER: &str = "x-request-id";
/// The header an API key is sent in.
pub const API_KEY_HEADER: &str = "x-api-key";

// the same names, made once at compile time rather than parsed on every call
const REQUEST_ID: HeaderName = HeaderName::from_static(REQUEST_ID_HEADER);
const API_KEY: HeaderName = HeaderName::from_static(API_KEY_HEADER);

/// How the client calls: credentials, retries, timeouts, limits. `Debug` redacts the
/// credentials.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CallConfig {
    /// The API key, sent as `X-Api-Key` to every operation that accepts one.
    pub api_key: Option<Secret>,
    /// The JWT, sent as `Authorization: Bearer` to the operations that accept only that (and
    /// to the others when there is no API key).
    pub bearer_token: Option<Secret>,
    /// When failed attempts are retried, and the total budget of a call.
    pub retry: RetryPolicy,
    /// The timeout of one attempt, from sending to the last byte of the body.
    pub attempt_timeout: Duration,
    /// The largest response body read; a larger one fails with [`ErrorKind::BodyTooLarge`].
    pub max_response_bytes: usize,
    /// The base URL of each data-plane host, where it is not the host's own server
    /// ([`Host::default_base_url`]); see [`CallConfig::base_url`].
    pub base_urls: BTreeMap<Host, String>,
}

impl CallConfig {
    /// The base URL calls to `host` go to: the one configured, else the host's server.
    ///
    /// ```
    /// use ampersand_client::{CallConfig, Host};
    /// let mut config = CallConfig::default();
    /// assert_eq!(config.base_url(Host::Write), "https://write.withampersand.com/v1");
    /// config.base_urls.insert(Host::Write, "http://127.0.0.1:8080".into());
    /// assert_eq!(config.base_url(Host::Write), "http://127.0.0.1:8080");
    /// ```
    pub fn base_url(&self, host: Host) -> &str {
        self.base_urls
            .get(&host)
            .map_or(host.default_base_url(), String::as_str)
    }
}

impl Default for CallConfig {
    fn default() -> Self {
        CallConfig {
            api_key: None,
            bearer_token: None,
            retry: RetryPolicy::default(),
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            base_urls: BTreeMap::new(),
        }
    }
}

/// What the generated [`Client`] carries besides its `reqwest::Client`: its [`CallConfig`].
///
/// ```
/// use ampersand_client::{CallConfig, Client, ClientInfo, Inner, DEFAULT_BASE_URL};
///
/// let mut config = CallConfig::default();
/// config.api_key = Some("my-key".into());
/// let client = Client::new(DEFAULT_BASE_URL, Inner::new(config));
/// assert!(client.inner().config().api_key.is_some());
/// ```
#[derive(Clone, Default, Debug)]
pub struct Inner {
    shared: Arc<Shared>,
}

/// The configuration, and its credentials as header values made once (not per call).
#[derive(Default, Debug)]
struct Shared {
    config: CallConfig,
    api_key: Option<HeaderValue>,
    bearer: Option<HeaderValue>,
}

/// `value` as a sensitive header value, if it is a valid one.
fn sensitive(value: &str) -> Option<HeaderValue> {
    let mut header = HeaderValue::from_str(value).ok()?;
    header.set_sensitive(true);
    Some(header)
}

impl Inner {
    /// Calls with `config`.
    pub fn new(config: CallConfig) -> Self {
        let api_key = config.api_key.as_ref().and_then(|k| sensitive(k.expose()));
        let bearer = config
            .bearer_token
            .as_ref()
            .and_then(|t| sensitive(&format!("Bearer {}", t.expose())));
        Inner {
            shared: Arc::new(Shared {
                config,
                api_key,
                bearer,
            }),
        }
    }

    /// The configuration calls use.
    pub fn config(&self) -> &CallConfig {
        &self.shared.config
    }
}

/// A response read whole, with what the request path knows of the call. The generated
/// operations decode it (see [`crate::decode`]).
pub struct Exchange {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    pub(crate) operation: Option<&'static OperationMeta>,
    pub(crate) attempts: u32,
    pub(crate) redirect: Option<RedirectRefusal>,
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
    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The headers, as received.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// Attempts made.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// An error of `kind` carrying every fact of this exchange but the body.
    pub(crate) fn error(&self, kind: ErrorKind) -> Error {
        let mut e = Error::new(kind, "");
        e.operation = self.operation;
        e.attempts = self.attempts;
        e.status = Some(self.status);
        e.headers = Some(self.headers.clone());
        e.request_id = header_request_id(&self.headers);
        e
    }
}

fn header_request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// The `reqwest::Client` of `Client::new`: it follows no redirect itself (the request path
/// follows them within the origin only, so credentials never leave it), connects within
/// 15 s (each attempt's own timeout is the call's), and, with the `rustls` feature, has the
/// ring provider installed first ([`crate::install_ring_provider`]).
///
/// # Panics
///
/// When reqwest cannot set up TLS (no usable root certificates, say), as `Client::new`
/// always has; build a `reqwest::Client` yourself and use `Client::new_with_client` to handle
/// that error.
pub fn http_client() -> reqwest::Client {
    #[cfg(feature = "rustls")]
    crate::install_ring_provider();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(Duration::from_secs(15))
        .build()
        .expect("reqwest cannot set up its TLS backend")
}

/// Sends `request` for `operation` through the request path, and reads the response whole.
/// Each attempt keeps a copy of the request for the next one, and for a redirect.
pub async fn execute<C: ClientInfo<Inner>>(
    client: &C,
    request: reqwest::Request,
    operation: Option<&'static OperationMeta>,
) -> Result<Exchange, Error> {
    execute_with(client, request, Again::Copy, operation).await
}

/// As [`execute`], with `rebuild` making the request again (as the first was made) when a
/// retry or a redirect needs it, so that no copy is made while none is needed. Every generated
/// operation calls this.
pub async fn execute_rebuilt<C: ClientInfo<Inner>>(
    client: &C,
    request: reqwest::Request,
    rebuild: &(dyn Fn() -> reqwest::Result<reqwest::Request> + Send + Sync),
    operation: Option<&'static OperationMeta>,
) -> Result<Exchange, Error> {
    execute_with(client, request, Again::Rebuild(rebuild), operation).await
}

/// How a call gets the request of a later attempt, or of a redirect.
#[derive(Clone, Copy)]
enum Again<'a> {
    /// A copy of the request, made before each attempt.
    Copy,
    /// The request made again, only when needed (the credential is put on it again).
    Rebuild(&'a (dyn Fn() -> reqwest::Result<reqwest::Request> + Send + Sync)),
}

async fn execute_with<C: ClientInfo<Inner>>(
    client: &C,
    request: reqwest::Request,
    again: Again<'_>,
    operation: Option<&'static OperationMeta>,
) -> Result<Exchange, Error> {
    let config = client.inner().config();
    let mut request = request;
    authorize(&mut request, operation, client.inner()).map_err(|e| e.for_operation(operation))?;
    let idempotent = match operation {
        Some(op) => op.is_idempotent(),
        None => matches!(request.method().as_str(), "GET" | "HEAD" | "PUT" | "DELETE"),
    };
    // path template only: the concrete path may hold ids, and no header or body is traced
    let span = tracing::info_span!(
        "ampersand.request",
        operation_id = operation.map_or("", |op| op.id),
        method = %request.method(),
        path = operation.map_or("", |op| op.path),
        status = Empty,
        attempt = Empty,
        latency_ms = Empty,
        request_id = Empty,
    );
    let next = Next {
        again,
        inner: client.inner(),
        operation,
    };
    run(client.client(), request, config, idempotent, next)
        .instrument(span)
        .await
}

/// Makes the request of a later attempt or of a redirect.
#[derive(Clone, Copy)]
struct Next<'a> {
    again: Again<'a>,
    inner: &'a Inner,
    operation: Option<&'static OperationMeta>,
}

impl Next<'_> {
    /// What the attempt about to be sent keeps: a copy of `request`, when copies are made.
    fn keep(&self, request: &reqwest::Request) -> Option<reqwest::Request> {
        match self.again {
            Again::Copy => request.try_clone(),
            Again::Rebuild(_) => None,
        }
    }

    /// The request again, from what the attempt kept; `None` when it cannot be had (a body
    /// that cannot be replayed).
    fn make(&self, kept: Option<&reqwest::Request>) -> Option<reqwest::Request> {
        match self.again {
            Again::Copy => kept.and_then(reqwest::Request::try_clone),
            Again::Rebuild(rebuild) => {
                let mut request = rebuild().ok()?;
                authorize(&mut request, self.operation, self.inner).ok()?;
                Some(request)
            }
        }
    }
}

/// Sends a request built by hand for the operation whose `Client` method is `method_name`,
/// with the headers every generated operation sends (`api-version`, `accept`).
pub async fn execute_json(
    client: &Client,
    method_name: &str,
    path: &str,
    body: &serde_json::Value,
) -> Result<Exchange, Error> {
    let operation = OperationMeta::find(method_name)
        .ok_or_else(|| Error::invalid_request(format!("no operation {method_name}")))?;
    let method: reqwest::Method = operation
        .method
        .parse()
        .map_err(|_| Error::invalid_request(format!("bad method {}", operation.method)))?;
    let request = client
        .client()
        .request(method, format!("{}{path}", client.baseurl()))
        .header(reqwest::header::ACCEPT, "application/json")
        .header("api-version", Client::api_version())
        .json(body)
        .build()
        .map_err(|e| Error::from_builder(e).for_operation(Some(operation)))?;
    execute(client, request, Some(operation)).await
}

/// A path parameter as one URL path segment, percent-encoded as progenitor's `encode_path`
/// does (the WHATWG path-segment set), written straight into the URL being formatted: no
/// string made for the value, nor for its encoding. Every generated operation formats its path
/// parameters with this.
///
/// ```
/// use ampersand_client::call::Segment;
/// assert_eq!(format!("/projects/{}", Segment(&"a b/c?")), "/projects/a%20b%2Fc%3F");
/// ```
pub struct Segment<'a, T: ?Sized>(pub &'a T);

// https://url.spec.whatwg.org/#url-path-segment-string, as progenitor-client's `PATH_SET`
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'/')
    .add(b'%');

impl<T: fmt::Display + ?Sized> fmt::Display for Segment<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// Encodes what the value writes, piece by piece (each piece whole characters).
        struct Encode<'a, 'b>(&'a mut fmt::Formatter<'b>);
        impl fmt::Write for Encode<'_, '_> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                for part in percent_encoding::utf8_percent_encode(s, PATH_SEGMENT) {
                    self.0.write_str(part)?;
                }
                Ok(())
            }
        }
        fmt::write(&mut Encode(f), format_args!("{}", self.0))
    }
}

/// Adds a query parameter, as `RequestBuilder::query` does, unless it has nothing to add (an
/// optional parameter left unset): reqwest would rewrite the URL's query for it all the same.
/// Every generated operation adds its query parameters through this.
pub fn query<T: serde::Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    param: &T,
) -> reqwest::RequestBuilder {
    match serde_urlencoded::to_string(param) {
        Ok(pairs) if pairs.is_empty() => request,
        // what it adds, or its error (reported by `build()`), is reqwest's
        _ => request.query(param),
    }
}

/// Puts the credential the operation accepts on the request. A client configured with no
/// credential at all sends none (a proxy may add it); one that lacks what the operation needs
/// fails before sending.
fn authorize(
    request: &mut reqwest::Request,
    operation: Option<&'static OperationMeta>,
    inner: &Inner,
) -> Result<(), Error> {
    let shared = &inner.shared;
    let config = &shared.config;
    if config.api_key.is_none() && config.bearer_token.is_none() {
        return Ok(());
    }
    let accepted: &[CredentialKind] = match operation {
        Some(op) => op.auth,
        None => &[CredentialKind::ApiKey, CredentialKind::Bearer],
    };
    let Some(first) = accepted.first() else {
        return Ok(());
    };
    for kind in accepted {
        let (name, value, given) = match kind {
            CredentialKind::ApiKey => (API_KEY, &shared.api_key, config.api_key.is_some()),
            CredentialKind::Bearer => {
                (AUTHORIZATION, &shared.bearer, config.bearer_token.is_some())
            }
        };
        if !given {
            continue;
        }
        let value = value.clone().ok_or_else(|| {
            Error::config(format!(
                "the credential for {name} is not a valid header value"
            ))
        })?;
        request.headers_mut().insert(name, value);
        return Ok(());
    }
    Err(Error::new(ErrorKind::MissingCredential(*first), ""))
}

/// What an attempt may tell of retrying: the problem's own say.
#[derive(serde::Deserialize)]
struct RetryHints {
    retryable: Option<bool>,
    #[serde(rename = "retryAfter")]
    retry_after: Option<chrono::DateTime<chrono::Utc>>,
}

async fn run(
    http: &reqwest::Client,
    request: reqwest::Request,
    config: &CallConfig,
    idempotent: bool,
    next: Next<'_>,
) -> Result<Exchange, Error> {
    let policy = &config.retry;
    let start = Instant::now();
    let deadline = start + policy.get_max_elapsed();
    let may_retry = policy.allows(idempotent);
    let mut request = request;
    let mut attempt = 0;
    loop {
        attempt += 1;
        // a copy per attempt, when copies are made: the next attempt's request, and each
        // redirect's
        let kept = next.keep(&request);
        let budget = config
            .attempt_timeout
            .min(deadline.saturating_duration_since(Instant::now()));
        let outcome = match tokio::time::timeout(
            budget,
            one_attempt(
                http,
                request,
                kept.as_ref(),
                next,
                config.max_response_bytes,
            ),
        )
        .await
        {
            Ok(outcome) => outcome,
            Err(_) => Err(Error::new(ErrorKind::Transport(TransportKind::Timeout), "")),
        };
        let (retryable, retry_after) = match &outcome {
            Ok(exchange) => retry_hints(exchange),
            Err(e) => (matches!(e.kind, ErrorKind::Transport(_)), None),
        };
        if retryable && may_retry {
            if let Some(wait) = policy.wait(attempt, start.elapsed(), retry_after) {
                let again = match kept {
                    Some(kept) => Some(kept),
                    None => next.make(None),
                };
                if let Some(again) = again {
                    let status = outcome.as_ref().ok().map(|r| r.status.as_u16());
                    tracing::debug!(
                        attempt,
                        ?status,
                        wait_ms = wait.as_millis() as u64,
                        "retrying"
                    );
                    drop(outcome);
                    tokio::time::sleep(wait).await;
                    request = again;
                    continue;
                }
            }
        }
        return finish(outcome, attempt, start, next.operation);
    }
}

/// Whether the response is worth another attempt, and how long the server asks to wait.
fn retry_hints(exchange: &Exchange) -> (bool, Option<Duration>) {
    let status = exchange.status.as_u16();
    if status < 400 {
        return (false, None);
    }
    let hints = serde_json::from_slice::<RetryHints>(&exchange.body).ok();
    let retryable = match hints.as_ref().and_then(|h| h.retryable) {
        Some(said) => said,
        None => RETRYABLE_STATUSES.contains(&status),
    };
    let header = exchange
        .headers
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, SystemTime::now()));
    let problem = hints.and_then(|h| h.retry_after).map(|at| {
        SystemTime::from(at)
            .duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO)
    });
    (retryable, header.or(problem))
}

/// One attempt: send (following same-origin redirects) and read the body within the limit.
async fn one_attempt(
    http: &reqwest::Client,
    request: reqwest::Request,
    kept: Option<&reqwest::Request>,
    next: Next<'_>,
    limit: usize,
) -> Result<Exchange, Error> {
    let (mut response, redirect) = send_following_redirects(http, request, kept, next).await?;
    let status = response.status();
    // the body is read from the response's stream: its headers can be taken, not copied
    let headers = std::mem::take(response.headers_mut());
    let body = read_body(response, limit).await.map_err(|mut e| {
        e.status = Some(status);
        e.request_id = header_request_id(&headers);
        e.headers = Some(headers.clone());
        e
    })?;
    Ok(Exchange {
        status,
        headers,
        body,
        operation: None,
        attempts: 0,
        redirect,
    })
}

/// Reads the body, never past `limit` bytes.
async fn read_body(mut response: reqwest::Response, limit: usize) -> Result<Bytes, Error> {
    let too_large = |seen: String| {
        Error::new(
            ErrorKind::BodyTooLarge,
            format!("{seen}, over the limit of {limit} bytes"),
        )
    };
    let expected = response.content_length();
    if let Some(length) = expected.filter(|l| *l > limit as u64) {
        return Err(too_large(format!("Content-Length {length}")));
    }
    // a body that comes in one chunk is kept as it came, without a copy
    let Some(first) = next_chunk(&mut response).await? else {
        return Ok(Bytes::new());
    };
    if first.len() > limit {
        return Err(too_large(format!("more than {limit} bytes")));
    }
    let Some(second) = next_chunk(&mut response).await? else {
        return Ok(first);
    };
    let mut body = BytesMut::with_capacity(expected.map_or(0, |l| l as usize));
    body.extend_from_slice(&first);
    let mut chunk = Some(second);
    while let Some(part) = chunk {
        if body.len() + part.len() > limit {
            return Err(too_large(format!("more than {limit} bytes")));
        }
        body.extend_from_slice(&part);
        chunk = next_chunk(&mut response).await?;
    }
    Ok(body.freeze())
}

async fn next_chunk(response: &mut reqwest::Response) -> Result<Option<Bytes>, Error> {
    response
        .chunk()
        .await
        .map_err(|e| transport(e, TransportKind::Body))
}

/// The error of a request that got no (complete) response.
fn transport(e: reqwest::Error, otherwise: TransportKind) -> Error {
    let kind = if e.is_timeout() {
        TransportKind::Timeout
    } else if e.is_connect() {
        TransportKind::Connect
    } else {
        otherwise
    };
    Error::new(ErrorKind::Transport(kind), "").with_source(e)
}

/// Sends `request`, following redirects only within its origin and only where the method and
/// body stay as they are (any 3xx of a GET or HEAD, a 307 or 308 of any method). A redirect
/// that is not followed is returned as the response, with why. A redirect is sent as the
/// request again (see [`Next::make`]; a copy of `kept`, the request as it was, when copies are
/// made) with the new URL.
async fn send_following_redirects(
    http: &reqwest::Client,
    request: reqwest::Request,
    kept: Option<&reqwest::Request>,
    next: Next<'_>,
) -> Result<(reqwest::Response, Option<RedirectRefusal>), Error> {
    // the origin is made only when a redirect comes: most calls have none
    let mut origin = None;
    let mut request = request;
    let mut hops = 0;
    loop {
        let response = http
            .execute(request)
            .await
            .map_err(|e| transport(e, TransportKind::Reset))?;
        let status = response.status().as_u16();
        if !matches!(status, 301 | 302 | 303 | 307 | 308) {
            return Ok((response, None));
        }
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| response.url().join(v).ok());
        let again = next.make(kept);
        // the request's own URL: the kept copy's, or the first response's (the request path's
        // reqwest client follows no redirect itself)
        let origin =
            origin.get_or_insert_with(|| kept.map_or(response.url(), |c| c.url()).origin());
        let hop = match (location, again) {
            (None, _) => Err(RedirectRefusal::NoLocation),
            (Some(to), _) if to.origin() != *origin => Err(RedirectRefusal::CrossOrigin),
            (Some(_), None) => Err(RedirectRefusal::BodyNotReplayable),
            (Some(_), Some(same))
                if !matches!(status, 307 | 308)
                    && !matches!(*same.method(), reqwest::Method::GET | reqwest::Method::HEAD) =>
            {
                Err(RedirectRefusal::ChangesMethod)
            }
            _ if hops == MAX_REDIRECTS => Err(RedirectRefusal::TooMany),
            (Some(to), Some(mut same)) => {
                *same.url_mut() = to;
                Ok(same)
            }
        };
        match hop {
            Ok(redirected) => {
                tracing::debug!(status, "following a same-origin redirect");
                hops += 1;
                request = redirected;
            }
            Err(refusal) => {
                tracing::warn!(status, %refusal, "redirect not followed");
                return Ok((response, Some(refusal)));
            }
        }
    }
}

/// Records the outcome on the span and puts the facts of the call on it.
fn finish(
    outcome: Result<Exchange, Error>,
    attempts: u32,
    start: Instant,
    operation: Option<&'static OperationMeta>,
) -> Result<Exchange, Error> {
    let span = tracing::Span::current();
    span.record("attempt", attempts);
    span.record("latency_ms", start.elapsed().as_millis() as u64);
    match outcome {
        Ok(mut exchange) => {
            exchange.attempts = attempts;
            exchange.operation = operation;
            span.record("status", exchange.status.as_u16());
            if let Some(id) = exchange
                .headers
                .get(&REQUEST_ID)
                .and_then(|v| v.to_str().ok())
            {
                span.record("request_id", id);
            }
            tracing::info!("response");
            Ok(exchange)
        }
        Err(mut e) => {
            e.attempts = attempts;
            if let Some(status) = e.status {
                span.record("status", status.as_u16());
            }
            tracing::warn!(error = ?e.kind, "no usable response");
            Err(e.for_operation(operation))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_is_encoded_as_progenitor_encodes_a_path_parameter() {
        let every_ascii: String = (0u8..128).map(char::from).collect();
        for value in [
            every_ascii.as_str(),
            "a/b ..?#é",
            "",
            "%2F",
            "日本語 🦀",
            "plain-id_1.2~",
        ] {
            assert_eq!(
                format!("{}", Segment(value)),
                progenitor_client::encode_path(value),
                "{value:?}"
            );
        }
        // any Display value, as `encode_path(&value.to_string())` would have it
        assert_eq!(format!("{}", Segment(&42u64)), "42");
        let id = uuid::Uuid::nil();
        assert_eq!(format!("{}", Segment(&id)), id.to_string());
    }

    #[test]
    fn an_unset_query_parameter_adds_nothing_and_a_set_one_what_reqwest_adds() {
        let http = http_client();
        let url = "http://127.0.0.1:9/things";
        let none: Option<String> = None;
        let unset = query(
            http.get(url),
            &progenitor_client::QueryParam::new("pageToken", &none),
        );
        assert_eq!(
            unset.build().map(|r| r.url().to_string()).ok().as_deref(),
            Some(url)
        );
        let token = Some("a b&c".to_string());
        let param = progenitor_client::QueryParam::new("pageToken", &token);
        let ours = query(http.get(url), &param)
            .build()
            .map(|r| r.url().clone());
        let reqwests = http.get(url).query(&param).build().map(|r| r.url().clone());
        assert_eq!(ours.ok(), reqwests.ok());
        assert_eq!(
            query(http.get(url), &param)
                .build()
                .map(|r| r.url().to_string())
                .ok()
                .as_deref(),
            Some("http://127.0.0.1:9/things?pageToken=a+b%26c")
        );
    }
}
