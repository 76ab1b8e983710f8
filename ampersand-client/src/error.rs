//! The one error of every call, generated operation or helper: what went wrong, and every fact
//! the request path knows of the call, each in a typed field.

use std::fmt::{self, Write as _};

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::redact::{redact_text, redacted_excerpt, Escaping};
use crate::types::{InputValidationIssue, InputValidationProblem};
use crate::OperationMeta;

/// How much of a body that is not a problem document an error keeps ([`Error::body`]).
pub const BODY_CAP: usize = 64 * 1024;

/// The cause of an [`Error`] without its facts: what [`Error::kind`] returns, one value per
/// variant, to compare, count or log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The service answered with an error status (4xx or 5xx). [`Error::problem`] holds its
    /// problem document, or [`Error::body`] what it sent instead (an HTML page from a proxy).
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
        // the path holds the server's keys: no control character of theirs is printed
        let mut f = Escaping(f);
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
    /// The first [`BODY_CAP`] bytes of `body`, with every occurrence of a `known` credential
    /// (what the client was configured with, which the server may echo) replaced by
    /// `[redacted]`.
    pub(crate) fn capped(body: &Bytes, known: &[crate::Secret]) -> RawBody {
        let kept = body.slice(..body.len().min(BODY_CAP));
        RawBody {
            bytes: crate::redact::without_credentials(kept, known),
            truncated: body.len() > BODY_CAP,
        }
    }

    /// The start of the body, as text, with credential-named fields and token-like values
    /// redacted and control characters escaped: safe to log.
    pub fn excerpt(&self) -> String {
        crate::redact::escape_controls(&redacted_excerpt(&self.bytes))
    }
}

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let more = if self.truncated { "+" } else { "" };
        write!(f, "RawBody({}{more} bytes)", self.bytes.len())
    }
}

/// Everything that can go wrong with a call, by cause, with what the client knows of the call.
/// `?` works from every generated operation and every helper into this one type.
///
/// Match on the variant (or on [`Error::kind`], its fieldless mirror); read the facts of the
/// call with the accessors ([`Error::status`], [`Error::problem`], [`Error::request_id`],
/// [`Error::attempts`], [`Error::operation`], …). Each variant holds its [`Details`] boxed,
/// so that a `Result` stays small. `Debug` redacts credential-named fields and token-like
/// values of the problem and the headers, and shows only the size of the body.
///
/// ```
/// use ampersand_client::Error;
///
/// fn describe(e: &Error) -> String {
///     match e {
///         Error::InputValidation(_) => format!("fix {} field(s)", e.issues().len()),
///         Error::Api(_) if e.status().map(|s| s.as_u16()) == Some(404) => "not found".into(),
///         _ if e.is_retryable() => format!("try later ({e})"),
///         _ => e.to_string(),
///     }
/// }
/// let e = Error::invalid_request("projectIdOrName: no value supplied");
/// assert_eq!(describe(&e), "invalid request: projectIdOrName: no value supplied");
/// ```
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error status (4xx or 5xx): [`Error::problem`] holds its
    /// problem document, or [`Error::body`] what it sent instead (an HTML page from a proxy).
    Api(Details),
    /// The service rejected the input: a problem whose [`Error::issues`] say which field and
    /// why.
    InputValidation(Details),
    /// A status that is neither a success the operation declares nor an error.
    UnexpectedStatus(Details),
    /// A redirect the client did not follow, and why.
    Redirect(RedirectRefusal, Details),
    /// A success whose body does not fit its type; [`Error::decode_error`] names the JSON path.
    Decode(Details),
    /// No complete response: the connection failed, was reset or closed, or timed out.
    Transport(TransportKind, Details),
    /// The response is larger than the configured limit; it was not read past the limit.
    BodyTooLarge(Details),
    /// The operation needs a credential the client was not given; nothing was sent.
    MissingCredential(CredentialKind, Details),
    /// The request was refused before it was sent (a missing parameter, a value that does not
    /// convert, an update-mask path that is not allowed).
    InvalidRequest(Details),
    /// Paging went wrong (the server repeated a page token, which would loop forever).
    Pagination(Details),
    /// The client could not be configured (a missing environment variable, a bad base URL).
    Config(Details),
    /// A wait ran out of time: an operation was still running at the caller's deadline.
    Deadline(Details),
}

