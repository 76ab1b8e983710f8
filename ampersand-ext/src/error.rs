//! One error type for every call: what went wrong, with what the client knows of the call.

use std::fmt;

use ampersand_client::context::CallContext;
use ampersand_client::types::{InputValidationIssue, InputValidationProblem};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::executor::{RedirectRefusal, RedirectRefused, REQUEST_ID_HEADER};
use crate::retry::RETRYABLE_STATUSES;

/// The generated client's error, as its operations return it.
///
/// ```
/// let raw: ampersand_ext::error::ClientError = ampersand_client::Error::InvalidRequest("x".into());
/// assert!(matches!(ampersand_ext::Error::from(raw), ampersand_ext::Error::InvalidRequest { .. }));
/// ```
pub type ClientError = ampersand_client::Error<InputValidationProblem>;

/// How much of a body an error message shows.
///
/// ```
/// assert_eq!(ampersand_ext::error::EXCERPT_CHARS, 200);
/// ```
pub const EXCERPT_CHARS: usize = 200;

/// Everything that can go wrong with a call; `?` converts the generated client's error.
///
/// ```
/// use ampersand_ext::Error;
///
/// fn describe(e: &Error) -> String {
///     match e {
///         Error::InputValidation(api) => format!("fix {} field(s)", api.issues().len()),
///         Error::Api(api) if api.status == 404 => "not found".into(),
///         e if e.is_retryable() => format!("try later ({e})"),
///         e => e.to_string(),
///     }
/// }
/// let e = Error::InvalidRequest { message: "projectIdOrName: no value supplied".into() };
/// assert_eq!(describe(&e), "invalid request: projectIdOrName: no value supplied");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error status and a problem document.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// The service rejected the input (a problem with `issues`: which field, what is wrong).
    #[error("{0}")]
    InputValidation(Box<ApiError>),
    /// No response: the connection failed or the request timed out.
    #[error("{kind} after {} attempt(s): {source}", attempts.unwrap_or(1))]
    Transport {
        /// What failed.
        kind: TransportKind,
        /// Attempts made, when known.
        attempts: Option<u32>,
        /// The underlying error.
        #[source]
        source: reqwest::Error,
    },
    /// A response whose body does not fit its type; the message names the JSON path.
    #[error("cannot decode the response: {message}; body starts: {excerpt}")]
    Decode {
        /// The operationId, when known.
        operation: Option<String>,
        /// The response status, when known.
        status: Option<StatusCode>,
        /// What does not fit and where (`connection.providerApp.scopes[0]: invalid type…`).
        message: String,
        /// The start of the body.
        excerpt: String,
        /// The whole body.
        body: RawBody,
    },
    /// A status the spec does not declare for the operation (the response is kept whole).
    #[error("unexpected status {}", .response.status())]
    UnexpectedStatus {
        /// The operationId, when known.
        operation: Option<&'static str>,
        /// The response, its body unread: see [`Error::into_unexpected_body`].
        response: Box<reqwest::Response>,
    },
    /// A redirect the client did not follow (see the redirect policy of
    /// [`ClientBuilder`](crate::ClientBuilder)): the credentials never left the origin, and a
    /// POST or PATCH was not turned into a GET.
    #[error("{} redirect not followed: {reason}", .status.as_u16())]
    Redirect {
        /// The operationId, when known.
        operation: Option<&'static str>,
        /// The redirect's status (301, 302, 303, 307 or 308).
        status: StatusCode,
        /// Where it pointed, as the server sent it (`None` without a `Location`).
        location: Option<String>,
        /// Why it was not followed.
        reason: RedirectRefusal,
    },
    /// The request was refused before it was sent (a required parameter is missing, a value
    /// does not convert, an update-mask path is not allowed).
    #[error("invalid request: {message}")]
    InvalidRequest {
        /// What is wrong.
        message: String,
    },
    /// Paging went wrong: the server repeated a page token (which would loop forever).
    #[error("pagination: {message}")]
    Pagination {
        /// What happened.
        message: String,
    },
    /// The client could not be configured (a missing environment variable, a bad base URL).
    #[error("configuration: {message}")]
    Config {
        /// What is wrong.
        message: String,
    },
}

/// Kinds of [`Error::Transport`].
///
/// ```
/// assert_eq!(ampersand_ext::TransportKind::Timeout.to_string(), "timed out");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportKind {
    /// The connection could not be made.
    Connect,
    /// The request or the connection timed out.
    Timeout,
    /// Another failure (reading the body, a redirect loop, …).
    Other,
}

