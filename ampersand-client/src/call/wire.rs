//! One attempt on the wire: the request sent (following redirects within its origin), and the
//! body read within the size limit.
//!
//! The futures here hold what they need across their awaits and no more: a request is handed
//! to reqwest before the attempt's future is made (reqwest's own future is what waits), and the
//! response is read where it lies, so that each call moves and touches as little memory as it
//! can (see docs/BENCHMARKS.md, per call).

use std::future::Future;
use std::sync::Arc;

use bytes::{Bytes, BytesMut};

use super::{Exchange, MAX_REDIRECTS, request_id};
use crate::Error;
use crate::error::{ErrorKind, RedirectRefusal, TransportKind};

/// What reqwest's `Client::execute` gives: the response of a request already handed to it.
pub(super) trait Sent: Future<Output = reqwest::Result<reqwest::Response>> + Unpin {}

impl<F: Future<Output = reqwest::Result<reqwest::Response>> + Unpin> Sent for F {}

/// What a redirect sends, its URL aside: the request as the attempt sent it, made again
/// (`None`: it cannot be).
pub(super) type Again<'a> = &'a mut (dyn FnMut() -> Option<reqwest::Request> + Send);

/// One attempt: `sent`, the request already handed to reqwest, awaited (following same-origin
/// redirects as what `again` makes), and its body read within the limit.
pub(super) async fn one_attempt(
    http: &reqwest::Client,
    sent: impl Sent,
    again: Again<'_>,
    limit: usize,
) -> Result<Exchange, Error> {
    let (mut response, redirect) = send_following_redirects(http, sent, again).await?;
    let read = read_body(&mut response, limit).await;
    // the body was read from the response's stream: its headers can be taken, not copied
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let body = match read {
        Ok(body) => body,
        Err(mut e) => {
            let facts = e.facts_mut();
            facts.status = Some(status);
            facts.request_id = request_id(&headers).map(str::to_string);
            facts.headers = Some(headers);
            return Err(e);
        }
    };
    Ok(Exchange {
        status,
        headers,
        body,
        operation: None,
        attempts: 0,
        redirect,
        retry_after: None,
        known: Arc::default(),
        parsed: None,
    })
}

/// Reads the body, never past `limit` bytes.
async fn read_body(response: &mut reqwest::Response, limit: usize) -> Result<Bytes, Error> {
    let too_large = |seen: String| {
        Error::new(
            ErrorKind::BodyTooLarge,
            format!("{seen}, over the limit of {limit} bytes"),
        )
    };
    let expected = response.content_length();
    if let Some(length) = expected.filter(|l| *l > limit as u64) {
        return Err(too_large(format!("Content-Length {length}")));
    }
    // a body that comes in one chunk is kept as it came, without a copy
    let Some(first) = next_chunk(response).await? else {
        return Ok(Bytes::new());
    };
    if first.len() > limit {
        return Err(too_large(format!("more than {limit} bytes")));
    }
    let Some(second) = next_chunk(response).await? else {
        return Ok(first);
    };
    let mut body = BytesMut::with_capacity(expected.map_or(0, |l| l as usize));
    body.extend_from_slice(&first);
    let mut chunk = Some(second);
    while let Some(part) = chunk {
        if body.len() + part.len() > limit {
            return Err(too_large(format!("more than {limit} bytes")));
        }
        body.extend_from_slice(&part);
        chunk = next_chunk(response).await?;
    }
    Ok(body.freeze())
}

pub(super) async fn next_chunk(response: &mut reqwest::Response) -> Result<Option<Bytes>, Error> {
    response.chunk().await.map_err(|e| {
        if let Some(why) = corrupt_encoding(&e) {
            // the whole body arrived, and its content coding does not decode (a gzip body
            // with a bad checksum): another attempt would get the same bytes
            Error::new(
                ErrorKind::Decode,
                format!("the body does not decode from its Content-Encoding: {why}"),
            )
            .with_source(e.without_url())
        } else {
            transport(e, TransportKind::Body)
        }
    })
}

/// Why a body's content coding failed on the bytes that came (the decoder's own words: an
/// invalid checksum), when it did; `None` when the connection broke instead (which the
/// decoder sees as an unexpected end).
fn corrupt_encoding(e: &reqwest::Error) -> Option<String> {
    if !e.is_decode() {
        return None;
    }
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return (io.kind() == std::io::ErrorKind::InvalidData).then(|| io.to_string());
        }
        source = cause.source();
    }
    None
}

/// The error of a request that got no (complete) response. reqwest's error keeps the URL,
/// which may hold a secret path parameter (`deleteApiKey`'s key): it goes, and the error's
/// [`Error::operation`] names the path template instead.
pub(crate) fn transport(e: reqwest::Error, otherwise: TransportKind) -> Error {
    let kind = if e.is_timeout() {
        TransportKind::Timeout
    } else if e.is_connect() {
        TransportKind::Connect
    } else {
        otherwise
    };
    Error::new(ErrorKind::Transport(kind), "").with_source(e.without_url())
}

