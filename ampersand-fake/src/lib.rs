#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use ampersand_client::{CallSettings, Client, Host};
//! use ampersand_fake::{Fake, Options};
//!
//! let fake = Fake::start(Options::new()).await?;
//! // with ampersand-ext: `ampersand_ext::ClientBuilder::from(fake.config()).build()?`
//! let config = fake.config();
//! let client = Client::new(config.base_url(Host::Platform), CallSettings::new(config.clone())?);
//! let project = client
//!     .create_project()
//!     .body_map(|b| b.app_name("Mail Monkey").name("mail-monkey").org_id("org-1"))
//!     .send()
//!     .await?;
//! assert_eq!(client.get_project().project_id_or_name("mail-monkey").send().await?.id, project.id);
//! # Ok(()) }
//! ```

mod catalog;
mod data;
mod deliver;
mod downloads;
mod fault;
mod journal;
mod keyed;
mod keys;
mod metadata;
mod migrate;
mod oauth;
mod operations;
mod orgs;
mod pause;
mod platform;
mod problem;
mod receiver;
mod records;
mod route;
mod spec;
mod state;
mod store;
mod table;
mod topics;

use std::net::SocketAddr;
use std::sync::Arc;

use ampersand_client::Host;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, Uri};
use axum::response::{IntoResponse, Response};
use tokio::sync::{oneshot, Mutex};

pub use downloads::{DEFAULT_DOWNLOAD_TTL, DEFAULT_URL_RESULTS_ABOVE};
pub use fault::Fault;
pub use receiver::{Received, Receiver};
pub use route::prefix;

/// How a [`Fake`] starts: where it listens and the credentials it accepts.
#[derive(Clone)]
pub struct Options {
    addr: SocketAddr,
    api_key: String,
    jwt: String,
    state: Option<std::path::PathBuf>,
    webhook_secret: String,
    async_delay: std::time::Duration,
    url_results_above: usize,
    download_ttl: std::time::Duration,
}

impl std::fmt::Debug for Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Options")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

/// The operations the fake keeps state for (their `operationId`s, in the spec's order); every
/// other operation of the spec answers 501. Derived from the fake's dispatch.
pub fn modelled() -> Vec<&'static str> {
    operations::modelled()
}

/// The signing key of every webhook destination of a fake unless told another
/// ([`Options::webhook_secret`]); `getDestination` with `includeSecrets` shows it.
pub const DEFAULT_WEBHOOK_SECRET: &str = "whsec_ZmFrZS13ZWJob29rLXNpZ25pbmcta2V5LTAxMjM0NTY3";

/// How long an asynchronous write or a triggered read runs unless told otherwise
/// ([`Options::async_delay`]).
pub const DEFAULT_ASYNC_DELAY: std::time::Duration = std::time::Duration::from_millis(200);

/// The API key a fake accepts unless told another ([`Options::api_key`]).
pub const DEFAULT_API_KEY: &str = "fake-api-key";

/// The JWT a fake accepts unless told another ([`Options::jwt`]).
pub const DEFAULT_JWT: &str = "fake.jwt.token";

impl Default for Options {
    fn default() -> Self {
        Options {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            api_key: DEFAULT_API_KEY.into(),
            jwt: DEFAULT_JWT.into(),
            state: None,
            webhook_secret: DEFAULT_WEBHOOK_SECRET.into(),
            async_delay: DEFAULT_ASYNC_DELAY,
            url_results_above: DEFAULT_URL_RESULTS_ABOVE,
            download_ttl: DEFAULT_DOWNLOAD_TTL,
        }
    }
}

impl Options {
    /// Loopback, a port of the system's choosing, [`DEFAULT_API_KEY`] and [`DEFAULT_JWT`].
    pub fn new() -> Self {
        Self::default()
    }

