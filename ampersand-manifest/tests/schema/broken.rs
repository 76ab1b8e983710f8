//! Every rule of the schemas is found where it is broken, and the invalid fixture's problems
//! at their lines.

use super::*;

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
