//! Building a configured client: credential, base URL, timeouts, retries, user agent.

use std::fmt;
use std::time::Duration;

use ampersand_client::{Client, ClientInfo, Inner, Secret, DEFAULT_BASE_URL};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

use crate::executor::Executor;
use crate::{Error, RetryPolicy};

/// The environment variable [`ClientBuilder::from_env`] reads the API key from.
///
/// ```
/// assert_eq!(ampersand_ext::API_KEY_VAR, "AMPERSAND_API_KEY");
/// ```
pub const API_KEY_VAR: &str = "AMPERSAND_API_KEY";
/// The optional environment variable [`ClientBuilder::from_env`] reads the base URL from.
///
/// ```
/// assert_eq!(ampersand_ext::BASE_URL_VAR, "AMPERSAND_BASE_URL");
/// ```
pub const BASE_URL_VAR: &str = "AMPERSAND_BASE_URL";
/// The header an API key is sent in.
///
/// ```
/// assert_eq!(ampersand_ext::API_KEY_HEADER, "x-api-key");
/// ```
pub const API_KEY_HEADER: &str = "x-api-key";
/// The default timeout of one attempt, from connecting to the end of the body.
///
/// ```
/// assert_eq!(ampersand_ext::DEFAULT_TIMEOUT.as_secs(), 30);
/// ```
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default timeout for establishing a connection.
///
/// ```
/// assert_eq!(ampersand_ext::DEFAULT_CONNECT_TIMEOUT.as_secs(), 10);
/// ```
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How the client authenticates; `Debug` never shows the value.
#[derive(Clone, Debug)]
enum Credential {
    ApiKey(Secret),
    Bearer(Secret),
}

/// Configures an Ampersand [`Client`]: the generated client, with every operation going
/// through retries and tracing (see [`RetryPolicy`]).
///
/// Defaults: base URL [`DEFAULT_BASE_URL`], timeout [`DEFAULT_TIMEOUT`] per attempt, connect
/// timeout [`DEFAULT_CONNECT_TIMEOUT`], [`RetryPolicy::default`], user agent
/// `ampersand-rs/<version>`. The client is cheap to clone (clones share one connection pool)
/// and `Send + Sync`.
///
/// # Redirects
///
/// The credential (`X-Api-Key` or `Authorization`) must never reach another server, and a
/// create must never silently become a read. So a redirect is followed only when it stays on
/// the origin of the request (same scheme, host and port) and keeps the method and body: any
/// 3xx of a GET or HEAD, and a 307 or 308 of any method, up to [`MAX_REDIRECTS`](crate::MAX_REDIRECTS)
/// in a row. Anything else (another origin, a 301/302/303 of a POST, PATCH, PUT or DELETE)
/// is not followed and fails with [`Error::Redirect`], which says why
/// ([`RedirectRefusal`](crate::RedirectRefusal)) and where it pointed.
///
/// ```no_run
/// use std::time::Duration;
/// use ampersand_ext::{ClientBuilder, RetryPolicy};
///
/// # async fn run() -> Result<(), ampersand_ext::Error> {
/// let client = ClientBuilder::new()
///     .api_key("my-api-key")
///     .timeout(Duration::from_secs(10))
///     .retry_policy(RetryPolicy::default().max_attempts(3))
///     .build()?;
/// let projects = client.list_projects().send().await?;
/// println!("{} projects", projects.len());
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct ClientBuilder {
    credential: Option<Credential>,
    base_url: String,
    timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let credential = match &self.credential {
            Some(Credential::ApiKey(_)) => "api key [redacted]",
            Some(Credential::Bearer(_)) => "bearer token [redacted]",
            None => "none",
        };
        f.debug_struct("ClientBuilder")
            .field("credential", &credential)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry", &self.retry)
            .field("user_agent", &self.user_agent)
            .finish()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            credential: None,
            base_url: DEFAULT_BASE_URL.to_string(),
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            retry: RetryPolicy::default(),
            user_agent: format!("ampersand-rs/{}", env!("CARGO_PKG_VERSION")),
        }
    }
}

