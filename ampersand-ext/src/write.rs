//! Writing any number of records: batches of at most [`MAX_BATCH`] sent with bounded
//! concurrency through the generated `writeRecords` (so through the one request path), and one
//! outcome per record, in input order. Waiting for an asynchronous write, or a triggered
//! read, is [`ClientWriteExt::wait_for_operation`].
//!
//! ```no_run
//! use ampersand_ext::prelude::*;
//! use ampersand_ext::write::{RecordOutcome, WriteType};
//! use serde_json::json;
//!
//! # async fn run(client: &Client) -> Result<(), ampersand_ext::Error> {
//! let records = (0..250).map(|i| json!({"email": format!("person{i}@example.com")}));
//! let report = client
//!     .write_all()
//!     .project_id_or_name("my-project")
//!     .integration_id("my-integration")
//!     .object_name("contact")
//!     .group_ref("customer-1")
//!     .type_(WriteType::Create)
//!     .records(records)?
//!     .send()
//!     .await;
//! for (i, outcome) in report.records.iter().enumerate() {
//!     match outcome {
//!         RecordOutcome::Written(result) => println!("{i}: {:?}", result.record_id),
//!         other => println!("{i}: not written: {other}"),
//!     }
//! }
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use ampersand_client::write::types::{
    WriteRecordsFailure, WriteRecordsResponse, WriteRequest, WriteRequestBatchItem,
    WriteRequestBatchPolicy, WriteResponseBatch,
};
use ampersand_client::{types, Client, ResponseValue};
use serde_json::{Map, Value};
use tracing::Instrument;

pub use ampersand_client::write::types::{
    WriteRequestMode as WriteMode, WriteRequestType as WriteType, WriteResult,
};

use crate::Error;

/// The most records one writeRecords call takes (the spec's `maxItems` of `batch`).
pub const MAX_BATCH: usize = 100;

/// The default number of batches in flight.
pub const DEFAULT_WRITE_CONCURRENCY: usize = 8;

/// What happened to one record.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RecordOutcome {
    /// Written (synchronous mode): the provider's result.
    Written(WriteResult),
    /// Accepted for an asynchronous write; the operation tracks it
    /// ([`ClientWriteExt::wait_for_operation`]).
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

/// One writeRecords call of a [`BatchWrite`].
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

/// A write of any number of records; see the [module docs](self).
#[must_use = "nothing is written until `send()` is awaited"]
#[derive(Debug)]
pub struct BatchWrite {
    client: Client,
    project: Option<String>,
    integration: Option<String>,
    object: Option<String>,
    group_ref: Option<String>,
    kind: Option<WriteType>,
    mode: Option<WriteMode>,
    all_or_none: Option<bool>,
    batch_size: usize,
    concurrency: usize,
    records: Vec<Map<String, Value>>,
}

