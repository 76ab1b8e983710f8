//! The request path of every call, generated operation or helper (each generated `send()`
//! reaches it through the `exec` hook of the `runtime` module): credentials, per-attempt timeouts
//! within a total budget, retries, redirects within the origin, a size limit on the response,
//! and one tracing span per call. What it learns (attempts, status, headers as received,
//! request id) travels in the response it returns, or in the [`Error`].

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

// tokio's clock: a paused one (in tests) drives the timeouts, waits and budget alike
use tokio::time::Instant;

use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, AUTHORIZATION};
use reqwest::StatusCode;
use serde::Deserialize;
use tracing::field::Empty;
use tracing::Instrument;

use crate::error::{CredentialKind, ErrorKind, RedirectRefusal, TransportKind};
use crate::hook::{Attempt, AttemptOutcome, Hooks};
use crate::jwt::{JwtProvider, JwtSource, Token};
use crate::retry::{parse_retry_after, RetryPolicy};
use crate::{Error, Host, OperationMeta, Secret};

/// How many same-origin redirects one attempt follows.
pub const MAX_REDIRECTS: usize = 10;
/// The default timeout of one attempt (the whole call is bounded by
/// [`RetryPolicy::max_elapsed`]).
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default time to make a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
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
#[derive(Clone)]
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
    /// The base URL of each host (the platform API's and each data-plane API's) where it is
    /// not the host's own server ([`Host::default_base_url`]); see [`CallConfig::base_url`].
    /// The one place base URLs are kept: the builder writes here, the clients read here.
    pub base_urls: BTreeMap<Host, String>,
    /// What runs before and after every attempt ([`crate::hook`]).
    pub hooks: Hooks,
    /// Where JWTs come from when they change ([`crate::jwt`]): the client caches each until
    /// shortly before its `exp` and fetches a fresh one after a 401. It takes the place of
    /// [`CallConfig::bearer_token`].
    pub jwt_provider: Option<Arc<dyn JwtProvider>>,
}

impl fmt::Debug for CallConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallConfig")
            .field("api_key", &self.api_key)
            .field("bearer_token", &self.bearer_token)
            .field("retry", &self.retry)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("base_urls", &self.base_urls)
            .field("hooks", &self.hooks)
            .field("jwt_provider", &self.jwt_provider.as_ref().map(|_| "yours"))
            .finish()
    }
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
            hooks: Hooks::default(),
            jwt_provider: None,
        }
    }
}

/// What the generated [`Client`](crate::Client) carries besides its `reqwest::Client`: its
/// [`CallConfig`], with the credentials checked and made into header values once.
///
/// ```
/// use ampersand_client::{CallConfig, Client, ClientInfo, CallSettings, DEFAULT_BASE_URL};
///
/// let mut config = CallConfig::default();
/// config.api_key = Some("my-key".into());
/// let client = Client::new(DEFAULT_BASE_URL, CallSettings::new(config)?);
/// assert!(client.inner().config().api_key.is_some());
///
/// let mut bad = CallConfig::default();
/// bad.api_key = Some("a key\non two lines".into());
/// assert!(CallSettings::new(bad).is_err());
/// # Ok::<(), ampersand_client::Error>(())
/// ```
#[derive(Clone, Default, Debug)]
pub struct CallSettings {
    shared: Arc<Shared>,
}

/// The configuration, and its credentials as header values.
#[derive(Default, Debug)]
struct Shared {
    config: CallConfig,
    api_key: Option<HeaderValue>,
    bearer: Option<HeaderValue>,
    /// The credentials' values, which no error shows even where the server echoes them.
    known: Arc<[Secret]>,
    /// The JWT provider and its cached token, shared by the settings derived from these.
    jwt: Option<Arc<JwtSource>>,
}

/// The credentials of `config` that errors redact wherever the server's text echoes them.
fn known_credentials(config: &CallConfig) -> Arc<[Secret]> {
    [&config.api_key, &config.bearer_token]
        .into_iter()
        .flatten()
        .filter(|s| !s.expose().is_empty())
        .cloned()
        .collect()
}