    /// Where to listen (port 0: any free one).
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// The API key the fake accepts as `X-Api-Key`.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = key.into();
        self
    }

    /// The JWT the fake accepts as `Authorization: Bearer`.
    pub fn jwt(mut self, jwt: impl Into<String>) -> Self {
        self.jwt = jwt.into();
        self
    }

    /// Keeps the state in `file`, an embedded database: read when the fake starts (made if
    /// there is none; a version 2 JSON state file is migrated), and each change written to it
    /// in one transaction before the change is answered, so a process killed at any moment
    /// loses at most the requests in flight. Without it the state is in memory only.
    pub fn state_file(mut self, file: impl Into<std::path::PathBuf>) -> Self {
        self.state = Some(file.into());
        self
    }

    /// The signing key (`whsec_…`, base64) of the webhook destinations created on this fake:
    /// deliveries to them are signed with it, the Svix way.
    pub fn webhook_secret(mut self, secret: impl Into<String>) -> Self {
        self.webhook_secret = secret.into();
        self
    }

    /// How long an asynchronous write or a triggered read stays `in_progress` before it is
    /// done and its webhooks are sent.
    pub fn async_delay(mut self, delay: std::time::Duration) -> Self {
        self.async_delay = delay;
        self
    }

    /// Read results of more than `records` records are delivered by URL (`resultInfo.type:
    /// url` and a `downloadUrl` the fake serves) rather than inline, as the service delivers
    /// large ones ([`DEFAULT_URL_RESULTS_ABOVE`] unless told; 0 sends every delivery with
    /// records by URL).
    pub fn url_results_above(mut self, records: usize) -> Self {
        self.url_results_above = records;
        self
    }

    /// How long a `downloadUrl` works ([`DEFAULT_DOWNLOAD_TTL`] unless told); then it answers
    /// 403, as an expired presigned URL does.
    pub fn download_ttl(mut self, ttl: std::time::Duration) -> Self {
        self.download_ttl = ttl;
        self
    }
}

/// Why a fake did not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// The address could not be listened on (a port in use, say).
    #[error("cannot listen on {addr}: {source} (is another server on that port?)")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// The system's error.
        #[source]
        source: std::io::Error,
    },
    /// The state file could not be read.
    #[error("{0}")]
    State(String),
    /// An option is not usable (a webhook secret that is not `whsec_` and base64).
    #[error("{0}")]
    Options(String),
}

/// What every request of a fake shares: its options and its state.
struct Shared {
    options: Options,
    /// `http://` and the address it listens on.
    origin: String,
    state: Mutex<state::State>,
    /// Where `--state` keeps it.
    store: Option<store::Store>,
    faults: std::sync::Mutex<fault::Faults>,
    /// The read results offered by URL.
    downloads: downloads::Downloads,
    /// Sends the webhook deliveries.
    http: reqwest::Client,
}

impl Shared {
    fn take_fault(&self, operation: &str) -> Option<Fault> {
        self.faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take(operation)
    }

    fn add_fault(&self, operation: String, times: u32, fault: Fault) {
        self.faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .add(operation, times, fault);
    }

    /// Sets off what a change left to do: its deliveries now, its pending work after the
    /// fake's delay (then that work's own deliveries).
    fn after(self: &Arc<Self>, mut effects: state::Effects) {
        if !effects.deliveries.is_empty() {
            let options = &self.options;
            let settings = (
                self.origin.as_str(),
                options.url_results_above,
                options.download_ttl,
            );
            for delivery in &mut effects.deliveries {
                if let Some(project) = &delivery.results_of {
                    let body = std::mem::take(&mut delivery.body);
                    delivery.body = self.downloads.deliverable(body, project, settings);
                }
            }
            tokio::spawn(deliver::send(self.http.clone(), effects.deliveries));
        }
        for operation in effects.later {
            let shared = self.clone();
            tokio::spawn(async move {
                tokio::time::sleep(shared.options.async_delay).await;
                let mut effects = state::Effects::default();
                let mut state = shared.state.lock().await;
                state.finish(&operation, &mut effects);
                if shared.save(state).await.is_ok() {
                    shared.after(effects);
                }
            });
        }
    }

    /// Writes what a change made in `state` to the store, if there is one, before it returns
    /// (the state unlocked while the disk is written); the 500 answer when the store refused it
    /// (the store and the state are then as they were before the change).
    async fn save(
        self: &Arc<Self>,
        mut state: tokio::sync::MutexGuard<'_, state::State>,
    ) -> Result<(), Response> {
        let changes = state.changes(self.store.is_some());
        self.write(state, changes)
            .await
            .map_err(|e| self.not_saved(&e))
    }

