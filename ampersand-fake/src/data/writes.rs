//! Writes: records written to an object of a customer's instance, at once (each record's
//! outcome) or as an asynchronous operation.

use ampersand_client::write;
use serde_json::Value;

use super::work::Work;
use crate::model_error::{ModelError, built};
use crate::records::{Outcome, Record};
use crate::state::{Effects, State};

/// What a write answers, as the write API's types.
pub(crate) enum Written {
    /// Asynchronous: the operation it started.
    Later(write::types::WriteResponseSingleSuccess),
    /// One record, written.
    One(write::types::WriteResponseSingleSuccess),
    /// One record, refused.
    OneFailed(write::types::WriteResponseSingleFail),
    /// A batch: each record's outcome, and whether any was written.
    Batch {
        answer: write::types::WriteResponseBatch,
        any_written: bool,
    },
}

impl State {
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

    /// Writes the records of `raw` (a `WriteRequest`, `body` as read) to `object` of the
    /// installation of `integration` (id or name) for the request's group: at once, each
    /// record's outcome, or (`mode: asynchronous`) as an operation done after the fake's delay.
    pub(crate) fn write_records(
        &mut self,
        (project, integration, object): (&str, &str, &str),
        body: &write::types::WriteRequest,
        raw: &Value,
        effects: &mut Effects,
    ) -> Result<Written, ModelError> {
        let installation = self.installation_of_group(project, integration, &body.group_ref)?;
        let object = object.to_string();
        match (raw.get("record"), raw.get("batch")) {
            (Some(_), Some(_)) => {
                return Err(ModelError::invalid(
                    "batch",
                    "give one record or a batch, not both",
                ));
            }
            (None, None) => {
                return Err(ModelError::invalid(
                    "record",
                    "a write needs a record or a batch",
                ));
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
            let started = write::types::WriteResponseSingleSuccess::builder();
            return Ok(Written::Later(built(started.operation_id(operation))?));
        }
        let (single, outcomes) = self.run_write(&installation_id, &object, raw);
        let succeeded = self.finish_write(&operation, &outcomes);
        let failed = outcomes.len() - succeeded;
        let messages = failures(&outcomes, single);
        if single {
            return match outcomes.into_iter().next() {
                Some(Ok((id, fields))) => {
                    let result = write::types::WriteResult::builder()
                        .success(true)
                        .record_id(Some(id))
                        .data(Some(fields));
                    let answer = write::types::WriteResponseSingleSuccess::builder()
                        .operation_id(operation)
                        .result(Some(built(result)?));
                    Ok(Written::One(built(answer)?))
                }
                _ => {
                    let errors = messages
                        .into_iter()
                        .map(|message| {
                            built(
                                write::types::WriteResponseSingleFailErrorsItem::builder()
                                    .message(Some(message)),
                            )
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    let result = write::types::WriteResult::builder().success(false);
                    let answer = write::types::WriteResponseSingleFail::builder()
                        .operation_id(operation)
                        .errors(errors)
                        .result(Some(built(result)?));
                    Ok(Written::OneFailed(built(answer)?))
                }
            };
        }
        let results = outcomes
            .iter()
            .map(|outcome| {
                let result = write::types::WriteResult::builder();
                built(match outcome {
                    Ok((id, _)) => result.success(true).record_id(Some(id.clone())),
                    Err(_) => result.success(false),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let errors = messages
            .into_iter()
            .map(|message| {
                built(write::types::WriteResponseBatchErrorsItem::builder().message(Some(message)))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let answer = write::types::WriteResponseBatch::builder()
            .operation_id(operation)
            .success_count(succeeded as i64)
            .failure_count(failed as i64)
            .results(Some(results))
            .errors((!errors.is_empty()).then_some(errors));
        Ok(Written::Batch {
            answer: built(answer)?,
            any_written: succeeded > 0,
        })
    }

    /// Runs a write request: whether it was of one record, and each record's outcome.
    pub(super) fn run_write(
        &mut self,
        installation: &str,
        object: &str,
        raw: &Value,
    ) -> (bool, Vec<Outcome>) {
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
    pub(super) fn finish_write(&mut self, operation: &str, outcomes: &[Outcome]) -> usize {
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
        self.finish_operation(operation, status, summary, Some(written.clone()));
        written.len()
    }
}

/// A record as the provider would send it: its fields and its id.
pub(super) fn raw(record: &Record) -> serde_json::Map<String, Value> {
    let mut raw = record.fields.clone();
    raw.insert("id".into(), record.id.clone().into());
    raw
}

/// The messages of the records not written (`record N: …` in a batch).
pub(super) fn failures(outcomes: &[Outcome], single: bool) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec_bodies::body;
    use serde_json::json;

    /// A state with the integration `crm` of project `p` installed for group `g1`.
    fn installed() -> State {
        let mut state = State::default();
        let effects = &mut Effects::default();
        let integration = json!({"name": "crm", "provider": "salesforce"});
        state
            .create_integration("p", body("createIntegration", integration))
            .unwrap();
        let connection: ampersand_client::types::GenerateConnectionRequest = body(
            "generateConnection",
            json!({"provider": "salesforce", "groupRef": "g1"}),
        );
        state
            .generate_connection("p", &connection, effects)
            .unwrap();
        let install: ampersand_client::types::CreateInstallationBody =
            body("createInstallation", json!({"groupRef": "g1"}));
        state
            .create_installation("p", "crm", &install, effects)
            .unwrap();
        state
    }

    fn write(
        state: &mut State,
        given: Value,
        effects: &mut Effects,
    ) -> Result<Written, ModelError> {
        let mut given = given;
        given["groupRef"] = "g1".into();
        let raw = given.clone();
        let request: write::types::WriteRequest = body("writeRecords", given);
        state.write_records(("p", "crm", "contact"), &request, &raw, effects)
    }

    #[test]
    fn a_batch_is_written_record_by_record_and_found_by_search() {
        let mut state = installed();
        let effects = &mut Effects::default();
        let batch = json!({"type": "create", "batch": [
            {"record": {"email": "a@example.com"}}, {"record": {"email": "b@example.com"}}]});
        let Written::Batch {
            answer,
            any_written,
        } = write(&mut state, batch, effects).unwrap()
        else {
            panic!("a batch answers a batch");
        };
        assert!(any_written);
        assert_eq!(answer.success_count, 2);
        let search: ampersand_client::search::types::SearchRequest =
            body("searchRecords", json!({"objectName": "contact"}));
        let filter = [json!({"fieldName": "email", "value": "b@example.com"})];
        let found = state
            .search_records(("p", "crm", "g1"), &search, &filter)
            .unwrap();
        assert_eq!(
            crate::state::value(&found)["result"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
        // neither a record nor a batch: refused, naming the field
        let refused = write(&mut state, json!({"type": "create"}), effects);
        assert!(matches!(refused, Err(ModelError::Invalid { ref field, .. }) if field == "record"));
    }

    #[test]
    fn an_asynchronous_write_is_done_when_its_operation_is_due() {
        let mut state = installed();
        let effects = &mut Effects::default();
        let one =
            json!({"type": "create", "mode": "asynchronous", "record": {"email": "a@example.com"}});
        let Written::Later(started) = write(&mut state, one, effects).unwrap() else {
            panic!("an asynchronous write answers its operation");
        };
        let operation = started.operation_id.clone();
        assert_eq!(effects.later, std::slice::from_ref(&operation));
        let search: ampersand_client::search::types::SearchRequest =
            body("searchRecords", json!({"objectName": "contact"}));
        let count = |state: &State| {
            let found = state
                .search_records(("p", "crm", "g1"), &search, &[])
                .unwrap();
            crate::state::value(&found)["result"]
                .as_array()
                .unwrap()
                .len()
        };
        assert_eq!(count(&state), 0, "nothing written before it is due");
        state.finish(&operation, effects);
        assert_eq!(count(&state), 1);
        assert_eq!(state.operation("p", &operation).unwrap().status, "success");
    }
}