impl fmt::Display for TransportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportKind::Connect => "connection failed",
            TransportKind::Timeout => "timed out",
            TransportKind::Other => "transport error",
        })
    }
}

/// An error response of the service: status, problem document, headers, and the call.
///
/// ```
/// # use ampersand_client::{types::InputValidationProblem, ResponseValue};
/// # let problem: InputValidationProblem = serde_json::from_value(serde_json::json!({
/// #     "title": "Not found", "detail": "no such installation", "requestId": "req-1",
/// #     "context": {"body": "<html>"}}))
/// #     .unwrap();
/// # let raw = ampersand_client::Error::ErrorResponse(ResponseValue::new(
/// #     problem, reqwest::StatusCode::NOT_FOUND, Default::default()));
/// # let ampersand_ext::Error::Api(api) = ampersand_ext::Error::from(raw) else { unreachable!() };
/// assert_eq!(api.status, 404);
/// assert_eq!(api.to_string(), "404 Not Found: Not found: no such installation; body starts: <html> (request req-1)");
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The problem document (RFC 7807 plus Ampersand's fields and `issues`).
    pub problem: InputValidationProblem,
    /// The response headers.
    pub headers: HeaderMap,
    /// The operationId, when known.
    pub operation: Option<&'static str>,
    /// Attempts made, when known.
    pub attempts: Option<u32>,
}

impl ApiError {
    /// The problem's title.
    ///
    /// ```
    /// # use ampersand_client::{types::InputValidationProblem, ResponseValue};
    /// # let problem: InputValidationProblem = serde_json::from_value(serde_json::json!({
    /// #     "title": "Not found", "detail": "no such installation", "requestId": "req-1",
    /// #     "context": {"body": "<html>"}}))
    /// #     .unwrap();
    /// # let raw = ampersand_client::Error::ErrorResponse(ResponseValue::new(
    /// #     problem, reqwest::StatusCode::NOT_FOUND, Default::default()));
    /// # let ampersand_ext::Error::Api(api) = ampersand_ext::Error::from(raw) else { unreachable!() };
    /// assert_eq!(api.title(), Some("Not found"));
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.problem.title.as_deref()
    }

    /// The problem's detail.
    ///
    /// ```
    /// # use ampersand_client::{types::InputValidationProblem, ResponseValue};
    /// # let problem: InputValidationProblem = serde_json::from_value(serde_json::json!({
    /// #     "title": "Not found", "detail": "no such installation", "requestId": "req-1",
    /// #     "context": {"body": "<html>"}}))
    /// #     .unwrap();
    /// # let raw = ampersand_client::Error::ErrorResponse(ResponseValue::new(
    /// #     problem, reqwest::StatusCode::NOT_FOUND, Default::default()));
    /// # let ampersand_ext::Error::Api(api) = ampersand_ext::Error::from(raw) else { unreachable!() };
    /// assert_eq!(api.detail(), Some("no such installation"));
    /// ```
    pub fn detail(&self) -> Option<&str> {
        self.problem.detail.as_deref()
    }

    /// The request id, from the problem or the `x-request-id` header.
    ///
    /// ```
    /// # use ampersand_client::{types::InputValidationProblem, ResponseValue};
    /// # let problem: InputValidationProblem = serde_json::from_value(serde_json::json!({
    /// #     "title": "Not found", "detail": "no such installation", "requestId": "req-1",
    /// #     "context": {"body": "<html>"}}))
    /// #     .unwrap();
    /// # let raw = ampersand_client::Error::ErrorResponse(ResponseValue::new(
    /// #     problem, reqwest::StatusCode::NOT_FOUND, Default::default()));
    /// # let ampersand_ext::Error::Api(api) = ampersand_ext::Error::from(raw) else { unreachable!() };
    /// assert_eq!(api.request_id(), Some("req-1"));
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        self.problem.request_id.as_deref().or_else(|| {
            self.headers
                .get(REQUEST_ID_HEADER)
                .and_then(|v| v.to_str().ok())
        })
    }

    /// The invalid inputs the service listed (empty unless it is an input validation problem).
    ///
    /// ```
    /// # use ampersand_client::{types::InputValidationProblem, ResponseValue};
    /// # let problem: InputValidationProblem = serde_json::from_value(serde_json::json!({
    /// #     "title": "Not found", "detail": "no such installation", "requestId": "req-1",
    /// #     "context": {"body": "<html>"}}))
    /// #     .unwrap();
    /// # let raw = ampersand_client::Error::ErrorResponse(ResponseValue::new(
    /// #     problem, reqwest::StatusCode::NOT_FOUND, Default::default()));
    /// # let ampersand_ext::Error::Api(api) = ampersand_ext::Error::from(raw) else { unreachable!() };
    /// assert!(api.issues().is_empty());
    /// ```
    pub fn issues(&self) -> &[InputValidationIssue] {
        &self.problem.issues
    }

    /// The original body, when the service answered with something that is not a problem
    /// document (an HTML page from a proxy): the client keeps it in the problem's context.
    ///
    /// ```
    /// # use ampersand_client::{types::InputValidationProblem, ResponseValue};
    /// # let problem: InputValidationProblem = serde_json::from_value(serde_json::json!({
    /// #     "title": "Not found", "detail": "no such installation", "requestId": "req-1",
    /// #     "context": {"body": "<html>"}}))
    /// #     .unwrap();
    /// # let raw = ampersand_client::Error::ErrorResponse(ResponseValue::new(
    /// #     problem, reqwest::StatusCode::NOT_FOUND, Default::default()));
    /// # let ampersand_ext::Error::Api(api) = ampersand_ext::Error::from(raw) else { unreachable!() };
    /// assert_eq!(api.original_body(), Some("<html>"));
    /// ```
    pub fn original_body(&self) -> Option<&str> {
        self.problem
            .context
            .get(ampersand_client::problem::ORIGINAL_BODY)
            .and_then(|v| v.as_str())
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(op) = self.operation {
            write!(f, "{op}: ")?;
        }
        write!(f, "{}", self.status)?;
        if let Some(title) = self.title() {
            write!(f, ": {title}")?;
        }
        if let Some(detail) = self.detail() {
            write!(f, ": {detail}")?;
        }
        for issue in self.issues() {
            let name = issue.name.as_deref().unwrap_or("?");
            let what = issue
                .detail
                .as_deref()
                .or(issue.title.as_deref())
                .unwrap_or("invalid");
            write!(f, "; {name}: {what}")?;
        }
        if let Some(body) = self.original_body() {
            write!(f, "; body starts: {}", excerpt(body.as_bytes()))?;
        }
        if let Some(id) = self.request_id() {
            write!(f, " (request {id})")?;
        }
        if let Some(attempts) = self.attempts.filter(|a| *a > 1) {
            write!(f, " after {attempts} attempts")?;
        }
        Ok(())
    }
}

