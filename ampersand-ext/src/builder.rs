//! Building a configured client: credentials, base URL, timeouts, retries, limits, user agent,
//! and optionally your own `reqwest::Client`.

use std::fmt;
use std::time::Duration;

use ampersand_client::call::DEFAULT_CONNECT_TIMEOUT;
use ampersand_client::{CallConfig, CallSettings, Client, ClientInfo, Host, Secret};

use crate::{Error, RetryPolicy};

/// Configures an Ampersand [`Client`]: the generated client, every operation of which goes
/// through the one request path of `ampersand_client::call`.
///
/// Defaults: base URL [`DEFAULT_BASE_URL`](ampersand_client::DEFAULT_BASE_URL); a timeout of
/// [`DEFAULT_ATTEMPT_TIMEOUT`](crate::DEFAULT_ATTEMPT_TIMEOUT) (30 s) per attempt within the
/// total budget of the [`RetryPolicy`] (90 s), so that a hung idempotent attempt is retried;
/// connect timeout [`DEFAULT_CONNECT_TIMEOUT`](crate::DEFAULT_CONNECT_TIMEOUT); [`RetryPolicy::default`]; responses up to
/// [`DEFAULT_MAX_RESPONSE_BYTES`](crate::DEFAULT_MAX_RESPONSE_BYTES) (64 MiB); user agent
/// `ampersand-rs/<version>`. The client is cheap to clone (clones share one connection pool)
/// and `Send + Sync`.
///
/// # Credentials
///
/// An API key and a JWT can both be configured. Each operation sends the credential its spec
/// accepts: `X-Api-Key` where an API key is accepted, `Authorization: Bearer` for the
/// operations that accept only a JWT (getMyInfo, createProject, …). An operation that needs a
/// credential the client lacks fails with [`ErrorKind::MissingCredential`](crate::ErrorKind)
/// before anything is sent.
///
/// # Redirects
///
/// The credential must never reach another server, and a create must never silently become a
/// read. So a redirect is followed only when it stays on the origin of the request (same
/// scheme, host and port) and keeps the method and body: any 3xx of a GET or HEAD, and a 307
/// or 308 of any method, up to [`MAX_REDIRECTS`](crate::MAX_REDIRECTS) in a row. Anything else
/// (another origin, a 301/302/303 of a POST, PATCH, PUT or DELETE) is not followed and fails
/// with [`ErrorKind::Redirect`](crate::ErrorKind), which says why
/// ([`RedirectRefusal`](crate::RedirectRefusal)).
///
/// ```no_run
/// use std::time::Duration;
/// use ampersand_ext::{ClientBuilder, RetryPolicy};
///
/// # async fn run() -> Result<(), ampersand_ext::Error> {
/// let client = ClientBuilder::new()
///     .api_key("my-api-key")
///     .attempt_timeout(Duration::from_secs(10))
///     .retry_policy(RetryPolicy::default().max_attempts(3))
///     .build()?;
/// let projects = client.list_projects().send().await?;
/// println!("{} projects", projects.len());
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct ClientBuilder {
    /// How calls are made (credentials, retries, timeouts, limits, hooks, every host's base
    /// URL): the client's one configuration, handed to it whole.
    config: CallConfig,
    /// What only the HTTP client of [`ClientBuilder::build`] needs.
    http: Http,
}

/// The settings of the `reqwest::Client` the builder makes, unless the caller gives theirs.
#[derive(Clone)]
struct Http {
    connect_timeout: Duration,
    pool_max_idle_per_host: Option<usize>,
    pool_idle_timeout: Option<Duration>,
    user_agent: String,
    yours: Option<reqwest::Client>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("config", &self.config)
            .field("connect_timeout", &self.http.connect_timeout)
            .field("pool_max_idle_per_host", &self.http.pool_max_idle_per_host)
            .field("pool_idle_timeout", &self.http.pool_idle_timeout)
            .field("user_agent", &self.http.user_agent)
            .field("http", &self.http.yours.as_ref().map(|_| "yours"))
            .finish()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            config: CallConfig::default(),
            http: Http {
                connect_timeout: DEFAULT_CONNECT_TIMEOUT,
                pool_max_idle_per_host: None,
                pool_idle_timeout: None,
                user_agent: format!("ampersand-rs/{}", env!("CARGO_PKG_VERSION")),
                yours: None,
            },
        }
    }
}

