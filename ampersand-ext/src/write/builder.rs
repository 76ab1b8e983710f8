//! The builder of a write: what it writes to, how, and the records.

use std::fmt;
use std::sync::Arc;

use futures_util::stream::{self, BoxStream, Stream, StreamExt};
use serde::Serialize;
use serde_json::Value;
use tokio::sync::watch;

use super::batches::{Batches, Read, write_chunk};
use super::{
    BatchOutcome, DEFAULT_WRITE_CONCURRENCY, MAX_BATCH, Progress, WriteMode, WriteReport, WriteType,
};
use crate::Error;
use ampersand_client::Client;

/// A write of any number of records; see the [module docs](super).
#[must_use = "nothing is written until `send()` is awaited or `stream()` polled"]
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
    /// The records, read lazily: each a JSON object, or why it is not one.
    records: Option<BoxStream<'static, Read>>,
    progress: Arc<watch::Sender<Progress>>,
}

impl fmt::Debug for BatchWrite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BatchWrite")
            .field("project", &self.project)
            .field("integration", &self.integration)
            .field("object", &self.object)
            .field("group_ref", &self.group_ref)
            .field("kind", &self.kind)
            .field("mode", &self.mode)
            .field("all_or_none", &self.all_or_none)
            .field("batch_size", &self.batch_size)
            .field("concurrency", &self.concurrency)
            .field("progress", &*self.progress.borrow())
            .finish_non_exhaustive()
    }
}

impl BatchWrite {
    /// A write through `client`, nothing set.
    pub(super) fn new(client: Client) -> BatchWrite {
        BatchWrite {
            client,
            project: None,
            integration: None,
            object: None,
            group_ref: None,
            kind: None,
            mode: None,
            all_or_none: None,
            batch_size: MAX_BATCH,
            concurrency: DEFAULT_WRITE_CONCURRENCY,
            records: None,
            progress: Arc::new(watch::channel(Progress::default()).0),
        }
    }

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

    /// The records: anything `Serialize` that serializes to a JSON object (a
    /// `#[derive(Serialize)]` struct of yours, or `serde_json` values; an update or a delete
    /// names the record by `id`). They are read lazily, as batches are sent, so that at most
    /// `concurrency × batch size` of them are held at once. A record that does not serialize to
    /// an object fails alone, naming its index, and the others are written. Called again, the
    /// records follow those given before.
    pub fn records<I, R>(self, records: I) -> Self
    where
        I: IntoIterator<Item = R>,
        I::IntoIter: Send + 'static,
        R: Serialize,
    {
        self.record_stream(stream::iter(records))
    }

    /// [`records`](Self::records) from a `Stream` (records read from a file or a database as
    /// they come): the next record is awaited only when a batch has room for it.
    pub fn record_stream<S, R>(mut self, records: S) -> Self
    where
        S: Stream<Item = R> + Send + 'static,
        R: Serialize,
    {
        let read: BoxStream<'static, Read> = records.map(|r| to_object(&r)).boxed();
        self.records = Some(match self.records.take() {
            Some(before) => before.chain(read).boxed(),
            None => read,
        });
        self
    }

    /// The write's progress, updated as it goes (as each batch is sent, and as each ends):
    /// watch it from another task, or read it when the write is dropped halfway to know what
    /// was sent. Nothing is counted unless the write runs.
    pub fn progress(&self) -> watch::Receiver<Progress> {
        self.progress.subscribe()
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

    /// Writes the records, a batch at a time, and yields each batch as it ends, in input
    /// order: at most `concurrency` batches are in flight (or ended, waiting for an earlier
    /// one), and the next records are read only when one of them is done, so memory stays
    /// within `concurrency × batch size` records whatever the input's size. Dropping the stream
    /// stops the write: no batch starts, and those in flight are aborted ([`progress`](Self::progress)
    /// says how many records were sent).
    ///
    /// A failed call marks its records [`RecordOutcome::Failed`](super::RecordOutcome::Failed) and the others go on; a
    /// required setting left unset marks every record `Failed` with the same
    /// [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest), and nothing is sent.
    /// Inside a tokio runtime, each batch in flight runs as a task of that runtime (with the
    /// caller's tracing span), so that building bodies and decoding answers uses all its
    /// threads. A panic in a batch goes on in the caller.
    pub fn stream(mut self) -> impl Stream<Item = BatchOutcome> + Send + 'static {
        let shared = self.batches().map(Arc::new).map_err(Arc::new);
        let records = self
            .records
            .take()
            .unwrap_or_else(|| stream::empty().boxed());
        let (size, progress) = (self.batch_size, self.progress.clone());
        let runtime = tokio::runtime::Handle::try_current().ok();
        records
            .chunks(size)
            .enumerate()
            .map(move |(n, chunk)| {
                let (shared, runtime, progress) =
                    (shared.clone(), runtime.clone(), progress.clone());
                write_chunk(shared, n * size, chunk, runtime, progress)
            })
            .buffered(self.concurrency)
    }

    /// Writes every record and reports each one: [`stream`](Self::stream), collected.
    pub async fn send(self) -> WriteReport {
        let mut report = WriteReport::default();
        let mut batches = std::pin::pin!(self.stream());
        while let Some(done) = batches.next().await {
            report.records.extend(done.records);
            report.batches.push(done.batch);
        }
        report
    }
}

/// A record as a JSON object, or why it is not one.
fn to_object<R: Serialize>(record: &R) -> Read {
    match serde_json::to_value(record) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(other) => Err(format!("is not a JSON object but {}", kind_of(&other))),
        Err(e) => Err(format!("does not serialize: {e}")),
    }
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
