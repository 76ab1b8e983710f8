//! Error answers: every error status decoded as the one problem schema, the spec's error bodies
//! typed.

use serde_json::{Value, json};

use super::constructs::unsupported;
use super::{
    KNOWN_PROBLEM_SCHEMAS, PROBLEM_SCHEMA, is_error_status, operations_mut, responses_mut,
};
use crate::CodegenError;

/// `default` → `4XX` and `5XX`, unless the operation already declares that range.
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"get": {"responses": {"default": {"description": "e"}}}}}});
/// ampersand_codegen::prepare::default_as_4xx_5xx(&mut doc).unwrap();
/// assert!(doc["paths"]["/a"]["get"]["responses"]["4XX"].is_object());
/// ```
pub fn default_as_4xx_5xx(doc: &mut Value) -> Result<(), CodegenError> {
    for (_, op) in operations_mut(doc) {
        let Some(responses) = responses_mut(op) else {
            continue;
        };
        let Some(default) = responses.remove("default") else {
            continue;
        };
        for range in ["4XX", "5XX"] {
            if !responses.contains_key(range) {
                responses.insert(range.into(), default.clone());
            }
        }
    }
    Ok(())
}

/// The operation extension naming an operation's typed error body: `{schema, statuses}`.
pub const ERROR_BODY_EXTENSION: &str = "x-ampersand-error-body";

