//! JWTs that refresh: a source of tokens the client asks when it needs one, whose tokens it
//! keeps until shortly before their `exp`.
//!
//! A service that mints short-lived JWTs for its users gives the client a [`JwtProvider`] (an
//! async closure will do) instead of a fixed token. The client
//!
//! - caches the token until shortly before the `exp` its payload states (read, not verified:
//!   the service verifies it): [`REFRESH_BEFORE_EXPIRY`] before, or a quarter of its lifetime
//!   before for a token that lives less than two minutes; a token without a readable `exp` is
//!   kept until the service refuses it;
//! - asks the provider once however many calls need a token at the same moment: the others
//!   wait for that one, and use the token it got;
//! - bounds the provider by the call's attempt timeout and budget: a provider that does not
//!   answer ends the call with [`crate::ErrorKind::Deadline`], naming it;
//! - on a 401 from an operation it sent the provider's token to, fetches a fresh token (unless
//!   another call already has) and sends that attempt once more, whatever its method: the
//!   service processed nothing.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use reqwest::header::HeaderValue;

use crate::{Error, Secret};

/// How long before its `exp` a cached token is replaced, at most: a token that lives less
/// than four times this is replaced a quarter of its lifetime before its `exp`.
pub const REFRESH_BEFORE_EXPIRY: Duration = Duration::from_secs(30);

/// The future a [`JwtProvider`] returns.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<Secret, Error>> + Send + 'a>>;

/// An async source of JWTs.
///
/// Any `Fn() -> impl Future<Output = Result<T, E>>` is one, where `T` converts into a
/// [`Secret`] (a `String`) and `E` prints (its message becomes the call's `Config` error):
///
/// ```
/// let provider = || async { Ok::<_, std::io::Error>("eyJhbGciOiJIUzI1NiJ9.e30.sig".to_string()) };
/// let mut config = ampersand_client::CallConfig::default();
/// config.jwt_provider = Some(std::sync::Arc::new(provider));
/// ```
pub trait JwtProvider: Send + Sync + 'static {
    /// A fresh token.
    fn token(&self) -> TokenFuture<'_>;
}

impl<F, Fut, T, E> JwtProvider for F
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<T, E>> + Send + 'static,
    T: Into<Secret>,
    E: std::fmt::Display,
{
    fn token(&self) -> TokenFuture<'_> {
        let fetching = self();
        Box::pin(async move {
            fetching.await.map(Into::into).map_err(|e| {
                Error::config(format!(
                    "the JWT provider failed: {}",
                    crate::redact::redact_text(&e.to_string())
                ))
            })
        })
    }
}

/// A token as sent, and until when it is good.
#[derive(Clone)]
pub(crate) struct Token {
    pub(crate) header: HeaderValue,
    pub(crate) secret: Secret,
    /// When it should be replaced (`None`: when the service refuses it).
    refresh_at: Option<SystemTime>,
}

impl Token {
    fn fresh(&self, now: SystemTime) -> bool {
        self.refresh_at.is_none_or(|at| now < at)
    }
}

/// The provider of a client and its cached token; shared by the clones of a client.
pub(crate) struct JwtSource {
    provider: Arc<dyn JwtProvider>,
    cached: RwLock<Option<Arc<Token>>>,
    refreshing: tokio::sync::Mutex<()>,
    /// How many tokens were fetched: a caller that waited on a refresh sees it moved.
    fetched: AtomicU64,
}

impl std::fmt::Debug for JwtSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JwtSource")
    }
}

impl JwtSource {
    pub(crate) fn new(provider: Arc<dyn JwtProvider>) -> JwtSource {
        JwtSource {
            provider,
            cached: RwLock::new(None),
            refreshing: tokio::sync::Mutex::new(()),
            fetched: AtomicU64::new(0),
        }
    }

    fn current(&self) -> Option<Arc<Token>> {
        let cached = self.cached.read().unwrap_or_else(|e| e.into_inner());
        cached.clone()
    }

    /// The cached token while it is fresh, else a new one (one fetch for all who wait).
    pub(crate) async fn token(&self) -> Result<Arc<Token>, Error> {
        let now = SystemTime::now();
        if let Some(token) = self.current().filter(|t| t.fresh(now)) {
            return Ok(token);
        }
        let before = self.fetched.load(Ordering::Acquire);
        let _one_at_a_time = self.refreshing.lock().await;
        // a refresh ended while this call waited: its token serves this call, however short
        // its life
        if self.fetched.load(Ordering::Acquire) != before
            && let Some(token) = self.current()
        {
            return Ok(token);
        }
        if let Some(token) = self.current().filter(|t| t.fresh(SystemTime::now())) {
            return Ok(token);
        }
        self.fetch().await
    }

    pub(crate) async fn after_rejection(&self, rejected: &Token) -> Result<Arc<Token>, Error> {
        let _one_at_a_time = self.refreshing.lock().await;
        if let Some(token) = self.current()
            && token.secret != rejected.secret
            && token.fresh(SystemTime::now())
        {
            return Ok(token);
        }
        self.fetch().await
    }

    async fn fetch(&self) -> Result<Arc<Token>, Error> {
        let secret = self.provider.token().await?;
        let mut header =
            HeaderValue::from_str(&format!("Bearer {}", secret.expose())).map_err(|_| {
                Error::config("the JWT provider gave a token that is not a header value")
            })?;
        header.set_sensitive(true);
        let token = Arc::new(Token {
            refresh_at: expiry(secret.expose()).map(|at| refresh_at(SystemTime::now(), at)),
            header,
            secret,
        });
        let mut cached = self.cached.write().unwrap_or_else(|e| e.into_inner());
        *cached = Some(token.clone());
        self.fetched.fetch_add(1, Ordering::Release);
        Ok(token)
    }
}

/// When a token fetched at `now` that expires at `expires` is replaced: [`REFRESH_BEFORE_EXPIRY`]
/// before, or a quarter of its lifetime before when that is shorter.
fn refresh_at(now: SystemTime, expires: SystemTime) -> SystemTime {
    let lifetime = expires.duration_since(now).unwrap_or_default();
    expires - REFRESH_BEFORE_EXPIRY.min(lifetime / 4)
}

/// The `exp` of a JWT's payload (seconds since the epoch), read without verifying it.
pub(crate) fn expiry(token: &str) -> Option<SystemTime> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let exp = claims.get("exp")?;
    let seconds = exp.as_u64().or_else(|| {
        exp.as_f64()
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map(|s| s as u64)
    })?;
    SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    #[test]
    fn expiry_examples() {
        use base64::Engine as _;
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(r#"{"sub":"u","exp":1700000000}"#);
        let at = super::expiry(&format!("eyJhbGciOiJIUzI1NiJ9.{payload}.sig")).unwrap();
        assert_eq!(
            at,
            std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000)
        );
        assert_eq!(super::expiry("not-a-jwt"), None);
    }
}
