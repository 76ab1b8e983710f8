//! The records written, by the customer's instance they are in (a connection id), then object:
//! each object's records in the order made and found by id, so that a write costs the same
//! whether the object holds ten records or a million, and only the records a write touched are
//! taken for the store.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Map, Value};

use crate::journal::{Change, Stored};

/// A record written to an object.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct Record {
    pub(crate) id: String,
    pub(crate) fields: Map<String, Value>,
    pub(crate) update_time: String,
}

/// One record's outcome: its id and fields, or why it was not written.
pub(crate) type Outcome = Result<(String, Map<String, Value>), String>;

/// The records of one object, oldest first, found by id.
#[derive(Default)]
pub(crate) struct Object {
    rows: BTreeMap<u64, Record>,
    by_id: HashMap<String, u64>,
    next: u64,
}

impl Object {
    /// The records, oldest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Record> {
        self.rows.values()
    }

    fn insert(&mut self, seq: u64, record: Record) {
        self.by_id.insert(record.id.clone(), seq);
        self.rows.insert(seq, record);
        self.next = self.next.max(seq + 1);
    }
}

/// Where a record is: its instance, object and place in the object.
type At = (String, String, u64);

/// Every record, by instance and object.
#[derive(Default)]
pub(crate) struct Records {
    instances: HashMap<String, BTreeMap<String, Object>>,
    changed: BTreeSet<At>,
}

/// How to undo one record's write: its place and what was there before.
type Undo = (u64, Option<Record>);

impl Records {
    /// The records of `object` in `instance`, oldest first.
    pub(crate) fn of<'a>(
        &'a self,
        instance: &str,
        object: &str,
    ) -> impl Iterator<Item = &'a Record> + 'a + use<'a> {
        self.instances
            .get(instance)
            .and_then(|objects| objects.get(object))
            .into_iter()
            .flat_map(Object::iter)
    }

    /// Forgets every record of `instance` (its connection is gone).
    pub(crate) fn remove_instance(&mut self, instance: &str) {
        let Some(objects) = self.instances.remove(instance) else {
            return;
        };
        for (name, object) in objects {
            for seq in object.rows.keys() {
                self.changed
                    .insert((instance.to_string(), name.clone(), *seq));
            }
        }
    }

    /// Writes `records` (`kind`: `create`, `update` or `delete`) to `object` of `instance`:
    /// each one's outcome, in order; with `all_or_none`, nothing changes unless every record
    /// can be written.
    pub(crate) fn write(
        &mut self,
        (instance, object): (&str, &str),
        kind: &str,
        records: &[Value],
        all_or_none: bool,
    ) -> Vec<Outcome> {
        let stored = self
            .instances
            .entry(instance.to_string())
            .or_default()
            .entry(object.to_string())
            .or_default();
        let mut undo = Vec::new();
        let outcomes: Vec<Outcome> = records
            .iter()
            .map(|record| write_one(stored, kind, record, &mut undo))
            .collect();
        if all_or_none && outcomes.iter().any(Result::is_err) {
            for (seq, before) in undo.into_iter().rev() {
                match before {
                    Some(record) => stored.insert(seq, record),
                    None => {
                        if let Some(made) = stored.rows.remove(&seq) {
                            stored.by_id.remove(&made.id);
                        }
                    }
                }
            }
            return outcomes
                .into_iter()
                .map(|o| match o {
                    Ok(_) => {
                        Err("not written: another record of the batch failed (allOrNone)".into())
                    }
                    failed => failed,
                })
                .collect();
        }
        for (seq, _) in undo {
            self.changed
                .insert((instance.to_string(), object.to_string(), seq));
        }
        outcomes
    }
}

/// Writes one record into `object`: a create gets a new id; an update or a delete names an
/// existing record by `id`. What it replaced goes on `undo`.
fn write_one(object: &mut Object, kind: &str, record: &Value, undo: &mut Vec<Undo>) -> Outcome {
    let Some(fields) = record.as_object() else {
        return Err("a record is an object".into());
    };
    let id = fields.get("id").and_then(Value::as_str).map(str::to_string);
    let now = crate::state::now();
    match kind {
        "create" => {
            let id =
                id.unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string()[..18].to_string());
            if object.by_id.contains_key(&id) {
                return Err(format!("a record with ID {id} exists already"));
            }
            let mut fields = fields.clone();
            fields.remove("id");
            let seq = object.next;
            object.insert(
                seq,
                Record {
                    id: id.clone(),
                    fields: fields.clone(),
                    update_time: now,
                },
            );
            undo.push((seq, None));
            Ok((id, fields))
        }
        "update" | "delete" => {
            let Some(id) = id else {
                return Err(format!("an {kind} names the record by its id"));
            };
            let Some(&seq) = object.by_id.get(&id) else {
                return Err(format!("The record with ID {id} was not found"));
            };
            if kind == "delete" {
                object.by_id.remove(&id);
                let gone = object.rows.remove(&seq).expect("indexed");
                undo.push((seq, Some(gone.clone())));
                return Ok((id, gone.fields));
            }
            let stored = object.rows.get_mut(&seq).expect("indexed");
            undo.push((seq, Some(stored.clone())));
            for (k, v) in fields {
                if k != "id" {
                    stored.fields.insert(k.clone(), v.clone());
                }
            }
            stored.update_time = now;
            Ok((id, stored.fields.clone()))
        }
        other => Err(format!("no write type {other}")),
    }
}

