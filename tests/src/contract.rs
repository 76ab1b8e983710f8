//! The contract harness: for one operation of `openapi/`, a typed httpmock mock that asserts
//! the wire (method, percent-encoded path, query, headers, JSON body) and validates every
//! request against the operation's schemas, and the checks of the decoded response.
//!
//! Request bodies and responses come from the spec: its own example where it has one, else a
//! payload built from the schema ([`Api::sample`]: required fields, defaults, one entry per
//! list and map, realistic values by format), which is itself validated against the schema.

use std::collections::BTreeMap;
use std::sync::{Mutex, OnceLock};

use heck::ToSnakeCase;
use httpmock::{HttpMockRequest, MockServer};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};

/// The API key every contract client sends.
pub const KEY: &str = "contract-test-key";

/// A path parameter value that must stay one percent-encoded segment.
pub const TRICKY: &str = "a/b ..?#é";

/// One operation of the prepared spec.
#[derive(Debug, Clone)]
pub struct Op {
    /// The operationId.
    pub id: String,
    /// HTTP method, upper case.
    pub method: String,
    /// Path template.
    pub path: String,
    /// The operation object.
    pub spec: Value,
}

/// The prepared, bundled spec and its operations by Rust method name.
pub struct Api {
    doc: Value,
    ops: BTreeMap<String, Op>,
    components: Value,
}

/// Request-validation failures seen by any mock, by operation.
static FAILURES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The request-validation failures recorded for the operation `operation_id`.
///
/// ```
/// assert!(ampersand_tests::contract::failures("noSuchOperation").is_empty());
/// ```
pub fn failures(operation_id: &str) -> Vec<String> {
    let prefix = format!("{operation_id}: ");
    FAILURES
        .lock()
        .unwrap()
        .iter()
        .filter(|f| f.starts_with(&prefix))
        .cloned()
        .collect()
}

/// The spec, loaded once.
///
/// ```
/// let op = ampersand_tests::contract::api().op("list_installations");
/// assert_eq!(op.id, "listInstallations");
/// ```
pub fn api() -> &'static Api {
    static API: OnceLock<Api> = OnceLock::new();
    API.get_or_init(|| {
        let doc =
            ampersand_codegen::prepared_document(&crate::openapi_dir()).expect("openapi/ prepares");
        let mut ops = BTreeMap::new();
        for (path, item) in doc["paths"].as_object().expect("paths") {
            for (method, spec) in item.as_object().expect("a path item") {
                if !ampersand_spec::METHODS.contains(&method.as_str()) {
                    continue;
                }
                let id = spec["operationId"]
                    .as_str()
                    .expect("an operationId")
                    .to_string();
                let op = Op {
                    id: id.clone(),
                    method: method.to_uppercase(),
                    path: path.clone(),
                    spec: spec.clone(),
                };
                ops.insert(id.to_snake_case(), op);
            }
        }
        let components = json_schema(&doc["components"]);
        Api {
            doc,
            ops,
            components,
        }
    })
}

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
    /// assert_eq!(ampersand_tests::contract::api().operations().count(), 81);
    /// ```
    pub fn operations(&self) -> impl Iterator<Item = (&str, &Op)> {
        self.ops.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// `schema` with `$ref`s followed.
    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        let mut schema = schema;
        while let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            schema = self
                .doc
                .pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("unresolved {r}"));
        }
        schema
    }

    /// A realistic value of `schema`: required properties and those with a default, one entry
    /// in every list and map, values by format and enum.
    ///
    /// ```
    /// let api = ampersand_tests::contract::api();
    /// let v = api.sample(&serde_json::json!({"type": "object", "required": ["a"],
    ///     "properties": {"a": {"type": "string", "format": "date-time"}, "b": {"type": "integer"}}}));
    /// assert_eq!(v, serde_json::json!({"a": "2024-01-15T10:30:00Z"}));
    /// ```
    pub fn sample(&self, schema: &Value) -> Value {
        self.sample_at(schema, "value", 0)
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
            Some("integer") => json!(schema
                .get("minimum")
                .and_then(Value::as_i64)
                .unwrap_or(1)
                .max(1)),
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
    fn example_or_sample(&self, content: &Value) -> Value {
        let schema = &content["schema"];
        if let Some(example) = spec_example(content) {
            if schema.get("type") == Some(&json!("string"))
                || self.validate(schema, &example).is_ok()
            {
                return example;
            }
        }
        let sample = self.sample(schema);
        if let Err(problems) = self.validate(schema, &sample) {
            panic!("the sample does not fit its schema: {problems:?}\n{sample}");
        }
        sample
    }

    /// The schema of `key` in an object of `schema` (through `$ref`, `allOf`, `oneOf` and
    /// `additionalProperties`), `None` when the schema does not declare it.
    fn child(&self, schema: &Value, key: &str) -> Option<Value> {
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

/// An OpenAPI 3.0 schema as JSON Schema draft 4: `nullable` becomes a `null` type.
fn json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out: Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), json_schema(v)))
                .collect();
            if out.get("nullable") == Some(&Value::Bool(true)) {
                if let Some(Value::String(t)) = out.get("type").cloned() {
                    out.insert("type".into(), json!([t, "null"]));
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(json_schema).collect()),
        other => other.clone(),
    }
}

