//! The `amp.yaml` manifest: the fixtures of `tests/manifests/` read, round-trip, validate and
//! deploy; every schema rule of `openapi/manifest/manifest.yaml` is found where it is broken
//! (the mutations are derived from the spec's schemas); 100,000 mutated manifests never panic.

mod common;

use std::collections::BTreeSet;

use ampersand_client::mock::MockServerExt;
use ampersand_ext::manifest::{position_of, ClientManifestExt, Manifest, ProblemKind};
use ampersand_ext::{types, ErrorKind, RetryPolicy};
use httpmock::MockServer;
use serde_json::{json, Map, Value};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/manifests");

/// The valid fixtures: every file but `invalid.yaml`.
fn fixtures() -> Vec<(String, String)> {
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
fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap()
}

/// The schemas of `openapi/manifest/manifest.yaml`, as written.
fn schemas() -> Map<String, Value> {
    let root = format!("{}/../openapi", env!("CARGO_MANIFEST_DIR"));
    let spec = ampersand_spec::Spec::load_entry(root, ampersand_spec::MANIFEST).unwrap();
    spec.api()["components"]["schemas"]
        .as_object()
        .unwrap()
        .clone()
}

fn yaml_json(text: &str) -> Value {
    serde_norway::from_str(text).unwrap()
}

