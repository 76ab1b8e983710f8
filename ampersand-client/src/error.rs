//! The one error of every call, generated operation or helper: what went wrong, and every fact
//! the request path knows of the call, each in a typed field.

use std::fmt;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::redact::{redact_text, redacted_excerpt};
use crate::types::{InputValidationIssue, InputValidationProblem};
use crate::OperationMeta;

/// How much of a body that is not a problem document an error keeps ([`ErrorFacts::body`]).
pub const BODY_CAP: usize = 64 * 1024;

/// What went wrong; [`Error`] carries the facts of the call beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The service answered with an error status (4xx or 5xx). [`ErrorFacts::problem`] holds its
    /// problem document, or [`ErrorFacts::body`] what it sent instead (an HTML page from a proxy).
    Api,
    /// The service rejected the input: a problem whose `issues` say which field and why.
    InputValidation,
    /// A status the spec does not declare for the operation.
    UnexpectedStatus,
    /// A redirect the client did not follow (see [`RedirectRefusal`]).
    Redirect(RedirectRefusal),
    /// A success whose body does not fit its type; the source ([`DecodeError`]) names the JSON
    /// path.
    Decode,
    /// No complete response: the connection failed, was reset or closed, or timed out.
    Transport(TransportKind),
    /// The response is larger than the configured limit; it was not read past the limit.
    BodyTooLarge,
    /// The operation needs a credential the client was not given; nothing was sent.
    MissingCredential(CredentialKind),
    /// The request was refused before it was sent (a missing parameter, a value that does not
    /// convert, an update-mask path that is not allowed).
    InvalidRequest,
    /// Paging went wrong (the server repeated a page token, which would loop forever).
    Pagination,
    /// The client could not be configured (a missing environment variable, a bad base URL).
    Config,
    /// A wait ran out of time: an operation was still running at the caller's deadline.
    Deadline,
}

/// Kinds of [`ErrorKind::Transport`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportKind {
    /// The connection could not be made.
    Connect,
    /// An attempt, or the whole call, ran out of time.
    Timeout,
    /// The connection was reset or closed before the response arrived.
    Reset,
    /// The connection broke while the body was being read (a cut body).
    Body,
}

impl fmt::Display for TransportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportKind::Connect => "connection failed",
            TransportKind::Timeout => "timed out",
            TransportKind::Reset => "connection reset or closed before the response",
            TransportKind::Body => "connection broke while reading the body",
        })
    }
}

/// Why the client did not follow a redirect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RedirectRefusal {
    /// The `Location` is on another origin (scheme, host or port), which would receive the
    /// credentials.
    CrossOrigin,
    /// Following would turn the request into a GET (a 301, 302 or 303 of anything but a GET
    /// or HEAD), losing its body.
    ChangesMethod,
    /// There is no usable `Location` header.
    NoLocation,
    /// The body cannot be sent again (a stream).
    BodyNotReplayable,
    /// More than [`MAX_REDIRECTS`](crate::call::MAX_REDIRECTS) redirects in a row.
    TooMany,
}

impl fmt::Display for RedirectRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RedirectRefusal::CrossOrigin => {
                "it leads to another origin, which would receive the credentials"
            }
            RedirectRefusal::ChangesMethod => "following it would turn the request into a GET",
            RedirectRefusal::NoLocation => "it has no valid Location",
            RedirectRefusal::BodyNotReplayable => "the request body cannot be sent again",
            RedirectRefusal::TooMany => "too many redirects",
        })
    }
}

/// The credentials an operation can be called with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CredentialKind {
    /// An API key, sent as `X-Api-Key`.
    ApiKey,
    /// A JWT, sent as `Authorization: Bearer`.
    Bearer,
}

impl fmt::Display for CredentialKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CredentialKind::ApiKey => "an API key",
            CredentialKind::Bearer => "a bearer token (JWT)",
        })
    }
}