/// The [`Details`] of every variant of an [`Error`] (by reference, mutable reference or value,
/// as the expression is).
macro_rules! details {
    ($error:expr) => {
        match $error {
            Error::Api(d)
            | Error::InputValidation(d)
            | Error::UnexpectedStatus(d)
            | Error::Redirect(_, d)
            | Error::Decode(d)
            | Error::Transport(_, d)
            | Error::BodyTooLarge(d)
            | Error::MissingCredential(_, d)
            | Error::InvalidRequest(d)
            | Error::Pagination(d)
            | Error::Config(d)
            | Error::Deadline(d) => d,
        }
    };
}

/// What an [`Error`] knows of the call beside its cause, read through the accessors of
/// [`Error`].
pub struct Details(Box<Facts>);

/// The facts, boxed once.
#[derive(Default)]
pub(crate) struct Facts {
    pub(crate) operation: Option<&'static OperationMeta>,
    pub(crate) attempts: u32,
    pub(crate) status: Option<StatusCode>,
    pub(crate) headers: Option<HeaderMap>,
    pub(crate) request_id: Option<String>,
    pub(crate) problem: Option<Box<InputValidationProblem>>,
    pub(crate) body: Option<RawBody>,
    pub(crate) message: String,
    pub(crate) retry_after: Option<std::time::Duration>,
    pub(crate) unreadable_problem_fields: Vec<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
    error_body: Option<crate::OperationErrorBody>,
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let facts = self.facts();
        let problem = facts.problem.as_deref().map(|p| {
            serde_json::to_value(p)
                .map(|v| crate::redacted(&v))
                .unwrap_or_default()
        });
        let headers = facts.headers.as_ref().map(|headers| {
            headers
                .iter()
                .map(|(name, value)| {
                    let shown = crate::redact::shown_header(name.as_str(), value.as_bytes(), &[]);
                    (name.as_str().to_string(), shown)
                })
                .collect::<Vec<_>>()
        });
        f.debug_struct("Error")
            .field("kind", &self.kind())
            .field("operation", &facts.operation.map(|o| o.id))
            .field("attempts", &facts.attempts)
            .field("status", &facts.status)
            .field("headers", &headers)
            .field("request_id", &facts.request_id)
            .field("problem", &problem)
            .field(
                "unreadable_problem_fields",
                &facts.unreadable_problem_fields,
            )
            .field("retry_after", &facts.retry_after)
            .field("body", &facts.body)
            .field("message", &redact_text(&facts.message))
            .field("source", &facts.source)
            .field(
                "error_body",
                &facts.error_body.as_ref().map(|_| "[decoded]"),
            )
            .finish()
    }
}

impl fmt::Debug for Details {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Details")
            .field("operation", &self.0.operation.map(|o| o.id))
            .field("attempts", &self.0.attempts)
            .field("status", &self.0.status)
            .finish_non_exhaustive()
    }
}

