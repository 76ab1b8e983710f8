//! The attempts of one call: the credential each carries, the hooks around each, retries
//! within the budget, and the JWT refreshed once after a 401.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

// tokio's clock: a paused one (in tests) drives the timeouts, waits and budget alike
use tokio::time::Instant;

use futures_util::future::{Either, select};
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};
use serde::Deserialize;

use super::timers::Timeout;
use super::wire::{copy_of, one_attempt};
use super::{API_KEY, Build, CallSettings, Exchange, finish, put_fixed};
use crate::error::{CredentialKind, ErrorKind, TransportKind};
use crate::hook::{Attempt, AttemptOutcome};
use crate::jwt::{JwtSource, Token};
use crate::retry::parse_retry_after;
use crate::runtime::OperationInfo;
use crate::{CallConfig, Error, OperationMeta, Secret};

/// The credential an operation is sent with.
pub(super) enum Credential<'a> {
    /// None: the operation needs none, or the client holds none (a proxy may add it).
    None,
    /// A header of fixed value: the API key, or a fixed JWT.
    Fixed(&'a HeaderName, &'a HeaderValue),
    /// The JWT provider's token of the moment.
    Jwt(&'a JwtSource),
}

/// The credential the operation accepts, from what the client holds: the first of the
/// operation's credentials the client has (a JWT provider before a fixed JWT). A client
/// configured with no credential at all sends none (a proxy may add it); one that lacks what
/// the operation needs fails before sending.
pub(super) fn credential_for<'a>(
    operation: &'static OperationMeta,
    inner: &'a CallSettings,
) -> Result<Credential<'a>, Error> {
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
                    return Ok(Credential::Fixed(&API_KEY, value));
                }
            }
            CredentialKind::Bearer => {
                if let Some(source) = &shared.jwt {
                    return Ok(Credential::Jwt(source));
                }
                if let Some(value) = &shared.bearer {
                    return Ok(Credential::Fixed(&AUTHORIZATION, value));
                }
            }
        }
    }
    Err(Error::new(ErrorKind::MissingCredential(*first), ""))
}

/// What makes the requests of a call: the first, built before the attempts' future is made,
/// and what builds it again for a retry or a redirect.
pub(super) struct Making<'a, B> {
    pub(super) first: reqwest::Request,
    pub(super) build: B,
    /// The operation's facts, and the headers all its requests carry.
    pub(super) info: &'a OperationInfo,
}