/// A body that does not fit its type: where, and what serde said, with any value that looks
/// like a credential redacted (serde quotes the offending value, which may be a token).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DecodeError {
    /// The JSON path of the misfit (`connection.providerApp.scopes[0]`), `.` for the root.
    pub path: String,
    /// serde's message, redacted.
    pub message: String,
    /// What kind of failure: syntax, data that does not fit, or a body that ends too soon.
    pub category: serde_json::error::Category,
    /// Line of the body where it failed (1-based; 0 when unknown).
    pub line: usize,
    /// Column of that line (1-based; 0 when unknown).
    pub column: usize,
}

impl DecodeError {
    pub(crate) fn new(path: String, error: &serde_json::Error) -> Self {
        let secret_path = path
            .rsplit(['.', '['])
            .next()
            .is_some_and(crate::is_secret_name);
        let message = error.to_string();
        let message = if secret_path {
            // every quoted value of a credential-named field goes
            redact_quoted(&message)
        } else {
            redact_text(&message)
        };
        DecodeError {
            path,
            message,
            category: error.classify(),
            line: error.line(),
            column: error.column(),
        }
    }
}

fn redact_quoted(message: &str) -> String {
    let mut out = String::new();
    let mut parts = message.split('"');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        out.push('"');
        out.push_str(if i % 2 == 0 { "[redacted]" } else { part });
    }
    out
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path == "." {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for DecodeError {}

/// A body as received, capped at [`BODY_CAP`] bytes; `Debug` shows only its size, since it may
/// hold anything.
#[derive(Clone, PartialEq, Eq)]
pub struct RawBody {
    /// The first bytes of the body.
    pub bytes: Bytes,
    /// Whether the body was longer than what is kept.
    pub truncated: bool,
}

impl RawBody {
    pub(crate) fn capped(body: &Bytes) -> RawBody {
        RawBody {
            bytes: body.slice(..body.len().min(BODY_CAP)),
            truncated: body.len() > BODY_CAP,
        }
    }

    /// The start of the body, as text, with credential-named fields and token-like values
    /// redacted: safe to log.
    pub fn excerpt(&self) -> String {
        redacted_excerpt(&self.bytes)
    }
}

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let more = if self.truncated { "+" } else { "" };
        write!(f, "RawBody({}{more} bytes)", self.bytes.len())
    }
}

/// Everything that can go wrong with a call, with what the client knows of the call. `?`
/// works from every generated operation and every helper into this one type.
///
/// Match on [`ErrorFacts::kind`]; read the facts from the other fields of [`ErrorFacts`],
/// which an `Error` derefs to (boxed, so that a `Result` stays small).
///
/// ```
/// use ampersand_client::{Error, ErrorKind};
///
/// fn describe(e: &Error) -> String {
///     match e.kind {
///         ErrorKind::InputValidation => format!("fix {} field(s)", e.issues().len()),
///         ErrorKind::Api if e.status.map(|s| s.as_u16()) == Some(404) => "not found".into(),
///         _ if e.is_retryable() => format!("try later ({e})"),
///         _ => e.to_string(),
///     }
/// }
/// let e = Error::invalid_request("projectIdOrName: no value supplied");
/// assert_eq!(describe(&e), "invalid request: projectIdOrName: no value supplied");
/// ```
pub struct Error(Box<ErrorFacts>);

/// What an [`Error`] knows: the kind of failure and every fact of the call. `Debug` redacts
/// credential-named fields and token-like values of the problem and the headers, and shows
/// only the size of the body.
#[non_exhaustive]
pub struct ErrorFacts {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The operation called (operationId, method, path template), when there was one.
    pub operation: Option<&'static OperationMeta>,
    /// Attempts made: requests sent, each retry counting one (0 when nothing was sent).
    pub attempts: u32,
    /// The status of the last response, when there was one.
    pub status: Option<StatusCode>,
    /// The headers of the last response, exactly as received.
    pub headers: Option<HeaderMap>,
    /// The request id: the problem's `requestId`, else the `x-request-id` header.
    pub request_id: Option<String>,
    /// The decoded problem document of an error response (`retryable`, `retryAfter`,
    /// `issues`, …).
    pub problem: Option<Box<InputValidationProblem>>,
    /// The body, capped, when it is not a problem document (an error page, a body that does
    /// not decode, an unexpected status).
    pub body: Option<RawBody>,
    /// What the client says of it (for [`ErrorKind::InvalidRequest`], `Config`, `Pagination`).
    pub message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
    typed_body: Option<TypedBody>,
}

