//! The asynchronous work of the data plane: operations started, logged and finished, and the
//! work an operation does when it is due (a write, a read).

use ampersand_client::notifications::Notification;
use ampersand_client::types;
use serde_json::{json, Value};

use super::writes::failures;
use crate::state::{new_id, now, value, Effects, State};
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
        let operation = json!({
            "id": id,
            "projectId": installation.project_id,
            "integrationId": installation.integration_id,
            "installationId": installation.id,
            "configId": installation.config.id,
            "actionType": action,
            "status": "in_progress",
            "metadata": { "objects": [object] },
            "createTime": now(),
        });
        if let Ok(operation) = serde_json::from_value::<types::Operation>(operation) {
            self.operations.push(operation);
        }
        self.log(&id, "info", format!("{action} of {object} started"));
        id
    }

    /// A line of the operation's log.
    fn log(&mut self, operation: &str, severity: &str, message: String) {
        let line = json!({
            "timestamp": now(),
            "severity": severity,
            "message": { "msg": message },
        });
        if let Ok(line) = serde_json::from_value::<types::Log>(line) {
            self.logs.entry(operation.to_string()).push(line);
        }
    }

    /// Marks the operation done: its status, summary and metadata; the installation's
    /// `lastOperationStatus` follows.
    pub(super) fn finish_operation(
        &mut self,
        id: &str,
        status: &str,
        result: String,
        metadata: Value,
    ) {
        let Some(op) = self.operations.get_mut(id) else {
            return;
        };
        let mut stored = value(op);
        stored["status"] = status.into();
        stored["result"] = result.clone().into();
        if let Some(extra) = metadata.as_object() {
            for (k, v) in extra {
                stored["metadata"][k] = v.clone();
            }
        }
        if let Ok(done) = serde_json::from_value::<types::Operation>(stored) {
            *op = done;
        }
        let installation = op.installation_id.clone();
        if let Some(i) = self.installations.get_mut(&installation) {
            let mut stored = value(i);
            stored["lastOperationStatus"] = status.into();
            if let Ok(updated) = serde_json::from_value(stored) {
                *i = updated;
            }
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
                let Some(at) = self.installations.position(|i| i.id == installation) else {
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
