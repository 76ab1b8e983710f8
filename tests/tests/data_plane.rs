//! Every example of the data-plane files decodes into its generated type and encodes back to
//! the same JSON: writeRecords' request examples, its 200 examples (one record, a batch) and
//! its 422 examples (one record refused, a batch rolled back); and each again with a field the
//! spec does not list added to every object, as a newer server sends, which decodes into the
//! same variant and encodes back whole.

use ampersand_client::write::types::{WriteRecordsFailure, WriteRecordsResponse, WriteRequest};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Every payload example of `doc` (under a media type of a body or a response): (JSON pointer
/// of the media type, name, value). Parameter examples are not payloads.
fn examples(node: &Value, at: &str, out: &mut Vec<(String, String, Value)>) {
    match node {
        Value::Object(_) if at.contains("/parameters") => {}
        Value::Object(map) => {
            if let Some(Value::Object(examples)) = map.get("examples") {
                for (name, example) in examples {
                    out.push((at.to_string(), name.clone(), example["value"].clone()));
                }
            }
            if let Some(example) = map.get("example").filter(|_| map.contains_key("schema")) {
                out.push((at.to_string(), "example".into(), example.clone()));
            }
            for (k, v) in map {
                examples(
                    v,
                    &format!("{at}/{}", ampersand_spec::escape_segment(k)),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                examples(v, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// `value` with a field the spec does not list added to every object in it.
fn with_extra_fields(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut out: serde_json::Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), with_extra_fields(v)))
                .collect();
            out.insert(
                "addedByANewerServer".into(),
                serde_json::json!({"since": "v2"}),
            );
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(with_extra_fields).collect()),
        other => other.clone(),
    }
}

fn round_trip<T: DeserializeOwned + Serialize>(name: &str, value: &Value) -> T {
    let typed: T = serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("{name}: does not decode: {e}"));
    assert_eq!(
        &serde_json::to_value(&typed).unwrap(),
        value,
        "{name}: encodes back"
    );
    typed
}

#[test]
fn every_data_plane_example_decodes_into_its_type_and_back() {
    let mut all = Vec::new();
    for api in &ampersand_tests::apis()[1..] {
        examples(api.spec.api(), api.entry, &mut all);
    }
    let mut checked = 0;
    let newer: Vec<(String, String, Value)> = all
        .iter()
        .map(|(at, name, value)| (at.clone(), name.clone(), with_extra_fields(value)))
        .collect();
    for (round, (at, name, value)) in all.iter().map(|e| ("as the spec has it", e)).chain(
        newer
            .iter()
            .map(|e| ("with a field more in every object", e)),
    ) {
        let what = format!("{at} {name} ({round})");
        if at.ends_with("/requestBody/content/application~1json") {
            let request: WriteRequest = round_trip(&what, value);
            assert_eq!(request.group_ref, "<groupRef>");
        } else if at.ends_with("/responses/200/content/application~1json") {
            match (
                name.as_str(),
                round_trip::<WriteRecordsResponse>(&what, value),
            ) {
                ("single-success", WriteRecordsResponse::SingleSuccess(s)) => {
                    assert!(s.result.unwrap().success)
                }
                ("batch-success", WriteRecordsResponse::Batch(b)) => {
                    assert_eq!(b.results.unwrap().len(), 2)
                }
                (_, other) => panic!("{what}: decoded as {other:?}"),
            }
        } else if at.ends_with("/responses/422/content/application~1json") {
            match (
                name.as_str(),
                round_trip::<WriteRecordsFailure>(&what, value),
            ) {
                ("single-fail", WriteRecordsFailure::SingleFail(f)) => {
                    assert_eq!(f.errors.len(), 1)
                }
                ("batch-fail", WriteRecordsFailure::Batch(b)) => assert_eq!(b.failure_count, 2),
                (_, other) => panic!("{what}: decoded as {other:?}"),
            }
        } else {
            panic!("{what}: an example this test does not know; add its type here");
        }
        checked += 1;
    }
    // the digest's examples: six requests, two successes, two failures; each twice
    assert_eq!(checked, 20, "{all:#?}");
}