impl Error {
    /// An error of `kind` with `message` and no facts of a call.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error::of(
            kind,
            Details(Box::new(Facts {
                message: message.into(),
                ..Facts::default()
            })),
        )
    }

    /// The variant of `kind`, holding `details`.
    fn of(kind: ErrorKind, details: Details) -> Error {
        match kind {
            ErrorKind::Api => Error::Api(details),
            ErrorKind::InputValidation => Error::InputValidation(details),
            ErrorKind::UnexpectedStatus => Error::UnexpectedStatus(details),
            ErrorKind::Redirect(why) => Error::Redirect(why, details),
            ErrorKind::Decode => Error::Decode(details),
            ErrorKind::Transport(how) => Error::Transport(how, details),
            ErrorKind::BodyTooLarge => Error::BodyTooLarge(details),
            ErrorKind::MissingCredential(which) => Error::MissingCredential(which, details),
            ErrorKind::InvalidRequest => Error::InvalidRequest(details),
            ErrorKind::Pagination => Error::Pagination(details),
            ErrorKind::Config => Error::Config(details),
            ErrorKind::Deadline => Error::Deadline(details),
        }
    }

    /// The cause, as a value without the facts (to compare, count or log).
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Api(_) => ErrorKind::Api,
            Error::InputValidation(_) => ErrorKind::InputValidation,
            Error::UnexpectedStatus(_) => ErrorKind::UnexpectedStatus,
            Error::Redirect(why, _) => ErrorKind::Redirect(*why),
            Error::Decode(_) => ErrorKind::Decode,
            Error::Transport(how, _) => ErrorKind::Transport(*how),
            Error::BodyTooLarge(_) => ErrorKind::BodyTooLarge,
            Error::MissingCredential(which, _) => ErrorKind::MissingCredential(*which),
            Error::InvalidRequest(_) => ErrorKind::InvalidRequest,
            Error::Pagination(_) => ErrorKind::Pagination,
            Error::Config(_) => ErrorKind::Config,
            Error::Deadline(_) => ErrorKind::Deadline,
        }
    }

    /// What the error knows of the call.
    pub fn details(&self) -> &Details {
        details!(self)
    }

    fn facts(&self) -> &Facts {
        &self.details().0
    }

    pub(crate) fn facts_mut(&mut self) -> &mut Facts {
        &mut details!(self).0
    }

    /// The same facts, with `kind` as the cause.
    pub(crate) fn with_kind(self, kind: ErrorKind) -> Error {
        Error::of(kind, details!(self))
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
        self.facts_mut().source = Some(Box::new(source));
        self
    }

    pub(crate) fn with_error_body(mut self, body: crate::OperationErrorBody) -> Error {
        self.facts_mut().error_body = Some(body);
        self
    }

    /// Names the operation, unless one is named already.
    pub fn for_operation(mut self, operation: Option<&'static OperationMeta>) -> Error {
        let facts = self.facts_mut();
        if facts.operation.is_none() {
            facts.operation = operation;
        }
        self
    }

    /// The operation called (operationId, method, path template), when there was one.
    pub fn operation(&self) -> Option<&'static OperationMeta> {
        self.facts().operation
    }

    /// Attempts made: the first and each retry, counting one each (0 when nothing was
    /// sent). A same-origin redirect the client followed is part of its attempt, not one
    /// more: an attempt that followed 10 redirects sent 11 requests.
    pub fn attempts(&self) -> u32 {
        self.facts().attempts
    }

    /// The status of the last response, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        self.facts().status
    }

    /// The headers of the last response, exactly as received.
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.facts().headers.as_ref()
    }

    /// The request id: the problem's `requestId`, else the `x-request-id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.facts().request_id.as_deref()
    }

    /// The decoded problem document of an error response (`retryable`, `retryAfter`,
    /// `issues`, …), read field by field: a field that does not parse is absent (and named
    /// in [`Error::unreadable_problem_fields`]), every other is kept. Where the server echoes
    /// a credential (an issue's `value` whose `name` is a secret field, a value under a
    /// secret-named key, the client's own API key or JWT anywhere in its text), the problem
    /// holds `[redacted]` instead.
    pub fn problem(&self) -> Option<&InputValidationProblem> {
        self.facts().problem.as_deref()
    }

    /// The JSON paths of the problem's fields that did not parse (`time`,
    /// `issues[0].name`), absent from [`Error::problem`] as if the server had not sent them.
    pub fn unreadable_problem_fields(&self) -> &[String] {
        &self.facts().unreadable_problem_fields
    }

    /// How long the server asked to wait before another attempt, as of its answer: its
    /// `Retry-After` header (seconds or a date), else the problem's `retryAfter` instant.
    /// When that wait is longer than the client sleeps through
    /// ([`RetryPolicy::max_retry_after`](crate::RetryPolicy::max_retry_after)) or ends after
    /// the call's budget, the call fails at once with this error, so the caller can schedule
    /// the retry itself.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        self.facts().retry_after
    }

    /// The body, capped, when it is not a problem document (an error page, a body that does
    /// not decode, an unexpected status).
    pub fn body(&self) -> Option<&RawBody> {
        self.facts().body.as_ref()
    }

    /// What the client says of it (for [`Error::InvalidRequest`], `Config`, `Pagination`,
    /// `Deadline`, `BodyTooLarge`); empty otherwise.
    pub fn message(&self) -> &str {
        &self.facts().message
    }

    /// The error body decoded whole into the type its operation declares for this status,
    /// when it declares one that is not a problem: writeRecords' 422 is
    /// `OperationErrorBody::WriteRecords`, a `write::types::WriteRecordsFailure` with each
    /// record's result.
    ///
    /// ```
    /// # fn f(e: &ampersand_client::Error) {
    /// use ampersand_client::write::types::WriteRecordsFailure;
    /// use ampersand_client::OperationErrorBody;
    /// if let Some(OperationErrorBody::WriteRecords(failure)) = e.error_body() {
    ///     if let WriteRecordsFailure::Batch(batch) = &**failure {
    ///         println!("{} of the batch failed", batch.failure_count);
    ///     }
    /// }
    /// # }
    /// ```
    pub fn error_body(&self) -> Option<&crate::OperationErrorBody> {
        self.facts().error_body.as_ref()
    }

    /// The problem's validation issues (empty for other errors).
    pub fn issues(&self) -> &[InputValidationIssue] {
        self.problem()
            .and_then(|p| p.issues.as_deref())
            .unwrap_or(&[])
    }

    /// The problem's title.
    pub fn title(&self) -> Option<&str> {
        self.problem().and_then(|p| p.title.as_deref())
    }

    /// The problem's detail.
    pub fn detail(&self) -> Option<&str> {
        self.problem().and_then(|p| p.detail.as_deref())
    }

    /// The source of a decode error, with its JSON path.
    pub fn decode_error(&self) -> Option<&DecodeError> {
        self.facts().source.as_deref()?.downcast_ref()
    }

    /// The transport error beneath, if any.
    pub fn transport_error(&self) -> Option<&reqwest::Error> {
        self.facts().source.as_deref()?.downcast_ref()
    }

    /// Whether trying again later may succeed: a transport failure, or a status the service
    /// may recover from (408, 429, 500, 502, 503, 504), unless its problem says
    /// `retryable: false` (and always when it says `retryable: true`).
    pub fn is_retryable(&self) -> bool {
        let said = self.problem().and_then(|p| p.retryable);
        match (self, self.status()) {
            (Error::Transport(..), _) => true,
            (_, Some(status)) if status.as_u16() >= 400 => {
                crate::retry::is_retryable_status(status.as_u16(), said)
            }
            _ => said.unwrap_or(false),
        }
    }
}

