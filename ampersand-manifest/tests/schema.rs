//! The manifest's shape: the fixtures of `tests/fixtures/` read, round-trip and validate;
//! together they set every key the spec's schemas reach; every rule of the schemas is found
//! where it is broken (the mutations derived from `openapi/manifest/manifest.yaml`).

use std::collections::BTreeSet;

mod mutate;

use ampersand_manifest::{Manifest, Report, Validator, position_of};
use mutate::{fixture, fixtures};
use serde_json::{Map, Value, json};

/// The schemas of `openapi/manifest/manifest.yaml`, as written.
fn schemas() -> Map<String, Value> {
    let root = format!("{}/openapi", env!("CARGO_MANIFEST_DIR"));
    let spec = ampersand_spec::Spec::load_entry(root, ampersand_spec::MANIFEST).unwrap();
    spec.api()["components"]["schemas"]
        .as_object()
        .unwrap()
        .clone()
}

fn yaml_json(text: &str) -> Value {
    serde_norway::from_str(text).unwrap()
}

/// The file's rules only: the catalog and the run-time reminders have their own tests.
fn validate(text: &str) -> Report {
    Validator::new().skip_risk().validate(text)
}

#[test]
fn every_fixture_validates_reads_and_round_trips() {
    for (name, text) in fixtures() {
        let report = validate(&text);
        // the only warnings: the extension keys `several.yaml` has on purpose
        for p in &report.problems {
            assert!(
                p.rule.id == "unknown-key" && p.path.rsplit('.').next().unwrap().starts_with("x-"),
                "{name}: {p}"
            );
        }
        let manifest = Manifest::from_yaml(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = manifest.to_yaml().unwrap();
        assert_eq!(Manifest::from_yaml(&written).unwrap(), manifest, "{name}");
        // nothing lost or added: the same document, unknown keys included
        assert_eq!(yaml_json(&written), yaml_json(&text), "{name}:\n{written}");
        assert!(
            written.starts_with("specVersion:"),
            "{name}: the spec's order\n{written}"
        );
        assert!(validate(&written).is_valid(false));
    }
    let several = Manifest::from_yaml(&fixture("several.yaml")).unwrap();
    assert_eq!(several.unknown_fields["x-owner"], "integrations-team");
    assert_eq!(
        several.integrations[0].unknown_fields["x-ticket"],
        "INT-142"
    );
}

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

/// The schema of each object of `value` (by `$ref`, the first `oneOf` form whose required
/// keys are there), with its path: what the mutations below walk.
fn objects<'a>(
    value: &'a Value,
    schema: &'a Value,
    schemas: &'a Map<String, Value>,
    path: String,
    out: &mut Vec<(String, &'a Value, &'a Value, String)>,
) {
    let mut schema = schema;
    let mut name = String::new();
    while let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        name = r.rsplit('/').next().unwrap().to_string();
        schema = &schemas[&name];
    }
    if let Some(forms) = schema.get("oneOf").and_then(Value::as_array) {
        let fits = forms.iter().find(|f| {
            let f = &schemas[f["$ref"].as_str().unwrap().rsplit('/').next().unwrap()];
            f["required"]
                .as_array()
                .into_iter()
                .flatten()
                .all(|k| value.get(k.as_str().unwrap()).is_some())
        });
        if let Some(form) = fits {
            let at = out.len();
            objects(value, form, schemas, path, out);
            // the form chosen by its required keys: removing one picks another form, or none
            // (`more_rules_and_forms` checks that)
            if let Some(object) = out.get_mut(at) {
                object.3.insert(0, '|');
            }
        }
        return;
    }
    match value {
        Value::Object(o) => {
            out.push((path.clone(), value, schema, name));
            for (k, v) in o {
                if let Some(p) = schema.pointer(&format!("/properties/{k}")) {
                    let at = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    objects(v, p, schemas, at, out);
                }
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                objects(v, &schema["items"], schemas, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
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

/// Mutates `path` (a dotted path of `value`) with `f`.
fn mutate(value: &Value, path: &str, f: impl FnOnce(&mut Value)) -> Value {
    let mut out = value.clone();
    let mut at = &mut out;
    for segment in path.split('.') {
        let (key, index) = match segment.split_once('[') {
            Some((k, i)) => (k, Some(i.trim_end_matches(']').parse::<usize>().unwrap())),
            None => (segment, None),
        };
        at = &mut at[key];
        if let Some(i) = index {
            at = &mut at[i];
        }
    }
    f(at);
    out
}

/// Asserts that `value` written as YAML has a problem at `path`, placed where the node at
/// `place` starts: of `check` when one is given (else of the service's rule or the schema's
/// warning, whichever judges that place).
fn assert_problem(value: &Value, check: Option<&str>, path: &str, place: &str) {
    let text = serde_norway::to_string(value).unwrap();
    let problems = validate(&text).problems;
    let at = position_of(&text, place).unwrap();
    assert!(
        problems
            .iter()
            .any(|p| check.is_none_or(|c| p.rule.check == c) && p.path == path && p.position == at),
        "no {check:?} at {path} ({}:{}) in {problems:#?}\n{text}",
        at.line,
        at.column
    );
}

#[test]
fn every_schema_rule_is_found_where_it_is_broken() {
    let schemas = schemas();
    let root = json!({ "$ref": format!("#/components/schemas/{}", ampersand_spec::MANIFEST_ROOT) });
    let mut checked = [0usize; 5];
    for (name, text) in fixtures() {
        let value = yaml_json(&text);
        let mut found = Vec::new();
        objects(&value, &root, &schemas, String::new(), &mut found);
        for (path, object, schema, form) in found {
            let join = |k: &str| {
                if path.is_empty() {
                    k.to_string()
                } else {
                    format!("{path}.{k}")
                }
            };
            let place = if path.is_empty() {
                "specVersion".to_string()
            } else {
                path.clone()
            };
            // every required key, removed
            let required = schema["required"].as_array().into_iter().flatten();
            for key in required.filter(|_| !form.starts_with('|')) {
                let key = key.as_str().unwrap();
                let broken = if path.is_empty() {
                    let mut v = value.clone();
                    v.as_object_mut().unwrap().remove(key);
                    v
                } else {
                    mutate(&value, &path, |o| {
                        o.as_object_mut().unwrap().remove(key);
                    })
                };
                if path.is_empty() {
                    // the root mapping starts where the text does
                    let text = serde_norway::to_string(&broken).unwrap();
                    let problems = validate(&text).problems;
                    assert!(
                        problems.iter().any(|p| p.path == key
                            && p.is_error()
                            && (p.position.line, p.position.column) == (1, 1)),
                        "{name}: {problems:?}"
                    );
                } else {
                    assert_problem(&broken, None, &join(key), &place);
                }
                checked[0] += 1;
            }
            for (key, property) in schema["properties"].as_object().into_iter().flatten() {
                if object.get(key).is_none() {
                    continue;
                }
                let mut property = property;
                while let Some(r) = property.get("$ref").and_then(Value::as_str) {
                    property = &schemas[r.rsplit('/').next().unwrap()];
                }
                let at = join(key);
                // a value outside the enum
                if property.get("enum").is_some() {
                    let broken = mutate(&value, &at, |v| *v = json!("not-a-listed-value"));
                    assert_problem(&broken, None, &at, &at);
                    checked[1] += 1;
                }
                // each bound, one past
                for (bound, step) in [("minimum", -1), ("maximum", 1)] {
                    if let Some(b) = property.get(bound).and_then(Value::as_i64) {
                        let broken = mutate(&value, &at, |v| *v = json!(b + step));
                        assert_problem(&broken, None, &at, &at);
                        checked[2] += 1;
                    }
                }
                // a value of another type
                let other = match property.get("type").and_then(Value::as_str) {
                    Some("boolean" | "integer") => json!("maybe"),
                    Some("object") => json!(["a", "list"]),
                    Some("array") => json!({ "a": "mapping" }),
                    Some("string") => json!({ "a": "mapping" }),
                    _ => continue,
                };
                let broken = mutate(&value, &at, |v| *v = other);
                assert_problem(&broken, Some("invalid-type"), &at, &at);
                checked[3] += 1;
            }
            checked[4] += 1;
        }
    }
    // each kind of rule was exercised
    assert!(checked.iter().all(|c| *c > 0), "{checked:?}");
}

#[test]
fn the_invalid_fixture_has_each_problem_at_its_line() {
    let text = fixture("invalid.yaml");
    let report = validate(&text);
    let got: Vec<(usize, &str, &str)> = report
        .problems
        .iter()
        .map(|p| (p.position.line, p.rule.check, p.path.as_str()))
        .collect();
    let o = "integrations[0].read.objects";
    let want = vec![
        (10, "schedule-syntax", format!("{o}[0].schedule")),
        (
            13,
            "duplicate-field",
            format!("{o}[0].requiredFields[1].fieldName"),
        ),
        (
            16,
            "backfill-period-exclusive",
            format!("{o}[0].backfill.defaultPeriod"),
        ),
        (19, "delivery-mode-enum", format!("{o}[0].delivery.mode")),
        // without a valid mode the service does not look at pageSize: the schema does
        (20, "schema", format!("{o}[0].delivery.pageSize")),
        (
            21,
            "read-object-destination-required",
            format!("{o}[1].destination"),
        ),
        (21, "duplicate-read-object", format!("{o}[1].objectName")),
        (23, "unknown-key", format!("{o}[1].optionalFeldsAuto")),
        (
            24,
            "duplicate-integration",
            "integrations[1].name".to_string(),
        ),
        (
            27,
            "invalid-type",
            "integrations[1].proxy.enabled".to_string(),
        ),
    ];
    let want: Vec<(usize, &str, &str)> =
        want.iter().map(|(l, k, p)| (*l, *k, p.as_str())).collect();
    assert_eq!(got, want, "{:#?}", report.problems);
    let unknown = &report.problems[7];
    assert!(
        unknown
            .message
            .contains("did you mean `optionalFieldsAuto`"),
        "{unknown}"
    );
    assert_eq!(unknown.suggestion.as_deref(), Some("optionalFieldsAuto:"));
    assert!(!unknown.is_error());
    // the service accepts a field listed twice: a warning, never an error
    assert!(!report.problems[1].is_error());
    // a bad schedule or duplicate does not stop the manifest from being read (to be fixed) ...
    let fixable = text
        .replace("      enabled: yes\n", "      enabled: true\n")
        .replace(
            "          schedule: \"0 * * * *\"\n",
            "          schedule: \"0 * * * *\"\n          destination: d\n",
        );
    assert!(
        Manifest::from_yaml(&fixable).is_ok(),
        "{:?}",
        Manifest::from_yaml(&fixable)
    );
    // ... a value of the wrong type does
    let e = Manifest::from_yaml(&text).unwrap_err();
    assert!(e.errors().any(|p| p.rule.id == "invalid-type"), "{e}");
}

#[test]
fn forms_keys_and_values_as_the_service_reads_them() {
    let base = "specVersion: 1.0.0\nintegrations:\n  - name: a\n    provider: salesforce\n";
    let read = |fields: &str| {
        format!(
            "{base}    read:\n      objects:\n        - objectName: o\n          destination: d\n          schedule: '0 * * * *'\n{fields}"
        )
    };
    // a field that is neither form: the service does not check the shape, the schema warns
    let report = validate(&read(
        "          requiredFields:\n            - prompt: which?\n",
    ));
    let p: Vec<_> = report.problems.iter().collect();
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!((p[0].rule.id, p[0].is_error()), ("schema", false));
    assert!(
        p[0].message.contains("IntegrationFieldExistent") && p[0].message.contains("fieldName"),
        "{}",
        p[0]
    );
    // a bare string too
    assert!(validate(&read("          requiredFields:\n            - email\n")).is_valid(false));
    // a plain number where a string goes reads as its text; `specVersion: 1.0` is not 1.0.0
    let text = "specVersion: 1.0\nintegrations:\n  - name: 2024\n    provider: salesforce\n    proxy: {}\n";
    let m = Manifest::from_yaml(text).unwrap();
    assert_eq!(
        (m.spec_version.as_str(), m.integrations[0].name.as_str()),
        ("1.0", "2024")
    );
    let report = validate(text);
    assert_eq!(
        report.errors().map(|p| p.rule.id).collect::<Vec<_>>(),
        ["spec-version"]
    );
    // keys in another case are the same keys, read and typed
    let text =
        "SpecVersion: 1.0.0\nIntegrations:\n  - Name: a\n    PROVIDER: salesforce\n    proxy: {}\n";
    assert!(
        validate(text).problems.is_empty(),
        "{:?}",
        validate(text).problems
    );
    assert_eq!(
        Manifest::from_yaml(text).unwrap().integrations[0].provider,
        "salesforce"
    );
    // a duplicate key, at the second
    let report = validate(&format!("{base}    provider: hubspot\n    proxy: {{}}\n"));
    let p = report.errors().next().unwrap();
    assert_eq!(
        (p.rule.id, p.position.line, p.path.as_str()),
        ("duplicate-key", 5, "integrations[0].provider")
    );
    // a key with a null value is absent: `read:` alone is no read section
    let report = validate(&format!("{base}    read:\n"));
    assert_eq!(
        report.errors().map(|p| p.rule.check).collect::<Vec<_>>(),
        ["integration-action-required"]
    );
    // merge keys bring their mapping's keys
    let text = "specVersion: 1.0.0\ncommon: &common\n  destination: d\n  schedule: '0 * * * *'\nintegrations:\n  - name: a\n    provider: salesforce\n    read:\n      objects:\n        - objectName: o\n          <<: *common\n";
    let report = validate(text);
    assert_eq!(report.errors().count(), 0, "{:?}", report.problems);
    assert_eq!(
        report
            .problems
            .iter()
            .map(|p| p.rule.id)
            .collect::<Vec<_>>(),
        ["unknown-key"]
    );
}