    /// The answer when a change could not be saved: the change is undone.
    fn not_saved(&self, e: &str) -> Response {
        let file = self
            .options
            .state
            .as_deref()
            .unwrap_or(std::path::Path::new(""));
        tracing::error!("cannot save the state to {}: {e}", file.display());
        problem::problem(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            format!(
                "the fake cannot save its state to {}, so the change was not made: {e}",
                file.display()
            ),
        )
        .into_response()
    }

    /// Writes `changes` to the store, if there is one and they are any, in the order they were
    /// made in `state` (unlocked while the disk is written).
    async fn write(
        self: &Arc<Self>,
        state: tokio::sync::MutexGuard<'_, state::State>,
        changes: Vec<journal::Change>,
    ) -> Result<(), String> {
        let Some(store) = self.store.as_ref().filter(|_| !changes.is_empty()) else {
            return Ok(());
        };
        let written = store.queue(changes);
        drop(state);
        let shared = self.clone();
        // off the runtime (and a paused clock stands still while it runs)
        let _ = tokio::task::spawn_blocking(move || {
            if let Some(store) = &shared.store {
                store.flush(&shared.state);
            }
        })
        .await;
        written
            .await
            .unwrap_or_else(|_| Err("the fake has stopped".into()))
    }

    async fn reset(self: &Arc<Self>) -> Result<(), Response> {
        let mut state = self.state.lock().await;
        *state = state::State::default();
        self.write(state, vec![journal::Change::Clear])
            .await
            .map_err(|e| self.not_saved(&e))?;
        self.faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
        Ok(())
    }
}

/// A running fake: the platform API at `/v1` and each data-plane API at `/{host}/v1`, on one
/// port. Dropping it stops it.
pub struct Fake {
    addr: SocketAddr,
    options: Options,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
}