/// Records read from a version 2 state file (lists by instance, then object): every record
/// is new to the store.
impl<'de> serde::Deserialize<'de> for Records {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let lists = BTreeMap::<String, BTreeMap<String, Vec<Record>>>::deserialize(deserializer)?;
        let mut records = Records::default();
        for (instance, objects) in lists {
            for (name, list) in objects {
                let object = records
                    .instances
                    .entry(instance.clone())
                    .or_default()
                    .entry(name.clone())
                    .or_default();
                for record in list {
                    let seq = object.next;
                    object.insert(seq, record);
                    records
                        .changed
                        .insert((instance.clone(), name.clone(), seq));
                }
            }
        }
        Ok(records)
    }
}

impl Stored for Records {
    fn take(&mut self, table: &'static str, out: &mut Vec<Change>) {
        for (instance, object, seq) in std::mem::take(&mut self.changed) {
            let row = self
                .instances
                .get(&instance)
                .and_then(|objects| objects.get(&object))
                .and_then(|o| o.rows.get(&seq));
            let key = serde_json::to_string(&(&instance, &object, format!("{seq:016x}")))
                .unwrap_or_default();
            out.push(match row {
                Some(record) => Change::put(table, key, record),
                None => Change::Delete { table, key },
            });
        }
    }

    fn forget(&mut self) {
        self.changed.clear();
    }

    fn load(&mut self, key: &str, row: &[u8]) -> Result<(), String> {
        let (instance, object, seq): (String, String, String) =
            serde_json::from_str(key).map_err(|_| format!("row key {key:?}"))?;
        let seq = u64::from_str_radix(&seq, 16).map_err(|_| format!("row key {key:?}"))?;
        let record: Record = serde_json::from_slice(row).map_err(|e| e.to_string())?;
        self.instances
            .entry(instance)
            .or_default()
            .entry(object)
            .or_default()
            .insert(seq, record);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ids(records: &Records) -> Vec<String> {
        records.of("i", "o").map(|r| r.id.clone()).collect()
    }

    #[test]
    fn a_write_is_found_by_id_and_all_or_none_leaves_nothing_changed() {
        let mut records = Records::default();
        let made = records.write(
            ("i", "o"),
            "create",
            &[json!({"id": "a", "x": 1}), json!({"id": "b"})],
            false,
        );
        assert!(made.iter().all(Result::is_ok));
        let mut out = Vec::new();
        records.take("r", &mut out);
        assert_eq!(out.len(), 2);
        // all or none: the update of `a` is undone when `zz` is not found
        let refused = records.write(
            ("i", "o"),
            "update",
            &[json!({"id": "a", "x": 2}), json!({"id": "zz"})],
            true,
        );
        assert!(refused.iter().all(Result::is_err));
        assert_eq!(records.of("i", "o").next().unwrap().fields["x"], 1);
        out.clear();
        records.take("r", &mut out);
        assert!(out.is_empty(), "{out:?}");
        // a delete then a create: the order of creation holds
        records.write(("i", "o"), "delete", &[json!({"id": "a"})], false);
        records.write(("i", "o"), "create", &[json!({"id": "a"})], false);
        assert_eq!(ids(&records), ["b", "a"]);
        let dup = records.write(("i", "o"), "create", &[json!({"id": "b"})], false);
        assert!(dup[0].as_ref().unwrap_err().contains("exists already"));
        // what the store took loads back the same
        let mut rows = Vec::new();
        for change in {
            let mut all = Records::default();
            for r in records.of("i", "o") {
                all.write(("i", "o"), "create", &[json!({"id": r.id})], false);
            }
            let mut out = Vec::new();
            all.take("r", &mut out);
            out
        } {
            if let Change::Put { key, row, .. } = change {
                rows.push((key, row));
            }
        }
        let mut loaded = Records::default();
        for (key, row) in &rows {
            loaded.load(key, row).unwrap();
        }
        assert_eq!(ids(&loaded), ["b", "a"]);
        loaded.remove_instance("i");
        out.clear();
        loaded.take("r", &mut out);
        assert_eq!(out.len(), 2);
        assert!(out.iter().all(|c| matches!(c, Change::Delete { .. })));
    }
}