impl Error {
    /// The HTTP status, when there was a response.
    ///
    /// ```
    /// let e = ampersand_ext::Error::Config { message: "no key".into() };
    /// assert_eq!(e.status(), None);
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(api) | Error::InputValidation(api) => Some(api.status),
            Error::Decode { status, .. } => *status,
            Error::UnexpectedStatus { response, .. } => Some(response.status()),
            Error::Redirect { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The request id the service gave, when there was a response that named one.
    ///
    /// ```
    /// let e = ampersand_ext::Error::InvalidRequest { message: "x".into() };
    /// assert_eq!(e.request_id(), None);
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(api) | Error::InputValidation(api) => api.request_id(),
            Error::UnexpectedStatus { response, .. } => response
                .headers()
                .get(REQUEST_ID_HEADER)
                .and_then(|v| v.to_str().ok()),
            _ => None,
        }
    }

    /// Whether trying again later may succeed: a retryable status (408, 429, 500, 502, 503,
    /// 504), a timeout or a failed connection.
    ///
    /// ```
    /// let e = ampersand_ext::Error::Config { message: "no key".into() };
    /// assert!(!e.is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport { kind, .. } => {
                matches!(kind, TransportKind::Timeout | TransportKind::Connect)
            }
            e => e
                .status()
                .is_some_and(|s| RETRYABLE_STATUSES.contains(&s.as_u16())),
        }
    }

    /// How many attempts were made before this error, when known.
    ///
    /// ```
    /// let e = ampersand_ext::Error::Config { message: "no key".into() };
    /// assert_eq!(e.attempts(), None);
    /// ```
    pub fn attempts(&self) -> Option<u32> {
        match self {
            Error::Api(api) | Error::InputValidation(api) => api.attempts,
            Error::Transport { attempts, .. } => *attempts,
            Error::UnexpectedStatus { response, .. } => response
                .extensions()
                .get::<CallContext>()
                .map(|c| c.attempts),
            _ => None,
        }
    }

    /// The body of an [`Error::UnexpectedStatus`], read to the end (`None` for other errors).
    ///
    /// ```no_run
    /// # async fn f(e: ampersand_ext::Error) {
    /// if let Some(Ok(body)) = e.into_unexpected_body().await {
    ///     println!("{body}");
    /// }
    /// # }
    /// ```
    pub async fn into_unexpected_body(self) -> Option<reqwest::Result<String>> {
        match self {
            Error::UnexpectedStatus { response, .. } => Some(response.text().await),
            _ => None,
        }
    }
}

