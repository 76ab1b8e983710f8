//! Instances built from a schema: required fields and those with a default, one entry in
//! every list and map, realistic values by format, enum and example. Test payloads, mock
//! answers and fixtures made this way follow the spec: a field a newer spec makes required is
//! in them with no hand edit.

use serde_json::{Map, Value, json};

/// Builds instances of the schemas of one bundled document (its `#/components/...` references
/// are followed).
#[derive(Debug, Clone, Copy)]
pub struct Sampler<'a> {
    doc: &'a Value,
}

impl<'a> Sampler<'a> {
    /// A sampler over `doc`, a bundled document.
    pub fn new(doc: &'a Value) -> Self {
        Sampler { doc }
    }

    /// `schema` with `$ref`s followed (one that does not resolve reads as `null`, a schema
    /// that says nothing).
    pub fn resolve<'b>(&self, schema: &'b Value) -> &'b Value
    where
        'a: 'b,
    {
        static EMPTY: Value = Value::Null;
        let mut schema = schema;
        while let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            schema = self
                .doc
                .pointer(r.trim_start_matches('#'))
                .unwrap_or(&EMPTY);
        }
        schema
    }

    /// A realistic value of `schema`: required properties and those with a default, one entry
    /// in every list and map, values by format and enum.
    ///
    /// ```
    /// let doc = serde_json::json!({"components": {"schemas": {"A": {"type": "object",
    ///     "required": ["a"], "properties": {"a": {"type": "string", "format": "date-time"},
    ///     "b": {"type": "integer"}}}}}});
    /// let sampler = ampersand_spec::sample::Sampler::new(&doc);
    /// let v = sampler.sample(&serde_json::json!({"$ref": "#/components/schemas/A"}));
    /// assert_eq!(v, serde_json::json!({"a": "2024-01-15T10:30:00Z"}));
    /// ```
    pub fn sample(&self, schema: &Value) -> Value {
        self.sample_at(schema, "value", 0)
    }

    /// The component schema `name`, sampled.
    ///
    /// ```
    /// let doc = serde_json::json!({"components": {"schemas": {"A": {"type": "boolean"}}}});
    /// assert_eq!(ampersand_spec::sample::Sampler::new(&doc).component("A"), true);
    /// ```
    pub fn component(&self, name: &str) -> Value {
        self.sample(&json!({"$ref": format!("#/components/schemas/{name}")}))
    }

    /// `given` completed by `schema`: at every depth where `given` has an object, the
    /// schema's required properties (and those with a default) it lacks are added as
    /// [`Sampler::sample`] makes them; what `given` holds is kept, and nothing else is added
    /// (no map entry, no property of a free-form object). A `oneOf` or `anyOf` object is
    /// completed by the first choice that names every key given, else left as given.
    ///
    /// ```
    /// let doc = serde_json::json!({"components": {"schemas": {"A": {"type": "object",
    ///     "required": ["a", "inner"], "properties": {"a": {"type": "string"},
    ///     "inner": {"type": "object", "required": ["b"], "properties": {
    ///         "b": {"type": "integer"}, "c": {"type": "string"}}}}}}}});
    /// let sampler = ampersand_spec::sample::Sampler::new(&doc);
    /// let schema = serde_json::json!({"$ref": "#/components/schemas/A"});
    /// let given = serde_json::json!({"inner": {"c": "mine"}});
    /// assert_eq!(sampler.complete(&schema, given),
    ///     serde_json::json!({"a": "a-1", "inner": {"b": 1, "c": "mine"}}));
    /// ```
    pub fn complete(&self, schema: &Value, given: Value) -> Value {
        self.complete_at(schema, given, 0)
    }

    fn complete_at(&self, schema: &Value, given: Value, depth: usize) -> Value {
        let schema = self.resolve(schema);
        match given {
            Value::Object(given) if depth <= 6 => {
                let Some(object) = self.object_for(schema, &given) else {
                    return Value::Object(given);
                };
                let props = object.get("properties").and_then(Value::as_object);
                let mut out = self.object_sample_without_entries(&object, depth);
                out.retain(|name, _| !given.contains_key(name));
                for (name, value) in given {
                    let sub = props
                        .and_then(|p| p.get(&name))
                        .or_else(|| object.get("additionalProperties"))
                        .unwrap_or(&Value::Null);
                    let value = self.complete_at(sub, value, depth + 1);
                    out.insert(name, value);
                }
                Value::Object(out)
            }
            Value::Array(items) => {
                let item = self.resolve(schema).get("items").unwrap_or(&Value::Null);
                let items = items
                    .into_iter()
                    .map(|v| self.complete_at(item, v, depth + 1))
                    .collect();
                Value::Array(items)
            }
            other => other,
        }
    }

    /// The object schema `given` is completed by: `schema` itself (its `allOf` merged), or the
    /// first `oneOf`/`anyOf` choice that has a property for every key given.
    fn object_for(&self, schema: &Value, given: &Map<String, Value>) -> Option<Value> {
        let choices = ["oneOf", "anyOf"]
            .iter()
            .find_map(|k| schema.get(*k).and_then(Value::as_array));
        let Some(choices) = choices else {
            return Some(self.object_schema(schema));
        };
        choices
            .iter()
            .map(|c| self.object_schema(c))
            .find(|choice| {
                let props = choice.get("properties").and_then(Value::as_object);
                given
                    .keys()
                    .all(|k| props.is_some_and(|p| p.contains_key(k)))
            })
    }

    /// `schema` as one object schema: its `allOf` merged ([`Self::merged`]), its own
    /// `additionalProperties` kept.
    fn object_schema(&self, schema: &Value) -> Value {
        let schema = self.resolve(schema);
        if schema.get("allOf").is_none() {
            return schema.clone();
        }
        let mut merged = self.merged(schema);
        if let Some(extra) = schema.get("additionalProperties") {
            merged["additionalProperties"] = extra.clone();
        }
        merged
    }

    /// [`Self::object_sample`] without the entry it makes up for a map or a free-form object.
    fn object_sample_without_entries(&self, schema: &Value, depth: usize) -> Map<String, Value> {
        let mut bare = schema.clone();
        if let Some(bare) = bare.as_object_mut() {
            bare.remove("additionalProperties");
            bare.entry("properties").or_insert_with(|| json!({}));
        }
        match self.object_sample(&bare, depth) {
            Value::Object(out) => out,
            _ => Map::new(),
        }
    }

    fn sample_at(&self, schema: &Value, name: &str, depth: usize) -> Value {
        let schema = self.resolve(schema);
        if schema.get("allOf").is_some() {
            return self.object_sample(&self.merged(schema), depth);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(first) = schema.get(key).and_then(|v| v.get(0)) {
                return self.sample_at(first, name, depth);
            }
        }
        if let Some(first) = schema.get("enum").and_then(|v| v.get(0)) {
            return first.clone();
        }
        if let Some(default) = schema.get("default") {
            return default.clone();
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("string") => string_sample(schema, name),
            Some("integer") => json!(
                schema
                    .get("minimum")
                    .and_then(Value::as_i64)
                    .unwrap_or(1)
                    .max(1)
            ),
            Some("number") => json!(1.5),
            Some("boolean") => json!(true),
            Some("array") => {
                if depth > 6 {
                    return json!([]);
                }
                json!([self.sample_at(&schema["items"], name, depth + 1)])
            }
            _ => self.object_sample(schema, depth),
        }
    }

    /// An `allOf` schema as one object schema: the union of properties and required names.
    fn merged(&self, schema: &Value) -> Value {
        let schema = self.resolve(schema);
        let mut properties = Map::new();
        let mut required: Vec<Value> = Vec::new();
        let mut parts = vec![schema];
        parts.extend(
            schema
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        );
        for part in parts {
            let part = self.resolve(part);
            let first_choice = ["oneOf", "anyOf"]
                .iter()
                .find_map(|k| part.get(*k).and_then(|v| v.get(0)));
            let part = if let Some(choice) = first_choice {
                self.merged(choice)
            } else if part.get("allOf").is_some() && !std::ptr::eq(part, schema) {
                self.merged(part)
            } else {
                part.clone()
            };
            if let Some(p) = part.get("properties").and_then(Value::as_object) {
                properties.extend(p.clone());
            }
            for r in part
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if !required.contains(r) {
                    required.push(r.clone());
                }
            }
        }
        json!({"type": "object", "properties": properties, "required": required})
    }

    fn object_sample(&self, schema: &Value, depth: usize) -> Value {
        let mut out = Map::new();
        if depth > 6 {
            return Value::Object(out);
        }
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                let prop_resolved = self.resolve(prop);
                if required.contains(&name.as_str()) || prop_resolved.get("default").is_some() {
                    if prop_resolved.get("readOnly") == Some(&json!(true))
                        && !required.contains(&name.as_str())
                    {
                        continue;
                    }
                    out.insert(name.clone(), self.sample_at(prop, name, depth + 1));
                }
            }
        }
        match schema.get("additionalProperties") {
            Some(Value::Object(extra)) if !extra.is_empty() => {
                out.insert(
                    "entry1".into(),
                    self.sample_at(&Value::Object(extra.clone()), "entry1", depth + 1),
                );
            }
            _ if schema.get("properties").is_none() && schema.get("allOf").is_none() => {
                out.insert("key".into(), json!("value"));
            }
            _ => {}
        }
        Value::Object(out)
    }
}

