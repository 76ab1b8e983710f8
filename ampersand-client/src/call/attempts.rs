//! The attempts of one call: the credential each carries, the hooks around each, retries
//! within the budget, and the JWT refreshed once after a 401.

use std::time::{Duration, SystemTime};

// tokio's clock: a paused one (in tests) drives the timeouts, waits and budget alike
use tokio::time::Instant;

use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};
use serde::Deserialize;

use super::wire::one_attempt;
use super::{API_KEY, CallSettings, Exchange, finish};
use crate::error::{CredentialKind, ErrorKind, TransportKind};
use crate::hook::{Attempt, AttemptOutcome};
use crate::jwt::{JwtSource, Token};
use crate::retry::parse_retry_after;
use crate::{CallConfig, Error, OperationMeta, Secret};
use std::sync::Arc;

/// The credential an operation is sent with.
pub(super) enum Credential {
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
pub(super) fn credential_for(
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
pub(super) async fn run(
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
        if !hooks.is_empty()
            && !matches!(credential, Credential::None)
            && let Err(e) = same_origin(&origin, request.url())
        {
            return (finish(Err(e), attempt - 1, start, operation), token);
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
            && let Some(same) = again.take()
        {
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
        if let (true, true, Some(again)) = (retryable, allowed, again)
            && let Some(wait) = policy.wait(attempt, start.elapsed(), retry_after)
        {
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
