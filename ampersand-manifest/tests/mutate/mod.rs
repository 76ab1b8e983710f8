//! The valid fixture, and edits of it by path, for the rule tests.

#![allow(dead_code)]

use serde_json::Value;

/// The valid fixture's text.
pub const VALID: &str = include_str!("../fixtures/valid.yaml");

/// The valid fixture as JSON.
pub fn valid() -> Value {
    serde_norway::from_str(VALID).expect("the fixture is YAML")
}

/// The document as YAML.
pub fn text(doc: &Value) -> String {
    serde_norway::to_string(doc).expect("JSON writes as YAML")
}

/// The segments of `integrations[0].read.objects`.
fn segments(path: &str) -> Vec<String> {
    path.split(['.', '['])
        .map(|s| s.trim_end_matches(']').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The node at `path`, made if missing (mappings only).
pub fn at<'a>(doc: &'a mut Value, path: &str) -> &'a mut Value {
    let mut node = doc;
    for segment in segments(path) {
        node = match segment.parse::<usize>() {
            Ok(i) => &mut node[i],
            Err(_) => {
                if !node.is_object() {
                    *node = Value::Object(Default::default());
                }
                node.as_object_mut()
                    .unwrap()
                    .entry(segment)
                    .or_insert(Value::Null)
            }
        };
    }
    node
}

/// Sets the value at `path`.
pub fn set(doc: &mut Value, path: &str, value: Value) {
    *at(doc, path) = value;
}

/// Removes the key at `path`.
pub fn remove(doc: &mut Value, path: &str) {
    let (parent, key) = path.rsplit_once('.').expect("a key under something");
    at(doc, parent).as_object_mut().unwrap().remove(key);
}

/// Appends `value` to the list at `path`.
pub fn push(doc: &mut Value, path: &str, value: Value) {
    at(doc, path).as_array_mut().unwrap().push(value);
}