#[test]
fn every_fixture_validates_reads_and_round_trips() {
    for (name, text) in fixtures() {
        let problems = Manifest::validate_yaml(&text);
        // the only warnings: the extension keys `several.yaml` has on purpose
        for p in &problems {
            assert!(
                p.kind == ProblemKind::UnknownKey
                    && p.path.rsplit('.').next().unwrap().starts_with("x-"),
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
        assert!(Manifest::validate_yaml(&written)
            .iter()
            .all(|p| !p.is_error()));
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

/// Asserts that `value` written as YAML has a problem of `kind` at `path`, placed where the
/// node at `place` starts.
fn assert_problem(value: &Value, kind: ProblemKind, path: &str, place: &str) {
    let text = serde_norway::to_string(value).unwrap();
    let problems = Manifest::validate_yaml(&text);
    let at = position_of(&text, place).unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p.kind == kind && p.path == path && p.position == at && p.is_error()),
        "no {kind:?} at {path} ({}:{}) in {problems:#?}\n{text}",
        at.line,
        at.column
    );
    assert!(
        Manifest::validate_yaml(&serde_norway::to_string(value).unwrap())
            .iter()
            .any(|p| p.is_error())
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
                    let problems = Manifest::validate_yaml(&text);
                    assert!(
                        problems.iter().any(|p| p.kind == ProblemKind::MissingKey
                            && p.path == key
                            && (p.position.line, p.position.column) == (1, 1)),
                        "{name}: {problems:?}"
                    );
                } else {
                    assert_problem(&broken, ProblemKind::MissingKey, &join(key), &place);
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
                    assert_problem(&broken, ProblemKind::NotInEnum, &at, &at);
                    checked[1] += 1;
                }
                // each bound, one past
                for (bound, step) in [("minimum", -1), ("maximum", 1)] {
                    if let Some(b) = property.get(bound).and_then(Value::as_i64) {
                        let broken = mutate(&value, &at, |v| *v = json!(b + step));
                        assert_problem(&broken, ProblemKind::OutOfRange, &at, &at);
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
                assert_problem(&broken, ProblemKind::WrongType, &at, &at);
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
    let problems = Manifest::validate_yaml(&text);
    let got: Vec<(usize, ProblemKind, &str)> = problems
        .iter()
        .map(|p| (p.position.line, p.kind, p.path.as_str()))
        .collect();
    let o = "integrations[0].read.objects";
    let want = vec![
        (10, ProblemKind::Schedule, format!("{o}[0].schedule")),
        (
            13,
            ProblemKind::DuplicateField,
            format!("{o}[0].requiredFields[1].fieldName"),
        ),
        (
            17,
            ProblemKind::Backfill,
            format!("{o}[0].backfill.defaultPeriod.fullHistory"),
        ),
        (19, ProblemKind::NotInEnum, format!("{o}[0].delivery.mode")),
        (
            20,
            ProblemKind::OutOfRange,
            format!("{o}[0].delivery.pageSize"),
        ),
        (21, ProblemKind::MissingKey, format!("{o}[1].destination")),
        (21, ProblemKind::DuplicateName, format!("{o}[1].objectName")),
        (
            23,
            ProblemKind::UnknownKey,
            format!("{o}[1].optionalFeldsAuto"),
        ),
        (
            24,
            ProblemKind::DuplicateName,
            "integrations[1].name".to_string(),
        ),
        (
            27,
            ProblemKind::WrongType,
            "integrations[1].proxy.enabled".to_string(),
        ),
    ];
    let want: Vec<(usize, ProblemKind, &str)> =
        want.iter().map(|(l, k, p)| (*l, *k, p.as_str())).collect();
    assert_eq!(got, want, "{problems:#?}");
    assert!(
        problems[7]
            .message
            .contains("did you mean `optionalFieldsAuto`"),
        "{}",
        problems[7]
    );
    assert!(!problems[7].is_error());
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
    // ... a value of the wrong type does, with every problem
    let e = Manifest::from_yaml(&text).unwrap_err();
    assert_eq!(e.problems(), &problems[..]);
}

#[test]
fn more_rules_and_forms() {
    let check = |text: &str| Manifest::validate_yaml(text);
    let base = "specVersion: 1.0.0\nintegrations:\n  - name: a\n    provider: p\n";
    // a field mapped twice, across the two lists of one object
    let text = format!(
        "{base}    read:\n      objects:\n        - objectName: o\n          destination: d\n          schedule: '0 * * * *'\n          requiredFields:\n            - fieldName: a\n              mapToName: x\n          optionalFields:\n            - mapToName: x\n"
    );
    let p = check(&text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(
        (p[0].kind, p[0].position.line),
        (ProblemKind::DuplicateField, 14)
    );
    assert_eq!(
        p[0].path,
        "integrations[0].read.objects[0].optionalFields[0].mapToName"
    );
    // a field that is neither form
    let text = format!(
        "{base}    read:\n      objects:\n        - objectName: o\n          destination: d\n          schedule: '0 * * * *'\n          requiredFields:\n            - prompt: which?\n"
    );
    let p = check(&text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].kind, ProblemKind::NoAlternative);
    assert!(
        p[0].message.contains("IntegrationFieldExistent") && p[0].message.contains("fieldName"),
        "{}",
        p[0]
    );
    // a watched field listed twice
    let text = format!(
        "{base}    subscribe:\n      objects:\n        - objectName: o\n          destination: d\n          updateEvent:\n            requiredWatchFields: [a, b, a]\n"
    );
    let p = check(&text);
    assert_eq!(
        (p.len(), p[0].kind),
        (1, ProblemKind::DuplicateField),
        "{p:?}"
    );
    assert_eq!((p[0].position.line, p[0].position.column), (10, 41));
    // a plain number where a string goes reads as its text
    let m =
        Manifest::from_yaml("specVersion: 1.0\nintegrations:\n  - name: 2024\n    provider: p\n")
            .unwrap();
    assert_eq!(
        (m.spec_version.as_str(), m.integrations[0].name.as_str()),
        ("1.0", "2024")
    );
    // a duplicate key
    let p = check(&format!("{base}    provider: q\n"));
    assert_eq!(
        (p[0].kind, p[0].position.line),
        (ProblemKind::DuplicateKey, 5),
        "{p:?}"
    );
    // nothing at all, and not a mapping
    assert_eq!(check("")[0].kind, ProblemKind::WrongType);
    assert_eq!(check("- a\n")[0].kind, ProblemKind::WrongType);
}

#[test]
fn a_yaml_syntax_error_is_one_problem_at_its_place() {
    let text = "specVersion: 1.0.0\nintegrations:\n  - name: \"unterminated\n    provider: p\n";
    let problems = Manifest::validate_yaml(text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].kind, ProblemKind::Syntax);
    // where the unterminated string starts
    assert_eq!(problems[0].position.line, 3, "{}", problems[0]);
    let e = Manifest::from_yaml(text).unwrap_err();
    assert_eq!(e.problems(), &problems[..]);
    assert!(e.to_string().starts_with("invalid manifest: 3:"), "{e}");
}

/// A mutation of `text`: bytes dropped, repeated or replaced with YAML's own characters, lines
/// swapped or cut.
fn mutated(text: &str, rng: &mut fastrand::Rng) -> String {
    const ALPHABET: &[u8] = b" \n\t:-[]{}#&*!|>'\"%@`,?0a~\\";
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..rng.usize(1..4) {
        if bytes.is_empty() {
            break;
        }
        let i = rng.usize(..bytes.len());
        match rng.u8(..6) {
            0 => {
                bytes.remove(i);
            }
            1 => bytes.insert(i, ALPHABET[rng.usize(..ALPHABET.len())]),
            2 => bytes[i] = ALPHABET[rng.usize(..ALPHABET.len())],
            3 => bytes.truncate(i),
            4 => {
                let j = rng.usize(..bytes.len());
                let (a, b) = (i.min(j), i.max(j));
                let piece = bytes[a..b].to_vec();
                bytes.splice(a..a, piece);
            }
            _ => {
                let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
                let (a, b) = (rng.usize(..lines.len()), rng.usize(..lines.len()));
                let mut lines: Vec<Vec<u8>> = lines.into_iter().map(<[u8]>::to_vec).collect();
                lines.swap(a, b);
                bytes = lines.join(&b'\n');
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

// 100,000 mutated manifests in two halves, one per core
#[test]
fn fifty_thousand_mutated_manifests_never_panic() {
    mutations_never_panic(28, 50_000);
}

#[test]
fn fifty_thousand_more_never_panic() {
    mutations_never_panic(29, 50_000);
}

fn mutations_never_panic(seed: u64, cases: usize) {
    let fixtures = fixtures();
    let mut rng = fastrand::Rng::with_seed(seed);
    let (mut invalid, mut unreadable) = (0, 0);
    for n in 0..cases {
        let (_, text) = &fixtures[n % fixtures.len()];
        let text = mutated(text, &mut rng);
        let problems = Manifest::validate_yaml(&text);
        if problems.iter().any(|p| p.is_error()) {
            invalid += 1;
        }
        if problems.iter().any(|p| p.kind == ProblemKind::Syntax) {
            unreadable += 1;
            assert_eq!(problems.len(), 1, "{text}");
        }
        for p in &problems {
            assert!(p.position.line >= 1 && p.position.column >= 1, "{p:?}");
        }
        if n % 10 == 0 {
            if let Ok(m) = Manifest::from_yaml(&text) {
                let written = m.to_yaml().unwrap();
                assert_eq!(Manifest::from_yaml(&written).unwrap(), m, "{text}");
            }
        }
    }
    // the mutations reach the parser's errors and the schema's
    assert!(
        unreadable > cases / 100 && invalid > unreadable + cases / 100,
        "{invalid} {unreadable}"
    );
}

fn client(server: &MockServer) -> ampersand_ext::Client {
    common::client_with(server, "manifest-key", RetryPolicy::none())
}

fn integration(name: &str) -> types::Integration {
    let mut value = common::sample("Integration");
    value["name"] = name.into();
    serde_json::from_value(value).unwrap()
}

#[tokio::test]
async fn every_fixture_deploys_as_source_yaml() {
    let server = MockServer::start_async().await;
    let client = client(&server);
    for (name, text) in fixtures() {
        let manifest = Manifest::from_yaml(&text).unwrap();
        let expected = manifest.clone();
        let answer: Vec<types::Integration> = manifest
            .integrations
            .iter()
            .map(|i| integration(&i.name))
            .collect();
        let mock = server.batch_upsert_integrations(|when, then| {
            when.project_id_or_name("my-project")
                .destructive(None)
                .into_inner()
                .method("PUT")
                .header("x-api-key", "manifest-key")
                .header("content-type", "application/json")
                .is_true(move |req| {
                    let body: Value = serde_json::from_slice(req.body_ref()).unwrap();
                    let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
                    keys == ["sourceYaml"]
                        && Manifest::from_yaml(body["sourceYaml"].as_str().unwrap()).ok()
                            == Some(expected.clone())
                });
            then.ok(&answer);
        });
        let deployed = client
            .deploy_manifest("my-project", &manifest)
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        let names: Vec<&str> = deployed.iter().map(|i| i.name.as_str()).collect();
        let want: Vec<&str> = manifest
            .integrations
            .iter()
            .map(|i| i.name.as_str())
            .collect();
        assert_eq!(names, want, "{name}");
        mock.delete_async().await;
    }
}

#[tokio::test]
async fn destructive_is_passed_through() {
    let server = MockServer::start_async().await;
    let text = &fixtures()[0].1;
    let manifest = Manifest::from_yaml(text).unwrap();
    for flag in [true, false] {
        let mock = server.batch_upsert_integrations(|when, then| {
            when.destructive(flag);
            then.ok(&vec![]);
        });
        let deployed = client(&server)
            .deploy_manifest("p", &manifest)
            .destructive(flag)
            .send()
            .await
            .unwrap();
        assert!(deployed.is_empty());
        mock.assert_async().await;
        mock.delete_async().await;
    }
}

#[tokio::test]
async fn an_invalid_manifest_is_not_sent() {
    let server = MockServer::start_async().await;
    let mock = server.batch_upsert_integrations(|when, then| {
        when.into_inner().any_request();
        then.ok(&vec![]);
    });
    // a manifest made in code: a schedule that is not cron, and an integration twice
    let mut manifest = Manifest::from_yaml(&fixture("read.yaml")).unwrap();
    let read = manifest.integrations[0].read.as_mut().unwrap();
    read.objects.as_mut().unwrap()[0].schedule = "every hour".into();
    manifest.integrations.push(manifest.integrations[0].clone());
    let e = client(&server)
        .deploy_manifest("p", &manifest)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidRequest);
    let problems = e.manifest_problems().unwrap();
    let kinds: Vec<ProblemKind> = problems.iter().map(|p| p.kind).collect();
    // the schedule of each copy, and the second copy's name
    assert_eq!(
        kinds,
        [
            ProblemKind::Schedule,
            ProblemKind::DuplicateName,
            ProblemKind::Schedule
        ],
        "{problems:#?}"
    );
    assert!(e.to_string().contains("not a cron schedule"), "{e}");
    assert_eq!(mock.calls_async().await, 0);
}

#[tokio::test]
async fn a_refusal_places_the_service_issues_in_the_manifest() {
    let server = MockServer::start_async().await;
    let text = &fixture("read.yaml");
    let manifest = Manifest::from_yaml(text).unwrap();
    let sent = manifest.to_yaml().unwrap();
    let path = "integrations[0].read.objects[1].destination";
    let mut problem = common::sample("InputValidationProblem");
    problem["status"] = 422.into();
    problem["issues"] = json!([
        { "in": "body", "name": path, "detail": "no destination named contactWebhook" },
        { "in": "body", "name": "/integrations/0/read/objects/0/schedule", "title": "too frequent" },
        { "in": "body", "name": "sourceZipUrl", "detail": "not given" },
    ]);
    let problem: types::InputValidationProblem = serde_json::from_value(problem).unwrap();
    server.batch_upsert_integrations(|when, then| {
        when.into_inner().any_request();
        then.unprocessable_entity(&problem);
    });
    let e = client(&server)
        .deploy_manifest("p", &manifest)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InputValidation);
    assert_eq!(e.issues().len(), 3);
    let problems = e.manifest_problems().unwrap();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_eq!(problems[0].path, path);
    assert_eq!(problems[0].position, position_of(&sent, path).unwrap());
    assert_eq!(problems[0].message, "no destination named contactWebhook");
    assert_eq!(problems[1].path, "integrations[0].read.objects[0].schedule");
    assert_eq!(problems[1].message, "too frequent");
    assert!(problems.iter().all(|p| p.kind == ProblemKind::Service));
}
