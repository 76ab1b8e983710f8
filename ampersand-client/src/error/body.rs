//! What an [`Error`](crate::Error) keeps of a body: the body itself, capped ([`RawBody`]), and
//! where a success's body does not fit its type ([`DecodeError`]).

use std::fmt::{self, Write as _};

use bytes::Bytes;

use crate::redact::{Escaping, redact_text, redacted_excerpt};

/// How much of a body that is not a problem document an error keeps
/// ([`Error::body`](crate::Error::body)).
pub const BODY_CAP: usize = 64 * 1024;

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