/// An error body of the type the spec declares for it (writeRecords' 422), decoded whole.
pub(crate) struct TypedBody {
    type_name: &'static str,
    value: Box<dyn std::any::Any + Send + Sync>,
}

impl TypedBody {
    pub(crate) fn new<T: std::any::Any + Send + Sync>(body: T) -> TypedBody {
        TypedBody {
            type_name: std::any::type_name::<T>(),
            value: Box::new(body),
        }
    }
}

impl std::ops::Deref for Error {
    type Target = ErrorFacts;
    fn deref(&self) -> &ErrorFacts {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorFacts {
        &mut self.0
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Debug for ErrorFacts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let problem = self.problem.as_deref().map(|p| {
            serde_json::to_value(p)
                .map(|v| crate::redacted(&v))
                .unwrap_or_default()
        });
        let headers = self.headers.as_ref().map(|headers| {
            headers
                .iter()
                .map(|(name, value)| {
                    let value = String::from_utf8_lossy(value.as_bytes());
                    let shown = if crate::is_secret_name(name.as_str())
                        || matches!(name.as_str(), "authorization" | "cookie" | "set-cookie")
                    {
                        "[redacted]".to_string()
                    } else {
                        redact_text(&value)
                    };
                    (name.as_str().to_string(), shown)
                })
                .collect::<Vec<_>>()
        });
        f.debug_struct("Error")
            .field("kind", &self.kind)
            .field("operation", &self.operation.map(|o| o.id))
            .field("attempts", &self.attempts)
            .field("status", &self.status)
            .field("headers", &headers)
            .field("request_id", &self.request_id)
            .field("problem", &problem)
            .field("body", &self.body)
            .field("message", &redact_text(&self.message))
            .field("source", &self.source)
            .field("typed_body", &self.typed_body.as_ref().map(|b| b.type_name))
            .finish()
    }
}

impl Error {
    /// An error of `kind` with `message` and no facts of a call.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error(Box::new(ErrorFacts {
            kind,
            operation: None,
            attempts: 0,
            status: None,
            headers: None,
            request_id: None,
            problem: None,
            body: None,
            message: message.into(),
            source: None,
            typed_body: None,
        }))
    }

    /// A request refused before it was sent.
    pub fn invalid_request(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidRequest, message)
    }

    /// A client that cannot be configured.
    pub fn config(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Config, message)
    }

    /// Paging that went wrong.
    pub fn pagination(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Pagination, message)
    }

    /// A request that could not be built (an invalid URL or header).
    pub fn from_builder(e: reqwest::Error) -> Error {
        Error::invalid_request(format!("cannot build the request: {e}")).with_source(e)
    }

    pub(crate) fn with_source(
        mut self,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Error {
        self.source = Some(Box::new(source));
        self
    }

    pub(crate) fn with_typed_body(mut self, body: TypedBody) -> Error {
        self.typed_body = Some(body);
        self
    }

    /// The error body decoded whole into the type the spec declares for this status, when it
    /// declares one that is not a problem: writeRecords' 422 is
    /// `write::types::WriteRecordsFailure`, with each record's result.
    ///
    /// ```
    /// # fn f(e: &ampersand_client::Error) {
    /// use ampersand_client::write::types::WriteRecordsFailure;
    /// if let Some(WriteRecordsFailure::Batch(batch)) = e.body_as::<WriteRecordsFailure>() {
    ///     println!("{} of the batch failed", batch.failure_count);
    /// }
    /// # }
    /// ```
    pub fn body_as<T: std::any::Any>(&self) -> Option<&T> {
        self.typed_body.as_ref()?.value.downcast_ref()
    }

    /// Names the operation, unless one is named already.
    pub fn for_operation(mut self, operation: Option<&'static OperationMeta>) -> Error {
        if self.operation.is_none() {
            self.operation = operation;
        }
        self
    }

    /// The problem's validation issues (empty for other errors).
    pub fn issues(&self) -> &[InputValidationIssue] {
        self.problem
            .as_deref()
            .and_then(|p| p.issues.as_deref())
            .unwrap_or(&[])
    }

    /// The problem's title.
    pub fn title(&self) -> Option<&str> {
        self.problem.as_deref().and_then(|p| p.title.as_deref())
    }

    /// The problem's detail.
    pub fn detail(&self) -> Option<&str> {
        self.problem.as_deref().and_then(|p| p.detail.as_deref())
    }

    /// The source of a decode error, with its JSON path.
    pub fn decode_error(&self) -> Option<&DecodeError> {
        self.source.as_deref()?.downcast_ref()
    }

    /// The transport error beneath, if any.
    pub fn transport_error(&self) -> Option<&reqwest::Error> {
        self.source.as_deref()?.downcast_ref()
    }

    /// Whether trying again later may succeed: a transport failure, or a status the service
    /// may recover from (408, 429, 500, 502, 503, 504), unless its problem says
    /// `retryable: false` (and always when it says `retryable: true`).
    pub fn is_retryable(&self) -> bool {
        let said = self.problem.as_deref().and_then(|p| p.retryable);
        match (self.kind, self.status) {
            (ErrorKind::Transport(_), _) => true,
            (_, Some(status)) if status.as_u16() >= 400 => {
                crate::retry::is_retryable_status(status.as_u16(), said)
            }
            _ => said.unwrap_or(false),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(op) = self.operation {
            write!(f, "{}: ", op.id)?;
        }
        match self.kind {
            ErrorKind::Api | ErrorKind::InputValidation => {
                match self.status {
                    Some(status) => write!(f, "{status}")?,
                    None => f.write_str("error response")?,
                }
                if let Some(title) = self.title() {
                    write!(f, ": {}", redact_text(title))?;
                }
                if let Some(detail) = self.detail() {
                    write!(f, ": {}", redact_text(detail))?;
                }
                for issue in self.issues() {
                    let name = issue.name.as_deref().unwrap_or("?");
                    let what = issue
                        .detail
                        .as_deref()
                        .or(issue.title.as_deref())
                        .unwrap_or("invalid");
                    write!(f, "; {name}: {}", redact_text(what))?;
                }
            }
            ErrorKind::UnexpectedStatus => match self.status {
                Some(status) => write!(f, "unexpected status {status}")?,
                None => f.write_str("unexpected status")?,
            },
            ErrorKind::Redirect(reason) => {
                let status = self.status.map_or(0, |s| s.as_u16());
                write!(f, "{status} redirect not followed: {reason}")?;
            }
            ErrorKind::Decode => {
                f.write_str("cannot decode the response")?;
                if let Some(e) = self.decode_error() {
                    write!(f, ": {e}")?;
                }
            }
            ErrorKind::Transport(kind) => write!(f, "{kind}")?,
            ErrorKind::BodyTooLarge => write!(f, "response too large: {}", self.message)?,
            ErrorKind::MissingCredential(kind) => {
                write!(f, "this operation needs {kind}, and none is configured")?
            }
            ErrorKind::InvalidRequest => write!(f, "invalid request: {}", self.message)?,
            ErrorKind::Pagination => write!(f, "pagination: {}", self.message)?,
            ErrorKind::Config => write!(f, "configuration: {}", self.message)?,
            ErrorKind::Deadline => write!(f, "deadline: {}", self.message)?,
        }
        if let Some(body) = &self.body {
            write!(f, "; body starts: {}", body.excerpt())?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request {id})")?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        Ok(())
    }
}

/// A request that could not be built (what `?` on `RequestBuilder::build` gives), else the
/// transport failure it was.
impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Error {
        if e.is_builder() {
            Error::from_builder(e)
        } else {
            crate::call::transport(e, TransportKind::Reset)
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}
