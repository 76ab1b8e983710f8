//! What a contract compares: an answer as a newer server sends it (a field more in every
//! object), and what was sent against what was decoded.

use serde_json::{Map, Value, json};

use super::Api;

impl Api {
    /// `value` (an instance of `schema`) as a newer server sends it: every object whose schema
    /// lists its properties (not a map) gains [`NEWER_FIELD`], which the spec does not know,
    /// at any depth. The contract mocks answer with it, so every response type of every API
    /// is shown to keep decoding (and to keep the field) when the service adds one.
    ///
    /// ```
    /// let api = ampersand_tests::contract::api();
    /// let op = api.op("get_project");
    /// let (_, body) = api.success(op);
    /// let newer = api.with_newer_fields(&body.unwrap().1, &api.success_schema(op));
    /// assert!(newer.get(ampersand_tests::contract::NEWER_FIELD).is_some());
    /// ```
    pub fn with_newer_fields(&self, value: &Value, schema: &Value) -> Value {
        match value {
            Value::Object(map) => {
                let mut out = Map::new();
                for (key, v) in map {
                    let v = match self.child(schema, key) {
                        Some(child) => self.with_newer_fields(v, &child),
                        None => v.clone(),
                    };
                    out.insert(key.clone(), v);
                }
                if self.child(schema, NEWER_FIELD).is_none() {
                    out.insert(NEWER_FIELD.into(), json!({"since": "a newer server"}));
                }
                Value::Object(out)
            }
            Value::Array(items) => {
                let item = self
                    .resolve(schema)
                    .get("items")
                    .cloned()
                    .unwrap_or(json!({}));
                Value::Array(
                    items
                        .iter()
                        .map(|i| self.with_newer_fields(i, &item))
                        .collect(),
                )
            }
            other => other.clone(),
        }
    }

    /// The schema of `key` in an object of `schema` (through `$ref`, `allOf`, `oneOf` and
    /// `additionalProperties`), `None` when the schema does not declare it.
    pub(super) fn child(&self, schema: &Value, key: &str) -> Option<Value> {
        let schema = self.resolve(schema);
        if let Some(p) = schema.get("properties").and_then(|p| p.get(key)) {
            return Some(p.clone());
        }
        for k in ["allOf", "oneOf", "anyOf"] {
            for part in schema
                .get(k)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(found) = self.child(part, key) {
                    return Some(found);
                }
            }
        }
        match schema.get("additionalProperties") {
            Some(Value::Object(extra)) => Some(Value::Object(extra.clone())),
            Some(Value::Bool(true)) => Some(json!({})),
            _ if schema.get("properties").is_none()
                && schema.get("allOf").is_none()
                && schema.get("oneOf").is_none() =>
            {
                Some(json!({}))
            }
            _ => None,
        }
    }

    /// Whether every field of `sent` that `schema` declares is in `decoded` with the same
    /// value (absent equals an empty list, map or null; timestamps compare as instants);
    /// `extra_defaults` also allows fields in `decoded` that are not in `sent` when they hold
    /// their schema default. The error is the first differing JSON path.
    pub fn contains(
        &self,
        decoded: &Value,
        sent: &Value,
        schema: &Value,
        extra_defaults: bool,
        at: String,
    ) -> Result<(), String> {
        match (decoded, sent) {
            (Value::Object(d), Value::Object(s)) => {
                for (k, sv) in s {
                    let here = format!("{at}/{k}");
                    let Some(child) = self.child(schema, k) else {
                        continue; // a field the schema does not declare is not kept
                    };
                    match d.get(k) {
                        Some(dv) => self.contains(dv, sv, &child, extra_defaults, here)?,
                        None if is_empty(sv) => {}
                        None => return Err(here),
                    }
                }
                if extra_defaults {
                    for (k, dv) in d.iter().filter(|(k, _)| !s.contains_key(*k)) {
                        let default = self
                            .child(schema, k)
                            .and_then(|c| self.resolve(&c).get("default").cloned());
                        if default.as_ref() != Some(dv) {
                            return Err(format!("{at}/{k} (sent but not asked for)"));
                        }
                    }
                }
                Ok(())
            }
            (Value::Array(d), Value::Array(s)) if d.len() == s.len() => {
                let items = self
                    .resolve(schema)
                    .get("items")
                    .cloned()
                    .unwrap_or(json!({}));
                d.iter().zip(s).enumerate().try_for_each(|(i, (dv, sv))| {
                    self.contains(dv, sv, &items, extra_defaults, format!("{at}/{i}"))
                })
            }
            (Value::String(d), Value::String(s)) if d != s => {
                match (
                    chrono::DateTime::parse_from_rfc3339(d),
                    chrono::DateTime::parse_from_rfc3339(s),
                ) {
                    (Ok(a), Ok(b)) if a == b => Ok(()),
                    _ => Err(at),
                }
            }
            (Value::Number(d), Value::Number(s)) if d.as_f64() == s.as_f64() => Ok(()),
            (d, s) if d == s => Ok(()),
            _ => Err(at),
        }
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
        _ => false,
    }
}

/// The field [`Api::with_newer_fields`] adds: one no version of the spec has.
pub const NEWER_FIELD: &str = "addedByANewerServer";
