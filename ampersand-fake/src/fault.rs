//! Faults on demand: the next calls of an operation fail as asked (a status, with
//! `Retry-After` and the problem's `retryable` and `retryAfter`; a delay; a connection dropped
//! without an answer), so that a caller's retries can be tested.

use std::time::Duration;

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::problem;

/// One fault: what the call gets instead of its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Fault {
    what: What,
    retry_after: Option<Duration>,
    retryable: Option<bool>,
    delay: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum What {
    Status(u16),
    Drop,
    /// Only the delay, then the real answer.
    Answer,
}

impl Fault {
    /// A problem with `status` (503, 429, …) instead of the answer.
    pub fn status(status: u16) -> Fault {
        Fault {
            what: What::Status(status),
            retry_after: None,
            retryable: None,
            delay: Duration::ZERO,
        }
    }

    /// The connection closed without an answer.
    pub fn drop_connection() -> Fault {
        Fault {
            what: What::Drop,
            ..Fault::status(0)
        }
    }

    /// The real answer, `delay` late.
    pub fn latency(delay: Duration) -> Fault {
        Fault {
            what: What::Answer,
            delay,
            ..Fault::status(0)
        }
    }

    /// With `Retry-After` (whole seconds, rounded up) and the problem's `retryAfter`.
    pub fn retry_after(mut self, wait: Duration) -> Fault {
        self.retry_after = Some(wait);
        self
    }

    /// With the problem's `retryable`.
    pub fn retryable(mut self, retryable: bool) -> Fault {
        self.retryable = Some(retryable);
        self
    }

    /// After waiting `delay` (a slow failure).
    pub fn delayed(mut self, delay: Duration) -> Fault {
        self.delay = delay;
        self
    }
}

/// What the server does with a call a fault takes.
pub(crate) enum Outcome {
    Answer(Response),
    Drop,
    Proceed,
}

impl Fault {
    /// Waits the delay, then says what to do.
    pub(crate) async fn strike(&self, operation: &str) -> Outcome {
        if !self.delay.is_zero() {
            tokio::time::sleep(self.delay).await;
        }
        match self.what {
            What::Answer => Outcome::Proceed,
            What::Drop => Outcome::Drop,
            What::Status(status) => {
                let code = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
                let mut p = problem::problem(
                    code,
                    code.canonical_reason().unwrap_or("Error"),
                    format!("a fault set on {operation}"),
                );
                let seconds = self
                    .retry_after
                    .map(|d| d.as_secs() + u64::from(d.subsec_nanos() > 0));
                p.set("retryable", self.retryable.map(Into::into));
                // the problem's retryAfter is the time to try again at (date-time)
                let at = seconds.map(|s| {
                    let s = i64::try_from(s)
                        .unwrap_or(i64::MAX / 1000)
                        .min(i64::MAX / 1000);
                    (chrono::Utc::now() + chrono::Duration::seconds(s))
                        .to_rfc3339()
                        .into()
                });
                p.set("retryAfter", at);
                let mut response = p.into_response();
                if let Some(s) = seconds {
                    response
                        .headers_mut()
                        .insert("retry-after", HeaderValue::from(s));
                }
                Outcome::Answer(response)
            }
        }
    }
}

/// The faults waiting, in the order set: each takes the next `times` calls of its operation.
#[derive(Default)]
pub(crate) struct Faults(Vec<(String, u32, Fault)>);

impl Faults {
    pub(crate) fn add(&mut self, operation: String, times: u32, fault: Fault) {
        if times > 0 {
            self.0.push((operation, times, fault));
        }
    }

    /// The fault for this call of `operation`, if one is waiting (counted down).
    pub(crate) fn take(&mut self, operation: &str) -> Option<Fault> {
        let at = self.0.iter().position(|(op, _, _)| op == operation)?;
        let (_, times, fault) = &mut self.0[at];
        let fault = fault.clone();
        *times -= 1;
        if *times == 0 {
            self.0.remove(at);
        }
        Some(fault)
    }

    /// Whether any fault waits (a request skips finding its operation early when none does).
    pub(crate) fn any(&self) -> bool {
        !self.0.is_empty()
    }

    pub(crate) fn clear(&mut self) {
        self.0.clear();
    }
}

/// The admin endpoint's body: `POST /_fake/faults`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct FaultRequest {
    pub(crate) operation: String,
    #[serde(default = "one")]
    pub(crate) times: u32,
    pub(crate) status: Option<u16>,
    #[serde(default)]
    pub(crate) drop: bool,
    pub(crate) latency_ms: Option<u64>,
    pub(crate) retry_after_seconds: Option<u64>,
    pub(crate) retryable: Option<bool>,
}

fn one() -> u32 {
    1
}

impl FaultRequest {
    pub(crate) fn fault(&self) -> Result<Fault, String> {
        let delay = Duration::from_millis(self.latency_ms.unwrap_or(0));
        let mut fault = match (self.status, self.drop) {
            (Some(_), true) => return Err("give a status or drop, not both".into()),
            (Some(status), false) => {
                if StatusCode::from_u16(status).is_err() || status < 400 {
                    return Err(format!("{status} is not an error status"));
                }
                Fault::status(status).delayed(delay)
            }
            (None, true) => Fault::drop_connection().delayed(delay),
            (None, false) if !delay.is_zero() => Fault::latency(delay),
            (None, false) => return Err("give a status, drop or latencyMs".into()),
        };
        if let Some(s) = self.retry_after_seconds {
            fault = fault.retry_after(Duration::from_secs(s));
        }
        if let Some(r) = self.retryable {
            fault = fault.retryable(r);
        }
        Ok(fault)
    }
}