/// `value` as a sensitive header value; `name` names the credential in the error.
fn credential(name: &str, value: &str) -> Result<HeaderValue, Error> {
    let mut header = HeaderValue::from_str(value)
        .map_err(|_| Error::config(format!("the {name} is not a valid header value")))?;
    header.set_sensitive(true);
    Ok(header)
}

impl CallSettings {
    /// Calls with `config`; a credential that cannot be a header value is a
    /// [`ErrorKind::Config`] error.
    pub fn new(config: CallConfig) -> Result<Self, Error> {
        let api_key = match &config.api_key {
            Some(key) => Some(credential("API key", key.expose())?),
            None => None,
        };
        let bearer = match &config.bearer_token {
            Some(jwt) => Some(credential("JWT", &format!("Bearer {}", jwt.expose()))?),
            None => None,
        };
        Ok(CallSettings {
            shared: Arc::new(Shared {
                known: known_credentials(&config),
                jwt: config
                    .jwt_provider
                    .clone()
                    .map(|p| Arc::new(JwtSource::new(p))),
                config,
                api_key,
                bearer,
            }),
        })
    }

    /// The same credentials and settings, with `retry` as the retry policy.
    pub fn with_retry_policy(&self, retry: RetryPolicy) -> Self {
        self.changed(|config| config.retry = retry)
    }

    /// The same credentials and settings, with `timeout` as the timeout of each attempt.
    pub fn with_attempt_timeout(&self, timeout: Duration) -> Self {
        self.changed(|config| config.attempt_timeout = timeout)
    }

    fn changed(&self, change: impl FnOnce(&mut CallConfig)) -> Self {
        let mut config = self.shared.config.clone();
        change(&mut config);
        CallSettings {
            shared: Arc::new(Shared {
                config,
                api_key: self.shared.api_key.clone(),
                bearer: self.shared.bearer.clone(),
                known: self.shared.known.clone(),
                jwt: self.shared.jwt.clone(),
            }),
        }
    }

    /// The configuration calls use.
    pub fn config(&self) -> &CallConfig {
        &self.shared.config
    }
}

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
        let mut e = Error::new(kind, "");
        let facts = e.facts_mut();
        facts.operation = self.operation;
        facts.attempts = self.attempts;
        facts.status = Some(self.status);
        facts.headers = Some(self.headers.clone());
        facts.request_id = request_id(&self.headers).map(str::to_string);
        facts.retry_after = self.retry_after;
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