/// The attempts of a call, and the provider's token it last sent (if it sent one).
///
/// Its future is kept small (it lives on the heap, written there once a call): it keeps no
/// copy of the request while it is sent (a retry or a redirect builds it again, as the
/// `send()` built it, and puts the same headers on: only hooks, whose changes a redirect
/// carries, make it keep one), the request is handed to reqwest before the attempt is
/// awaited, and what follows an attempt is decided by [`next_step`], which takes its outcome
/// (a future keeps a local it borrowed across every later wait).
pub(super) fn run<'a, B: Build + 'a>(
    http: &'a reqwest::Client,
    making: Making<'a, B>,
    credential: Credential<'a>,
    config: &'a CallConfig,
    known: &'a [Secret],
    operation: &'static OperationMeta,
) -> impl Future<Output = (Result<Exchange, Error>, Option<Arc<Token>>)> + use<'a, B> {
    let Making {
        first,
        mut build,
        info,
    } = making;
    // the request the next attempt sends, when it is made already
    let mut next = Some(first);
    async move {
        let start = Instant::now();
        let mut attempt = 0;
        let hooks = &config.hooks;
        // the provider's token last sent; `fresh`: fetched after the service refused one, for
        // the attempt that follows
        let mut token: Option<Arc<Token>> = None;
        let mut fresh = false;
        let mut refused_once = false;
        loop {
            attempt += 1;
            // in a block of its own: what builds the request is not kept across the attempt
            let (sent, hooked) = {
                let mut request = match next.take().map_or_else(&mut build, Ok) {
                    Ok(request) => request,
                    Err(e) => return (finish(Err(e), attempt - 1, start, operation), token),
                };
                put_fixed(info, &mut request);
                // the request's origin, where the credentials may go, when hooks may move it
                let origin = (!hooks.is_empty()).then(|| request.url().origin());
                let this = Attempt {
                    operation,
                    number: attempt,
                };
                hooks.before(&this, &mut request);
                // a hook may not move the request to another origin: the credentials stay
                // with theirs
                if let Some(origin) = origin
                    && !matches!(credential, Credential::None)
                    && let Err(e) = same_origin(origin, request.url())
                {
                    return (finish(Err(e), attempt - 1, start, operation), token);
                }
                if let Credential::Jwt(source) = credential
                    && !std::mem::take(&mut fresh)
                {
                    // on the heap: a provider's future is large, and only its calls pay
                    match Box::pin(bounded(source.token(), config, start)).await {
                        Ok(current) => token = Some(current),
                        Err(e) => {
                            return (finish(Err(e), attempt - 1, start, operation), token);
                        }
                    }
                }
                put_credential(&credential, token.as_deref(), &mut request);
                // what a redirect sends: with hooks, a copy of what they made of the request;
                // without, the request built again with the same headers
                let hooked = (!hooks.is_empty()).then(|| copy_of(&request).map(Box::new));
                (http.execute(request), hooked)
            };
            let now = Instant::now();
            let budget = config
                .attempt_timeout
                .min(deadline(config, start).saturating_duration_since(now));
            let mut again = || match &hooked {
                Some(copy) => copy.as_deref().and_then(copy_of),
                None => {
                    let mut request = build().ok()?;
                    put_fixed(info, &mut request);
                    put_credential(&credential, token.as_deref(), &mut request);
                    Some(request)
                }
            };
            let attempted = one_attempt(http, sent, &mut again, config.max_response_bytes);
            // the attempt first, then its timeout (a timer the thread kept, set again)
            let timeout = Timeout::at(now + budget);
            let outcome = match select(std::pin::pin!(attempted), timeout).await {
                Either::Left((outcome, timeout)) => {
                    timeout.give_back();
                    outcome
                }
                Either::Right(_) => {
                    Err(Error::new(ErrorKind::Transport(TransportKind::Timeout), ""))
                }
            };
            let refresh = match credential {
                Credential::Jwt(source) if !refused_once && token.is_some() => Some(source),
                _ => None,
            };
            let after = After {
                attempt: Attempt {
                    operation,
                    number: attempt,
                },
                start,
                sent: now,
                hooks,
                known,
                token: token.as_deref(),
            };
            // the outcome is moved, never borrowed, here: what a future borrows it keeps
            let wait = match next_step(outcome, refresh.is_some(), after, config) {
                Step::Done(outcome) => {
                    return (finish(outcome, attempt, start, operation), token);
                }
                Step::Refresh => None,
                Step::Retry(wait) => Some(wait),
            };
            match wait {
                Some(wait) => tokio::time::sleep(wait).await,
                None => {
                    refused_once = true;
                    // (a refresh is decided only with a provider and the token it gave)
                    if let (Some(source), Some(sent)) = (refresh, &token) {
                        let refreshed = bounded(source.after_rejection(sent), config, start);
                        match Box::pin(refreshed).await {
                            Ok(current) => (token, fresh) = (Some(current), true),
                            Err(e) => return (finish(Err(e), attempt, start, operation), token),
                        }
                    }
                }
            }
        }
    }
}

/// Puts the credential on `request`: a fixed one, or the provider's `token` of the moment.
fn put_credential(
    credential: &Credential<'_>,
    token: Option<&Token>,
    request: &mut reqwest::Request,
) {
    let (name, value) = match (credential, token) {
        (Credential::Fixed(name, value), _) => ((*name).clone(), (*value).clone()),
        (Credential::Jwt(_), Some(token)) => (AUTHORIZATION, token.header.clone()),
        _ => return,
    };
    request.headers_mut().insert(name, value);
}

/// What follows an attempt.
// made once an attempt and matched at once: boxing the outcome would cost an allocation a call
#[allow(clippy::large_enum_variant)]
enum Step {
    /// Its outcome is the call's.
    Done(Result<Exchange, Error>),
    /// The service refused the provider's token: send the request again with a fresh one.
    Refresh,
    /// Send the request again after the wait.
    Retry(Duration),
}