impl ClientBuilder {
    /// A builder with the defaults and no credential.
    ///
    /// ```
    /// let builder = ampersand_ext::ClientBuilder::new();
    /// assert!(format!("{builder:?}").contains("credential: \"none\""));
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder from the environment: the API key from `AMPERSAND_API_KEY` (required) and the
    /// base URL from `AMPERSAND_BASE_URL` (optional).
    ///
    /// ```no_run
    /// let client = ampersand_ext::ClientBuilder::from_env()?.build()?;
    /// # Ok::<(), ampersand_ext::Error>(())
    /// ```
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// Like [`ClientBuilder::from_env`], reading variables through `var`.
    ///
    /// ```
    /// let vars = |name: &str| (name == "AMPERSAND_API_KEY").then(|| "k".to_string());
    /// assert!(ampersand_ext::ClientBuilder::from_vars(vars).is_ok());
    /// let err = ampersand_ext::ClientBuilder::from_vars(|_| None).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "configuration: AMPERSAND_API_KEY is not set (the Ampersand API key, from the dashboard)"
    /// );
    /// ```
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let key = var(API_KEY_VAR)
            .filter(|k| !k.trim().is_empty())
            .ok_or_else(|| Error::Config {
                message: format!(
                    "{API_KEY_VAR} is not set (the Ampersand API key, from the dashboard)"
                ),
            })?;
        let mut builder = Self::new().api_key(key);
        if let Some(url) = var(BASE_URL_VAR).filter(|u| !u.trim().is_empty()) {
            builder = builder.base_url(url);
        }
        Ok(builder)
    }

    /// Authenticate with an API key, sent as `X-Api-Key`.
    ///
    /// ```
    /// let b = ampersand_ext::ClientBuilder::new().api_key("secret-key");
    /// assert!(!format!("{b:?}").contains("secret-key"));
    /// ```
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.credential = Some(Credential::ApiKey(Secret::from(key.into())));
        self
    }

    /// Authenticate with a JWT, sent as `Authorization: Bearer …`.
    ///
    /// ```
    /// let b = ampersand_ext::ClientBuilder::new().bearer_token("eyJ.jwt");
    /// assert!(!format!("{b:?}").contains("eyJ"));
    /// ```
    pub fn bearer_token(mut self, jwt: impl Into<String>) -> Self {
        self.credential = Some(Credential::Bearer(Secret::from(jwt.into())));
        self
    }

    /// The API's base URL (default [`DEFAULT_BASE_URL`]); a trailing `/` is ignored.
    ///
    /// ```
    /// use ampersand_client::ClientInfo;
    /// let client = ampersand_ext::ClientBuilder::new()
    ///     .base_url("http://localhost:8080/v1/")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(client.baseurl(), "http://localhost:8080/v1");
    /// ```
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Timeout of one attempt, from connecting to the end of the body (default 30 s).
    ///
    /// ```
    /// let b = ampersand_ext::ClientBuilder::new().timeout(std::time::Duration::from_secs(5));
    /// # let _ = b;
    /// ```
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Timeout for establishing a connection (default 10 s).
    ///
    /// ```
    /// let b = ampersand_ext::ClientBuilder::new()
    ///     .connect_timeout(std::time::Duration::from_secs(2));
    /// # let _ = b;
    /// ```
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How failed attempts are retried (default [`RetryPolicy::default`]).
    ///
    /// ```
    /// let b = ampersand_ext::ClientBuilder::new().retry_policy(ampersand_ext::RetryPolicy::none());
    /// # let _ = b;
    /// ```
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The `User-Agent` (default `ampersand-rs/<version>`).
    ///
    /// ```
    /// let b = ampersand_ext::ClientBuilder::new().user_agent("my-service/1.0 ampersand-rs");
    /// # let _ = b;
    /// ```
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }

    /// Builds the client. Fails on a base URL that is not an http(s) URL or a credential that
    /// cannot be a header value (the message never shows the credential).
    ///
    /// ```
    /// let err = ampersand_ext::ClientBuilder::new().base_url("not a url").build().unwrap_err();
    /// assert!(err.to_string().starts_with("configuration: base URL \"not a url\""));
    /// ```
    pub fn build(self) -> Result<Client, Error> {
        let base = self.base_url.trim_end_matches('/').to_string();
        match reqwest::Url::parse(&base) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => {}
            _ => {
                return Err(Error::Config {
                    message: format!("base URL {:?} is not an http(s) URL", self.base_url),
                })
            }
        }
        let mut headers = HeaderMap::new();
        if let Some(credential) = &self.credential {
            let (name, value) = match credential {
                Credential::ApiKey(key) => (API_KEY_HEADER, key.expose().to_string()),
                Credential::Bearer(jwt) => {
                    (AUTHORIZATION.as_str(), format!("Bearer {}", jwt.expose()))
                }
            };
            let mut value = HeaderValue::from_str(&value).map_err(|_| Error::Config {
                message: format!("the credential for {name} is not a valid header value"),
            })?;
            value.set_sensitive(true);
            headers.insert(name, value);
        }
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .user_agent(self.user_agent)
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            // redirects are followed by the request path, within the origin only
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::Config {
                message: format!("cannot build the HTTP client: {e}"),
            })?;
        let inner = Inner::with_executor(Executor { policy: self.retry });
        Ok(Client::new_with_client(&base, http, inner))
    }
}

/// What this layer adds to the generated [`Client`] itself.
pub trait ClientExt {
    /// The same client (same connection pool and credential) with another retry policy, for
    /// the calls made through it: e.g. to retry one POST that is known to be safe to repeat.
    ///
    /// ```no_run
    /// use ampersand_ext::{ClientExt, RetryPolicy};
    /// # async fn run(client: ampersand_ext::Client) -> Result<(), ampersand_ext::Error> {
    /// let retrying = client.with_retry_policy(RetryPolicy::default().retry_non_idempotent(true));
    /// retrying.generate_connection()
    ///     .project_id_or_name("my-project")
    ///     .body_map(|b| b.provider("salesforce").group_ref("g").consumer_ref("c"))
    ///     .send()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    fn with_retry_policy(&self, policy: RetryPolicy) -> Client;
}

impl ClientExt for Client {
    fn with_retry_policy(&self, policy: RetryPolicy) -> Client {
        Client::new_with_client(
            self.baseurl(),
            self.client().clone(),
            Inner::with_executor(Executor { policy }),
        )
    }
}
