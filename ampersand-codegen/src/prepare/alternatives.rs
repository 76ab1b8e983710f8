//! `oneOf` alternatives: the forms typify reads, each named.

use serde_json::{Value, json};

use super::errors::add_components;
use super::operations_mut;
use crate::CodegenError;

/// Drops every `oneOf` whose alternatives hold nothing but `required` (and a description).
///
/// ```
/// let mut doc = serde_json::json!({"type": "object",
///     "oneOf": [{"required": ["config"]}, {"required": ["configURL"]}],
///     "properties": {"config": {"type": "object"}, "configURL": {"type": "string"}}});
/// ampersand_codegen::prepare::required_only_one_of(&mut doc).unwrap();
/// assert!(doc.get("oneOf").is_none() && doc["properties"]["config"].is_object());
/// ```
pub fn required_only_one_of(doc: &mut Value) -> Result<(), CodegenError> {
    fn only_required(alternative: &Value) -> bool {
        alternative.as_object().is_some_and(|a| {
            a.contains_key("required")
                && a.keys()
                    .all(|k| matches!(k.as_str(), "required" | "description"))
        })
    }
    fn walk(node: &mut Value) {
        match node {
            Value::Object(map) => {
                let drop = map
                    .get("oneOf")
                    .and_then(Value::as_array)
                    .is_some_and(|alts| !alts.is_empty() && alts.iter().all(only_required));
                if drop {
                    map.remove("oneOf");
                }
                map.values_mut().for_each(walk);
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(doc);
    Ok(())
}

/// Names the alternatives of each inline `oneOf` in a request body (see [`RULES`](super::RULES)'s
/// `named-alternatives`): each alternative that is the only one to require some property is
/// titled after it, and an inline enum property every alternative has alike becomes the
/// component `<OperationId><Property>`, referred to from each.
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"post": {"operationId": "patchA",
///     "requestBody": {"content": {"application/json": {"schema": {"oneOf": [
///         {"type": "object", "required": ["groupRef", "action"], "properties": {
///             "groupRef": {"type": "string"}, "action": {"type": "string", "enum": ["read"]}}},
///         {"type": "object", "required": ["installationId", "action"], "properties": {
///             "installationId": {"type": "string"}, "action": {"type": "string", "enum": ["read"]}}}]}}}},
///     "responses": {}}}}});
/// ampersand_codegen::prepare::named_alternatives(&mut doc).unwrap();
/// let alternatives = &doc["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"]["oneOf"];
/// assert_eq!(alternatives[0]["title"], "GroupRef");
/// assert_eq!(alternatives[1]["title"], "InstallationId");
/// assert_eq!(alternatives[1]["properties"]["action"]["$ref"], "#/components/schemas/PatchAAction");
/// assert_eq!(doc["components"]["schemas"]["PatchAAction"]["enum"][0], "read");
/// ```
pub fn named_alternatives(doc: &mut Value) -> Result<(), CodegenError> {
    use heck::ToUpperCamelCase;
    /// Titles the alternatives of every `oneOf` under `node`; the shared enums found, by
    /// property name, go into `hoisted`.
    fn walk(node: &mut Value, id: &str, hoisted: &mut Vec<(String, Value)>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::Array(alternatives)) = map.get_mut("oneOf") {
                    name(alternatives, id, hoisted);
                }
                for value in map.values_mut() {
                    walk(value, id, hoisted);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| walk(v, id, hoisted)),
            _ => {}
        }
    }
    fn required(alternative: &Value) -> Vec<&str> {
        alternative["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect()
    }
    fn name(alternatives: &mut [Value], id: &str, hoisted: &mut Vec<(String, Value)>) {
        let inline = alternatives.len() > 1
            && alternatives.iter().all(|a| {
                a.get("$ref").is_none() && a.get("title").is_none() && a.get("properties").is_some()
            });
        if !inline {
            return;
        }
        let titles: Vec<Option<String>> = (0..alternatives.len())
            .map(|i| {
                let own: Vec<&str> = required(&alternatives[i])
                    .into_iter()
                    .filter(|p| {
                        alternatives
                            .iter()
                            .enumerate()
                            .all(|(j, other)| j == i || !required(other).contains(p))
                    })
                    .collect();
                match own.as_slice() {
                    [only] => Some(only.to_upper_camel_case()),
                    _ => None,
                }
            })
            .collect();
        if titles.iter().all(Option::is_some) {
            for (alternative, title) in alternatives.iter_mut().zip(titles) {
                alternative["title"] = Value::String(title.expect("checked above"));
            }
        }
        // an inline enum every alternative has alike
        let first = alternatives[0]["properties"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        for (property, schema) in first {
            let shared = schema.get("enum").is_some()
                && alternatives
                    .iter()
                    .all(|a| a["properties"].get(&property) == Some(&schema));
            if !shared {
                continue;
            }
            let component = format!(
                "{}{}",
                id.to_upper_camel_case(),
                property.to_upper_camel_case()
            );
            for alternative in alternatives.iter_mut() {
                alternative["properties"][&property] =
                    json!({ "$ref": format!("#/components/schemas/{component}") });
            }
            hoisted.push((component, schema));
        }
    }
    let mut hoisted = Vec::new();
    for (_, op) in operations_mut(doc) {
        let id = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        if let Some(body) = op.get_mut("requestBody") {
            walk(body, &id, &mut hoisted);
        }
    }
    add_components(doc, hoisted, "a hoisted enum")
}
