//! The asynchronous work of the data plane: operations started, logged and finished, and the
//! work an operation does when it is due (a write, a read).

use ampersand_client::notifications::Notification;
use ampersand_client::types;
use serde_json::Value;

use super::writes::failures;
use crate::model_error::built;
use crate::state::{Effects, State, instant, new_id, now};
use crate::table::Slot;

/// Work an asynchronous operation does when it is due.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub(crate) enum Work {
    /// A write: the request as it was sent.
    Write {
        installation: String,
        object: String,
        request: Value,
    },
    /// A read of the records written since a time: triggered, or an installation's first
    /// (`backfill`).
    Read {
        installation: String,
        object: String,
        since: Option<String>,
        until: Option<String>,
        #[serde(default)]
        backfill: bool,
    },
}

/// How many pages of read results are kept per installation and object, for
/// `deliverResults`.
pub(crate) const KEPT_PAGES: usize = 20;

impl State {
    /// A new operation of `installation`, in progress or done.
    pub(super) fn start_operation(
        &mut self,
        installation: Slot,
        action: &str,
        object: &str,
    ) -> String {
        let installation = &self.installations[installation];
        let id = new_id();
        let Ok(metadata) =
            built(types::OperationMetadata::builder().objects(Some(vec![object.to_string()])))
        else {
            return id;
        };
        let operation = types::Operation::builder()
            .id(id.clone())
            .project_id(installation.project_id.clone())
            .integration_id(installation.integration_id.clone())
            .installation_id(installation.id.clone())
            .config_id(installation.config.id.clone())
            .action_type(action.to_string())
            .status("in_progress".to_string())
            .metadata(Some(metadata))
            .create_time(Some(instant()));
        if let Ok(operation) = built(operation) {
            self.operations.push(operation);
        }
        self.log(&id, "info", format!("{action} of {object} started"));
        id
    }

    /// A line of the operation's log.
    fn log(&mut self, operation: &str, severity: &str, message: String) {
        let line = types::Log::builder()
            .timestamp(now())
            .severity(severity.to_string())
            .message(types::LogMessage::builder().msg(message));
        if let Ok(line) = built(line) {
            self.logs.entry(operation.to_string()).push(line);
        }
    }

    /// Marks the operation done: its status, summary and the records it wrote; the
    /// installation's `lastOperationStatus` follows.
    pub(super) fn finish_operation(
        &mut self,
        id: &str,
        status: &str,
        result: String,
        successful_record_ids: Option<Vec<String>>,
    ) {
        let Some(op) = self.operations.get_mut(id) else {
            return;
        };
        op.status = status.to_string();
        op.result = Some(result.clone());
        if let Some(ids) = successful_record_ids {
            op.metadata
                .get_or_insert_with(Default::default)
                .successful_record_ids = Some(ids);
        }
        let installation = op.installation_id.clone();
        if let Some(i) = self.installations.get_mut(&installation) {
            i.last_operation_status = Some(types::InstallationLastOperationStatus::from(status));
        }
        let severity = if status == "failure" { "error" } else { "info" };
        self.log(id, severity, result);
    }

    /// Does the pending work of `operation`, if any: the write or read it stands for, and the
    /// deliveries that follow.
    pub(crate) fn finish(&mut self, operation: &str, effects: &mut Effects) {
        let Some(work) = self.pending.remove(operation) else {
            return;
        };
        match work {
            Work::Write {
                installation,
                object,
                request,
            } => {
                let (single, outcomes) = self.run_write(&installation, &object, &request);
                let written = self.finish_write(operation, &outcomes);
                let Some(at) = self.installations.find(&installation, |_| true) else {
                    return;
                };
                let installation = self.installations[at].clone();
                let mut data = self.installation_fields(&installation);
                data["objectName"] = object.into();
                data["success"] = (written == outcomes.len()).into();
                data["successfulRecordIds"] = outcomes
                    .iter()
                    .filter_map(|o| o.as_ref().ok().map(|(id, _)| Value::from(id.clone())))
                    .collect();
                let errors = failures(&outcomes, single);
                if !errors.is_empty() {
                    data["errors"] = errors.into();
                }
                self.notify(&installation, Notification::WriteAsyncDone, data, effects);
            }
            Work::Read {
                installation,
                object,
                since,
                until,
                backfill,
            } => {
                let window = (since, until);
                self.finish_read(operation, &installation, &object, window, backfill, effects)
            }
        }
    }

    /// The customer's instance an installation reads and writes: its connection's id.
    pub(super) fn instance_of(&self, installation: &str) -> String {
        self.installations
            .iter()
            .find(|i| i.id == installation)
            .map_or_else(|| installation.to_string(), |i| i.connection.id.clone())
    }
}
