//! A body from an origin other than the API's: a delivery's `downloadUrl`, an installation's
//! `configURL`. It is fetched through the client's `reqwest::Client` with its retry policy,
//! timeouts and size limit, and read as a stream of chunks. Nothing the client holds for
//! Ampersand goes there: **no credential and no hook** (a hook may add one). Redirects are
//! followed only within the URL's origin.
//!
//! Only `https` URLs are fetched, or `http` ones on a loopback host (the local Ampersand).
//! The URL itself is a secret (a presigned URL carries its signature in the query): errors and
//! traces name its origin only.

use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{ACCEPT, HeaderMap, RETRY_AFTER};
use reqwest::{StatusCode, Url};
// tokio's clock: a paused one (in tests) drives the timeouts, waits and budget alike
use tokio::time::Instant;
use tracing::Instrument;

use super::wire::{next_chunk, send_following_redirects};
use crate::error::{ErrorKind, RawBody, TransportKind};
use crate::{CallConfig, Error};

/// How many chunks of a download are read ahead of the one the caller is at.
const AHEAD: usize = 8;

/// A response from another origin whose body is read chunk by chunk: each chunk within the
/// client's attempt timeout, the whole within its size limit. A task of its own reads up to
/// [`AHEAD`] chunks ahead, so that the network and the caller's work on each chunk overlap;
/// dropping the download stops it.
pub(crate) struct Download {
    chunks: tokio::sync::mpsc::Receiver<Result<Bytes, Error>>,
    reading: Option<tokio::task::AbortHandle>,
    /// Read here, where there is no runtime to read ahead on.
    here: Option<Body>,
}

impl std::fmt::Debug for Download {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Download").finish_non_exhaustive()
    }
}

impl Drop for Download {
    fn drop(&mut self) {
        if let Some(reading) = &self.reading {
            reading.abort();
        }
    }
}

impl Download {
    fn new(body: Body) -> Download {
        let (sender, chunks) = tokio::sync::mpsc::channel(AHEAD);
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => Download {
                chunks,
                reading: Some(runtime.spawn(read_ahead(body, sender)).abort_handle()),
                here: None,
            },
            Err(_) => Download {
                chunks,
                reading: None,
                here: Some(body),
            },
        }
    }

    /// The next chunk of the body, `None` at its end.
    pub(crate) async fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        if let Some(body) = &mut self.here {
            return body.chunk().await;
        }
        self.chunks.recv().await.transpose()
    }
}

/// Reads `body` into `sender` until it ends, fails, or the download is dropped.
async fn read_ahead(mut body: Body, sender: tokio::sync::mpsc::Sender<Result<Bytes, Error>>) {
    loop {
        let (chunk, last) = match body.chunk().await {
            Ok(Some(chunk)) => (Ok(chunk), false),
            Ok(None) => return,
            Err(e) => (Err(e), true),
        };
        if sender.send(chunk).await.is_err() || last {
            return;
        }
    }
}

/// The body of a download's response, read on.
struct Body {
    response: reqwest::Response,
    limit: usize,
    read: usize,
    idle: Duration,
    origin: String,
}

impl Body {
    /// The next chunk, `None` at the end.
    async fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        let next = tokio::time::timeout(self.idle, next_chunk(&mut self.response)).await;
        let chunk = match next {
            Ok(chunk) => chunk.map_err(|e| about(e, &self.origin))?,
            Err(_) => {
                return Err(Error::new(
                    ErrorKind::Transport(TransportKind::Timeout),
                    format!(
                        "no byte of the download from {} for {} ms",
                        self.origin,
                        self.idle.as_millis()
                    ),
                ));
            }
        };
        if let Some(chunk) = &chunk {
            self.read += chunk.len();
            if self.read > self.limit {
                return Err(too_large(&self.origin, self.limit));
            }
        }
        Ok(chunk)
    }
}

/// `e`, saying it happened downloading from `origin` (unless it says more already).
fn about(mut e: Error, origin: &str) -> Error {
    if e.message().is_empty() {
        e.facts_mut().message = format!("downloading from {origin}");
    }
    e
}

fn too_large(origin: &str, limit: usize) -> Error {
    Error::new(
        ErrorKind::BodyTooLarge,
        format!("the download from {origin} is over the limit of {limit} bytes"),
    )
}

/// Fetches `url` (see the [module docs](self)) with the client's retry policy: a failed
/// connection, a timeout or a retryable status (429, 5xx) is tried again within the policy's
/// attempts and budget, after the server's `Retry-After` when it gives one.
pub(crate) async fn fetch(
    http: &reqwest::Client,
    config: &CallConfig,
    url: &str,
) -> Result<Download, Error> {
    let url = checked(url)?;
    let origin = url.origin().ascii_serialization();
    let span = tracing::info_span!("ampersand.download", origin = %origin);
    attempts(http, config, url, origin).instrument(span).await
}

