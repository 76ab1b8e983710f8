//! The manifest's shape: the fixtures of `tests/fixtures/` read, round-trip and validate;
//! together they set every key the spec's schemas reach; every rule of the schemas is found
//! where it is broken (the mutations derived from `openapi/manifest/manifest.yaml`).

mod broken;
mod coverage;

use std::collections::BTreeSet;

#[path = "../mutate/mod.rs"]
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