impl std::fmt::Debug for Fake {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fake")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Fake {
    /// Starts a fake on `options`' address, serving until it is dropped.
    pub async fn start(options: Options) -> Result<Fake, StartError> {
        ampersand_client::delivery::WebhookSecret::new(&options.webhook_secret)
            .map_err(|e| StartError::Options(format!("the webhook secret: {e}")))?;
        let listener = tokio::net::TcpListener::bind(options.addr)
            .await
            .map_err(|source| StartError::Bind {
                addr: options.addr,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: options.addr,
            source,
        })?;
        let (store, mut state) = match &options.state {
            Some(file) => {
                let (store, state) = store::Store::open(file).map_err(StartError::State)?;
                (Some(store), state)
            }
            None => (None, state::State::default()),
        };
        // the holder of its credentials, the same across restarts on one state file
        state.ensure_builder();
        // work a state file left pending is resumed
        let resumed: Vec<String> = state.pending.keys().cloned().collect();
        let shared = Arc::new(Shared {
            options: options.clone(),
            origin: format!("http://{addr}"),
            state: Mutex::new(state),
            store,
            faults: Default::default(),
            downloads: Default::default(),
            // no redirects followed, and the TLS provider installed where the SDK needs one
            http: ampersand_client::call::http_client_builder()
                .build()
                .map_err(|e| {
                    StartError::Options(format!("cannot set up webhook deliveries: {e}"))
                })?,
        });
        let mut state = shared.state.lock().await;
        let changes = state.changes(shared.store.is_some());
        shared
            .write(state, changes)
            .await
            .map_err(|e| StartError::State(format!("cannot write the state: {e}")))?;
        shared.after(state::Effects {
            deliveries: Vec::new(),
            later: resumed,
        });
        let app = axum::Router::new()
            .route("/_fake/faults", axum::routing::post(add_fault))
            .route("/_fake/reset", axum::routing::post(reset))
            .route("/_fake/health", axum::routing::get(health))
            .route(oauth::AUTHORIZE_PATH, axum::routing::get(authorize))
            .route(orgs::PORTAL_PATH, axum::routing::get(billing_portal))
            .route(downloads::PATH, axum::routing::get(downloads::serve))
            .fallback(dispatch)
            .with_state(shared.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(serve(listener, app, shared.clone(), stopped));
        Ok(Fake {
            addr,
            options,
            shared,
            stop: Some(stop),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL of `host` (`http://127.0.0.1:PORT/v1` for the platform API,
    /// `…/write/v1` for the write API).
    pub fn base_url(&self, host: Host) -> String {
        format!("http://{}{}", self.addr, prefix(host))
    }

    /// The base URL of every host, by its name (`platform`, `read`, `write`, `search`): the
    /// line the binary prints when it is ready.
    pub fn urls(&self) -> serde_json::Map<String, serde_json::Value> {
        Host::ALL
            .iter()
            .map(|h| (h.name().to_string(), self.base_url(*h).into()))
            .collect()
    }

    /// The client configuration of the fake: every host's base URL, its API key and its JWT.
    /// `ampersand_ext::ClientBuilder::from(fake.config())` is a builder ready for it; the
    /// generated client takes it as it is.
    ///
    /// ```no_run
    /// # async fn run(fake: ampersand_fake::Fake) -> Result<(), ampersand_client::Error> {
    /// use ampersand_client::{CallSettings, Client, Host};
    /// let config = fake.config();
    /// let client = Client::new(config.base_url(Host::Platform), CallSettings::new(config.clone())?);
    /// # Ok(()) }
    /// ```
    pub fn config(&self) -> ampersand_client::CallConfig {
        let mut config = ampersand_client::CallConfig::default();
        config.api_key = Some(self.options.api_key.as_str().into());
        config.bearer_token = Some(self.options.jwt.as_str().into());
        for host in Host::ALL {
            config.base_urls.insert(*host, self.base_url(*host));
        }
        config
    }
}

impl Fake {
    /// Makes the next `times` calls of the operation `operation_id` (`listProjects`) meet
    /// `fault`; faults set for one operation take its calls in the order set. The binary's
    /// `POST /_fake/faults` does the same.
    ///
    /// ```no_run
    /// # async fn f(fake: ampersand_fake::Fake) {
    /// use std::time::Duration;
    /// use ampersand_fake::Fault;
    /// fake.fail("listProjects", 2, Fault::status(503).retry_after(Duration::from_secs(1)));
    /// fake.fail("getProject", 1, Fault::drop_connection());
    /// # }
    /// ```
    pub fn fail(&self, operation_id: &str, times: u32, fault: Fault) {
        self.shared
            .add_fault(operation_id.to_string(), times, fault);
    }

    /// Forgets everything (projects and all in them) and every fault waiting (`POST /_fake/reset`); with a state
    /// file, saves the empty state (an error if it cannot).
    pub async fn reset(&self) -> std::io::Result<()> {
        self.shared
            .reset()
            .await
            .map_err(|_| std::io::Error::other("the state could not be saved"))
    }
}

/// Serves `app` on `listener` until `stopped`: each connection with hyper, each request first
/// offered to the faults waiting for its operation.
async fn serve(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    shared: Arc<Shared>,
    mut stopped: oneshot::Receiver<()>,
) {
    use hyper_util::rt::{TokioExecutor, TokioIo};
    use tower::ServiceExt;
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    tracing::warn!("accept: {e}");
                    continue;
                }
            },
            _ = &mut stopped => return,
        };
        let app = app.clone();
        let shared = shared.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(
                move |request: hyper::Request<hyper::body::Incoming>| {
                    let app = app.clone();
                    let shared = shared.clone();
                    async move {
                        if let route::Found::Operation(op, _) =
                            route::find(request.method(), request.uri().path())
                        {
                            if let Some(fault) = shared.take_fault(op.id) {
                                match fault.strike(op.id).await {
                                    fault::Outcome::Answer(response) => {
                                        let response = match spec::op(op.id) {
                                            Some(facts) => facts.as_declared(response),
                                            None => response,
                                        };
                                        tracing::info!(
                                            "{} {} -> {} (a fault)",
                                            request.method(),
                                            request.uri().path(),
                                            response.status().as_u16()
                                        );
                                        return Ok(response);
                                    }
                                    fault::Outcome::Drop => {
                                        tracing::info!(
                                            "{} {} -> dropped (a fault)",
                                            request.method(),
                                            request.uri().path()
                                        );
                                        return Err(std::io::Error::other("dropped by a fault"));
                                    }
                                    fault::Outcome::Proceed => {}
                                }
                            }
                        }
                        let response = app
                            .oneshot(request.map(axum::body::Body::new))
                            .await
                            .unwrap_or_else(|never| match never {});
                        Ok::<_, std::io::Error>(response)
                    }
                },
            );
            let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// `POST /_fake/faults`: a fault for the next calls of an operation.
async fn add_fault(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let request: fault::FaultRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => return problem::invalid_body("body", e.to_string()).into_response(),
    };
    let known = Host::ALL
        .iter()
        .any(|h| h.operations().iter().any(|op| op.id == request.operation));
    if !known {
        let detail = format!("no operation {} in the spec", request.operation);
        return problem::invalid_body("operation", detail).into_response();
    }
    match request.fault() {
        Ok(fault) => {
            shared.add_fault(request.operation.clone(), request.times, fault);
            axum::http::StatusCode::NO_CONTENT.into_response()
        }
        Err(detail) => problem::invalid_body("body", detail).into_response(),
    }
}

/// `GET /_fake/health`: 200 once serving (a container's health check).
async fn health() -> Response {
    problem::json(
        axum::http::StatusCode::OK,
        &serde_json::json!({ "status": "ok" }),
    )
}

/// `GET /_fake/oauth/authorize?state=…`: the browser at the URL `oauthConnect` or `oauthUpdate`
/// gave; the connection made or given new tokens, and which it was.
async fn authorize(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    let query = spec::parse_query(uri.query());
    let Some((_, grant)) = query.iter().find(|(name, _)| name == "state") else {
        return problem::invalid(vec![problem::Issue::query("state", "is required")])
            .into_response();
    };
    let mut effects = state::Effects::default();
    let mut state = shared.state.lock().await;
    let done = match state.authorize(grant, &mut effects) {
        Ok(done) => done,
        Err(refusal) => return refusal.into_response(),
    };
    if let Err(refused) = shared.save(state).await {
        return refused;
    }
    shared.after(effects);
    problem::json(
        axum::http::StatusCode::OK,
        &serde_json::json!({
            "connectionId": done.connection,
            "status": if done.created { "created" } else { "refreshed" },
        }),
    )
}

/// `GET /_fake/billing/portal?redirectUrl=…`: the billing portal a session opens; it sends the
/// browser back to `redirectUrl` (303), as leaving the portal does.
async fn billing_portal(uri: Uri) -> Response {
    let query = spec::parse_query(uri.query());
    match query.iter().find(|(name, _)| name == "redirectUrl") {
        Some((_, back)) => match axum::http::HeaderValue::from_str(back) {
            Ok(location) => (
                axum::http::StatusCode::SEE_OTHER,
                [(axum::http::header::LOCATION, location)],
            )
                .into_response(),
            Err(_) => problem::invalid(vec![problem::Issue::query("redirectUrl", "is not a URL")])
                .into_response(),
        },
        None => problem::invalid(vec![problem::Issue::query("redirectUrl", "is required")])
            .into_response(),
    }
}

/// `POST /_fake/reset`: no projects, no faults.
async fn reset(State(shared): State<Arc<Shared>>) -> Response {
    match shared.reset().await {
        Ok(()) => axum::http::StatusCode::NO_CONTENT.into_response(),
        Err(response) => response,
    }
}

impl Drop for Fake {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        // the store's file is closed, for another fake to open
        if let Some(store) = &self.shared.store {
            store.close();
        }
    }
}

/// Every request: its operation by method and path, its credentials, its query and body
/// checked against the spec, then the operation; the answer in the media type the spec
/// declares for its status.
async fn dispatch(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let response = match route::find(&method, uri.path()) {
        route::Found::Operation(op, params) => {
            let response = operation(&shared, op, params, uri.query(), &headers, &body).await;
            match spec::op(op.id) {
                Some(facts) => facts.as_declared(response),
                None => response,
            }
        }
        route::Found::WrongMethod(allowed) => {
            problem::wrong_method(&method, uri.path(), &allowed).into_response()
        }
        route::Found::Nothing => problem::no_such_path(uri.path()).into_response(),
    };
    tracing::info!("{method} {} -> {}", uri.path(), response.status().as_u16());
    response
}

/// One operation's answer, and what it sets off.
async fn operation(
    shared: &Arc<Shared>,
    op: &'static ampersand_client::OperationMeta,
    params: route::Params,
    query: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let options = &shared.options;
    if let Err(refusal) = route::authorized(op, headers, &options.api_key, &options.jwt) {
        // else an API key the fake made (createApiKey), active, of the project named
        let made = match route::api_key(op, headers) {
            Some(key) => {
                let project = params
                    .iter()
                    .find(|(n, _)| *n == "projectIdOrName")
                    .map(|(_, v)| v.as_str());
                shared.state.lock().await.accepts_api_key(key, project)
            }
            None => false,
        };
        if !made {
            return refusal.into_response();
        }
    }
    let modelled = operations::Op::of(op.id).and_then(operations::handler);
    let Some(facts) = spec::op(op.id).filter(|_| modelled.is_some()) else {
        return problem::not_modelled(op).into_response();
    };
    let checked = facts
        .check_query(&spec::parse_query(query))
        .and_then(|query| Ok((query, facts.check_body(body)?)));
    let (query, body) = match checked {
        Ok(checked) => checked,
        Err(refusal) => return refusal.into_response(),
    };
    let request = Request {
        op,
        params,
        query,
        body,
        webhook_secret: &options.webhook_secret,
        origin: &shared.origin,
    };
    let mut effects = state::Effects::default();
    let mut state = shared.state.lock().await;
    let response = state
        .handle(&request, &mut effects)
        .unwrap_or_else(|| problem::not_modelled(op).into_response());
    if let Err(refused) = shared.save(state).await {
        return refused;
    }
    shared.after(effects);
    response
}

/// One request, routed.
pub(crate) struct Request<'a> {
    pub(crate) op: &'static ampersand_client::OperationMeta,
    pub(crate) params: route::Params,
    /// The query parameters the spec declares, typed by their schemas.
    pub(crate) query: serde_json::Map<String, serde_json::Value>,
    /// The body, checked against the operation's schema (`null` when there is none).
    pub(crate) body: serde_json::Value,
    /// The signing key of the webhook destinations created.
    pub(crate) webhook_secret: &'a str,
    /// `http://` and the fake's address (for the URLs it gives).
    pub(crate) origin: &'a str,
}