/// The attempts of [`fetch`].
async fn attempts(
    http: &reqwest::Client,
    config: &CallConfig,
    url: Url,
    origin: String,
) -> Result<Download, Error> {
    let policy = &config.retry;
    let start = Instant::now();
    let deadline = start + policy.time_limit();
    let mut attempt = 0;
    loop {
        attempt += 1;
        let request = http
            .get(url.clone())
            .header(ACCEPT, "application/json")
            .build()
            .map_err(Error::from_builder)?;
        let kept = super::wire::copy_of(&request);
        let budget = config
            .attempt_timeout
            .min(deadline.saturating_duration_since(Instant::now()));
        let sent = tokio::time::timeout(
            budget,
            send_following_redirects(http, http.execute(request), &mut || {
                kept.as_ref().and_then(super::wire::copy_of)
            }),
        )
        .await
        .unwrap_or_else(|_| Err(Error::new(ErrorKind::Transport(TransportKind::Timeout), "")));
        let (retry_after, failure) = match sent {
            Ok((response, None)) if response.status().is_success() => {
                if let Some(length) = response.content_length()
                    && length > config.max_response_bytes as u64
                {
                    return Err(too_large(&origin, config.max_response_bytes));
                }
                tracing::debug!(attempt, status = response.status().as_u16(), "downloading");
                return Ok(Download::new(Body {
                    response,
                    limit: config.max_response_bytes,
                    read: 0,
                    idle: config.attempt_timeout,
                    origin,
                }));
            }
            Ok((response, Some(refusal))) => {
                let (status, headers) = (response.status(), response.headers().clone());
                return Err(refused(
                    &origin,
                    ErrorKind::Redirect(refusal),
                    attempt,
                    status,
                    &headers,
                    Bytes::new(),
                ));
            }
            Ok((response, None)) => {
                let status = response.status();
                let headers = response.headers().clone();
                let retry_after = headers
                    .get(RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| crate::retry::parse_retry_after(v, std::time::SystemTime::now()));
                if crate::retry::is_retryable_status(status.as_u16(), None) {
                    (retry_after, Failure::Status(Box::new(response)))
                } else {
                    let body = capped_body(response, deadline).await;
                    return Err(refused(
                        &origin,
                        ErrorKind::Api,
                        attempt,
                        status,
                        &headers,
                        body,
                    ));
                }
            }
            Err(e) if matches!(e.kind(), ErrorKind::Transport(_)) => (None, Failure::Transport(e)),
            Err(e) => return Err(e),
        };
        if policy.allows(true)
            && let Some(wait) = policy.wait(attempt, start.elapsed(), retry_after)
        {
            tracing::debug!(
                attempt,
                wait_ms = wait.as_millis() as u64,
                "retrying the download"
            );
            tokio::time::sleep(wait).await;
            continue;
        }
        return Err(match failure {
            Failure::Status(response) => {
                let (status, headers) = (response.status(), response.headers().clone());
                let body = capped_body(*response, deadline).await;
                refused(&origin, ErrorKind::Api, attempt, status, &headers, body)
            }
            Failure::Transport(mut e) => {
                e.facts_mut().attempts = attempt;
                about(e, &origin)
            }
        });
    }
}

/// What an attempt that may be tried again ended with.
enum Failure {
    Status(Box<reqwest::Response>),
    Transport(Error),
}

/// An error about the download's response (`kind`: a status, or a redirect not followed),
/// keeping the start of its body.
fn refused(
    origin: &str,
    kind: ErrorKind,
    attempts: u32,
    status: StatusCode,
    headers: &HeaderMap,
    body: Bytes,
) -> Error {
    let mut error = Error::of_response(
        kind,
        format!("the download from {origin}"),
        None,
        attempts,
        status,
        headers,
    );
    if !body.is_empty() {
        error.facts_mut().body = Some(RawBody::capped(&body, &[]));
    }
    error
}

/// The start of an error response's body, what arrives of it by `deadline` (for the error).
async fn capped_body(mut response: reqwest::Response, deadline: Instant) -> Bytes {
    let mut body = Vec::new();
    let read = async {
        while let Ok(Some(chunk)) = response.chunk().await {
            body.extend_from_slice(&chunk);
            if body.len() >= crate::BODY_CAP {
                break;
            }
        }
    };
    let _ = tokio::time::timeout_at(deadline, read).await;
    Bytes::from(body)
}

/// `url`, if it may be fetched: `https`, or `http` on a loopback host.
fn checked(url: &str) -> Result<Url, Error> {
    let url = Url::parse(url)
        .map_err(|e| Error::invalid_request(format!("the download URL does not parse: {e}")))?;
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => name == "localhost" || name.ends_with(".localhost"),
        None => false,
    };
    match url.scheme() {
        "https" => Ok(url),
        "http" if loopback => Ok(url),
        scheme => Err(Error::invalid_request(format!(
            "the download URL is {scheme}: only https is fetched (http only from a loopback \
             host), so that what it carries is not sent in the clear"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::checked;
    use crate::ErrorKind;

    #[test]
    fn only_https_or_loopback_http_is_fetched() {
        for ok in [
            "https://bucket.example.com/r.json?X-Amz-Signature=abc",
            "http://127.0.0.1:8080/r",
            "http://[::1]:9/r",
            "http://localhost/r",
        ] {
            assert!(checked(ok).is_ok(), "{ok}");
        }
        for refused in [
            "http://bucket.example.com/r",
            "http://10.0.0.1/r",
            "ftp://127.0.0.1/r",
            "file:///etc/passwd",
            "not a url",
        ] {
            let e = checked(refused).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidRequest, "{refused}");
        }
    }
}
