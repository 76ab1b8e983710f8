//! The one error of every call, generated operation or helper: what went wrong
//! ([`ErrorKind`]), and every fact the request path knows of the call, each in a typed field
//! read through an accessor.

mod body;
mod display;
mod kind;

pub use body::{BODY_CAP, DecodeError, RawBody};
pub use kind::{CredentialKind, ErrorKind, RedirectRefusal, TransportKind};

use std::fmt;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::OperationMeta;
use crate::redact::redact_text;
use crate::types::{InputValidationIssue, InputValidationProblem};

/// Everything that can go wrong with a call: what went wrong ([`Error::kind`]) and what the
/// client knows of the call. `?` works from every generated operation and every helper into
/// this one type.
///
/// Match on [`Error::kind`]; read the facts of the call with the accessors ([`Error::status`],
/// [`Error::problem`], [`Error::request_id`], [`Error::attempts`], [`Error::operation`], …).
/// An error that comes from a response has its status; one made before anything was sent has
/// none. The facts are boxed, so that a `Result` stays small. `Debug` redacts credential-named
/// fields and token-like values of the problem and the headers, and shows only the size of
/// the body.
///
/// ```
/// use ampersand_client::{Error, ErrorKind};
///
/// fn describe(e: &Error) -> String {
///     match e.kind() {
///         ErrorKind::InputValidation => format!("fix {} field(s)", e.issues().len()),
///         ErrorKind::Api if e.status().map(|s| s.as_u16()) == Some(404) => "not found".into(),
///         _ if e.is_retryable() => format!("try later ({e})"),
///         _ => e.to_string(),
///     }
/// }
/// let e = Error::invalid_request("projectIdOrName: no value supplied");
/// assert_eq!(describe(&e), "invalid request: projectIdOrName: no value supplied");
/// ```
pub struct Error {
    kind: ErrorKind,
    facts: Box<Facts>,
}

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
    /// The index of the one record the error is about, in a stream that goes on after it.
    pub(crate) record: Option<usize>,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
    error_body: Option<crate::OperationErrorBody>,
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let facts = &*self.facts;
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
            .field("kind", &self.kind)
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
            .field("record", &facts.record)
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

impl Error {
    /// An error of `kind` with `message` and no facts of a call (the request path adds them).
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            facts: Box::new(Facts {
                message: message.into(),
                ..Facts::default()
            }),
        }
    }

    /// An error of `kind` about a response: its operation, the attempts made, its status and
    /// its headers as received (the request id read from them).
    pub(crate) fn of_response(
        kind: ErrorKind,
        message: impl Into<String>,
        operation: Option<&'static OperationMeta>,
        attempts: u32,
        status: StatusCode,
        headers: &HeaderMap,
    ) -> Error {
        let mut error = Error::new(kind, message);
        let facts = error.facts_mut();
        facts.operation = operation;
        facts.attempts = attempts;
        facts.status = Some(status);
        facts.request_id = crate::call::request_id(headers).map(str::to_string);
        facts.headers = Some(headers.clone());
        error
    }

    /// What went wrong: the value to match on.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub(crate) fn facts_mut(&mut self) -> &mut Facts {
        &mut self.facts
    }

    /// The same facts, with `kind` as what went wrong.
    pub(crate) fn with_kind(mut self, kind: ErrorKind) -> Error {
        self.kind = kind;
        self
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

    /// A wait that ran out of time (an operation still running at the caller's deadline).
    pub fn deadline(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Deadline, message)
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
    pub(crate) fn for_operation(mut self, operation: Option<&'static OperationMeta>) -> Error {
        let facts = self.facts_mut();
        if facts.operation.is_none() {
            facts.operation = operation;
        }
        self
    }

    /// The operation called (operationId, method, path template), when there was one.
    pub fn operation(&self) -> Option<&'static OperationMeta> {
        self.facts.operation
    }

    /// Attempts made: the first and each retry, counting one each (0 when nothing was
    /// sent). A same-origin redirect the client followed is part of its attempt, not one
    /// more: an attempt that followed 10 redirects sent 11 requests.
    pub fn attempts(&self) -> u32 {
        self.facts.attempts
    }

    /// The status of the last response, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        self.facts.status
    }

    /// The headers of the last response, exactly as received.
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.facts.headers.as_ref()
    }

    /// The request id: the problem's `requestId`, else the `x-request-id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.facts.request_id.as_deref()
    }

    /// The decoded problem document of an error response (`retryable`, `retryAfter`,
    /// `issues`, …), read field by field: a field that does not parse is absent (and named
    /// in [`Error::unreadable_problem_fields`]), every other is kept. Where the server echoes
    /// a credential (an issue's `value` whose `name` is a secret field, a value under a
    /// secret-named key, the client's own API key or JWT anywhere in its text), the problem
    /// holds `[redacted]` instead.
    pub fn problem(&self) -> Option<&InputValidationProblem> {
        self.facts.problem.as_deref()
    }

    /// The JSON paths of the problem's fields that did not parse (`time`,
    /// `issues[0].name`), absent from [`Error::problem`] as if the server had not sent them.
    pub fn unreadable_problem_fields(&self) -> &[String] {
        &self.facts.unreadable_problem_fields
    }

    /// How long the server asked to wait before another attempt, as of its answer: its
    /// `Retry-After` header (seconds or a date), else the problem's `retryAfter` instant.
    /// When that wait is longer than the client sleeps through
    /// ([`RetryPolicy::max_retry_after`](crate::RetryPolicy::max_retry_after)) or ends after
    /// the call's budget, the call fails at once with this error, so the caller can schedule
    /// the retry itself.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        self.facts.retry_after
    }

    /// The body, capped, when it is not a problem document (an error page, a body that does
    /// not decode, an unexpected status).
    pub fn body(&self) -> Option<&RawBody> {
        self.facts.body.as_ref()
    }

    /// What the client says of it (for [`ErrorKind::InvalidRequest`], `Config`, `Pagination`,
    /// `Deadline`, `BodyTooLarge`); empty otherwise.
    pub fn message(&self) -> &str {
        &self.facts.message
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
        self.facts.error_body.as_ref()
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
        self.facts.source.as_deref()?.downcast_ref()
    }

    /// The index of the one record this error is about, when it is about one record of a
    /// stream of them (a delivery's record that does not fit its type): the stream goes on
    /// after it. `None` for an error that ends the stream.
    pub fn record(&self) -> Option<usize> {
        self.facts.record
    }

    /// The transport error beneath, if any.
    pub fn transport_error(&self) -> Option<&reqwest::Error> {
        self.facts.source.as_deref()?.downcast_ref()
    }

    /// Whether trying again later may succeed: a transport failure, or a status the service
    /// may recover from (408, 429, 500, 502, 503, 504), unless its problem says
    /// `retryable: false` (and always when it says `retryable: true`).
    pub fn is_retryable(&self) -> bool {
        let said = self.problem().and_then(|p| p.retryable);
        match (self.kind, self.status()) {
            (ErrorKind::Transport(_), _) => true,
            (_, Some(status)) if status.as_u16() >= 400 => {
                crate::retry::is_retryable_status(status.as_u16(), said)
            }
            _ => said.unwrap_or(false),
        }
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
        self.facts
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
    fn a_new_kind_keeps_the_facts() {
        let mut e = Error::new(ErrorKind::Decode, "m");
        e.facts_mut().attempts = 3;
        let changed = e.with_kind(ErrorKind::Api);
        assert_eq!(changed.kind(), ErrorKind::Api);
        assert_eq!((changed.attempts(), changed.message()), (3, "m"));
    }
}
