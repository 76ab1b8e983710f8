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

mod admin;
mod catalog;
mod connections;
mod data;
mod deliver;
mod destinations;
mod dispatch;
mod downloads;
mod fault;
mod handlers;
mod installations;
mod integrations;
mod journal;
mod keyed;
mod keys;
mod mask;
mod metadata;
mod migrate;
mod model_error;
mod notify;
mod operations;
mod orgs;
mod problem;
mod projects;
mod receiver;
mod records;
mod route;
mod shared;
mod spec;
#[cfg(test)]
mod spec_bodies;
mod state;
mod store;
mod table;
mod topics;

use std::net::SocketAddr;
use std::sync::Arc;

use ampersand_client::Host;
use tokio::sync::{RwLock, oneshot};

use shared::Shared;

pub use dispatch::BODY_LIMIT;
pub use downloads::{DEFAULT_DOWNLOAD_TTL, DEFAULT_URL_RESULTS_ABOVE};
pub use fault::Fault;
pub use receiver::{Received, Receiver};
pub use route::prefix;

// what every handler takes
pub(crate) use dispatch::Request;

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
    handlers::modelled()
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
            state: RwLock::new(state),
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
        let mut state = shared.state.write().await;
        let changes = state.changes(shared.store.is_some());
        shared
            .write(state, changes)
            .await
            .map_err(|e| StartError::State(format!("cannot write the state: {e}")))?;
        shared.after(state::Effects {
            deliveries: Vec::new(),
            later: resumed,
        });
        let app = admin::app(shared.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(dispatch::serve(listener, app, shared.clone(), stopped));
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
