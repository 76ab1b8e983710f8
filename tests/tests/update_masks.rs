//! The update-mask rules the helpers enforce are the spec's, read when the client is
//! generated: every operation with an `updateMask` has one, with the paths its item enum or
//! its description's bulleted list gives; a path a newer spec adds is allowed with no hand edit.

use std::collections::{BTreeMap, BTreeSet};

use ampersand_client::UPDATE_MASKS;
use heck::ToSnakeCase;
use serde_json::Value;

fn resolve<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(doc, doc.pointer(r.trim_start_matches('#')).unwrap()),
        None => node,
    }
}

/// The `updateMask` schema of each operation that has one, by Rust method name.
fn masks(doc: &Value) -> BTreeMap<String, (String, Value)> {
    let mut out = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(body) = op.pointer("/requestBody/content/application~1json/schema") else {
                continue;
            };
            let body = resolve(doc, body);
            if let Some(mask) = body.pointer("/properties/updateMask") {
                let id = op["operationId"].as_str().unwrap().to_snake_case();
                let at = format!("/paths/{}/{method}", ampersand_spec::escape_segment(path));
                out.insert(id, (at, resolve(doc, mask).clone()));
            }
        }
    }
    out
}

#[test]
fn every_operation_with_an_update_mask_has_the_specs_rule() {
    let doc = ampersand_codegen::prepared_document(&ampersand_tests::openapi_dir()).unwrap();
    let in_spec: BTreeSet<String> = masks(&doc).into_keys().collect();
    let generated: BTreeSet<String> = UPDATE_MASKS
        .iter()
        .map(|r| r.method_name.to_string())
        .collect();
    assert_eq!(in_spec, generated);
    for rule in UPDATE_MASKS {
        assert!(!rule.allowed.is_empty(), "{}", rule.method_name);
        let (_, mask) = &masks(&doc)[rule.method_name];
        let text = mask.to_string();
        for path in rule.allowed {
            // `*` is written `<objectName>`, or `` once stripped, in the description
            for written in path.split('*').filter(|part| !part.is_empty()) {
                assert!(
                    text.contains(written),
                    "{}: {path} is not in the spec",
                    rule.method_name
                );
            }
        }
    }
}

/// The published form of the installation and project masks (one-line `- `path` - text`
/// bullets, `<objectName>` placeholders) gives the same rules as the seed form (bullets split
/// in two, placeholders stripped): both are seed 003's text, as the fixture's checks show.
#[test]
fn the_published_form_of_a_mask_gives_the_rules_of_its_seed_form() {
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let seed = fold(&ampersand_tests::fixture("003_41146c30bb5152a3.txt"));
    let forms: serde_json::Map<String, Value> =
        serde_norway::from_str(&ampersand_tests::fixture("published-update-masks.yaml")).unwrap();
    assert_eq!(forms.len(), 2);
    for (operation, form) in &forms {
        let published = form["published"].as_str().unwrap();
        let seed_form = form["seed"].as_str().unwrap();
        // both are the seed's text: the seed form as it is, the published one once the
        // flattening has stripped its placeholders
        assert!(seed.contains(&fold(seed_form)), "{operation}: seed form");
        let mut stripped = published.to_string();
        while let Some(start) = stripped.find('<') {
            let end = start + stripped[start..].find('>').unwrap();
            stripped.replace_range(start..=end, "");
        }
        assert!(
            seed.contains(&fold(&stripped)),
            "{operation}: published form"
        );
        let rules_of = |text: &str| {
            ampersand_codegen::masks::allowed_paths(&serde_json::json!({
                "type": "array", "items": {"type": "string"}, "description": text}))
        };
        let rules = rules_of(published);
        assert!(rules.len() >= 2, "{operation}: {rules:?}");
        assert_eq!(rules, rules_of(seed_form), "{operation}");
        if operation == "updateInstallation" {
            assert!(rules.contains(&"config.content.read.objects.*".to_string()));
        }
    }
}

/// What a regen of a newer spec does: a path added to a description's list, or to an item
/// enum, is in the rule generated from it.
#[test]
fn a_path_a_newer_spec_lists_is_allowed() {
    let mut doc = ampersand_codegen::prepared_document(&ampersand_tests::openapi_dir()).unwrap();
    let pointer_of = |doc: &Value, method: &str| -> String {
        let (at, _) = &masks(doc)[method];
        let schema = format!("{at}/requestBody/content/application~1json/schema");
        match doc
            .pointer(&schema)
            .unwrap()
            .get("$ref")
            .and_then(Value::as_str)
        {
            Some(r) => format!("{}/properties/updateMask", r.trim_start_matches('#')),
            None => format!("{schema}/properties/updateMask"),
        }
    };
    let destination = pointer_of(&doc, "update_destination");
    let described = doc.pointer_mut(&destination).unwrap();
    let text = described["description"].as_str().unwrap().to_string();
    described["description"] = Value::String(format!("{text}- `metadata.batchSize`\n"));
    let connection = pointer_of(&doc, "update_connection");
    let listed = doc.pointer_mut(&connection).unwrap();
    listed["items"]["enum"]
        .as_array_mut()
        .unwrap()
        .push("customAuth".into());
    let rules = ampersand_codegen::masks::rules(&doc).unwrap();
    let of = |m: &str| {
        rules
            .iter()
            .find(|r| r.method_name == m)
            .unwrap()
            .allowed
            .clone()
    };
    assert!(of("update_destination").contains(&"metadata.batchSize".to_string()));
    assert!(of("update_connection").contains(&"customAuth".to_string()));
}