impl Request<'_> {
    /// The path parameter `name`, or the one a newer spec renamed it to by widening it
    /// (`integrationId` read as `integrationIdOrName`, and the other way round).
    pub(crate) fn param(&self, name: &str) -> &str {
        let stem = |n: &str| n.strip_suffix("OrName").unwrap_or(n).to_string();
        let exact = self.params.iter().find(|(n, _)| *n == name);
        exact
            .or_else(|| self.params.iter().find(|(n, _)| stem(n) == stem(name)))
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    }

    /// Whether the boolean query parameter `name` is given as `true`.
    pub(crate) fn query_bool(&self, name: &str) -> bool {
        self.query.get(name).and_then(serde_json::Value::as_bool) == Some(true)
    }

    /// Whether the query parameter `name` is absent or equal to `value`: a list filter.
    pub(crate) fn query_is(&self, name: &str, value: &str) -> bool {
        self.query
            .get(name)
            .and_then(serde_json::Value::as_str)
            .is_none_or(|wanted| wanted == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_parameter_is_found_under_its_widened_name() {
        let op = &Host::Platform.operations()[0];
        let request = Request {
            op,
            params: vec![
                ("integrationIdOrName", "crm".into()),
                ("projectIdOrName", "p".into()),
            ],
            query: Default::default(),
            body: serde_json::Value::Null,
            webhook_secret: DEFAULT_WEBHOOK_SECRET,
            origin: "http://127.0.0.1:1",
        };
        assert_eq!(request.param("integrationId"), "crm");
        assert_eq!(request.param("integrationIdOrName"), "crm");
        assert_eq!(request.param("projectIdOrName"), "p");
        assert_eq!(request.param("installationId"), "");
    }
}
