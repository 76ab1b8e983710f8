//! Writes what the fake checks requests against into `OUT_DIR/spec.json`, from the spec
//! (`openapi/`, a link to the workspace's, as in ampersand-client): for every operation of
//! every API (the platform's and each data-plane host's), its query parameters with their
//! schemas, its JSON request body schema, the media type each response status declares and
//! its 200 answer's example;
//! and each API's components, so that the schemas' `$ref`s resolve. Schemas are turned from
//! OpenAPI 3.0 into JSON Schema (`nullable`) here, once.

use std::path::PathBuf;

use ampersand_spec::{follow_local as resolve, json_schema};
use serde_json::{json, Map, Value};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("openapi");
    let watched = std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone());
    println!("cargo:rerun-if-changed={}", watched.display());
    println!("cargo:rerun-if-changed=build.rs");
    let mut entries = vec![ampersand_spec::ENTRY];
    entries.extend(ampersand_spec::DATA_PLANE.iter().map(|&(_, entry)| entry));
    let mut apis = Vec::new();
    for entry in entries {
        let document = ampersand_spec::Spec::load_entry(&root, entry)
            .map_err(|e| e.to_string())
            .and_then(|spec| spec.bundle().map_err(|e| e.to_string()))
            .map(|bundle| bundle.document)
            .unwrap_or_else(|e| {
                eprintln!("cannot read {entry} under {}: {e}", root.display());
                std::process::exit(1)
            });
        apis.push(api(&document));
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let text = serde_json::to_string(&json!({ "apis": apis })).expect("JSON");
    let file = out.join("spec.json");
    if std::fs::read_to_string(&file).ok().as_deref() != Some(text.as_str()) {
        std::fs::write(&file, text).expect("OUT_DIR is writable");
    }
}

/// One API's facts.
fn api(doc: &Value) -> Value {
    let mut ops = Map::new();
    for item in doc["paths"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(_, i)| i)
    {
        let shared = item["parameters"].as_array().cloned().unwrap_or_default();
        for (method, op) in item.as_object().into_iter().flatten() {
            if !ampersand_spec::METHODS.contains(&method.as_str()) {
                continue;
            }
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
            let own = op["parameters"].as_array().cloned().unwrap_or_default();
            let query: Vec<Value> = shared
                .iter()
                .chain(&own)
                .map(|p| resolve(doc, p))
                .filter(|p| p["in"] == "query")
                .map(|p| {
                    json!({
                        "name": p["name"],
                        "required": p["required"].as_bool().unwrap_or(false),
                        "schema": json_schema(&p["schema"]),
                    })
                })
                .collect();
            let body = resolve(doc, &op["requestBody"]);
            let media: Map<String, Value> = op["responses"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(status, response)| {
                    let content = resolve(doc, response)["content"].as_object().cloned();
                    let first = content
                        .and_then(|c| c.keys().next().cloned())
                        .map_or(Value::Null, Value::String);
                    (status.clone(), first)
                })
                .collect();
            // the 200 answer's example (`example`, else the first of `examples`): the data
            // of an operation that serves the spec's own (the provider catalog)
            let success = &resolve(doc, &op["responses"]["200"])["content"]["application/json"];
            let example = match &success["example"] {
                Value::Null => success["examples"]
                    .as_object()
                    .and_then(|e| e.values().next())
                    .map(|e| resolve(doc, e)["value"].clone())
                    .unwrap_or_default(),
                example => example.clone(),
            };
            ops.insert(
                id.to_string(),
                json!({
                    "query": query,
                    "body": json_schema(&body["content"]["application/json"]["schema"]),
                    "bodyRequired": body["required"].as_bool().unwrap_or(false),
                    "media": media,
                    "example": example,
                }),
            );
        }
    }
    json!({ "components": json_schema(&doc["components"]), "ops": ops })
}
