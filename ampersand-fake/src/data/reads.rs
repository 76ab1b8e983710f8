//! Reads: records searched, reads triggered and first reads (backfills) started, each read's
//! records delivered to the object's destination when its operation is due, and the latest
//! pages delivered again.

use ampersand_client::notifications::Notification;
use ampersand_client::types;
use ampersand_client::{read, search};
use serde_json::{Value, json};

use super::work::{KEPT_PAGES, Work};
use super::writes::raw;
use crate::model_error::{ModelError, built};
use crate::records::Record;
use crate::state::{Effects, State, now, time, typed, value};
use crate::table::Slot;

impl State {
    /// The records of `body`'s object in the instance of the installation of `integration`
    /// (id or name) for `group`, those whose fields equal each of `filters`' values.
    pub(crate) fn search_records(
        &self,
        (project, integration, group): (&str, &str, &str),
        body: &search::types::SearchRequest,
        filters: &[Value],
    ) -> Result<search::types::SearchResponse, ModelError> {
        let at = self.installation_of_group(project, integration, group)?;
        let found = self
            .records
            .of(&self.installations[at].connection.id, &body.object_name)
            .filter(|record| {
                filters.iter().all(|f| {
                    let name = f["fieldName"].as_str().unwrap_or_default();
                    record.fields.get(name) == Some(&f["value"])
                })
            })
            .map(|record| {
                built(
                    search::types::SearchResultEntry::builder()
                        .fields(Some(record.fields.clone()))
                        .raw(Some(raw(record))),
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        built(search::types::SearchResponse::builder().result(Some(found)))
    }

    /// Starts a read of an object the installation reads: an operation that, when due,
    /// delivers the records written since `sinceTimestamp` to the object's destination.
    pub(crate) fn trigger_read(
        &mut self,
        (project, integration, object): (&str, &str, &str),
        body: &read::types::ReadRequest,
        raw: &Value,
        effects: &mut Effects,
    ) -> Result<read::types::ReadResultAsync, ModelError> {
        let object = object.to_string();
        let at = self.installation_of_group(project, integration, &body.group_ref)?;
        let installation = &self.installations[at];
        read_destination(installation, &object)?;
        let installation = installation.id.clone();
        let operation = self.start_operation(at, "read", &object);
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
        built(read::types::ReadResultAsync::builder().operation_id(operation))
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
    pub(crate) fn backfill_progress(
        &self,
        at: Slot,
        object: &str,
    ) -> Result<types::BackfillProgress, ModelError> {
        let progress = self
            .backfills
            .get(&self.installations[at].id)
            .and_then(|objects| objects.get(object))
            .ok_or_else(|| ModelError::not_found("backfill of", object))?;
        typed(progress.clone())
    }

    /// Finishes a read's operation: the records of its window delivered to the object's
    /// destination (the page kept for `deliverResults`), announced as done.
    pub(super) fn finish_read(
        &mut self,
        operation: &str,
        installation: &str,
        object: &str,
        (since, until): (Option<String>, Option<String>),
        backfill: bool,
        effects: &mut Effects,
    ) {
        let Some(at) = self.installations.find(installation, |_| true) else {
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
        self.finish_operation(operation, "success", summary, None);
        let destination = read_destination(&installation, object).ok().flatten();
        let fields = self.installation_fields(&installation);
        if let Some(name) = destination
            && !records.is_empty()
        {
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
        (project, integration, object): (&str, &str, &str),
        body: &read::types::ResultDeliveryRequestBody,
        effects: &mut Effects,
    ) -> Result<(), ModelError> {
        let at = self.installation_of_group(project, integration, &body.group_ref)?;
        let installation = &self.installations[at];
        let destination = read_destination(installation, object)?;
        let kept = self
            .result_pages
            .get(&installation.id)
            .and_then(|objects| objects.get(object))
            .cloned()
            .unwrap_or_default();
        let wanted = usize::try_from(body.pages).unwrap_or(usize::MAX);
        if wanted > 0 && kept.is_empty() {
            return Err(ModelError::Refused(format!(
                "no results of {object} were read for group {} yet",
                body.group_ref
            )));
        }
        if let Some(name) = destination {
            for page in &kept[kept.len().saturating_sub(wanted)..] {
                self.deliver_results_to(project, &name, page, effects);
            }
        }
        Ok(())
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
/// refused when the installation does not read `object`.
fn read_destination(
    installation: &types::Installation,
    object: &str,
) -> Result<Option<String>, ModelError> {
    installation
        .config
        .content
        .read
        .as_ref()
        .and_then(|r| r.objects.get(object))
        .map(|o| o.destination.clone())
        .ok_or_else(|| {
            ModelError::Refused(format!(
                "installation {} does not read {object}",
                installation.id
            ))
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
