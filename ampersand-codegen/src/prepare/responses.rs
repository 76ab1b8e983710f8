//! Media types and responses: what a request accepts, answers that may grow, and requests that send
//! only what was set.

use serde_json::Value;

use super::{each_schema_mut, operations_mut};
use crate::CodegenError;

/// Keeps, on each operation, every media type its responses declare (in the order of the
/// responses, each once) as `x-ampersand-accept`: what the request path sends as `Accept`.
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"get": {"responses": {
///     "200": {"content": {"application/json": {}}},
///     "400": {"content": {"text/plain": {}}},
///     "default": {"content": {"application/problem+json": {}}},
///     "204": {"description": "no body"}}}}}});
/// ampersand_codegen::prepare::declared_media_types(&mut doc).unwrap();
/// assert_eq!(
///     doc["paths"]["/a"]["get"]["x-ampersand-accept"],
///     serde_json::json!(["application/json", "text/plain", "application/problem+json"])
/// );
/// ```
pub fn declared_media_types(doc: &mut Value) -> Result<(), CodegenError> {
    for (_, op) in operations_mut(doc) {
        let mut media: Vec<Value> = Vec::new();
        let responses = op.get("responses").and_then(Value::as_object);
        for response in responses.into_iter().flat_map(|r| r.values()) {
            for name in response
                .get("content")
                .and_then(Value::as_object)
                .into_iter()
                .flat_map(|c| c.keys())
            {
                let name = Value::String(name.clone());
                if !media.contains(&name) {
                    media.push(name);
                }
            }
        }
        if !media.is_empty() {
            op.insert(ACCEPT_EXTENSION.into(), Value::Array(media));
        }
    }
    Ok(())
}

/// Where [`declared_media_types`] keeps an operation's media types.
pub const ACCEPT_EXTENSION: &str = "x-ampersand-accept";

/// Drops `additionalProperties: false` from every schema, and orders the alternatives of each
/// `oneOf` so that one whose required properties include all of an earlier one's (and more)
/// comes first: an untagged enum takes the first alternative that fits, and without
/// `deny_unknown_fields` the one that requires less would take the other's bodies too. (A
/// required list or map does not count: a missing one reads as empty.)
///
/// ```
/// let mut doc = serde_json::json!({"components": {"schemas": {
///     "One": {"type": "object", "additionalProperties": false, "required": ["id"]},
///     "Batch": {"type": "object", "additionalProperties": false, "required": ["id", "count"]},
///     "Answer": {"oneOf": [{"$ref": "#/components/schemas/One"}, {"$ref": "#/components/schemas/Batch"}]}}}});
/// ampersand_codegen::prepare::open_responses(&mut doc).unwrap();
/// let schemas = &doc["components"]["schemas"];
/// assert!(schemas["One"].get("additionalProperties").is_none());
/// assert_eq!(schemas["Answer"]["oneOf"][0]["$ref"], "#/components/schemas/Batch");
/// ```
pub fn open_responses(doc: &mut Value) -> Result<(), CodegenError> {
    fn resolved<'v>(doc: &'v Value, mut schema: &'v Value) -> &'v Value {
        while let Some(target) = schema.get("$ref").and_then(Value::as_str) {
            match doc.pointer(target.trim_start_matches('#')) {
                Some(next) => schema = next,
                None => break,
            }
        }
        schema
    }
    // what an alternative requires that decoding insists on: a required list or map reads as
    // empty when missing (`passes::lenient_collections`), so it tells nothing apart
    fn required(doc: &Value, schema: &Value) -> std::collections::BTreeSet<String> {
        let schema = resolved(doc, schema);
        let collection = |name: &str| {
            let prop = resolved(doc, &schema["properties"][name]);
            let ty = prop.get("type").and_then(Value::as_str);
            ty == Some("array") || (ty == Some("object") && prop.get("properties").is_none())
        };
        schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|name| !collection(name))
            .map(str::to_string)
            .collect()
    }
    let snapshot = doc.clone();
    each_schema_mut(doc, &mut |_, object| {
        if object.get("additionalProperties") == Some(&Value::Bool(false)) {
            object.remove("additionalProperties");
        }
        if let Some(Value::Array(alternatives)) = object.get_mut("oneOf") {
            let sets: Vec<_> = alternatives
                .iter()
                .map(|a| required(&snapshot, a))
                .collect();
            // a stable insertion: each alternative goes before the first earlier one whose
            // requirements it strictly includes
            let mut order: Vec<usize> = Vec::new();
            for i in 0..alternatives.len() {
                let at = order
                    .iter()
                    .position(|&j| sets[j].is_subset(&sets[i]) && sets[j] != sets[i])
                    .unwrap_or(order.len());
                order.insert(at, i);
            }
            if order.iter().enumerate().any(|(k, &i)| k != i) {
                let old = std::mem::take(alternatives);
                *alternatives = order.iter().map(|&i| old[i].clone()).collect();
            }
        }
    });
    Ok(())
}

/// A property's `default` is what the *service* applies when the property is absent, so it
/// leaves the schema (the description ends with "Default: `value`") and typify makes the
/// property an `Option`, absent unless set. (An optional list or map is made an `Option` by
/// the `optional_collections` pass: said here as `nullable`, it would make a property that an
/// `allOf` requires a required `Option`, and the merged type a new one.)
///
/// ```
/// let mut doc = serde_json::json!({"components": {"schemas": {"Obj": {
///     "type": "object",
///     "properties": {
///         "disabled": {"type": "boolean", "default": false},
///         "mode": {"type": "string", "description": "How.", "default": "auto"},
///         "default": {"type": "string"}}}}}});
/// ampersand_codegen::prepare::unset_stays_absent(&mut doc).unwrap();
/// let props = &doc["components"]["schemas"]["Obj"]["properties"];
/// assert_eq!(props["disabled"], serde_json::json!({"type": "boolean", "description": "Default: `false`."}));
/// assert_eq!(props["mode"]["description"], "How.\n\nDefault: `\"auto\"`.");
/// assert_eq!(props["default"], serde_json::json!({"type": "string"})); // a property so named
/// ```
pub fn unset_stays_absent(doc: &mut Value) -> Result<(), CodegenError> {
    each_schema_mut(doc, &mut |_, object| {
        let Some(Value::Object(props)) = object.get_mut("properties") else {
            return;
        };
        for prop in props.values_mut() {
            let Value::Object(prop) = prop else { continue };
            if let Some(default) = prop.remove("default") {
                let said = format!("Default: `{default}`.");
                let description = match prop.get("description").and_then(Value::as_str) {
                    Some(text) if !text.trim().is_empty() => {
                        format!("{}\n\n{said}", text.trim_end())
                    }
                    _ => said,
                };
                prop.insert("description".into(), Value::String(description));
            }
        }
    });
    Ok(())
}
