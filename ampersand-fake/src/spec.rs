//! What the spec says of each operation's request and responses (written by `build.rs` from
//! `openapi/`): its query parameters and body schema, which every request is checked against
//! (jsonschema), and the media type of each response status, which every answer is sent as.

use std::collections::HashMap;
use std::sync::OnceLock;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::problem::{self, Issue, Problem};

/// One API's operations and the components their schemas refer to.
#[derive(Deserialize)]
struct Api {
    components: Value,
    ops: HashMap<String, Op>,
}

/// What the spec says of one operation.
#[derive(Deserialize)]
pub(crate) struct Op {
    query: Vec<Param>,
    body: Value,
    #[serde(rename = "bodyRequired")]
    body_required: bool,
    media: HashMap<String, Option<String>>,
    /// The 200 answer's example (`null` without one).
    pub(crate) example: Value,
    #[serde(skip)]
    components: Value,
    /// The body's validator, built on first use.
    #[serde(skip)]
    validator: OnceLock<Result<jsonschema::Validator, String>>,
}

#[derive(Deserialize)]
struct Param {
    name: String,
    required: bool,
    schema: Value,
}

#[derive(Deserialize)]
struct Facts {
    apis: Vec<Api>,
}

/// Every operation of every API, by `operationId`.
fn ops() -> &'static HashMap<String, Op> {
    static OPS: OnceLock<HashMap<String, Op>> = OnceLock::new();
    OPS.get_or_init(|| {
        let facts: Facts =
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/spec.json")))
                .expect("build.rs writes the facts");
        let mut all = HashMap::new();
        for api in facts.apis {
            for (id, mut op) in api.ops {
                op.components = api.components.clone();
                all.insert(id, op);
            }
        }
        all
    })
}

/// The spec's facts of the operation `id` (every routed operation has them).
pub(crate) fn op(id: &str) -> Option<&'static Op> {
    ops().get(id)
}

/// A request's query string as name and value pairs, decoded.
pub(crate) fn parse_query(query: Option<&str>) -> Vec<(String, String)> {
    query
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(&s.replace('+', " "))
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (decode(name), decode(value))
        })
        .collect()
}

impl Op {
    /// Checks the query against the operation's parameters: each one the spec declares is read
    /// as its schema's type and validated; a required one must be there. Parameters the spec
    /// does not declare are ignored, as the service does. The values, typed, by name.
    pub(crate) fn check_query(
        &self,
        query: &[(String, String)],
    ) -> Result<Map<String, Value>, Problem> {
        let mut issues = Vec::new();
        let mut typed = Map::new();
        for param in &self.query {
            let Some((_, raw)) = query.iter().find(|(n, _)| *n == param.name) else {
                if param.required {
                    issues.push(Issue::query(&param.name, "is required"));
                }
                continue;
            };
            let value = match param.schema["type"].as_str() {
                Some("integer") => raw.parse::<i64>().map(Value::from).ok(),
                Some("number") => raw.parse::<f64>().ok().map(Value::from),
                Some("boolean") => raw.parse::<bool>().map(Value::from).ok(),
                _ => Some(Value::String(raw.clone())),
            };
            let Some(value) = value else {
                // the kind wanted, not the value given (as a body's issues)
                let wanted = match param.schema["type"].as_str() {
                    Some("integer") => "an integer",
                    Some("number") => "a number",
                    Some("boolean") => "a boolean (true or false)",
                    _ => "a value of its type",
                };
                issues.push(Issue::query(&param.name, &format!("is not {wanted}")));
                continue;
            };
            for (_, detail) in violations(&build(&param.schema, &Value::Null), &value) {
                issues.push(Issue::query(&param.name, &detail));
            }
            typed.insert(param.name.clone(), value);
        }
        if issues.is_empty() {
            Ok(typed)
        } else {
            Err(problem::invalid(issues))
        }
    }