/// A builder that starts from a whole configuration: credentials, base URLs, retries,
/// timeouts, limits and hooks as `config` has them (a local Ampersand's
/// `ampersand_fake::Fake::config()`, say).
///
/// ```
/// use ampersand_ext::client::{CallConfig, Host};
/// use ampersand_ext::ClientBuilder;
/// let mut config = CallConfig::default();
/// config.api_key = Some("my-key".into());
/// config.base_urls.insert(Host::Platform, "http://127.0.0.1:8080/v1".into());
/// # use ampersand_ext::client::ClientInfo;
/// let client = ClientBuilder::from(config).build()?;
/// assert_eq!(client.baseurl(), "http://127.0.0.1:8080/v1");
/// # Ok::<(), ampersand_ext::Error>(())
/// ```
impl From<CallConfig> for ClientBuilder {
    fn from(config: CallConfig) -> Self {
        ClientBuilder {
            config,
            ..ClientBuilder::default()
        }
    }
}

impl ClientBuilder {
    /// A builder with the defaults and no credential.
    pub fn new() -> Self {
        Self::default()
    }

    /// An API key, sent as `X-Api-Key` to the operations that accept one.
    ///
    /// ```
    /// let b = ampersand_ext::ClientBuilder::new().api_key("secret-key");
    /// assert!(!format!("{b:?}").contains("secret-key"));
    /// ```
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.config.api_key = Some(Secret::from(key.into()));
        self
    }

    /// A JWT, sent as `Authorization: Bearer …` to the operations that accept only that (and
    /// to the others when there is no API key).
    pub fn bearer_token(mut self, jwt: impl Into<String>) -> Self {
        self.config.bearer_token = Some(Secret::from(jwt.into()));
        self
    }

    /// Where JWTs come from when they change: an async source of tokens (a closure returning
    /// a future of `Result<String, E>`, or a [`JwtProvider`](ampersand_client::jwt::JwtProvider)),
    /// used where a fixed [`ClientBuilder::bearer_token`] would be. The client caches each
    /// token until 30 s before the `exp` its payload states, asks the provider once however
    /// many calls need a token at the same time, and after a 401 fetches a fresh token and
    /// sends that attempt once more. An API key, when there is one, is still sent to the
    /// operations that accept it.
    ///
    /// ```no_run
    /// # async fn mint_jwt_for(_: &str) -> Result<String, std::io::Error> { Ok(String::new()) }
    /// let client = ampersand_ext::ClientBuilder::new()
    ///     .jwt_provider(|| async { mint_jwt_for("customer-1").await })
    ///     .build()?;
    /// # Ok::<(), ampersand_ext::Error>(())
    /// ```
    pub fn jwt_provider(mut self, provider: impl ampersand_client::jwt::JwtProvider) -> Self {
        self.config.jwt_provider = Some(std::sync::Arc::new(provider));
        self
    }

    /// The API's base URL (default [`DEFAULT_BASE_URL`](ampersand_client::DEFAULT_BASE_URL)); a trailing `/` is ignored.
    ///
    /// ```
    /// use ampersand_client::ClientInfo;
    /// let client = ampersand_ext::ClientBuilder::new()
    ///     .base_url("http://localhost:8080/v1/")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(client.baseurl(), "http://localhost:8080/v1");
    /// ```
    pub fn base_url(self, url: impl Into<String>) -> Self {
        self.host_base_url(Host::Platform, url)
    }

    /// The base URL of one host: the platform API (as [`ClientBuilder::base_url`]) or a
    /// data-plane API (`Host::Write`: the clients of `client.write()`), for a mock, say.
    /// Unset, each data-plane host is its spec's server (`https://write.withampersand.com/v1`).
    ///
    /// ```
    /// use ampersand_ext::{client::Host, ClientBuilder};
    /// let client = ClientBuilder::new()
    ///     .host_base_url(Host::Write, "http://127.0.0.1:9000/v1")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(client.write().baseurl(), "http://127.0.0.1:9000/v1");
    /// assert_eq!(client.read().baseurl(), "https://read.withampersand.com/v1");
    /// # use ampersand_ext::client::ClientInfo;
    /// ```
    pub fn host_base_url(mut self, host: Host, url: impl Into<String>) -> Self {
        self.config.base_urls.insert(host, url.into());
        self
    }

    /// Timeout of each attempt, from sending to the end of the body (default 30 s); a hung
    /// attempt of an idempotent call is retried. The whole call is bounded by
    /// [`RetryPolicy::max_elapsed`].
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.config.attempt_timeout = timeout;
        self
    }

    /// Timeout for establishing a connection (default 10 s; not applied to a client given
    /// with [`ClientBuilder::http_client`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.http.connect_timeout = timeout;
        self
    }

    /// The most idle connections kept open per host for reuse (default: reqwest's, no cap).
    /// After a burst of 2,000 concurrent calls, the pool otherwise holds as many sockets
    /// until they time out; a service with a file-descriptor budget caps it here. Not applied
    /// to a client given with [`ClientBuilder::http_client`].
    pub fn pool_max_idle_per_host(mut self, max: usize) -> Self {
        self.http.pool_max_idle_per_host = Some(max);
        self
    }

    /// How long an idle pooled connection is kept open (default: reqwest's, 90 s). Not
    /// applied to a client given with [`ClientBuilder::http_client`].
    pub fn pool_idle_timeout(mut self, timeout: Duration) -> Self {
        self.http.pool_idle_timeout = Some(timeout);
        self
    }

    /// Adds a hook that sees every attempt of every call, generated or helper, on every host:
    /// the request before it is sent, without the credentials (which go on after the hooks),
    /// to add headers such as a W3C `traceparent`; and the response's status and headers, or
    /// the error, after (see [`ampersand_client::hook`]). Hooks run in the order added.
    ///
    /// ```
    /// use std::sync::atomic::{AtomicU32, Ordering};
    /// use std::sync::Arc;
    /// use ampersand_ext::client::hook::{Attempt, Hook};
    ///
    /// #[derive(Default)]
    /// struct Count(AtomicU32);
    /// impl Hook for Count {
    ///     fn before_attempt(&self, _: &Attempt, _: &mut reqwest::Request) {
    ///         self.0.fetch_add(1, Ordering::Relaxed);
    ///     }
    /// }
    /// let attempts = Arc::new(Count::default());
    /// let client = ampersand_ext::ClientBuilder::new().api_key("k").hook(attempts.clone()).build();
    /// assert!(client.is_ok());
    /// ```
    pub fn hook(mut self, hook: impl ampersand_client::hook::Hook) -> Self {
        self.config.hooks.push(std::sync::Arc::new(hook));
        self
    }

    /// How failed attempts are retried, and the total budget of a call (default
    /// [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = policy;
        self
    }

    /// The largest response body read (default 64 MiB); a larger one fails with
    /// [`ErrorKind::BodyTooLarge`](crate::ErrorKind) without being read past the limit.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.config.max_response_bytes = limit;
        self
    }

    /// The `User-Agent` (default `ampersand-rs/<version>`; not applied to a client given with
    /// [`ClientBuilder::http_client`]).
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.http.user_agent = agent.into();
        self
    }

    /// Sends with your own `reqwest::Client` (a proxy, custom TLS roots, a shared pool).
    /// Credentials, retries, timeouts, the size limit, tracing and the redirect policy stay
    /// the client's: build yours with `redirect(reqwest::redirect::Policy::none())`, so that
    /// reqwest itself follows no redirect (it would carry `X-Api-Key` to another origin).
    ///
    /// With the default `rustls` feature, install its TLS provider before building one
    /// (reqwest panics without a provider):
    ///
    /// ```
    /// ampersand_ext::client::install_ring_provider();
    /// let http = reqwest::Client::builder()
    ///     .redirect(reqwest::redirect::Policy::none())
    ///     .build()
    ///     .unwrap();
    /// let client = ampersand_ext::ClientBuilder::new().api_key("k").http_client(http).build();
    /// assert!(client.is_ok());
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http.yours = Some(client);
        self
    }

    /// The configured client.
    ///
    /// ```
    /// let err = ampersand_ext::ClientBuilder::new().base_url("ftp://x").build().unwrap_err();
    /// assert_eq!(err.to_string(), "configuration: base URL \"ftp://x\" is not an http(s) URL");
    /// ```
    pub fn build(self) -> Result<Client, Error> {
        let ClientBuilder { mut config, http } = self;
        // every host's URL checked, the platform's first (a URL not given is its server's)
        let base = checked_base_url(config.base_url(Host::Platform))?;
        for url in config.base_urls.values_mut() {
            *url = checked_base_url(url)?;
        }
        let http = match http.yours {
            Some(yours) => yours,
            None => {
                let mut builder = ampersand_client::call::http_client_builder()
                    .user_agent(http.user_agent)
                    .connect_timeout(http.connect_timeout);
                if let Some(max) = http.pool_max_idle_per_host {
                    builder = builder.pool_max_idle_per_host(max);
                }
                if let Some(timeout) = http.pool_idle_timeout {
                    builder = builder.pool_idle_timeout(timeout);
                }
                builder
                    .build()
                    .map_err(|e| Error::config(format!("cannot build the HTTP client: {e}")))?
            }
        };
        Ok(Client::new_with_client(
            &base,
            http,
            CallSettings::new(config)?,
        ))
    }
}