/// Awaits `sent`, a request handed to reqwest, following redirects only within its origin and
/// only where the method and body stay as they are (any 3xx of a GET or HEAD, a 307 or 308 of
/// any method). A redirect that is not followed is returned as the response, with why. A
/// redirect is sent as what `again` makes, the request as it was sent (credentials included:
/// the origin is the same), with the new URL.
pub(super) async fn send_following_redirects(
    http: &reqwest::Client,
    sent: impl Sent,
    again: Again<'_>,
) -> Result<(reqwest::Response, Option<RedirectRefusal>), Error> {
    // the origin is made only when a redirect comes: most calls have none
    let mut origin = None;
    // a redirect's request is another future of reqwest's: on the heap, as redirects are rare
    let mut sent = futures_util::future::Either::Left(sent);
    let mut hops = 0;
    loop {
        let response = (&mut sent)
            .await
            .map_err(|e| transport(e, TransportKind::Reset))?;
        let status = response.status().as_u16();
        if !matches!(status, 301 | 302 | 303 | 307 | 308) {
            return Ok((response, None));
        }
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| response.url().join(v).ok());
        let again = again();
        // the request's own URL: the first response's (the request path's reqwest client
        // follows no redirect itself)
        let origin = origin.get_or_insert_with(|| response.url().origin());
        let hop = match (location, again) {
            (None, _) => Err(RedirectRefusal::NoLocation),
            (Some(to), _) if to.origin() != *origin => Err(RedirectRefusal::CrossOrigin),
            (Some(_), None) => Err(RedirectRefusal::BodyNotReplayable),
            (Some(_), Some(same))
                if !matches!(status, 307 | 308)
                    && !matches!(*same.method(), reqwest::Method::GET | reqwest::Method::HEAD) =>
            {
                Err(RedirectRefusal::ChangesMethod)
            }
            _ if hops == MAX_REDIRECTS => Err(RedirectRefusal::TooMany),
            (Some(to), Some(mut same)) => {
                *same.url_mut() = to;
                Ok(same)
            }
        };
        match hop {
            Ok(redirected) => {
                tracing::debug!(status, "following a same-origin redirect");
                hops += 1;
                sent = futures_util::future::Either::Right(Box::pin(http.execute(redirected)));
            }
            Err(refusal) => {
                tracing::warn!(status, %refusal, "redirect not followed");
                return Ok((response, Some(refusal)));
            }
        }
    }
}

/// A copy of `request` to send again (a redirect's or a retry's), or `None` for a body that
/// cannot be sent again. reqwest's `try_clone` makes a map of extensions for the copy's
/// timeout and drops it for a copy of the original's (three allocations a copy); a request
/// without a body is copied here without it: its method, URL, headers, version and timeout,
/// all that a request built by reqwest's builder carries (its other extensions are reqwest's
/// own, set only on a request made from an `http::Request`, which the client never makes).
pub(crate) fn copy_of(request: &reqwest::Request) -> Option<reqwest::Request> {
    if request.body().is_some() {
        return request.try_clone();
    }
    let mut copy = reqwest::Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    if let Some(timeout) = request.timeout() {
        *copy.timeout_mut() = Some(*timeout);
    }
    Some(copy)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::copy_of;

    fn same(a: &reqwest::Request, b: &reqwest::Request) {
        assert_eq!(a.method(), b.method());
        assert_eq!(a.url(), b.url());
        assert_eq!(a.headers(), b.headers());
        assert_eq!(a.version(), b.version());
        assert_eq!(a.timeout(), b.timeout());
        assert_eq!(
            a.body().and_then(reqwest::Body::as_bytes),
            b.body().and_then(reqwest::Body::as_bytes)
        );
    }

    #[test]
    fn a_copy_is_the_request_as_reqwest_copies_it() {
        let http = super::super::http_client();
        let get = http
            .get("http://127.0.0.1:1/projects/p?pageSize=5")
            .header("x-api-key", "k")
            .header("accept", "application/json")
            .version(reqwest::Version::HTTP_11)
            .timeout(Duration::from_secs(7))
            .build()
            .unwrap();
        let patch = http
            .patch("http://127.0.0.1:1/projects/p")
            .json(&serde_json::json!({"updateMask": ["appName"]}))
            .build()
            .unwrap();
        let plain = http
            .delete("http://127.0.0.1:1/projects/p")
            .build()
            .unwrap();
        for request in [get, patch, plain] {
            let copy = copy_of(&request).unwrap();
            same(&copy, &request);
            same(&copy, &request.try_clone().unwrap());
        }
        assert_eq!(
            copy_of(
                &http
                    .get("http://h/")
                    .timeout(Duration::from_secs(7))
                    .build()
                    .unwrap()
            )
            .unwrap()
            .timeout(),
            Some(&Duration::from_secs(7))
        );
    }

    #[test]
    fn a_body_that_cannot_be_sent_again_has_no_copy() {
        let stream = futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from("x"))]);
        let request = super::super::http_client()
            .post("http://127.0.0.1:1/records")
            .body(reqwest::Body::wrap_stream(stream))
            .build()
            .unwrap();
        assert!(copy_of(&request).is_none());
    }
}
