//! What the spec says of a request or a response: validation (jsonschema), examples, and the
//! checks of a request against its operation.

use ampersand_spec::json_schema;
use httpmock::HttpMockRequest;
use serde_json::{Value, json};

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
