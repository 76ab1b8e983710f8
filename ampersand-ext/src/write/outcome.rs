//! What a write reports: each record's outcome, each batch, the whole write, and the progress
//! counts as it goes.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use super::WriteResult;
use crate::Error;

/// What happened to one record.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RecordOutcome {
    /// Written (synchronous mode): the provider's result.
    Written(WriteResult),
    /// Accepted for an asynchronous write; the operation tracks it
    /// ([`ClientWriteExt::wait_for_operation`](super::ClientWriteExt::wait_for_operation)).
    Accepted {
        /// The operation of the batch the record was in.
        operation_id: String,
    },
    /// The provider refused the record (a 422, or `success: false`).
    Refused {
        /// The record's own result, when the service gave one.
        result: Option<WriteResult>,
        /// Why: the messages of the record's batch (or of the record, when alone).
        errors: Vec<String>,
    },
    /// The call carrying the record failed (a transport failure, a 400, a problem); the
    /// record may not have been sent.
    Failed(Arc<Error>),
}

impl RecordOutcome {
    /// Written or accepted.
    pub fn is_success(&self) -> bool {
        matches!(
            self,
            RecordOutcome::Written(_) | RecordOutcome::Accepted { .. }
        )
    }
}

impl fmt::Display for RecordOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordOutcome::Written(r) => {
                write!(f, "written ({})", r.record_id.as_deref().unwrap_or("no id"))
            }
            RecordOutcome::Accepted { operation_id } => {
                write!(f, "accepted (operation {operation_id})")
            }
            RecordOutcome::Refused { errors, .. } if errors.is_empty() => f.write_str("refused"),
            RecordOutcome::Refused { errors, .. } => write!(f, "refused: {}", errors.join("; ")),
            RecordOutcome::Failed(e) => write!(f, "failed: {e}"),
        }
    }
}

/// One writeRecords call of a [`BatchWrite`](super::BatchWrite).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct BatchReport {
    /// The indexes of its records in the input.
    pub records: Range<usize>,
    /// The operation that tracks it, when the service named one.
    pub operation_id: Option<String>,
    /// The HTTP status, when a response came.
    pub status: Option<u16>,
}

/// Every record's outcome, in input order, and every batch.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct WriteReport {
    /// One outcome per input record, in input order.
    pub records: Vec<RecordOutcome>,
    /// One entry per writeRecords call, in input order.
    pub batches: Vec<BatchReport>,
}

impl WriteReport {
    /// How many records were written or accepted.
    pub fn succeeded(&self) -> usize {
        self.records.iter().filter(|r| r.is_success()).count()
    }

    /// The indexes and outcomes of the records not written.
    pub fn failures(&self) -> impl Iterator<Item = (usize, &RecordOutcome)> {
        self.records
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.is_success())
    }
}

/// One batch as it ends, in input order: its call, and the outcome of each of its records
/// (the record at input index `batch.records.start + i` has `records[i]`).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct BatchOutcome {
    /// The writeRecords call.
    pub batch: BatchReport,
    /// One outcome per record of the batch, in input order.
    pub records: Vec<RecordOutcome>,
}

impl BatchOutcome {
    /// Each record's input index and outcome.
    pub fn indexed(&self) -> impl Iterator<Item = (usize, &RecordOutcome)> {
        self.batch.records.clone().zip(&self.records)
    }
}

/// How far a write has got, in records: what was handed to a writeRecords call, and of the
/// records whose batch ended, how many were written (or accepted), refused and failed. See
/// [`BatchWrite::progress`](super::BatchWrite::progress).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Records sent in a writeRecords call (the call may still be running).
    pub sent: usize,
    /// Records written, or accepted for an asynchronous write.
    pub written: usize,
    /// Records the provider refused.
    pub refused: usize,
    /// Records that failed: their call failed, or they were not sent (not a JSON object).
    pub failed: usize,
}

impl Progress {
    /// Counts the outcomes of a batch that ended.
    pub(crate) fn count(&mut self, outcomes: &[RecordOutcome]) {
        for outcome in outcomes {
            match outcome {
                RecordOutcome::Written(_) | RecordOutcome::Accepted { .. } => self.written += 1,
                RecordOutcome::Refused { .. } => self.refused += 1,
                RecordOutcome::Failed(_) => self.failed += 1,
            }
        }
    }
}
