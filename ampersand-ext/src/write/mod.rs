//! Writing any number of records: batches of at most [`MAX_BATCH`] sent with bounded
//! concurrency through the generated `writeRecords` (so through the one request path), and one
//! outcome per record, in input order. The records are anything `Serialize` that is a JSON
//! object, from an iterator or a `Stream`, read lazily: a write holds at most
//! `concurrency × batch size` of them, whatever its size. [`BatchWrite::stream`] yields each
//! batch as it ends, [`BatchWrite::progress`] counts as it goes, and [`BatchWrite::send`]
//! reports the whole write at the end. Waiting for an asynchronous write, or a triggered read,
//! is [`ClientWriteExt::wait_for_operation`].
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
//!     .records(records)
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

mod batches;
mod builder;
mod outcome;
mod wait;

pub use ampersand_client::write::types::{
    WriteRequestMode as WriteMode, WriteRequestType as WriteType, WriteResult,
};
pub use builder::BatchWrite;
pub use outcome::{BatchOutcome, BatchReport, Progress, RecordOutcome, WriteReport};
pub use wait::WaitOptions;

use ampersand_client::{Client, types};

use crate::Error;

/// The most records one writeRecords call takes (the spec's `maxItems` of `batch`).
pub const MAX_BATCH: usize = 100;

/// The default number of batches in flight.
pub const DEFAULT_WRITE_CONCURRENCY: usize = 8;

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
        BatchWrite::new(self.clone())
    }

    async fn wait_for_operation(
        &self,
        project: &str,
        operation_id: &str,
        options: WaitOptions,
    ) -> Result<types::Operation, Error> {
        wait::wait_for_operation(self, project, operation_id, options).await
    }
}