impl From<ClientError> for Error {
    fn from(e: ClientError) -> Self {
        use ampersand_client::Error as E;
        match e {
            E::InvalidRequest(message) | E::Custom(message) => Error::InvalidRequest { message },
            E::CommunicationError(source)
            | E::InvalidUpgrade(source)
            | E::ResponseBodyError(source) => transport(source),
            E::ErrorResponse(response) => {
                let status = response.status();
                let headers = response.headers().clone();
                let context = CallContext::from_headers(&headers);
                let api = Box::new(ApiError {
                    status,
                    problem: response.into_inner(),
                    headers,
                    operation: context.map(|c| c.operation.id),
                    attempts: context.map(|c| c.attempts),
                });
                if api.problem.issues.is_empty() {
                    Error::Api(api)
                } else {
                    Error::InputValidation(api)
                }
            }
            E::InvalidResponsePayload(body, source) => {
                let (operation, status) = CallContext::of_decode_error(&source);
                Error::Decode {
                    operation,
                    status: status.and_then(|s| StatusCode::from_u16(s).ok()),
                    message: source.to_string(),
                    excerpt: redacted_excerpt(&body),
                    body: RawBody(body),
                }
            }
            E::UnexpectedResponse(response) => match response.extensions().get::<RedirectRefused>()
            {
                Some(RedirectRefused(reason)) => Error::Redirect {
                    operation: response
                        .extensions()
                        .get::<CallContext>()
                        .map(|c| c.operation.id),
                    status: response.status(),
                    location: response
                        .headers()
                        .get(reqwest::header::LOCATION)
                        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()),
                    reason: *reason,
                },
                None => Error::UnexpectedStatus {
                    operation: response
                        .extensions()
                        .get::<CallContext>()
                        .map(|c| c.operation.id),
                    response: Box::new(response),
                },
            },
        }
    }
}

fn transport(source: reqwest::Error) -> Error {
    let attempts = CallContext::attempts_of_transport_error(&source);
    let kind = if source.is_timeout() {
        TransportKind::Timeout
    } else if source.is_connect() {
        TransportKind::Connect
    } else {
        TransportKind::Other
    };
    // the attempts travelled in the URL's fragment: take it out again
    let source = match source.url().cloned() {
        Some(mut url) if attempts.is_some() => {
            url.set_fragment(None);
            source.with_url(url)
        }
        _ => source,
    };
    Error::Transport {
        kind,
        attempts,
        source,
    }
}

/// The first [`EXCERPT_CHARS`] characters of `body`, with `…` when cut.
fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().count() > EXCERPT_CHARS {
        out.push('…');
    }
    out
}

/// [`excerpt`] of `body`, with the values of credential fields replaced when it is JSON.
fn redacted_excerpt(body: &[u8]) -> String {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(value) => excerpt(ampersand_client::redacted(&value).to_string().as_bytes()),
        Err(_) => excerpt(body),
    }
}

/// The raw bytes of a response that did not decode; `Debug` shows their length only (a body
/// may hold tokens).
///
/// ```
/// let body = ampersand_ext::RawBody(bytes::Bytes::from_static(b"{}"));
/// assert_eq!(format!("{body:?}"), "RawBody(2 bytes)");
/// ```
#[derive(Clone)]
pub struct RawBody(pub bytes::Bytes);

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawBody({} bytes)", self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_cut_and_redacted() {
        let long = "x".repeat(500);
        let cut = excerpt(long.as_bytes());
        assert_eq!(cut.chars().count(), EXCERPT_CHARS + 1);
        assert!(cut.ends_with('…'));
        let body = br#"{"accessToken": {"token": "tok-123"}, "clientSecret": "shh", "id": 5}"#;
        let shown = redacted_excerpt(body);
        assert!(
            !shown.contains("tok-123") && !shown.contains("shh"),
            "{shown}"
        );
        assert!(shown.contains(r#""id":5"#));
    }
}
