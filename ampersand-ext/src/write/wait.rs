//! Waiting for an asynchronous write, or a triggered read: getOperation polled, each wait
//! longer than the last, within a deadline.

use std::time::Duration;

use tokio::time::Instant;

use ampersand_client::{Client, types};

use super::IN_PROGRESS;
use crate::Error;

/// How [`ClientWriteExt::wait_for_operation`](super::ClientWriteExt::wait_for_operation) polls: the first wait, the factor by which each
/// wait grows, the longest wait, and the deadline of the whole wait.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct WaitOptions {
    /// Give up after this long (default 10 minutes).
    pub deadline: Duration,
    /// The first wait (default 1 s).
    pub initial_interval: Duration,
    /// The longest wait (default 30 s).
    pub max_interval: Duration,
    /// Each wait is the previous one times this (default 2).
    pub multiplier: f64,
}

impl Default for WaitOptions {
    fn default() -> Self {
        WaitOptions {
            deadline: Duration::from_secs(600),
            initial_interval: Duration::from_secs(1),
            max_interval: Duration::from_secs(30),
            multiplier: 2.0,
        }
    }
}

impl WaitOptions {
    /// These options with `deadline`.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// These options with waits from `initial` up to `max`.
    pub fn intervals(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_interval = initial;
        self.max_interval = max.max(initial);
        self
    }
}

/// Polls getOperation until the operation is no longer `in_progress` (see
/// [`ClientWriteExt::wait_for_operation`](super::ClientWriteExt::wait_for_operation)).
pub(super) async fn wait_for_operation(
    client: &Client,
    project: &str,
    operation_id: &str,
    options: WaitOptions,
) -> Result<types::Operation, Error> {
    let start = Instant::now();
    let mut wait = options.initial_interval;
    loop {
        let polled = client
            .get_operation()
            .project_id_or_name(project)
            .operation_id(operation_id)
            .send()
            .await;
        match polled {
            Ok(op) if op.status != IN_PROGRESS => return Ok(op.into_inner()),
            Ok(_) => {}
            Err(e) if !e.is_retryable() => return Err(e),
            Err(_) => {}
        }
        let left = options.deadline.saturating_sub(start.elapsed());
        if left.is_zero() {
            return Err(Error::deadline(format!(
                "operation {operation_id} still {IN_PROGRESS} after {:?}",
                options.deadline
            )));
        }
        tokio::time::sleep(wait.min(left)).await;
        wait = wait
            .mul_f64(options.multiplier.max(1.0))
            .min(options.max_interval);
    }
}
