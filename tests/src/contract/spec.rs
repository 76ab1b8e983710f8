//! What the spec says of a request or a response: validation (jsonschema), examples, and the
//! comparison of what was sent with what was decoded.

use ampersand_spec::json_schema;
use httpmock::HttpMockRequest;
use serde_json::{Map, Value, json};

use super::{Api, Op};

impl Api {
    /// The operation whose `Client` method is `name`.
    ///
    /// ```
    /// assert_eq!(ampersand_tests::contract::api().op("get_installation").method, "GET");
    /// ```
    pub fn op(&self, name: &str) -> &Op {
        self.ops
            .get(name)
            .unwrap_or_else(|| panic!("no operation {name}"))
    }

    /// Every operation, by Rust method name.
    ///
    /// ```
    /// let spec = ampersand_spec::Spec::load(ampersand_tests::openapi_dir()).unwrap();
    /// assert_eq!(ampersand_tests::contract::api().operations().count(), spec.operations().len());
    /// ```
    pub fn operations(&self) -> impl Iterator<Item = (&str, &Op)> {
        self.ops.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// `schema` with `$ref`s followed.
    ///
    /// ```
    /// let api = ampersand_tests::contract::api();
    /// let reference = serde_json::json!({"$ref": "#/components/schemas/Group"});
    /// assert_eq!(api.resolve(&reference)["type"], "object");
    /// ```
    pub fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        let mut schema = schema;
        while let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            schema = self
                .doc
                .pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("unresolved {r}"));
        }
        schema
    }

    /// Validates `instance` against `schema` (OpenAPI 3.0, `$ref`s into the spec's components);
    /// the messages name the JSON pointer of each problem.
    ///
    /// ```
    /// let api = ampersand_tests::contract::api();
    /// let schema = serde_json::json!({"$ref": "#/components/schemas/Group"});
    /// assert!(api.validate(&schema, &serde_json::json!({"groupRef": 1})).is_err());
    /// ```
    pub fn validate(&self, schema: &Value, instance: &Value) -> Result<(), Vec<String>> {
        let mut root = json_schema(schema);
        if let Value::Object(m) = &mut root {
            m.insert("components".into(), self.components.clone());
        }
        let validator = jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&root)
            .map_err(|e| vec![format!("schema does not build: {e}")])?;
        let errors: Vec<String> = validator
            .iter_errors(instance)
            .map(|e| format!("{}: {e}", e.instance_path))
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The security scheme a client holding both credentials uses for `op`: the first of its
    /// `security` (else the document's), `None` when it needs none.
    ///
    /// ```
    /// let api = ampersand_tests::contract::api();
    /// assert_eq!(api.credential(api.op("get_my_info")), Some("Bearer"));
    /// assert_eq!(api.credential(api.op("list_projects")), Some("APIKeyHeader"));
    /// assert_eq!(api.credential(api.op("list_providers")), None);
    /// ```
    pub fn credential<'a>(&'a self, op: &'a Op) -> Option<&'a str> {
        let requirements = op.spec.get("security").unwrap_or(&self.doc["security"]);
        requirements
            .as_array()?
            .iter()
            .find_map(|r| r.as_object()?.keys().next())
            .map(String::as_str)
    }

    /// The request body schema of `op`, if it takes one.
    pub fn request_schema<'a>(&self, op: &'a Op) -> Option<&'a Value> {
        op.spec
            .pointer("/requestBody/content/application~1json/schema")
    }

    /// The success status of `op`, and its body (the spec's example, else a sample) with the
    /// media type.
    ///
    /// ```
    /// let api = ampersand_tests::contract::api();
    /// let (status, body) = api.success(api.op("delete_installation"));
    /// assert_eq!((status, body), (204, None));
    /// ```
    pub fn success(&self, op: &Op) -> (u16, Option<(String, Value)>) {
        let responses = op.spec["responses"].as_object().expect("responses");
        let (code, response) = responses
            .iter()
            .find(|(code, _)| code.starts_with('2'))
            .expect("a success response");
        let status = code.parse().expect("a numeric success status");
        let Some((media, content)) = response
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.iter().next())
        else {
            return (status, None);
        };
        let body = self.example_or_sample(content);
        (status, Some((media.clone(), body)))
    }

    /// The schema of `op`'s success body (`{}` when it has none).
    pub fn success_schema(&self, op: &Op) -> Value {
        let responses = op.spec["responses"].as_object().expect("responses");
        responses
            .iter()
            .filter(|(code, _)| code.starts_with('2'))
            .find_map(|(_, r)| {
                r.get("content")?
                    .as_object()?
                    .values()
                    .next()?
                    .get("schema")
                    .cloned()
            })
            .unwrap_or(json!({}))
    }

    /// The body for `op`'s request: the spec's example, else a sample of its schema.
    pub fn request_body(&self, op: &Op) -> Option<Value> {
        let content = op.spec.pointer("/requestBody/content/application~1json")?;
        Some(self.example_or_sample(content))
    }

    /// The spec's example of a media type when it fits the schema (some do not: the JWT key
    /// examples use `name` where the schema says `label`), else a sample, which must fit.
    pub(super) fn example_or_sample(&self, content: &Value) -> Value {
        let schema = &content["schema"];
        if let Some(example) = spec_example(content)
            && (schema.get("type") == Some(&json!("string"))
                || self.validate(schema, &example).is_ok())
        {
            return example;
        }
        let sample = self.sample(schema);
        if let Err(problems) = self.validate(schema, &sample) {
            panic!("the sample does not fit its schema: {problems:?}\n{sample}");
        }
        sample
    }

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

    /// Checks a request the client sent for `op` against the spec: known query parameters,
    /// required ones present, values of the declared type and enum, and the JSON body against
    /// the request schema.
    pub fn check_request(&self, op: &Op, request: &HttpMockRequest) -> Result<(), Vec<String>> {
        self.check_parts(op, &request.query_params(), request.body_ref())
    }

    /// [`Api::check_request`] on a request's decoded query pairs and its body.
    ///
    /// ```
    /// let api = ampersand_tests::contract::api();
    /// let op = api.op("get_connection");
    /// let query = vec![("includeCreds".to_string(), "maybe".to_string())];
    /// assert!(api.check_parts(op, &query, b"").is_err());
    /// ```
    pub fn check_parts(
        &self,
        op: &Op,
        query: &[(String, String)],
        body: &[u8],
    ) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        let params: Vec<&Value> = op.spec["parameters"]
            .as_array()
            .map(|p| p.iter().map(|p| self.resolve(p)).collect())
            .unwrap_or_default();
        for (name, value) in query {
            match params
                .iter()
                .find(|p| p["in"] == "query" && p["name"] == name.as_str())
            {
                None => problems.push(format!("unknown query parameter {name}")),
                Some(p) => {
                    let schema = &p["schema"];
                    let typed = match schema["type"].as_str() {
                        Some("boolean") => value.parse::<bool>().map(Value::Bool).ok(),
                        Some("integer") => value.parse::<i64>().map(|n| json!(n)).ok(),
                        _ => Some(Value::String(value.clone())),
                    };
                    match typed {
                        None => problems
                            .push(format!("query {name}={value} is not a {}", schema["type"])),
                        Some(v) => {
                            if let Err(e) = self.validate(schema, &v) {
                                problems
                                    .extend(e.into_iter().map(|e| format!("query {name}: {e}")));
                            }
                        }
                    }
                }
            }
        }
        for p in params
            .iter()
            .filter(|p| p["in"] == "query" && p["required"] == true)
        {
            let name = p["name"].as_str().unwrap_or_default();
            if !query.iter().any(|(n, _)| n == name) {
                problems.push(format!("required query parameter {name} is missing"));
            }
        }
        if let Some(schema) = self.request_schema(op) {
            match serde_json::from_slice::<Value>(body) {
                Ok(body) => {
                    if let Err(e) = self.validate(schema, &body) {
                        problems.extend(e.into_iter().map(|e| format!("body {e}")));
                    }
                }
                Err(e) => problems.push(format!("the body is not JSON: {e}")),
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// The example of a media type object: `example`, or the first of `examples`.
fn spec_example(content: &Value) -> Option<Value> {
    if let Some(e) = content.get("example") {
        return Some(e.clone());
    }
    let examples = content.get("examples")?.as_object()?;
    examples.values().next()?.get("value").cloned()
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