/// Sends `request` for `operation` through the request path, and reads the response whole:
/// what the `exec` hook of every generated client does.
pub(crate) async fn call(
    http: &reqwest::Client,
    inner: &CallSettings,
    mut request: reqwest::Request,
    operation: &'static OperationMeta,
) -> Result<Exchange, Error> {
    // an error names its operation in `runtime::operation`, around the whole `send()`; the
    // credential goes on each attempt after the hooks have seen it
    let credential = credential_for(operation, inner)?;
    // what the operation's responses declare, its errors' media types included
    if !operation.accept.is_empty() {
        request
            .headers_mut()
            .insert(ACCEPT, HeaderValue::from_static(operation.accept));
    }
    // path template only: the concrete path may hold ids, and no header or body is traced
    let span = tracing::info_span!(
        "ampersand.request",
        operation_id = operation.id,
        method = %request.method(),
        path = operation.path,
        status = Empty,
        attempt = Empty,
        latency_ms = Empty,
        request_id = Empty,
    );
    let known = &inner.shared.known;
    // the attempts' state (requests, responses, timers, the provider's futures) is large: it
    // lives on the heap once, so that the futures around it stay small and cheap to move
    let attempts = Box::pin(run(
        http,
        request,
        credential,
        inner.config(),
        known,
        operation,
    ));
    let (outcome, credential_used) = attempts.instrument(span).await;
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
    if operation.text && exchange.status.is_success() {
        if let Err(e) = std::str::from_utf8(&exchange.body) {
            return Err(not_text(&exchange, e));
        }
    }
    Ok(exchange)
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

/// The credential an operation is sent with.
enum Credential {
    /// None: the operation needs none, or the client holds none (a proxy may add it).
    None,
    /// A header of fixed value: the API key, or a fixed JWT.
    Fixed(HeaderName, HeaderValue),
    /// The JWT provider's token of the moment.
    Jwt(Arc<JwtSource>),
}

/// The credential the operation accepts, from what the client holds: the first of the
/// operation's credentials the client has (a JWT provider before a fixed JWT). A client
/// configured with no credential at all sends none (a proxy may add it); one that lacks what
/// the operation needs fails before sending.
fn credential_for(
    operation: &'static OperationMeta,
    inner: &CallSettings,
) -> Result<Credential, Error> {
    let shared = &inner.shared;
    if shared.api_key.is_none() && shared.bearer.is_none() && shared.jwt.is_none() {
        return Ok(Credential::None);
    }
    let Some(first) = operation.auth.first() else {
        return Ok(Credential::None);
    };
    for kind in operation.auth {
        match kind {
            CredentialKind::ApiKey => {
                if let Some(value) = &shared.api_key {
                    return Ok(Credential::Fixed(API_KEY, value.clone()));
                }
            }
            CredentialKind::Bearer => {
                if let Some(source) = &shared.jwt {
                    return Ok(Credential::Jwt(source.clone()));
                }
                if let Some(value) = &shared.bearer {
                    return Ok(Credential::Fixed(AUTHORIZATION, value.clone()));
                }
            }
        }
    }
    Err(Error::new(ErrorKind::MissingCredential(*first), ""))
}

/// The attempts of a call, and the provider's token it last sent (if it sent one).
async fn run(
    http: &reqwest::Client,
    request: reqwest::Request,
    credential: Credential,
    config: &CallConfig,
    known: &[Secret],
    operation: &'static OperationMeta,
) -> (Result<Exchange, Error>, Option<Token>) {
    let policy = &config.retry;
    let start = Instant::now();
    let deadline = start + policy.time_limit();
    let may_retry = policy.allows(operation.is_idempotent());
    // a connection that could not be made carried nothing: any method may try again
    let may_reconnect = policy.allows(true);
    let mut request = request;
    let mut attempt = 0;
    let hooks = &config.hooks;
    // the token fetched after the service refused one, for the attempt that follows
    let mut refreshed: Option<Token> = None;
    let mut refused_once = false;
    let mut token: Option<Token> = None;
    // where the credentials may go: the origin of the request as the client made it
    let origin = match hooks.is_empty() {
        true => None,
        false => Some(request.url().origin().ascii_serialization()),
    };
    loop {
        attempt += 1;
        // the request as the caller made it, for a retry (`None`: a body that cannot be sent
        // again); without hooks, the one sent is the same
        let again = match hooks.is_empty() {
            true => None,
            false => request.try_clone(),
        };
        let this = Attempt {
            operation,
            number: attempt,
        };
        hooks.before(&this, &mut request);
        // a hook may not move the request to another origin: the credentials stay with theirs
        if !hooks.is_empty() && !matches!(credential, Credential::None) {
            if let Err(e) = same_origin(&origin, request.url()) {
                return (finish(Err(e), attempt - 1, start, operation), token);
            }
        }
        match &credential {
            Credential::None => {}
            Credential::Fixed(name, value) => {
                request.headers_mut().insert(name.clone(), value.clone());
            }
            Credential::Jwt(source) => {
                let current = match refreshed.take() {
                    Some(fresh) => fresh,
                    None => match bounded(source.token(), config, deadline).await {
                        Ok(current) => current,
                        Err(e) => return (finish(Err(e), attempt - 1, start, operation), token),
                    },
                };
                request
                    .headers_mut()
                    .insert(AUTHORIZATION, current.header.clone());
                token = Some(current);
            }
        }
        // the request as it is sent, for each redirect (and, without hooks, a retry)
        let kept = request.try_clone();
        let budget = config
            .attempt_timeout
            .min(deadline.saturating_duration_since(Instant::now()));
        let sent = Instant::now();
        let mut outcome = match tokio::time::timeout(
            budget,
            one_attempt(http, request, kept.as_ref(), config.max_response_bytes),
        )
        .await
        {
            Ok(outcome) => outcome,
            Err(_) => Err(Error::new(ErrorKind::Transport(TransportKind::Timeout), "")),
        };
        if !hooks.is_empty() {
            // what a hook sees of the headers: none of the credentials a server may echo
            let shown;
            let seen = match &outcome {
                Ok(exchange) => {
                    let sent = token.as_ref().map(|t| t.secret.clone());
                    let known: Vec<Secret> = known.iter().cloned().chain(sent).collect();
                    shown = crate::redact::shown_headers(&exchange.headers, &known);
                    AttemptOutcome::Response {
                        status: exchange.status,
                        headers: &shown,
                    }
                }
                Err(e) => AttemptOutcome::Failed(e),
            };
            hooks.after(&this, seen, sent.elapsed());
        }
        let mut again = if hooks.is_empty() { kept } else { again };
        // a provider's token the service refused: once, a fresh one, whatever the method (the
        // service processed nothing)
        let refused = matches!(&outcome, Ok(e) if e.status == StatusCode::UNAUTHORIZED);
        if let (true, false, Credential::Jwt(source), Some(sent)) =
            (refused, refused_once, &credential, &token)
        {
            if let Some(same) = again.take() {
                refused_once = true;
                tracing::debug!(
                    attempt,
                    "the JWT was refused: sending again with a fresh one"
                );
                match bounded(source.after_rejection(sent), config, deadline).await {
                    Ok(fresh) => refreshed = Some(fresh),
                    Err(e) => return (finish(Err(e), attempt, start, operation), token),
                }
                drop(outcome);
                request = same;
                continue;
            }
        }
        let (retryable, retry_after, allowed) = match &mut outcome {
            Ok(exchange) => {
                let (retryable, retry_after) = retry_hints(exchange);
                exchange.retry_after = retry_after;
                (retryable, retry_after, may_retry)
            }
            Err(e) => match e.kind() {
                ErrorKind::Transport(TransportKind::Connect) => (true, None, may_reconnect),
                ErrorKind::Transport(_) => (true, None, may_retry),
                _ => (false, None, may_retry),
            },
        };
        if let (true, true, Some(again)) = (retryable, allowed, again) {
            if let Some(wait) = policy.wait(attempt, start.elapsed(), retry_after) {
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
        return (finish(outcome, attempt, start, operation), token);
    }
}

/// The JWT provider's `token`, within the attempt's timeout and what is left of the call's
/// budget: a provider that does not answer ends the call, naming it.
async fn bounded(
    token: impl std::future::Future<Output = Result<Token, Error>>,
    config: &CallConfig,
    deadline: Instant,
) -> Result<Token, Error> {
    let wait = config
        .attempt_timeout
        .min(deadline.saturating_duration_since(Instant::now()));
    match tokio::time::timeout(wait, token).await {
        Ok(token) => token,
        Err(_) => Err(Error::new(
            ErrorKind::Deadline,
            format!(
                "the JWT provider gave no token within {} ms",
                wait.as_millis()
            ),
        )),
    }
}

/// Refuses a request a hook moved away from `origin` (its credentials are not sent there).
fn same_origin(origin: &Option<String>, now: &reqwest::Url) -> Result<(), Error> {
    let moved_to = now.origin().ascii_serialization();
    match origin {
        Some(origin) if *origin != moved_to => Err(Error::invalid_request(format!(
            "a hook moved the request from {origin} to {moved_to}: refused, so that its \
             credentials stay with their origin"
        ))),
        _ => Ok(()),
    }
}

/// Whether the response is worth another attempt, and how long the server asks to wait. The
/// problem's `retryable` and `retryAfter` are read each on its own, as
/// [`crate::decode`] reads the problem: one that does not parse is absent, the other counts.
fn retry_hints(exchange: &mut Exchange) -> (bool, Option<Duration>) {
    let status = exchange.status.as_u16();
    if status < 400 {
        return (false, None);
    }
    exchange.parsed = serde_json::from_slice::<serde_json::Value>(&exchange.body).ok();
    let problem = &exchange.parsed;
    let field = |name: &str| problem.as_ref().and_then(|p| p.get(name));
    let said = field("retryable").and_then(serde_json::Value::as_bool);
    let retryable = crate::retry::is_retryable_status(status, said);
    let header = exchange
        .headers
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, SystemTime::now()));
    let asked = field("retryAfter")
        .and_then(|v| chrono::DateTime::<chrono::Utc>::deserialize(v).ok())
        .map(|at| {
            SystemTime::from(at)
                .duration_since(SystemTime::now())
                .unwrap_or(Duration::ZERO)
        });
    (retryable, header.or(asked))
}

/// One attempt: send (following same-origin redirects) and read the body within the limit.
async fn one_attempt(
    http: &reqwest::Client,
    request: reqwest::Request,
    kept: Option<&reqwest::Request>,
    limit: usize,
) -> Result<Exchange, Error> {
    let (mut response, redirect) = send_following_redirects(http, request, kept).await?;
    let status = response.status();
    // the body is read from the response's stream: its headers can be taken, not copied
    let headers = std::mem::take(response.headers_mut());
    let body = read_body(response, limit).await.map_err(|mut e| {
        let facts = e.facts_mut();
        facts.status = Some(status);
        facts.request_id = request_id(&headers).map(str::to_string);
        facts.headers = Some(headers.clone());
        e
    })?;
    Ok(Exchange {
        status,
        headers,
        body,
        operation: None,
        attempts: 0,
        redirect,
        retry_after: None,
        known: Arc::default(),
        parsed: None,
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
    response.chunk().await.map_err(|e| {
        if let Some(why) = corrupt_encoding(&e) {
            // the whole body arrived, and its content coding does not decode (a gzip body
            // with a bad checksum): another attempt would get the same bytes
            Error::new(
                ErrorKind::Decode,
                format!("the body does not decode from its Content-Encoding: {why}"),
            )
            .with_source(e.without_url())
        } else {
            transport(e, TransportKind::Body)
        }
    })
}

/// Why a body's content coding failed on the bytes that came (the decoder's own words: an
/// invalid checksum), when it did; `None` when the connection broke instead (which the
/// decoder sees as an unexpected end).
fn corrupt_encoding(e: &reqwest::Error) -> Option<String> {
    if !e.is_decode() {
        return None;
    }
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return (io.kind() == std::io::ErrorKind::InvalidData).then(|| io.to_string());
        }
        source = cause.source();
    }
    None
}

/// The error of a request that got no (complete) response. reqwest's error keeps the URL,
/// which may hold a secret path parameter (`deleteApiKey`'s key): it goes, and the error's
/// [`Error::operation`] names the path template instead.
pub(crate) fn transport(e: reqwest::Error, otherwise: TransportKind) -> Error {
    let kind = if e.is_timeout() {
        TransportKind::Timeout
    } else if e.is_connect() {
        TransportKind::Connect
    } else {
        otherwise
    };
    Error::new(ErrorKind::Transport(kind), "").with_source(e.without_url())
}

/// Sends `request`, following redirects only within its origin and only where the method and
/// body stay as they are (any 3xx of a GET or HEAD, a 307 or 308 of any method). A redirect
/// that is not followed is returned as the response, with why. A redirect is sent as a copy of
/// `kept`, the request as it was (credentials included: the origin is the same), with the new
/// URL.
async fn send_following_redirects(
    http: &reqwest::Client,
    request: reqwest::Request,
    kept: Option<&reqwest::Request>,
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
        let again = kept.and_then(reqwest::Request::try_clone);
        // the request's own URL: the kept copy's, or the first response's (the request path's
        // reqwest client follows no redirect itself)
        let origin =
            origin.get_or_insert_with(|| kept.map_or(response.url(), |k| k.url()).origin());
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
    operation: &'static OperationMeta,
) -> Result<Exchange, Error> {
    let span = tracing::Span::current();
    span.record("attempt", attempts);
    span.record("latency_ms", start.elapsed().as_millis() as u64);
    match outcome {
        Ok(mut exchange) => {
            exchange.attempts = attempts;
            exchange.operation = Some(operation);
            span.record("status", exchange.status.as_u16());
            if let Some(id) = request_id(&exchange.headers) {
                span.record("request_id", id);
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