impl fmt::Display for Error {
    /// The operation, the cause and the facts in one line; the server's text in it is
    /// redacted and its control characters (CR, LF, ESC, NUL, bidirectional overrides) are
    /// escaped, so a response cannot forge a log line or drive a terminal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let f = &mut Escaping(f);
        let facts = self.facts();
        if let Some(op) = facts.operation {
            write!(f, "{}: ", op.id)?;
        }
        match self.kind() {
            ErrorKind::Api | ErrorKind::InputValidation => {
                match facts.status {
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
            ErrorKind::UnexpectedStatus => match facts.status {
                Some(status) => write!(f, "unexpected status {status}")?,
                None => f.write_str("unexpected status")?,
            },
            ErrorKind::Redirect(reason) => {
                let status = facts.status.map_or(0, |s| s.as_u16());
                write!(f, "{status} redirect not followed: {reason}")?;
            }
            ErrorKind::Decode => {
                f.write_str("cannot decode the response")?;
                match self.decode_error() {
                    Some(e) => write!(f, ": {e}")?,
                    None if !facts.message.is_empty() => write!(f, ": {}", facts.message)?,
                    None => {}
                }
            }
            ErrorKind::Transport(kind) => write!(f, "{kind}")?,
            ErrorKind::BodyTooLarge => write!(f, "response too large: {}", facts.message)?,
            ErrorKind::MissingCredential(kind) => {
                write!(f, "this operation needs {kind}, and none is configured")?
            }
            ErrorKind::InvalidRequest => write!(f, "invalid request: {}", facts.message)?,
            ErrorKind::Pagination => write!(f, "pagination: {}", facts.message)?,
            ErrorKind::Config => write!(f, "configuration: {}", facts.message)?,
            ErrorKind::Deadline => write!(f, "deadline: {}", facts.message)?,
        }
        if let Some(body) = &facts.body {
            write!(f, "; body starts: {}", body.excerpt())?;
        }
        if let Some(id) = &facts.request_id {
            write!(f, " (request {id})")?;
        }
        if facts.attempts > 1 {
            write!(f, " after {} attempts", facts.attempts)?;
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
        self.facts()
            .source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_stays_small_and_the_error_crosses_threads() {
        fn send_sync<T: Send + Sync + 'static>() {}
        send_sync::<Error>();
        assert!(std::mem::size_of::<Result<(), Error>>() <= 16);
    }

    #[test]
    fn each_kind_makes_its_variant_and_keeps_the_facts_when_it_changes() {
        for kind in [
            ErrorKind::Api,
            ErrorKind::InputValidation,
            ErrorKind::UnexpectedStatus,
            ErrorKind::Redirect(RedirectRefusal::CrossOrigin),
            ErrorKind::Decode,
            ErrorKind::Transport(TransportKind::Body),
            ErrorKind::BodyTooLarge,
            ErrorKind::MissingCredential(CredentialKind::Bearer),
            ErrorKind::InvalidRequest,
            ErrorKind::Pagination,
            ErrorKind::Config,
            ErrorKind::Deadline,
        ] {
            let mut e = Error::new(kind, "m");
            assert_eq!(e.kind(), kind);
            e.facts_mut().attempts = 3;
            let changed = e.with_kind(ErrorKind::Api);
            assert!(matches!(changed, Error::Api(_)));
            assert_eq!((changed.attempts(), changed.message()), (3, "m"));
        }
    }
}