/// Moves each error body that is not a problem out of the way of [`one_problem_schema`]: a
/// JSON schema becomes `#/components/schemas/<OperationId>Failure`, recorded on the operation
/// under [`ERROR_BODY_EXTENSION`] with the statuses that carry it; a `text/plain` body is
/// dropped from the description (the error keeps it as text). Only exact statuses can carry a
/// typed body, and one operation has at most one such schema.
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"post": {"operationId": "writeA", "responses": {
///     "422": {"description": "no", "content": {"application/json": {"schema": {"type": "object"}}}},
///     "400": {"description": "bad", "content": {"text/plain": {"schema": {"type": "string"}}}}}}}}});
/// ampersand_codegen::prepare::typed_error_bodies(&mut doc).unwrap();
/// let op = &doc["paths"]["/a"]["post"];
/// assert_eq!(op["x-ampersand-error-body"]["schema"], "WriteAFailure");
/// assert_eq!(op["x-ampersand-error-body"]["statuses"][0], 422);
/// assert!(op["responses"]["422"].get("content").is_none() && op["responses"]["400"].get("content").is_none());
/// assert_eq!(doc["components"]["schemas"]["WriteAFailure"]["type"], "object");
/// ```
pub fn typed_error_bodies(doc: &mut Value) -> Result<(), CodegenError> {
    let known: Vec<String> = KNOWN_PROBLEM_SCHEMAS
        .iter()
        .map(|s| format!("#/components/schemas/{s}"))
        .collect();
    let mut hoisted: Vec<(String, Value)> = Vec::new();
    for (at, op) in operations_mut(doc) {
        let id = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let Some(responses) = responses_mut(op) else {
            continue;
        };
        let mut typed: Option<(Value, Vec<u16>)> = None;
        for (code, response) in responses.iter_mut() {
            if !is_error_status(code) {
                continue;
            }
            let Some(content) = response.get_mut("content").and_then(Value::as_object_mut) else {
                continue;
            };
            let here = format!("{at}/responses/{code}");
            for media in content.keys().cloned().collect::<Vec<_>>() {
                let schema = content[&media].get("schema").cloned().unwrap_or_default();
                let is_problem = schema
                    .get("$ref")
                    .and_then(Value::as_str)
                    .is_some_and(|r| known.iter().any(|k| k == r));
                let json = matches!(
                    media.as_str(),
                    "application/json" | "application/problem+json"
                );
                if is_problem && json {
                    continue;
                }
                if media == "text/plain" {
                    content.remove(&media);
                    continue;
                }
                if !json {
                    continue; // one_problem_schema names it
                }
                let Ok(status) = code.parse::<u16>() else {
                    return Err(unsupported(
                        &here,
                        "a typed error body under a status range",
                    ));
                };
                match &mut typed {
                    None => typed = Some((schema, vec![status])),
                    Some((first, statuses)) if *first == schema => statuses.push(status),
                    Some(_) => {
                        return Err(unsupported(&here, "error bodies of two different types"));
                    }
                }
                content.remove(&media);
            }
            if content.is_empty()
                && let Some(response) = response.as_object_mut()
            {
                response.remove("content");
            }
        }
        if let Some((schema, statuses)) = typed {
            let name = format!(
                "{}Failure",
                heck::ToUpperCamelCase::to_upper_camel_case(id.as_str())
            );
            op.insert(
                ERROR_BODY_EXTENSION.into(),
                json!({ "schema": name, "statuses": statuses }),
            );
            hoisted.push((name, schema));
        }
    }
    add_components(doc, hoisted, "a hoisted error body")
}

/// Adds `schemas` to the document's component schemas; a name already taken is refused,
/// saying what the new schema is (`what`).
pub(super) fn add_components(
    doc: &mut Value,
    schemas: Vec<(String, Value)>,
    what: &str,
) -> Result<(), CodegenError> {
    if schemas.is_empty() {
        return Ok(());
    }
    let components = doc
        .as_object_mut()
        .map(|d| d.entry("components").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
        .map(|c| c.entry("schemas").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
        .ok_or_else(|| unsupported("/components", "components that are not an object"))?;
    for (name, schema) in schemas {
        if components.contains_key(&name) {
            return Err(unsupported(
                &format!("/components/schemas/{name}"),
                &format!("a schema named like {what}"),
            ));
        }
        components.insert(name, schema);
    }
    Ok(())
}

/// Every error response: one `application/json` body of [`PROBLEM_SCHEMA`]. An error response
/// with no body gets one too (the service always sends a problem); one whose schema is not a
/// known problem schema is refused.
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"get": {"responses": {"404": {"description": "gone"}}}}}});
/// ampersand_codegen::prepare::one_problem_schema(&mut doc).unwrap();
/// let schema = &doc["paths"]["/a"]["get"]["responses"]["404"]["content"]["application/json"]["schema"];
/// assert_eq!(schema["$ref"], "#/components/schemas/InputValidationProblem");
/// ```
pub fn one_problem_schema(doc: &mut Value) -> Result<(), CodegenError> {
    let problem_ref = format!("#/components/schemas/{PROBLEM_SCHEMA}");
    let known: Vec<String> = KNOWN_PROBLEM_SCHEMAS
        .iter()
        .map(|s| format!("#/components/schemas/{s}"))
        .collect();
    for (at, op) in operations_mut(doc) {
        let Some(responses) = responses_mut(op) else {
            continue;
        };
        for (code, response) in responses.iter_mut() {
            if !is_error_status(code) {
                continue;
            }
            let here = format!("{at}/responses/{code}");
            let Some(response) = response.as_object_mut() else {
                return Err(unsupported(&here, "a response that is not an object"));
            };
            if response.contains_key("$ref") {
                return Err(unsupported(&here, "a $ref to a shared response"));
            }
            let content = response.get("content").and_then(Value::as_object);
            for (media, body) in content.into_iter().flatten() {
                if !matches!(
                    media.as_str(),
                    "application/json" | "application/problem+json"
                ) {
                    return Err(unsupported(
                        &format!("{here}/content/{}", ampersand_spec::escape_segment(media)),
                        &format!("an error body of media type {media}"),
                    ));
                }
                let schema_ref = body.pointer("/schema/$ref").and_then(Value::as_str);
                if !schema_ref.is_some_and(|r| known.iter().any(|k| k == r)) {
                    return Err(unsupported(
                        &format!("{here}/content/{}", ampersand_spec::escape_segment(media)),
                        &format!(
                            "an error body that is not one of {}",
                            KNOWN_PROBLEM_SCHEMAS.join(", ")
                        ),
                    ));
                }
            }
            response.insert(
                "content".into(),
                json!({ "application/json": { "schema": { "$ref": problem_ref } } }),
            );
        }
    }
    Ok(())
}