    /// Checks a body against the operation's request schema (an absent or empty body where
    /// the spec requires one is refused); the body as JSON.
    pub(crate) fn check_body(&self, body: &[u8]) -> Result<Value, Problem> {
        if body.is_empty() {
            return match (&self.body, self.body_required) {
                (Value::Null, _) | (_, false) => Ok(Value::Null),
                _ => Err(problem::invalid(vec![Issue::body("body", "is required")])),
            };
        }
        // checked as UTF-8 whole, once, rather than string by string as JSON is read
        let text = std::str::from_utf8(body).map_err(|e| e.to_string());
        let value: Value = text
            .and_then(|text| serde_json::from_str(text).map_err(|e| e.to_string()))
            .map_err(|e| {
                problem::invalid(vec![Issue::body("body", &format!("is not JSON: {e}"))])
            })?;
        if self.body.is_null() {
            return Ok(value);
        }
        let validator = self
            .validator
            .get_or_init(|| build(&self.body, &self.components));
        let issues: Vec<Issue> = violations(validator, &value)
            .into_iter()
            .map(|(at, detail)| Issue::body(&at, &detail))
            .collect();
        if issues.is_empty() {
            Ok(value)
        } else {
            Err(problem::invalid(issues))
        }
    }

    /// The media type the spec declares for answering `status` (`None`: no body).
    fn media(&self, status: StatusCode) -> Option<&str> {
        let code = status.as_str();
        // the class (`4XX`) made only for a status the spec does not list
        self.media
            .get(code)
            .or_else(|| self.media.get(format!("{}XX", &code[..1]).as_str()))
            .or_else(|| self.media.get("default"))
            .and_then(|m| m.as_deref())
    }

    /// `response` (a problem when it failed) sent as the media type the spec declares for its
    /// status: `application/problem+json` or `application/json` as written, and a problem's
    /// `detail` alone where the spec declares `text/plain` (writeRecords' 400).
    pub(crate) fn as_declared(&self, response: Response) -> Response {
        let status = response.status();
        let problem = response
            .headers()
            .get(header::CONTENT_TYPE)
            .is_some_and(|v| v == "application/problem+json");
        let Some(media) = self.media(status) else {
            return response;
        };
        if !problem || media == "application/problem+json" {
            return response;
        }
        let (mut parts, body) = response.into_parts();
        match media {
            "text/plain" => {
                let detail = parts
                    .extensions
                    .get::<problem::Detail>()
                    .map(|d| d.0.clone())
                    .unwrap_or_default();
                (status, [(header::CONTENT_TYPE, "text/plain")], detail).into_response()
            }
            other => {
                if let Ok(value) = HeaderValue::from_str(other) {
                    parts.headers.insert(header::CONTENT_TYPE, value);
                }
                Response::from_parts(parts, body)
            }
        }
    }
}

/// A validator of `schema`, whose `$ref`s point into `components`.
fn build(schema: &Value, components: &Value) -> Result<jsonschema::Validator, String> {
    let mut root = schema.clone();
    if let (Value::Object(m), false) = (&mut root, components.is_null()) {
        m.insert("components".into(), components.clone());
    }
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| format!("the spec's schema does not build: {e}"))
}

/// Each way `value` breaks the schema: the field's dotted path (`body` for the whole) and what
/// is wrong.
fn violations(
    validator: &Result<jsonschema::Validator, String>,
    value: &Value,
) -> Vec<(String, String)> {
    let validator = match validator {
        Ok(v) => v,
        Err(e) => return vec![("body".into(), e.clone())],
    };
    // most bodies are valid: the cheap check first, the errors only of one that is not
    if validator.is_valid(value) {
        return Vec::new();
    }
    validator
        .iter_errors(value)
        .map(|e| {
            let pointer = e.instance_path.to_string();
            let path: Vec<String> = pointer
                .split('/')
                .skip(1)
                .map(|s| s.replace("~1", "/").replace("~0", "~"))
                .collect();
            let name = if path.is_empty() {
                "body".to_string()
            } else {
                path.join(".")
            };
            // the value itself stays out of the message: it may be a secret
            let value = e.instance.to_string();
            (name, e.to_string().replace(&value, "the value"))
        })
        .collect()
}