impl BatchWrite {
    /// The project (`projectIdOrName`): required.
    pub fn project_id_or_name(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// The integration (`integrationId`): required.
    pub fn integration_id(mut self, integration: impl Into<String>) -> Self {
        self.integration = Some(integration.into());
        self
    }

    /// The provider object the records are of (`objectName`, such as `contact`): required.
    pub fn object_name(mut self, object: impl Into<String>) -> Self {
        self.object = Some(object.into());
        self
    }

    /// The customer whose installation writes them (`groupRef`): required.
    pub fn group_ref(mut self, group_ref: impl Into<String>) -> Self {
        self.group_ref = Some(group_ref.into());
        self
    }

    /// Create, update, upsert or delete (`type`): required.
    pub fn type_(mut self, kind: WriteType) -> Self {
        self.kind = Some(kind);
        self
    }

    /// The records, each a JSON object (an update or a delete names the record by `id`).
    /// A value that is not an object is refused, naming its index.
    pub fn records<I, R>(mut self, records: I) -> Result<Self, Error>
    where
        I: IntoIterator<Item = R>,
        R: Into<Value>,
    {
        for (i, record) in records.into_iter().enumerate() {
            match record.into() {
                Value::Object(map) => self.records.push(map),
                other => {
                    return Err(Error::invalid_request(format!(
                        "writeRecords: record {i} is not a JSON object but {}",
                        kind_of(&other)
                    )))
                }
            }
        }
        Ok(self)
    }

    /// `synchronous` (the response says what happened to each record) or `asynchronous`
    /// (the response names the operation). Unset, the service's default applies.
    pub fn mode(mut self, mode: WriteMode) -> Self {
        self.mode = Some(mode);
        self
    }

    /// Each batch is written whole or not at all (`batchPolicy.allOrNone`).
    pub fn all_or_none(mut self, all_or_none: bool) -> Self {
        self.all_or_none = Some(all_or_none);
        self
    }

    /// Records per call, 1 to [`MAX_BATCH`] (default [`MAX_BATCH`]).
    pub fn batch_size(mut self, size: usize) -> Self {
        self.batch_size = size.clamp(1, MAX_BATCH);
        self
    }

    /// Calls in flight at once (default [`DEFAULT_WRITE_CONCURRENCY`], at least 1).
    pub fn concurrency(mut self, concurrency: usize) -> Self {
        self.concurrency = concurrency.max(1);
        self
    }

    /// What every batch shares; the first required setting left unset is an
    /// [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest) naming it.
    fn batches(&mut self) -> Result<Batches, Error> {
        fn required<T>(value: Option<T>, name: &str) -> Result<T, Error> {
            value.ok_or_else(|| Error::invalid_request(format!("writeRecords: {name} is not set")))
        }
        Ok(Batches {
            client: self.client.clone(),
            project: required(self.project.take(), "project_id_or_name")?,
            integration: required(self.integration.take(), "integration_id")?,
            object: required(self.object.take(), "object_name")?,
            group_ref: required(self.group_ref.take(), "group_ref")?,
            kind: required(self.kind.take(), "type_")?,
            mode: self.mode.take(),
            all_or_none: self.all_or_none,
        })
    }

    /// Writes every batch and reports every record. It does not fail as a whole: a failed
    /// call marks its records [`RecordOutcome::Failed`] and the others go on; a required
    /// setting left unset marks every record `Failed` with the same
    /// [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest), and nothing is sent.
    ///
    /// Inside a tokio runtime, each batch in flight runs as a task of that runtime (with the
    /// caller's tracing span), so that building bodies and decoding answers uses all its
    /// threads; dropping the returned future aborts them. A panic in a batch goes on in the
    /// caller.
    pub async fn send(mut self) -> WriteReport {
        let spec = match self.batches() {
            Ok(spec) => Arc::new(spec),
            Err(e) => {
                let e = Arc::new(e);
                return WriteReport {
                    records: self
                        .records
                        .iter()
                        .map(|_| RecordOutcome::Failed(e.clone()))
                        .collect(),
                    ..WriteReport::default()
                };
            }
        };
        // each batch owns its records: they are moved into its body, not copied
        let mut records = std::mem::take(&mut self.records).into_iter();
        let mut batches = Vec::new();
        let mut start = 0;
        loop {
            let chunk: Vec<_> = records.by_ref().take(self.batch_size).collect();
            if chunk.is_empty() {
                break;
            }
            batches.push((start..start + chunk.len(), chunk));
            start += self.batch_size;
        }
        // Each batch (building its body, the call, decoding the answer) runs as a task of the
        // caller's runtime, so that the work of the batches in flight is spread over all its
        // threads; the tasks are aborted when this future is dropped.
        let runtime = tokio::runtime::Handle::try_current().ok();
        let done = crate::bulk::run(batches, self.concurrency, |(range, chunk)| {
            let n = chunk.len();
            let batch = spec.clone().send_batch(chunk).in_current_span();
            let runtime = runtime.clone();
            async move {
                let outcome = match runtime {
                    Some(runtime) => {
                        Task {
                            handle: runtime.spawn(batch),
                            records: n,
                        }
                        .await
                    }
                    None => batch.await,
                };
                (range, outcome)
            }
        })
        .await;
        let mut report = WriteReport::default();
        for (range, (batch, outcomes)) in done {
            debug_assert_eq!(outcomes.len(), range.len());
            report.records.extend(outcomes);
            report.batches.push(BatchReport {
                records: range,
                ..batch
            });
        }
        report
    }
}

/// What every batch of a [`BatchWrite`] shares, owned so that a batch can run as a task.
#[derive(Debug)]
struct Batches {
    client: Client,
    project: String,
    integration: String,
    object: String,
    group_ref: String,
    kind: WriteType,
    mode: Option<WriteMode>,
    all_or_none: Option<bool>,
}

/// A batch running as a task: aborted when dropped; its panic goes on in the caller.
struct Task {
    handle: tokio::task::JoinHandle<(BatchReport, Vec<RecordOutcome>)>,
    /// How many records the batch has (each gets an outcome, whatever happens to the task).
    records: usize,
}

impl Drop for Task {
    fn drop(&mut self) {
        self.handle.abort();
    }
}

impl std::future::Future for Task {
    type Output = (BatchReport, Vec<RecordOutcome>);

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let n = self.records;
        std::pin::Pin::new(&mut self.handle)
            .poll(cx)
            .map(|ended| match ended {
                Ok(outcome) => outcome,
                Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                // the runtime shut down under the batch
                Err(e) => {
                    let e = Arc::new(Error::config(format!("the batch did not end: {e}")));
                    (
                        BatchReport {
                            records: 0..n,
                            operation_id: None,
                            status: None,
                        },
                        (0..n).map(|_| RecordOutcome::Failed(e.clone())).collect(),
                    )
                }
            })
    }
}