fn string_sample(schema: &Value, name: &str) -> Value {
    let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
    let value = match format {
        "date-time" => "2024-01-15T10:30:00Z".to_string(),
        "date" => "2024-01-15".to_string(),
        "uuid" => "3f8b2a1e-7c4d-4e9a-b5f6-1d2e3a4b5c6d".to_string(),
        "email" => "dev@example.com".to_string(),
        "uri" | "url" => "https://example.com/callback".to_string(),
        "byte" => "aGVsbG8=".to_string(),
        _ => match schema.get("example").and_then(Value::as_str) {
            Some(example) => example.to_string(),
            None => format!("{name}-1"),
        },
    };
    Value::String(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completion_fills_maps_and_choices_and_leaves_free_form_objects_alone() {
        let doc = json!({"components": {"schemas": {
            "Object": {"type": "object", "required": ["name", "schedule"], "properties": {
                "name": {"type": "string"}, "schedule": {"type": "string"}}},
            "Byname": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Object"}},
            "Either": {"oneOf": [
                {"type": "object", "required": ["redirect"], "properties": {"redirect": {"type": "string"}}},
                {"type": "object", "required": ["connection", "at"], "properties": {
                    "connection": {"type": "string"}, "at": {"type": "string", "format": "date"}}}]},
            "Body": {"allOf": [{"type": "object", "required": ["objects"], "properties": {
                "objects": {"$ref": "#/components/schemas/Byname"},
                "either": {"$ref": "#/components/schemas/Either"},
                "record": {"type": "object"}}}]},
        }}});
        let sampler = Sampler::new(&doc);
        let body = json!({"$ref": "#/components/schemas/Body"});
        let given = json!({"objects": {"contact": {"name": "contact"}},
            "either": {"connection": "c"}, "record": {"a": 1}});
        assert_eq!(
            sampler.complete(&body, given),
            json!({"objects": {"contact": {"name": "contact", "schedule": "schedule-1"}},
                "either": {"connection": "c", "at": "2024-01-15"}, "record": {"a": 1}})
        );
        // a map given empty stays empty; a choice no branch names is left as given
        let given = json!({"objects": {}, "either": {"neither": 1}});
        assert_eq!(sampler.complete(&body, given.clone()), given);
        // nothing given: the sample
        assert_eq!(sampler.complete(&body, json!({})), sampler.sample(&body));
    }
}
