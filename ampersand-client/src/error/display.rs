//! An [`Error`] in one line, safe to log.

use std::fmt::{self, Write as _};

use super::{Error, ErrorKind};
use crate::redact::{Escaping, redact_text};

impl fmt::Display for Error {
    /// The operation, the cause and the facts in one line; the server's text in it is
    /// redacted and its control characters (CR, LF, ESC, NUL, bidirectional overrides) are
    /// escaped, so a response cannot forge a log line or drive a terminal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let f = &mut Escaping(f);
        let facts = &*self.facts;
        if let Some(op) = facts.operation {
            write!(f, "{}: ", op.id)?;
        } else if !facts.message.is_empty()
            && matches!(
                self.kind,
                ErrorKind::Api
                    | ErrorKind::UnexpectedStatus
                    | ErrorKind::Redirect(_)
                    | ErrorKind::Transport(_)
            )
        {
            // what a call that is no operation was doing (a download from another origin)
            write!(f, "{}: ", redact_text(&facts.message))?;
        }
        match self.kind {
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
