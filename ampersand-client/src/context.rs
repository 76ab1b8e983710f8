//! How what the request path knows of a call (which operation, how many attempts) reaches the
//! error the caller gets, through the three kinds of value progenitor's `Error` keeps:
//!
//! - a response (error status, unexpected status): the headers [`OPERATION_HEADER`] and
//!   [`ATTEMPTS_HEADER`], added by this client (never sent by the server), and the
//!   [`CallContext`] response extension;
//! - a body that does not decode: the message of the `serde_json::Error` ends with
//!   `(operationId, status N)`;
//! - a transport failure: the `reqwest::Error`'s URL carries the fragment `#attempts=N`
//!   (fragments are never sent).

use reqwest::header::{HeaderMap, HeaderValue};

use crate::OperationMeta;

/// Header naming the operation of an error response, added by this client.
pub const OPERATION_HEADER: &str = "x-ampersand-rs-operation";
/// Header with the number of attempts that led to an error response, added by this client.
pub const ATTEMPTS_HEADER: &str = "x-ampersand-rs-attempts";

/// The operation and the number of attempts of one call.
///
/// ```
/// use ampersand_client::{context::CallContext, OperationMeta};
///
/// let mut headers = reqwest::header::HeaderMap::new();
/// let op = OperationMeta::find("get_installation").unwrap();
/// CallContext { operation: op, attempts: 3 }.write_headers(&mut headers);
/// let back = CallContext::from_headers(&headers).unwrap();
/// assert_eq!((back.operation.id, back.attempts), ("getInstallation", 3));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallContext {
    /// The operation called.
    pub operation: &'static OperationMeta,
    /// Attempts made (1 when the first one was final).
    pub attempts: u32,
}

/// The attempts an executor made; it inserts this into the response's extensions.
///
/// ```
/// let attempts = ampersand_client::context::Attempts(2);
/// assert_eq!(attempts.0, 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempts(pub u32);

impl CallContext {
    /// Adds [`OPERATION_HEADER`] and [`ATTEMPTS_HEADER`] to `headers`.
    ///
    /// See [`CallContext`] for an example.
    pub fn write_headers(&self, headers: &mut HeaderMap) {
        headers.insert(
            OPERATION_HEADER,
            HeaderValue::from_static(self.operation.id),
        );
        headers.insert(ATTEMPTS_HEADER, HeaderValue::from(self.attempts));
    }

    /// Reads the context written by [`CallContext::write_headers`].
    ///
    /// ```
    /// let headers = reqwest::header::HeaderMap::new();
    /// assert!(ampersand_client::context::CallContext::from_headers(&headers).is_none());
    /// ```
    pub fn from_headers(headers: &HeaderMap) -> Option<CallContext> {
        let id = headers.get(OPERATION_HEADER)?.to_str().ok()?;
        let operation = crate::OPERATIONS.iter().find(|op| op.id == id)?;
        let attempts = headers.get(ATTEMPTS_HEADER)?.to_str().ok()?.parse().ok()?;
        Some(CallContext {
            operation,
            attempts,
        })
    }

    /// The suffix of a decode error message: ` (getInstallation, status 200)`.
    pub(crate) fn decode_suffix(operation: Option<&OperationMeta>, status: u16) -> String {
        match operation {
            Some(op) => format!(" ({}, status {status})", op.id),
            None => format!(" (status {status})"),
        }
    }

    /// The operation id and status a decode error message ends with.
    ///
    /// ```
    /// use serde::de::Error as _;
    /// let e = serde_json::Error::custom("id: missing field (getInstallation, status 200)");
    /// assert_eq!(
    ///     ampersand_client::context::CallContext::of_decode_error(&e),
    ///     (Some("getInstallation".to_string()), Some(200))
    /// );
    /// ```
    pub fn of_decode_error(error: &serde_json::Error) -> (Option<String>, Option<u16>) {
        let message = error.to_string();
        let Some(open) = message.rfind(" (") else {
            return (None, None);
        };
        let inner = message[open + 2..].trim_end_matches(')');
        let (operation, status) = match inner.split_once(", ") {
            Some((op, status)) => (Some(op.to_string()), status),
            None => (None, inner),
        };
        match status.strip_prefix("status ").and_then(|s| s.parse().ok()) {
            Some(status) => (operation, Some(status)),
            None => (None, None),
        }
    }

    /// Marks a transport error with the attempts made (as the URL fragment `attempts=N`).
    ///
    /// ```no_run
    /// # fn f(e: reqwest::Error) {
    /// let e = ampersand_client::context::CallContext::mark_transport_error(e, 3);
    /// assert_eq!(ampersand_client::context::CallContext::attempts_of_transport_error(&e), Some(3));
    /// # }
    /// ```
    pub fn mark_transport_error(error: reqwest::Error, attempts: u32) -> reqwest::Error {
        match error.url().cloned() {
            Some(mut url) => {
                url.set_fragment(Some(&format!("attempts={attempts}")));
                error.with_url(url)
            }
            None => error,
        }
    }

    /// The attempts [`CallContext::mark_transport_error`] recorded.
    ///
    /// See [`CallContext::mark_transport_error`].
    pub fn attempts_of_transport_error(error: &reqwest::Error) -> Option<u32> {
        error
            .url()?
            .fragment()?
            .strip_prefix("attempts=")?
            .parse()
            .ok()
    }
}