/// Percent-encodes one path segment: everything but RFC 3986's unreserved characters.
///
/// ```
/// assert_eq!(ampersand_tests::contract::encode_segment("a/b ..?#é"), "a%2Fb%20..%3F%23%C3%A9");
/// ```
pub fn encode_segment(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// One contract test: an operation, the values its call uses, the mock that checks them.
pub struct Contract {
    op: &'static Op,
    path: Vec<(&'static str, String)>,
    query: Vec<(&'static str, String)>,
    body: Option<Value>,
    /// The server the mock runs on.
    pub server: MockServer,
}

impl Contract {
    /// A contract for the operation whose `Client` method is `method_name`.
    pub async fn new(method_name: &str) -> Contract {
        Contract {
            op: api().op(method_name),
            path: Vec::new(),
            query: Vec::new(),
            body: api().request_body(api().op(method_name)),
            server: MockServer::start_async().await,
        }
    }

    /// The path parameter `name` (as in the spec) is `value`.
    pub fn path(mut self, name: &'static str, value: impl ToString) -> Self {
        self.path.push((name, value.to_string()));
        self
    }

    /// The query parameter `name` (as in the spec) is set to `value`; the others must be absent.
    pub fn query(mut self, name: &'static str, value: impl ToString) -> Self {
        self.query.push((name, value.to_string()));
        self
    }

    /// The request body, typed for the builder's `.body(..)`.
    pub fn body<T: DeserializeOwned>(&self) -> T {
        let body = self.body.clone().expect("the operation takes a body");
        serde_json::from_value(body)
            .unwrap_or_else(|e| panic!("{}: body does not fit its type: {e}", self.op.id))
    }

    /// A client with [`KEY`], no retries, talking to the mock server.
    pub fn client(&self) -> ampersand_client::Client {
        ampersand_ext::ClientBuilder::new()
            .api_key(KEY)
            .base_url(self.server.base_url())
            .retry_policy(ampersand_ext::RetryPolicy::none())
            .build()
            .expect("a client")
    }

    /// The expected request path: the template with each parameter percent-encoded.
    pub fn expected_path(&self) -> String {
        let mut path = self.op.path.clone();
        for (name, value) in &self.path {
            path = path.replace(&format!("{{{name}}}"), &encode_segment(value));
        }
        assert!(
            !path.contains('{'),
            "{}: a path parameter is not set: {path}",
            self.op.id
        );
        path
    }

    /// Fills a typed mock's `when`/`then`: exact method, path, query, headers and body, plus
    /// the spec check of every request; answers with the success status and body, which it
    /// returns.
    ///
    /// ```no_run
    /// # async fn f() {
    /// use ampersand_client::mock::MockServerExt;
    /// let c = ampersand_tests::contract::Contract::new("list_projects").await;
    /// let mut sent = None;
    /// let mock = c.server.list_projects(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    /// let result = c.client().list_projects().send().await;
    /// c.check_json(mock, sent, result).await;
    /// # }
    /// ```
    pub fn expect(&self, when: httpmock::When, then: httpmock::Then) -> Option<Value> {
        let (status, body) = api().success(self.op);
        let op = self.op;
        let query_names: Vec<String> = op.spec["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| api().resolve(p))
            .filter(|p| p["in"] == "query")
            .filter_map(|p| p["name"].as_str().map(str::to_string))
            .collect();
        let mut when = when
            .method(op.method.as_str())
            .path(self.expected_path())
            .header("x-api-key", KEY)
            .is_true(move |req| match api().check_request(op, req) {
                Ok(()) => true,
                Err(problems) => {
                    let line = format!("{}: {}", op.id, problems.join("; "));
                    FAILURES.lock().unwrap().push(line);
                    false
                }
            });
        for name in &query_names {
            when = match self.query.iter().find(|(n, _)| n == name) {
                Some((_, value)) => when.query_param(name, value),
                None => when.query_param_missing(name),
            };
        }
        if let Some(intended) = self.body.clone() {
            let schema = api().request_schema(op).cloned().unwrap_or(json!({}));
            when.header("content-type", "application/json")
                .is_true(move |req| {
                    let wire: Value = serde_json::from_slice(req.body_ref()).unwrap_or(Value::Null);
                    match api().contains(&wire, &intended, &schema, true, String::new()) {
                        Ok(()) => true,
                        Err(path) => {
                            let line = format!("{}: body differs at {path}: sent {wire}", op.id);
                            FAILURES.lock().unwrap().push(line);
                            false
                        }
                    }
                });
        }
        let then = then.status(status);
        if let Some((media, body)) = &body {
            if media == "application/json" {
                then.header("content-type", media).json_body(body.clone());
            } else {
                then.header("content-type", media)
                    .body(body.as_str().unwrap_or_default());
            }
        }
        body.map(|(_, b)| b)
    }

    /// Asserts the call matched the mock once and decoded to what was sent (every field sent
    /// is in the decoded value; timestamps compared as instants).
    pub async fn check_json<T: Serialize, E: std::fmt::Debug>(
        &self,
        mock: httpmock::Mock<'_>,
        sent: Option<Value>,
        result: Result<ampersand_client::ResponseValue<T>, ampersand_client::Error<E>>,
    ) {
        let response = self.unwrap(&mock, result);
        let decoded = serde_json::to_value(response.into_inner()).expect("serialises");
        let sent = sent.expect("a JSON body was sent");
        let schema = api().success_schema(self.op);
        if let Err(path) = api().contains(&decoded, &sent, &schema, false, String::new()) {
            panic!(
                "{}: decoded differs at {path}\nsent: {sent}\ndecoded: {decoded}",
                self.op.id
            );
        }
    }

    /// Asserts the call matched the mock once and its answer has no body.
    pub async fn check_empty<E: std::fmt::Debug>(
        &self,
        mock: httpmock::Mock<'_>,
        result: Result<ampersand_client::ResponseValue<()>, ampersand_client::Error<E>>,
    ) {
        let response = self.unwrap(&mock, result);
        assert_eq!(response.status().as_u16(), api().success(self.op).0);
    }

    /// Asserts the call matched the mock once and its text body is what was sent.
    pub async fn check_text<E: std::fmt::Debug>(
        &self,
        mock: httpmock::Mock<'_>,
        sent: Option<Value>,
        result: Result<
            ampersand_client::ResponseValue<ampersand_client::ByteStream>,
            ampersand_client::Error<E>,
        >,
    ) {
        let response = self.unwrap(&mock, result);
        let text = response.into_inner().into_inner();
        use futures_util::TryStreamExt;
        let bytes: Vec<u8> = text
            .map_ok(|b| b.to_vec())
            .try_concat()
            .await
            .expect("the body reads");
        assert_eq!(Some(Value::String(String::from_utf8(bytes).unwrap())), sent);
    }

    fn unwrap<T, E: std::fmt::Debug>(
        &self,
        mock: &httpmock::Mock<'_>,
        result: Result<ampersand_client::ResponseValue<T>, ampersand_client::Error<E>>,
    ) -> ampersand_client::ResponseValue<T> {
        let failures = failures(&self.op.id);
        assert!(
            failures.is_empty(),
            "the request does not conform to the spec:\n{}",
            failures.join("\n")
        );
        let response = result.unwrap_or_else(|e| panic!("{} failed: {e:?}", self.op.id));
        mock.assert();
        response
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
