//! Together the fixtures set every key the spec's schemas reach.

use super::*;

/// Every (schema, property) the root schema reaches.
fn reachable(schemas: &Map<String, Value>) -> BTreeSet<(String, String)> {
    fn refs(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(o) => {
                if let Some(Value::String(r)) = o.get("$ref") {
                    out.push(r.rsplit('/').next().unwrap().to_string());
                }
                o.values().for_each(|v| refs(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut seen = BTreeSet::new();
    let mut queue = vec![ampersand_spec::MANIFEST_ROOT.to_string()];
    let mut pairs = BTreeSet::new();
    while let Some(name) = queue.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let schema = &schemas[&name];
        for property in schema["properties"].as_object().into_iter().flatten() {
            pairs.insert((name.clone(), property.0.clone()));
        }
        refs(schema, &mut queue);
    }
    pairs
}

#[test]
fn the_fixtures_cover_every_section_of_the_schema() {
    let schemas = schemas();
    let mut used = BTreeSet::new();
    let root = json!({ "$ref": format!("#/components/schemas/{}", ampersand_spec::MANIFEST_ROOT) });
    for (_, text) in fixtures() {
        let value = yaml_json(&text);
        let mut found = Vec::new();
        objects(&value, &root, &schemas, String::new(), &mut found);
        for (_, object, _, name) in found {
            let name = name.trim_start_matches('|').to_string();
            for key in object.as_object().unwrap().keys() {
                used.insert((name.clone(), key.clone()));
            }
        }
    }
    let missing: Vec<_> = reachable(&schemas).difference(&used).cloned().collect();
    assert!(missing.is_empty(), "no fixture sets {missing:?}");
}
