//! Hooks on every attempt of every call: what a service adds to the one request path (a W3C
//! `traceparent`, a metric per operation and attempt) without wrapping each call.
//!
//! A hook sees each attempt's request just before it is sent, *before* the credentials are put
//! on it (so no hook ever sees the API key or the JWT), and may add headers; a hook that moves
//! the request to another origin has it refused (`InvalidRequest`), as a redirect there would
//! be. It sees what came of the attempt: the response's status and headers as received, with
//! what a server echoes of the credentials redacted (and credential-named headers), or the
//! error, with the attempt number, the operation and the time the attempt took. Generated operations and
//! helpers alike go through it, on every host (platform and data plane). A download from
//! another origin (a delivery's `downloadUrl`, a notification's `configURL`) runs no hook: a
//! hook may add a credential, and none goes there.

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::{Error, OperationMeta};

/// What a hook knows of an attempt.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Attempt {
    /// The operation called.
    pub operation: &'static OperationMeta,
    /// Which attempt this is: 1 for the first, 2 for the first retry, …
    pub number: u32,
}

/// What came of an attempt.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum AttemptOutcome<'a> {
    /// A response (of any status), its body read whole.
    Response {
        /// Its status.
        status: StatusCode,
        /// Its headers as received, less the credentials: a credential-named header
        /// (`authorization`, cookies, `x-api-key`) is `[redacted]`, and so are token-like
        /// values and the client's own credentials wherever a value echoes them.
        headers: &'a HeaderMap,
    },
    /// No usable response: the transport failed, the attempt timed out, the body was too
    /// large.
    Failed(&'a Error),
}

/// A hook on every attempt; both methods do nothing unless implemented.
///
/// ```
/// use std::sync::atomic::{AtomicU32, Ordering};
/// use ampersand_client::hook::{Attempt, AttemptOutcome, Hook};
///
/// /// Adds a `traceparent` to every attempt and counts the attempts that failed.
/// #[derive(Default)]
/// struct Tracing { failed: AtomicU32 }
///
/// impl Hook for Tracing {
///     fn before_attempt(&self, _attempt: &Attempt, request: &mut reqwest::Request) {
///         let traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
///         request.headers_mut().insert("traceparent", traceparent.parse().unwrap());
///     }
///     fn after_attempt(&self, _attempt: &Attempt, outcome: AttemptOutcome<'_>, _took: std::time::Duration) {
///         let failed = match outcome {
///             AttemptOutcome::Response { status, .. } => !status.is_success(),
///             _ => true,
///         };
///         if failed {
///             self.failed.fetch_add(1, Ordering::Relaxed);
///         }
///     }
/// }
/// let mut config = ampersand_client::CallConfig::default();
/// config.hooks.push(std::sync::Arc::new(Tracing::default()));
/// ```
pub trait Hook: Send + Sync + 'static {
    /// Called with each attempt's request before it is sent; may add or change headers. The
    /// credentials are not on it yet, and are put on after every hook has run.
    fn before_attempt(&self, attempt: &Attempt, request: &mut reqwest::Request) {
        let _ = (attempt, request);
    }

    /// Called with what came of each attempt, and how long it took (from sending to the
    /// last byte of the body).
    fn after_attempt(&self, attempt: &Attempt, outcome: AttemptOutcome<'_>, took: Duration) {
        let _ = (attempt, outcome, took);
    }
}

/// A shared hook is a hook (to keep a handle on what it records).
impl<T: Hook + ?Sized> Hook for Arc<T> {
    fn before_attempt(&self, attempt: &Attempt, request: &mut reqwest::Request) {
        (**self).before_attempt(attempt, request);
    }

    fn after_attempt(&self, attempt: &Attempt, outcome: AttemptOutcome<'_>, took: Duration) {
        (**self).after_attempt(attempt, outcome, took);
    }
}

/// The hooks of a client, in the order they run; `Debug` shows how many.
#[derive(Clone, Default)]
pub struct Hooks(Vec<Arc<dyn Hook>>);

impl Hooks {
    /// Adds `hook`, which runs after the ones added before it.
    pub fn push(&mut self, hook: Arc<dyn Hook>) {
        self.0.push(hook);
    }

    /// Whether there is no hook.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn before(&self, attempt: &Attempt, request: &mut reqwest::Request) {
        for hook in &self.0 {
            hook.before_attempt(attempt, request);
        }
    }

    pub(crate) fn after(&self, attempt: &Attempt, outcome: AttemptOutcome<'_>, took: Duration) {
        for hook in &self.0 {
            hook.after_attempt(attempt, outcome, took);
        }
    }
}

impl std::fmt::Debug for Hooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Hooks({})", self.0.len())
    }
}
