//! The data plane: `writeRecords` (synchronous, with each record's outcome, or asynchronous,
//! as an operation finished after the fake's delay), the records kept per customer instance
//! (connection) and object, `searchRecords` over them, `triggerRead` and an installation's
//! first read (backfill) delivering them; and the webhook deliveries all of these and the
//! installation changes set off.

use ampersand_client::notifications::Notification;
use ampersand_client::types;
use ampersand_client::{read, search, write};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use crate::problem::{self, Problem};
use crate::records::{Outcome, Record};
use crate::state::{decode, new_id, now, ok, time, typed, value, Effects, State};
use crate::table::Slot;
use crate::Request;

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
    fn start_operation(&mut self, installation: Slot, action: &str, object: &str) -> String {
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
    fn finish_operation(&mut self, id: &str, status: &str, result: String, metadata: Value) {
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

    /// Applies a write of `records` to an object's records: each one's outcome, in order; with
    /// `all_or_none`, nothing changes unless every record can be written.
    fn apply_write(
        &mut self,
        installation: &str,
        object: &str,
        kind: &str,
        records: &[Value],
        all_or_none: bool,
    ) -> Vec<Outcome> {
        let instance = self.instance_of(installation);
        self.records
            .write((&instance, object), kind, records, all_or_none)
    }

    pub(crate) fn write_records(
        &mut self,
        request: &Request<'_>,
        effects: &mut Effects,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let body: write::types::WriteRequest = decode(&request.body)?;
        let object = request.param("objectName").to_string();
        let installation =
            self.installation_of_group(&project, request.param("integrationId"), &body.group_ref)?;
        let raw = &request.body;
        match (raw.get("record"), raw.get("batch")) {
            (Some(_), Some(_)) => {
                return Err(problem::invalid_body(
                    "batch",
                    "give one record or a batch, not both".into(),
                ))
            }
            (None, None) => {
                return Err(problem::invalid_body(
                    "record",
                    "a write needs a record or a batch".into(),
                ))
            }
            _ => {}
        }
        let operation = self.start_operation(installation, "write", &object);
        let installation_id = self.installations[installation].id.clone();
        if raw["mode"] == "asynchronous" {
            self.pending.insert(
                operation.clone(),
                Work::Write {
                    installation: installation_id,
                    object,
                    request: raw.clone(),
                },
            );
            effects.later.push(operation.clone());
            let answer: write::types::WriteResponseSingleSuccess =
                typed(json!({ "operationId": operation }))?;
            return ok(StatusCode::OK, &answer);
        }
        let (single, outcomes) = self.run_write(&installation_id, &object, raw);
        let succeeded = self.finish_write(&operation, &outcomes);
        let failed = outcomes.len() - succeeded;
        let errors: Vec<Value> = failures(&outcomes, single)
            .into_iter()
            .map(|message| json!({ "message": message }))
            .collect();
        if single {
            return match outcomes.into_iter().next() {
                Some(Ok((id, fields))) => {
                    let answer: write::types::WriteResponseSingleSuccess = typed(json!({
                        "operationId": operation,
                        "result": { "success": true, "recordId": id, "data": fields },
                    }))?;
                    ok(StatusCode::OK, &answer)
                }
                _ => {
                    let answer: write::types::WriteResponseSingleFail = typed(json!({
                        "operationId": operation,
                        "errors": errors,
                        "result": { "success": false },
                    }))?;
                    ok(StatusCode::UNPROCESSABLE_ENTITY, &answer)
                }
            };
        }
        let results: Vec<Value> = outcomes
            .iter()
            .map(|o| match o {
                Ok((id, _)) => json!({ "success": true, "recordId": id }),
                Err(_) => json!({ "success": false }),
            })
            .collect();
        let mut answer = json!({
            "operationId": operation,
            "successCount": succeeded,
            "failureCount": failed,
            "results": results,
        });
        if !errors.is_empty() {
            answer["errors"] = errors.into();
        }
        let answer: write::types::WriteResponseBatch = typed(answer)?;
        let status = if succeeded == 0 {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        };
        ok(status, &answer)
    }

    /// Runs a write request: whether it was of one record, and each record's outcome.
    fn run_write(&mut self, installation: &str, object: &str, raw: &Value) -> (bool, Vec<Outcome>) {
        let kind = raw["type"].as_str().unwrap_or_default();
        let all_or_none = raw["batchPolicy"]["allOrNone"].as_bool().unwrap_or(false);
        match raw.get("record") {
            Some(record) => (
                true,
                self.apply_write(
                    installation,
                    object,
                    kind,
                    std::slice::from_ref(record),
                    false,
                ),
            ),
            None => {
                let records: Vec<Value> = raw["batch"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|item| item["record"].clone())
                    .collect();
                (
                    false,
                    self.apply_write(installation, object, kind, &records, all_or_none),
                )
            }
        }
    }

    /// Finishes a write's operation from its outcomes; how many records were written.
    fn finish_write(&mut self, operation: &str, outcomes: &[Outcome]) -> usize {
        let written: Vec<String> = outcomes
            .iter()
            .filter_map(|o| o.as_ref().ok().map(|(id, _)| id.clone()))
            .collect();
        let failed = outcomes.len() - written.len();
        let status = if written.is_empty() && failed > 0 {
            "failure"
        } else {
            "success"
        };
        let summary = format!(
            "Batch write completed ({} succeeded, {failed} failed)",
            written.len()
        );
        self.finish_operation(
            operation,
            status,
            summary,
            json!({ "successfulRecordIds": written }),
        );
        written.len()
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

    pub(crate) fn search_records(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let body: search::types::SearchRequest = decode(&request.body)?;
        let group = request
            .query
            .get("groupRef")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let at = self.installation_of_group(&project, request.param("integrationId"), group)?;
        let filters = request.body["fieldFilters"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let found: Vec<Value> = self
            .records
            .of(&self.installations[at].connection.id, &body.object_name)
            .filter(|record| {
                filters.iter().all(|f| {
                    let name = f["fieldName"].as_str().unwrap_or_default();
                    record.fields.get(name) == Some(&f["value"])
                })
            })
            .map(|record| json!({ "fields": record.fields, "raw": raw(record) }))
            .collect();
        let answer: search::types::SearchResponse = typed(json!({ "result": found }))?;
        ok(StatusCode::OK, &answer)
    }

    /// Starts a read of an object the installation reads: an operation that, when due,
    /// delivers the records written since `sinceTimestamp` to the object's destination.
    pub(crate) fn trigger_read(
        &mut self,
        request: &Request<'_>,
        effects: &mut Effects,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let body: read::types::ReadRequest = decode(&request.body)?;
        let object = request.param("objectName").to_string();
        let at =
            self.installation_of_group(&project, request.param("integrationId"), &body.group_ref)?;
        let installation = &self.installations[at];
        read_destination(installation, &object)?;
        let installation = installation.id.clone();
        let operation = self.start_operation(at, "read", &object);
        let raw = &request.body;
        let text = |field: &str| raw[field].as_str().map(str::to_string);
        self.pending.insert(
            operation.clone(),
            Work::Read {
                installation,
                object,
                since: text("sinceTimestamp"),
                until: text("untilTimestamp"),
                backfill: false,
            },
        );
        effects.later.push(operation.clone());
        let answer: read::types::ReadResultAsync = typed(json!({ "operationId": operation }))?;
        ok(StatusCode::CREATED, &answer)
    }

    /// The customer's instance an installation reads and writes: its connection's id.
    fn instance_of(&self, installation: &str) -> String {
        self.installations
            .iter()
            .find(|i| i.id == installation)
            .map_or_else(|| installation.to_string(), |i| i.connection.id.clone())
    }

    /// Starts the first read (backfill) of each read object of the installation at `at`
    /// whose config asks for one and that had none yet (an object a config change adds too):
    /// of the records since its `defaultPeriod` of days, or all of them with `fullHistory`. Its
    /// progress is kept for `getBackfillProgress`.
    pub(crate) fn start_backfills(&mut self, at: Slot, effects: &mut Effects) {
        let installation = self.installations[at].clone();
        let content = value(&installation.config.content);
        let objects = content["read"]["objects"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        for (object, config) in objects {
            let period = &config["backfill"]["defaultPeriod"];
            let done = self
                .backfills
                .get(&installation.id)
                .is_some_and(|objects| objects.contains_key(&object));
            if config["backfill"].is_null() || done {
                continue;
            }
            let since = match period["days"].as_i64() {
                Some(days) if period["fullHistory"] != true => {
                    Some(time(chrono::Utc::now() - chrono::Duration::days(days)))
                }
                _ => None,
            };
            let operation = self.start_operation(at, "read", &object);
            let time = now();
            self.backfills.entry(installation.id.clone()).insert(
                object.clone(),
                json!({
                    "installationId": installation.id,
                    "objectName": object,
                    "operationId": operation,
                    "recordsProcessed": 0,
                    "createTime": time,
                    "updateTime": time,
                }),
            );
            self.pending.insert(
                operation.clone(),
                Work::Read {
                    installation: installation.id.clone(),
                    object,
                    since,
                    until: None,
                    backfill: true,
                },
            );
            effects.later.push(operation);
        }
    }

    /// The progress of the first read (backfill) of an object of an installation.
    pub(crate) fn get_backfill_progress(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let at = self.installation_at(request)?;
        let object = request.param("objectName");
        let progress = self
            .backfills
            .get(&self.installations[at].id)
            .and_then(|objects| objects.get(object))
            .ok_or_else(|| problem::not_found("backfill of", object))?;
        let progress: types::BackfillProgress = typed(progress.clone())?;
        ok(StatusCode::OK, &progress)
    }

    fn finish_read(
        &mut self,
        operation: &str,
        installation: &str,
        object: &str,
        (since, until): (Option<String>, Option<String>),
        backfill: bool,
        effects: &mut Effects,
    ) {
        let Some(at) = self.installations.position(|i| i.id == installation) else {
            return;
        };
        let installation = self.installations[at].clone();
        let in_window = |r: &&Record| {
            since
                .as_deref()
                .is_none_or(|s| later_or_equal(&r.update_time, s))
                && until
                    .as_deref()
                    .is_none_or(|u| later_or_equal(u, &r.update_time))
        };
        let records: Vec<Record> = self
            .records
            .of(&installation.connection.id, object)
            .filter(in_window)
            .cloned()
            .collect();
        let summary = if records.is_empty() {
            format!("[{object}] No new data found")
        } else {
            format!("[{object}] {} records read", records.len())
        };
        self.finish_operation(operation, "success", summary, json!({}));
        let destination = read_destination(&installation, object).ok().flatten();
        let fields = self.installation_fields(&installation);
        if let Some(name) = destination {
            if !records.is_empty() {
                let entries: Vec<Value> = records
                    .iter()
                    .map(|r| json!({ "id": r.id, "fields": r.fields, "raw": raw(r) }))
                    .collect();
                let message = json!({
                    "projectId": installation.project_id,
                    "provider": fields["provider"],
                    "groupRef": fields["groupRef"],
                    "groupName": fields["groupName"],
                    "installationId": installation.id,
                    "installationUpdateTime": changed_at(&installation),
                    "objectName": object,
                    "operationId": operation,
                    "action": "read",
                    "readType": if backfill { "backfill" } else { "triggered" },
                    "resultInfo": { "type": "inline", "numRecords": records.len() },
                    "result": entries,
                    "consumerRef": fields["consumerRef"],
                    "consumerName": fields["consumerName"],
                    "operationTime": now(),
                });
                self.deliver_results_to(&installation.project_id, &name, &message, effects);
                let pages = self
                    .result_pages
                    .entry(installation.id.clone())
                    .entry(object.to_string())
                    .or_default();
                pages.push(message);
                if pages.len() > KEPT_PAGES {
                    pages.remove(0);
                }
            }
        }
        let mut data = fields;
        data["objectName"] = object.into();
        if backfill {
            let progress = self
                .backfills
                .get_mut(&installation.id)
                .and_then(|objects| objects.get_mut(object));
            if let Some(progress) = progress {
                progress["recordsProcessed"] = records.len().into();
                progress["updateTime"] = now().into();
            }
            self.notify(&installation, Notification::ReadBackfillDone, data, effects);
            return;
        }
        for (field, at) in [("fromTimestamp", &since), ("untilTimestamp", &until)] {
            if let Some(at) = at {
                data[field] = at.clone().into();
            }
        }
        self.notify(
            &installation,
            Notification::ReadTriggeredDone,
            data,
            effects,
        );
    }

    /// Delivers again the latest `pages` pages of read results of one object for one group
    /// (of the last [`KEPT_PAGES`]), to the object's destination as the config names it now.
    pub(crate) fn deliver_results(
        &mut self,
        request: &Request<'_>,
        effects: &mut Effects,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let body: read::types::ResultDeliveryRequestBody = decode(&request.body)?;
        let at =
            self.installation_of_group(&project, request.param("integrationId"), &body.group_ref)?;
        let installation = &self.installations[at];
        let object = request.param("objectName");
        let destination = read_destination(installation, object)?;
        let kept = self
            .result_pages
            .get(&installation.id)
            .and_then(|objects| objects.get(object))
            .cloned()
            .unwrap_or_default();
        let wanted = usize::try_from(body.pages).unwrap_or(usize::MAX);
        if wanted > 0 && kept.is_empty() {
            return Err(problem::problem(
                StatusCode::BAD_REQUEST,
                "Bad Request",
                format!(
                    "no results of {object} were read for group {} yet",
                    body.group_ref
                ),
            ));
        }
        if let Some(name) = destination {
            for page in &kept[kept.len().saturating_sub(wanted)..] {
                self.deliver_results_to(&project, &name, page, effects);
            }
        }
        Ok(StatusCode::NO_CONTENT.into_response())
    }
}

/// When the installation last changed: its `updateTime`, else its `createTime` (read from its
/// JSON, which holds whichever of them the spec makes optional).
fn changed_at(installation: &types::Installation) -> Value {
    let json = value(installation);
    match json.get("updateTime") {
        Some(time) if !time.is_null() => time.clone(),
        _ => json["createTime"].clone(),
    }
}

/// The destination of the read object `object` of `installation` (`None`: it names none), or
/// a 400 when the installation does not read `object`.
fn read_destination(
    installation: &types::Installation,
    object: &str,
) -> Result<Option<String>, Problem> {
    installation
        .config
        .content
        .read
        .as_ref()
        .and_then(|r| r.objects.get(object))
        .map(|o| o.destination.clone())
        .ok_or_else(|| {
            problem::problem(
                StatusCode::BAD_REQUEST,
                "Bad Request",
                format!("installation {} does not read {object}", installation.id),
            )
        })
}

/// Whether the RFC 3339 time `a` is at or after `b` (as times; text that does not read as a
/// time compares as text).
fn later_or_equal(a: &str, b: &str) -> bool {
    use chrono::DateTime;
    match (
        DateTime::parse_from_rfc3339(a),
        DateTime::parse_from_rfc3339(b),
    ) {
        (Ok(a), Ok(b)) => a >= b,
        _ => a >= b,
    }
}

/// A record as the provider would send it: its fields and its id.
fn raw(record: &Record) -> Value {
    let mut raw = record.fields.clone();
    raw.insert("id".into(), record.id.clone().into());
    Value::Object(raw)
}

/// The messages of the records not written (`record N: …` in a batch).
fn failures(outcomes: &[Outcome], single: bool) -> Vec<String> {
    outcomes
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            o.as_ref().err().map(|e| {
                if single {
                    e.clone()
                } else {
                    format!("record {i}: {e}")
                }
            })
        })
        .collect()
}