/// `url` without a trailing `/`, if it is an http(s) URL.
fn checked_base_url(url: &str) -> Result<String, Error> {
    let base = url.trim_end_matches('/').to_string();
    match reqwest::Url::parse(&base) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => Ok(base),
        _ => Err(Error::config(format!(
            "base URL {url:?} is not an http(s) URL"
        ))),
    }
}

/// Per-request settings: a client that shares this one's connection pool and credentials
/// with another retry policy or timeout.
///
/// ```no_run
/// use ampersand_ext::prelude::*;
///
/// # async fn run(client: &Client) -> Result<(), ampersand_ext::Error> {
/// // this create may be retried: the caller made it safe to repeat
/// let created = client
///     .with_retry_policy(RetryPolicy::default().retry_non_idempotent(true))
///     .create_project()
///     .body(serde_json::from_value::<types::CreateProjectBody>(serde_json::json!({
///         "name": "mailmonkey", "appName": "MailMonkey", "orgId": "org-1"
///     })).unwrap())
///     .send()
///     .await?;
/// # let _ = created;
/// # Ok(())
/// # }
/// ```
pub trait ClientExt {
    /// This client with `policy` instead of its retry policy.
    fn with_retry_policy(&self, policy: RetryPolicy) -> Client;
    /// This client with `timeout` per attempt.
    fn with_attempt_timeout(&self, timeout: Duration) -> Client;
}

impl ClientExt for Client {
    fn with_retry_policy(&self, policy: RetryPolicy) -> Client {
        let inner = self.inner().with_retry_policy(policy);
        Client::new_with_client(self.baseurl(), self.client().clone(), inner)
    }

    fn with_attempt_timeout(&self, timeout: Duration) -> Client {
        let inner = self.inner().with_attempt_timeout(timeout);
        Client::new_with_client(self.baseurl(), self.client().clone(), inner)
    }
}
