//! The fixtures, and edits of the valid one by path, for the tests.

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

/// Where the fixtures are.
pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// The valid fixtures, by name: every file but `invalid.yaml`.
pub fn fixtures() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "invalid.yaml")
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    assert!(out.len() >= 5, "{out:?}");
    out
}

/// The fixture `name`.
pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap()
}

/// The first read object of the valid fixture, and its second.
pub const READ0: &str = "integrations[0].read.objects[0]";
pub const READ1: &str = "integrations[0].read.objects[1]";
/// Its first subscribe object, and its second.
pub const SUB0: &str = "integrations[0].subscribe.objects[0]";
pub const SUB1: &str = "integrations[0].subscribe.objects[1]";

/// An edit of the fixture.
pub type Edit = Box<dyn Fn(&mut Value)>;

/// Sets the first read object's schedule.
pub fn schedule(value: &'static str) -> impl Fn(&mut Value) {
    move |d| set(d, &format!("{READ0}.schedule"), serde_json::json!(value))
}

/// The read of the first integration as Google Calendar's events, with `period`.
pub fn google_calendar(d: &mut Value, period: Value) {
    set(
        d,
        "integrations[0].provider",
        serde_json::json!("googlecalendar"),
    );
    set(
        d,
        &format!("{READ0}.objectName"),
        serde_json::json!("events"),
    );
    set(d, &format!("{READ0}.backfill.defaultPeriod"), period);
}