impl Batches {
    /// The typed body of one batch, built from the caller's records as they are (each record's
    /// map is moved in whole, so nothing of it is dropped and nothing is added).
    fn body(&self, records: Vec<Map<String, Value>>) -> Result<WriteRequest, Error> {
        let unfit = |e: String| Error::invalid_request(format!("writeRecords: {e}"));
        let batch = records
            .into_iter()
            .map(|record| {
                WriteRequestBatchItem::try_from(WriteRequestBatchItem::builder().record(record))
                    .map_err(|e| unfit(e.to_string()))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let mut body = WriteRequest::builder()
            .group_ref(self.group_ref.clone())
            .type_(self.kind.clone())
            .batch(Some(batch))
            .mode(self.mode.clone());
        if let Some(all) = self.all_or_none {
            let policy = WriteRequestBatchPolicy::builder().all_or_none(Some(all));
            body = body.batch_policy(Some(
                WriteRequestBatchPolicy::try_from(policy).map_err(|e| unfit(e.to_string()))?,
            ));
        }
        WriteRequest::try_from(body).map_err(|e| unfit(e.to_string()))
    }

    async fn send_batch(
        self: Arc<Self>,
        records: Vec<Map<String, Value>>,
    ) -> (BatchReport, Vec<RecordOutcome>) {
        let n = records.len();
        let mut batch = BatchReport {
            records: 0..n,
            operation_id: None,
            status: None,
        };
        let sent = async {
            let typed = self.body(records)?;
            self.client
                .write()
                .write_records()
                .project_id_or_name(self.project.as_str())
                .integration_id(self.integration.as_str())
                .object_name(self.object.as_str())
                .body(typed)
                .send()
                .await
        }
        .await;
        let outcomes = match sent {
            Ok(response) => {
                batch.status = Some(response.status().as_u16());
                let (body, response) = response.into_parts();
                let mismatch = |got: &str| mismatch(&response, n, got);
                match body {
                    WriteRecordsResponse::Batch(b) => {
                        batch.operation_id = Some(b.operation_id.clone());
                        from_batch(b, n, mismatch)
                    }
                    WriteRecordsResponse::SingleSuccess(s) => {
                        batch.operation_id = Some(s.operation_id.clone());
                        match s.result {
                            // asynchronous: the operation alone
                            None => (0..n)
                                .map(|_| RecordOutcome::Accepted {
                                    operation_id: s.operation_id.clone(),
                                })
                                .collect(),
                            Some(r) if n == 1 && r.success => vec![RecordOutcome::Written(r)],
                            Some(r) if n == 1 => vec![RecordOutcome::Refused {
                                result: Some(r),
                                errors: Vec::new(),
                            }],
                            Some(_) => mismatch("one result"),
                        }
                    }
                    other => mismatch(&format!("an unknown response {other:?}")),
                }
            }
            Err(e) => {
                batch.status = e.status().map(|s| s.as_u16());
                let failure = match e.error_body() {
                    Some(ampersand_client::OperationErrorBody::WriteRecords(f)) => {
                        Some((**f).clone())
                    }
                    _ => None,
                };
                // records the answer cannot be matched to fail with the service's error
                let e = Arc::new(e);
                let failed = |_: &str| (0..n).map(|_| RecordOutcome::Failed(e.clone())).collect();
                match failure {
                    Some(WriteRecordsFailure::Batch(b)) => {
                        batch.operation_id = Some(b.operation_id.clone());
                        from_batch(b, n, failed)
                    }
                    Some(WriteRecordsFailure::SingleFail(f)) => {
                        batch.operation_id = Some(f.operation_id.clone());
                        let errors: Vec<String> =
                            f.errors.iter().filter_map(|e| e.message.clone()).collect();
                        (0..n)
                            .map(|_| RecordOutcome::Refused {
                                result: f.result.clone(),
                                errors: errors.clone(),
                            })
                            .collect()
                    }
                    _ => failed(""),
                }
            }
        };
        (batch, outcomes)
    }
}

/// Each record's outcome from a batch response: its own result when the service gave one per
/// record, else the batch's operation (accepted) or its errors (refused).
fn from_batch(
    b: WriteResponseBatch,
    n: usize,
    mismatch: impl Fn(&str) -> Vec<RecordOutcome>,
) -> Vec<RecordOutcome> {
    let errors: Vec<String> = b
        .errors
        .iter()
        .flatten()
        .filter_map(|e| e.message.clone())
        .collect();
    match b.results {
        Some(results) if results.len() == n => results
            .into_iter()
            .map(|r| {
                if r.success {
                    RecordOutcome::Written(r)
                } else {
                    RecordOutcome::Refused {
                        result: Some(r),
                        errors: errors.clone(),
                    }
                }
            })
            .collect(),
        Some(results) => mismatch(&format!("{} results", results.len())),
        None if b.failure_count == 0 => (0..n)
            .map(|_| RecordOutcome::Accepted {
                operation_id: b.operation_id.clone(),
            })
            .collect(),
        None => (0..n)
            .map(|_| RecordOutcome::Refused {
                result: None,
                errors: errors.clone(),
            })
            .collect(),
    }
}

/// Every record of a batch whose response cannot be matched to its records: a `Decode` error
/// with the response's facts.
fn mismatch(response: &ResponseValue<()>, n: usize, got: &str) -> Vec<RecordOutcome> {
    let e = Arc::new(response.misfit(format!(
        "writeRecords answered {got} for a batch of {n} records"
    )));
    (0..n).map(|_| RecordOutcome::Failed(e.clone())).collect()
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// How [`ClientWriteExt::wait_for_operation`] polls: the first wait, the factor by which each
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

/// The status of an operation that is still running.
pub const IN_PROGRESS: &str = "in_progress";

/// Writing in batches and waiting for operations, on the generated client.
pub trait ClientWriteExt {
    /// A write of any number of records: name the project, integration, object, customer
    /// (`group_ref`) and type with its setters, and add the records with
    /// [`BatchWrite::records`].
    fn write_all(&self) -> BatchWrite;

    /// Polls getOperation until the operation is no longer `in_progress` and returns it
    /// (`status` says `success` or `failure`), waiting longer each time (see
    /// [`WaitOptions`]). Past the deadline it fails with [`ErrorKind::Deadline`](crate::ErrorKind::Deadline); a failed
    /// poll that is not retryable fails at once.
    ///
    /// ```no_run
    /// use ampersand_ext::prelude::*;
    /// use ampersand_ext::write::WaitOptions;
    ///
    /// # async fn run(client: &Client) -> Result<(), ampersand_ext::Error> {
    /// let started = client
    ///     .read()
    ///     .trigger_read()
    ///     .project_id_or_name("my-project")
    ///     .integration_id("my-integration")
    ///     .object_name("contact")
    ///     .body(serde_json::from_value::<ampersand_ext::client::read::types::ReadRequest>(
    ///         serde_json::json!({"groupRef": "customer-1", "mode": "async"}),
    ///     ).unwrap())
    ///     .send()
    ///     .await?;
    /// let done = client
    ///     .wait_for_operation("my-project", &started.operation_id, WaitOptions::default())
    ///     .await?;
    /// println!("{}: {:?}", done.status, done.result);
    /// # Ok(())
    /// # }
    /// ```
    fn wait_for_operation(
        &self,
        project: &str,
        operation_id: &str,
        options: WaitOptions,
    ) -> impl std::future::Future<Output = Result<types::Operation, Error>> + Send;
}

impl ClientWriteExt for Client {
    fn write_all(&self) -> BatchWrite {
        BatchWrite {
            client: self.clone(),
            project: None,
            integration: None,
            object: None,
            group_ref: None,
            kind: None,
            mode: None,
            all_or_none: None,
            batch_size: MAX_BATCH,
            concurrency: DEFAULT_WRITE_CONCURRENCY,
            records: Vec::new(),
        }
    }

    async fn wait_for_operation(
        &self,
        project: &str,
        operation_id: &str,
        options: WaitOptions,
    ) -> Result<types::Operation, Error> {
        let start = Instant::now();
        let mut wait = options.initial_interval;
        loop {
            let polled = self
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
}