/// Every path the spec allows in an operation's `updateMask` has its setter on the update
/// builder generated from `openapi/` (read from the generated code), taking a value, and the
/// compiled client's rules name the same setters; no builder has a setter the spec does not
/// allow.
#[test]
fn every_allowed_path_has_its_setter_on_the_update_builder() {
    let root = ampersand_tests::openapi_dir();
    let doc = ampersand_codegen::prepared_document(&root).unwrap();
    let surface = ampersand_codegen::surface_of(&root).unwrap();
    let in_spec = masks(&doc);
    assert!(!in_spec.is_empty());
    for (method, (_, mask)) in &in_spec {
        let all = ampersand_codegen::masks::allowed_paths(mask);
        // a path through an object the spec gives required fields has no setter: a value of it
        // holding only that path would not fit its schema
        let rule = UPDATE_MASKS
            .iter()
            .find(|r| r.method_name == method)
            .unwrap();
        let body = body_of(&doc, method);
        let object = resolve(&doc, &body["properties"][rule.object_key]);
        let allowed: Vec<String> = match has_required(&doc, object) {
            true => Vec::new(),
            false => all
                .iter()
                .filter(|path| !through_required(&doc, object, path))
                .cloned()
                .collect(),
        };
        let op = surface
            .operations
            .values()
            .find(|op| &op.rust_name == method)
            .unwrap_or_else(|| panic!("{method}: no operation"));
        let generated: Vec<String> = op
            .update_fields
            .iter()
            .map(|(_, path, ty)| {
                assert!(!ty.is_empty(), "{method}: {path} takes no value");
                path.split('.')
                    .map(|s| if s.starts_with('<') { "*" } else { s })
                    .collect::<Vec<_>>()
                    .join(".")
            })
            .collect();
        assert_eq!(generated, allowed, "{method}");
        let setters: Vec<&str> = op.update_fields.iter().map(|(s, ..)| s.as_str()).collect();
        // each allowed path's setter, `""` where it has none
        let mut named = setters.iter();
        let expected: Vec<&str> = all
            .iter()
            .map(|path| match allowed.contains(path) {
                true => *named.next().unwrap(),
                false => "",
            })
            .collect();
        assert_eq!(rule.setters, &expected[..], "{method}");
        let distinct: BTreeSet<&&str> = setters.iter().collect();
        assert_eq!(distinct.len(), setters.len(), "{method}: {setters:?}");
    }
}

/// The JSON request body schema of the operation whose Rust method is `method`.
fn body_of<'a>(doc: &'a Value, method: &str) -> &'a Value {
    let ops = doc["paths"].as_object().unwrap().values();
    let op = ops
        .flat_map(|item| item.as_object().unwrap().values())
        .find(|op| {
            op["operationId"]
                .as_str()
                .map(ToSnakeCase::to_snake_case)
                .as_deref()
                == Some(method)
        })
        .unwrap();
    resolve(
        doc,
        op.pointer("/requestBody/content/application~1json/schema")
            .unwrap(),
    )
}

/// Whether `schema` (or a part of its `allOf`) requires a property.
fn has_required(doc: &Value, schema: &Value) -> bool {
    let schema = resolve(doc, schema);
    let own = schema["required"].as_array().is_some_and(|r| !r.is_empty());
    let parts = schema["allOf"].as_array().into_iter().flatten();
    own || parts.into_iter().any(|part| has_required(doc, part))
}

/// The schema of property `name` of `schema` (looked for in its `allOf` too).
fn property<'a>(doc: &'a Value, schema: &'a Value, name: &str) -> Option<&'a Value> {
    let schema = resolve(doc, schema);
    if name == "*" {
        return schema.get("additionalProperties");
    }
    let parts = schema["allOf"].as_array().into_iter().flatten();
    schema["properties"]
        .get(name)
        .or_else(|| parts.into_iter().find_map(|part| property(doc, part, name)))
}

/// Whether mask path `path` goes through an object, before its last segment, that requires a
/// property.
fn through_required(doc: &Value, object: &Value, path: &str) -> bool {
    let segments: Vec<&str> = path.split('.').collect();
    let mut at = object;
    for segment in &segments[..segments.len() - 1] {
        let Some(next) = property(doc, at, segment) else {
            return false;
        };
        at = next;
        if has_required(doc, at) {
            return true;
        }
    }
    false
}
