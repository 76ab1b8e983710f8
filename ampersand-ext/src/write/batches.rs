//! The batches of a write: each chunk of the input split into what is sent and what cannot
//! be, its writeRecords call (as a task of the caller's runtime), and each record's outcome
//! read from the answer.

use std::sync::Arc;

use ampersand_client::write::types::{
    WriteRecordsFailure, WriteRecordsResponse, WriteRequest, WriteRequestBatchItem,
    WriteRequestBatchPolicy, WriteResponseBatch,
};
use ampersand_client::{Client, ResponseValue};
use serde_json::{Map, Value};
use tracing::Instrument;

use super::{BatchOutcome, BatchReport, Progress, RecordOutcome, WriteMode, WriteType};
use crate::Error;

/// A record as read from the input: its JSON object, or why it is not one.
pub(super) type Read = Result<Map<String, Value>, String>;

/// Writes one chunk of the input, whose first record has input index `start`: a record that is
/// not a JSON object fails alone, naming its index; the others go in one writeRecords call (none
/// when the write's settings are incomplete: `shared` says why, and every record fails with
/// it). The progress counts what was sent, and then each outcome.
pub(super) async fn write_chunk(
    shared: Result<Arc<Batches>, Arc<Error>>,
    start: usize,
    records: Vec<Read>,
    runtime: Option<tokio::runtime::Handle>,
    progress: Arc<tokio::sync::watch::Sender<Progress>>,
) -> BatchOutcome {
    let n = records.len();
    let mut outcomes: Vec<Option<RecordOutcome>> = vec![None; n];
    let (mut valid, mut places) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for (i, record) in records.into_iter().enumerate() {
        match record {
            Ok(map) => {
                valid.push(map);
                places.push(i);
            }
            Err(why) => {
                let e = Error::invalid_request(format!("writeRecords: record {} {why}", start + i));
                outcomes[i] = Some(RecordOutcome::Failed(Arc::new(e)));
            }
        }
    }
    let mut batch = BatchReport {
        records: start..start + n,
        operation_id: None,
        status: None,
    };
    match shared {
        Err(e) => {
            for &i in &places {
                outcomes[i] = Some(RecordOutcome::Failed(e.clone()));
            }
        }
        Ok(shared) if !valid.is_empty() => {
            progress.send_modify(|p| p.sent += valid.len());
            let sent = shared.send_batch(valid).in_current_span();
            let (report, results) = match runtime {
                Some(runtime) => {
                    Task {
                        handle: runtime.spawn(sent),
                        records: places.len(),
                    }
                    .await
                }
                None => sent.await,
            };
            batch.operation_id = report.operation_id;
            batch.status = report.status;
            debug_assert_eq!(results.len(), places.len());
            for (&i, outcome) in places.iter().zip(results) {
                outcomes[i] = Some(outcome);
            }
        }
        Ok(_) => {}
    }
    let records: Vec<RecordOutcome> = outcomes
        .into_iter()
        .map(|o| o.expect("send_batch gives one outcome per record sent"))
        .collect();
    progress.send_modify(|p| p.count(&records));
    BatchOutcome { batch, records }
}

/// What every batch of a [`BatchWrite`](super::BatchWrite) shares, owned so that a batch can run as a task.
#[derive(Debug)]
pub(super) struct Batches {
    pub(super) client: Client,
    pub(super) project: String,
    pub(super) integration: String,
    pub(super) object: String,
    pub(super) group_ref: String,
    pub(super) kind: WriteType,
    pub(super) mode: Option<WriteMode>,
    pub(super) all_or_none: Option<bool>,
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
