//! What went wrong with a call, as values to match on: [`ErrorKind`] and the kinds of its
//! cases.

use std::fmt;

/// What went wrong with a call: what [`Error::kind`](crate::Error::kind) returns, to match
/// on, compare, count or log. The facts of the call are the error's own (its accessors).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The service answered with an error status (4xx or 5xx). [`Error::problem`](crate::Error::problem) holds its
    /// problem document, or [`Error::body`](crate::Error::body) what it sent instead (an HTML page from a proxy).
    Api,
    /// The service rejected the input: a problem whose `issues` say which field and why.
    InputValidation,
    /// A status the spec does not declare for the operation.
    UnexpectedStatus,
    /// A redirect the client did not follow (see [`RedirectRefusal`]).
    Redirect(RedirectRefusal),
    /// A success whose body does not fit its type; the source ([`DecodeError`](crate::DecodeError)) names the JSON
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
