//! The rebuild of seed 003 (`tests/fixtures/openapi-seed-003/`, which `openapi/` is while
//! `openapi/SOURCE` says so) is the API the seeds describe: same text as seed 003, every `$ref`
//! resolving, 81 uniquely named operations, and the seeds' example payloads where the spec has
//! them. `openapi/` itself, whatever it holds, loads with unique operation ids.

mod errors;
mod seeds;

use std::collections::{BTreeSet, HashSet};

use ampersand_spec::{Spec, SpecError, escape_segment, fold_whitespace};
use ampersand_tests::{
    SEED_003_SOURCE, fixture, json_fixture, openapi_dir, seed_003_dir, spec_source,
};
use serde_json::{Value, json};

fn spec() -> Spec {
    Spec::load_all(openapi_dir()).unwrap_or_else(|e| panic!("openapi/ does not load:\n{e}"))
}

/// The rebuild of seed 003.
fn seed_spec() -> Spec {
    Spec::load_all(seed_003_dir()).unwrap_or_else(|e| panic!("the seed copy does not load:\n{e}"))
}

/// `text` folded, with the first difference from seed 003's folded text, if any.
fn first_difference_from_seed_003(text: &str) -> Option<String> {
    let seed = fixture("003_41146c30bb5152a3.txt");
    let (ours, seed) = (fold_whitespace(text), fold_whitespace(&seed));
    if ours == seed {
        return None;
    }
    let at = ours
        .chars()
        .zip(seed.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let around = |s: &str| {
        s.chars()
            .skip(at.saturating_sub(60))
            .take(120)
            .collect::<String>()
    };
    Some(format!(
        "first difference at folded offset {at}\n seed: {}\n ours: {}",
        around(&seed),
        around(&ours)
    ))
}

#[test]
fn the_seed_copy_folds_to_seed_003_exactly() {
    let text = std::fs::read_to_string(seed_003_dir().join("api/api.yaml")).unwrap();
    if let Some(difference) = first_difference_from_seed_003(&text) {
        panic!("{difference}");
    }
}

#[test]
fn openapi_is_the_rebuild_of_seed_003_or_says_where_it_came_from() {
    let source = spec_source();
    let text = std::fs::read_to_string(openapi_dir().join("api/api.yaml")).unwrap();
    if source == SEED_003_SOURCE {
        // while it says so, its api.yaml folds to the seed, as the seed copy does
        assert_eq!(first_difference_from_seed_003(&text), None);
    } else {
        assert!(
            source.starts_with("checkout "),
            "openapi/SOURCE: {source:?}"
        );
    }
}

/// Every node of `value` as `kind<TAB>pointer`, the form of the published document's outline
/// (`tests/fixtures/api-structure.txt`): kinds `map`, `list`, `str`, `int`, `float`, `bool`, `null`.
fn outline(value: &Value, pointer: &str, out: &mut Vec<String>) {
    let kind = match value {
        Value::Object(_) => "map",
        Value::Array(_) => "list",
        Value::String(_) => "str",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::Bool(_) => "bool",
        Value::Null => "null",
    };
    out.push(format!(
        "{kind}\t{}",
        if pointer.is_empty() { "/" } else { pointer }
    ));
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                outline(child, &format!("{pointer}/{}", escape_segment(key)), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                outline(child, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The entries of `nodes` whose parent is not itself among them: the top of each misplaced subtree.
fn highest(nodes: &BTreeSet<&str>) -> Vec<String> {
    let pointers: HashSet<&str> = nodes
        .iter()
        .map(|n| n.split_once('\t').unwrap().1)
        .collect();
    nodes
        .iter()
        .filter(|n| {
            let pointer = n.split_once('\t').unwrap().1;
            let parent = pointer.rsplit_once('/').map_or("", |(p, _)| p);
            !pointers.contains(if parent.is_empty() { "/" } else { parent })
        })
        .map(|n| n.to_string())
        .collect()
}

/// Every node of api.yaml sits at the JSON pointer, with the kind, that the published document
/// gives it: a property nested one level too deep, or a parameter's `example` put under its
/// `schema`, changes the generated types while the folded text stays the same.
#[test]
fn api_yaml_nests_every_node_where_the_published_document_does() {
    let published = fixture("api-structure.txt");
    let want: BTreeSet<&str> = published.lines().collect();
    let mut ours = Vec::new();
    outline(seed_spec().api(), "", &mut ours);
    let have: BTreeSet<&str> = ours.iter().map(String::as_str).collect();
    assert_eq!(ours.len(), have.len(), "a pointer occurs twice");
    let missing: BTreeSet<&str> = want.difference(&have).copied().collect();
    let unexpected: BTreeSet<&str> = have.difference(&want).copied().collect();
    assert!(
        missing.is_empty() && unexpected.is_empty(),
        "{} published node(s) missing, {} unexpected; the highest of them:\n  missing    {}\n  unexpected {}",
        missing.len(),
        unexpected.len(),
        highest(&missing).join("\n  missing    "),
        highest(&unexpected).join("\n  unexpected "),
    );
}

#[test]
fn every_file_under_openapi_loads_and_every_ref_resolves() {
    let files: Vec<String> = spec().files().map(|(name, _)| name.to_string()).collect();
    assert!(files.iter().any(|f| f == "api/api.yaml"), "{files:?}");
    let spec = seed_spec();
    let files: Vec<&str> = spec.files().map(|(name, _)| name).collect();
    assert_eq!(
        files,
        [
            "api/api.yaml",
            "api/read.yaml",
            "api/search.yaml",
            "api/write.yaml",
            "catalog/catalog.yaml",
            "config/config.yaml",
            "manifest/manifest.yaml",
            "notifications/notifications.yaml",
            "problem/problem.yaml",
            "webhook/webhook.yaml",
        ]
    );
    // load_all already failed on a dangling ref; resolve a cross-file chain by hand as well
    let (file, content) = spec
        .resolve(
            "api/api.yaml",
            "../config/config.yaml#/components/schemas/ConfigContent",
        )
        .unwrap();
    assert_eq!(file, "config/config.yaml");
    let base = &content["allOf"][0]["$ref"];
    assert_eq!(base, "#/components/schemas/BaseConfigContent");
    let (_, read) = spec
        .resolve(&file, "#/components/schemas/BaseReadConfig")
        .unwrap();
    assert_eq!(
        read["properties"]["objects"]["additionalProperties"]["$ref"],
        "#/components/schemas/BaseReadConfigObject"
    );
}

#[test]
fn operation_ids_are_unique_and_the_seeds_operations_are_there() {
    for spec in [spec(), seed_spec()] {
        let ops = spec.operations();
        assert!(!ops.is_empty());
        let ids: HashSet<&str> = ops.iter().map(|o| o.operation_id.as_str()).collect();
        assert_eq!(ids.len(), ops.len(), "operationIds are not unique");
    }
    let ops = seed_spec().operations();
    let ids: HashSet<&str> = ops.iter().map(|o| o.operation_id.as_str()).collect();
    assert_eq!(ops.len(), 81, "seed 003 has 81 operations");
    for id in [
        "listInstallations",
        "updateInstallation",
        "patchObjectConfigContent",
        "listOperations",
        "oauthConnect",
    ] {
        assert!(ids.contains(id), "{id} missing");
    }
}

#[test]
fn the_complex_key_parses_to_the_backfill_progress_path() {
    let spec = seed_spec();
    let path = "/projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}/objects/{objectName}/backfill-progress";
    assert_eq!(
        spec.api()["paths"][path]["get"]["operationId"],
        "getBackfillProgress"
    );
}

#[test]
fn comments_stay_comments() {
    let spec = seed_spec();
    let text = std::fs::read_to_string(seed_003_dir().join("api/api.yaml")).unwrap();
    // the disabled delete of a project is a comment, not an operation
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with('#') && l.contains("operationId: deleteProject"))
    );
    assert!(
        !spec
            .operations()
            .iter()
            .any(|o| o.operation_id == "deleteProject")
    );
    assert!(
        spec.api()["paths"]["/projects/{projectIdOrName}"]
            .get("delete")
            .is_none()
    );
    // a note stays a note, and the live YAML after it stays live
    assert_eq!(
        text.matches("# Only bearer auth works for this endpoint")
            .count(),
        6
    );
    let create = &spec.api()["paths"]["/projects"]["post"];
    assert_eq!(create["security"], json!([{"Bearer": []}]));
    // the disabled inline enum gave way to the live $ref after it
    let routes =
        &spec.api()["paths"]["/projects/{projectIdOrName}/notification-event-topic-routes"]["get"];
    let event_type = routes["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "eventType")
        .unwrap();
    assert_eq!(
        event_type["schema"],
        json!({"$ref": "#/components/schemas/NotificationEventType"})
    );
}