/// Where the call stands after an attempt, and what its hooks are told.
struct After<'a> {
    attempt: Attempt,
    start: Instant,
    sent: Instant,
    hooks: &'a crate::hook::Hooks,
    known: &'a [Secret],
    token: Option<&'a Token>,
}

/// What follows the attempt whose `outcome` this is (its hooks told first), `may_refresh`
/// being whether a refused token may be replaced once.
fn next_step(
    mut outcome: Result<Exchange, Error>,
    may_refresh: bool,
    after: After<'_>,
    config: &CallConfig,
) -> Step {
    if !after.hooks.is_empty() {
        seen_by_hooks(&after, &outcome);
    }
    let (policy, attempt) = (&config.retry, after.attempt.number);
    // a provider's token the service refused: once, a fresh one, whatever the method (the
    // service processed nothing)
    if may_refresh && matches!(&outcome, Ok(e) if e.status == StatusCode::UNAUTHORIZED) {
        tracing::debug!(
            attempt,
            "the JWT was refused: sending again with a fresh one"
        );
        return Step::Refresh;
    }
    let may_retry = policy.allows(after.attempt.operation.is_idempotent());
    let (retryable, retry_after, allowed) = match &mut outcome {
        Ok(exchange) => {
            let (retryable, retry_after) = retry_hints(exchange);
            exchange.retry_after = retry_after;
            (retryable, retry_after, may_retry)
        }
        Err(e) => match e.kind() {
            // a connection that could not be made carried nothing: any method may try again
            ErrorKind::Transport(TransportKind::Connect) => (true, None, policy.allows(true)),
            ErrorKind::Transport(_) => (true, None, may_retry),
            _ => (false, None, may_retry),
        },
    };
    let wait = match (retryable, allowed) {
        (true, true) => policy.wait(attempt, after.start.elapsed(), retry_after),
        _ => None,
    };
    match wait {
        Some(wait) => {
            let status = outcome.as_ref().ok().map(|r| r.status.as_u16());
            tracing::debug!(
                attempt,
                ?status,
                wait_ms = wait.as_millis() as u64,
                "retrying"
            );
            Step::Retry(wait)
        }
        None => Step::Done(outcome),
    }
}

/// What the hooks see of an attempt's outcome: its headers without the credentials a server
/// may echo (the configured ones and the provider's token sent).
fn seen_by_hooks(after: &After<'_>, outcome: &Result<Exchange, Error>) {
    let shown;
    let seen = match outcome {
        Ok(exchange) => {
            let sent = after.token.map(|t| t.secret.clone());
            let known: Vec<Secret> = after.known.iter().cloned().chain(sent).collect();
            shown = crate::redact::shown_headers(&exchange.headers, &known);
            AttemptOutcome::Response {
                status: exchange.status,
                headers: &shown,
            }
        }
        Err(e) => AttemptOutcome::Failed(e),
    };
    after
        .hooks
        .after(&after.attempt, seen, after.sent.elapsed());
}

/// The JWT provider's `token`, within the attempt's timeout and what is left of the call's
/// budget: a provider that does not answer ends the call, naming it.
async fn bounded(
    token: impl std::future::Future<Output = Result<Arc<Token>, Error>>,
    config: &CallConfig,
    start: Instant,
) -> Result<Arc<Token>, Error> {
    let wait = config
        .attempt_timeout
        .min(deadline(config, start).saturating_duration_since(Instant::now()));
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

/// When the call that started at `start` must have ended (its budget,
/// [`RetryPolicy::time_limit`](crate::RetryPolicy::time_limit)).
fn deadline(config: &CallConfig, start: Instant) -> Instant {
    start + config.retry.time_limit()
}

/// Refuses a request a hook moved away from `origin` (its credentials are not sent there).
fn same_origin(origin: url::Origin, now: &reqwest::Url) -> Result<(), Error> {
    let moved_to = now.origin();
    match origin == moved_to {
        true => Ok(()),
        false => Err(Error::invalid_request(format!(
            "a hook moved the request from {} to {}: refused, so that its credentials stay \
             with their origin",
            origin.ascii_serialization(),
            moved_to.ascii_serialization()
        ))),
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
