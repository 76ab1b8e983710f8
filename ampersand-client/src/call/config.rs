//! How the client calls: [`CallConfig`], and [`CallSettings`], the configuration with its
//! credentials made into header values once.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

use super::{DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES};
use crate::hook::Hooks;
use crate::jwt::{JwtProvider, JwtSource};
use crate::retry::RetryPolicy;
use crate::{Error, Host, Secret};

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
    /// The largest response body read; a larger one fails with [`ErrorKind::BodyTooLarge`](crate::ErrorKind::BodyTooLarge).
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
    pub(super) shared: Arc<Shared>,
}

/// The configuration, and its credentials as header values.
#[derive(Default, Debug)]
pub(super) struct Shared {
    config: CallConfig,
    pub(super) api_key: Option<HeaderValue>,
    pub(super) bearer: Option<HeaderValue>,
    /// The credentials' values, which no error shows even where the server echoes them.
    pub(super) known: Arc<[Secret]>,
    /// The JWT provider and its cached token, shared by the settings derived from these.
    pub(super) jwt: Option<Arc<JwtSource>>,
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
    /// [`ErrorKind::Config`](crate::ErrorKind::Config) error.
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
