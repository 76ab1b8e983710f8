//! `regen` and `api_diff` on edited copies of the spec: exactly the changes reported, refusals
//! that leave `openapi/` untouched, and the surface file kept fresh.

use super::*;

/// The four changes of the tests: an operation added, a field removed, a parameter made
/// required, an enum value added.
fn four_changes(doc: &mut Value) {
    add_list_widgets(doc);
    let installation = &mut doc["components"]["schemas"]["Installation"];
    installation["properties"]
        .as_object_mut()
        .unwrap()
        .remove("updateTime");
    installation["properties"]["healthStatus"]["enum"]
        .as_array_mut()
        .unwrap()
        .push(json!("degraded"));
    let params = installations(doc)["get"]["parameters"]
        .as_array_mut()
        .unwrap();
    let group_ref = params.iter_mut().find(|p| p["name"] == "groupRef").unwrap();
    group_ref["required"] = json!(true);
}

#[test]
fn regen_takes_a_valid_spec_and_reports_exactly_its_changes() {
    let ws = workspace();
    let from = spec_checkout(four_changes);
    let report = xtask::regen(ws.path(), from.path()).unwrap();
    let lines: Vec<&str> = report.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(
        lines,
        [
            "- **breaking**: operation `listInstallations` parameter `group_ref` now required",
            "- **breaking**: type `Installation` field `updateTime` removed",
            "- compatible: operation `listWidgets` (`GET /projects/{projectIdOrName}/widgets`) added",
            "- compatible: type `InstallationHealthStatus`: enum value `degraded` added",
        ],
        "{report}"
    );
    assert!(report.contains("4 change(s), 2 breaking."));
    // openapi/ is the new spec, and the surface file matches it
    let api = std::fs::read_to_string(ws.path().join("openapi/api/api.yaml")).unwrap();
    assert!(api.contains("listWidgets"));
    // and it records where it came from, so that the seed-003 checks stand aside
    let source = std::fs::read_to_string(ws.path().join("openapi/SOURCE")).unwrap();
    assert!(source.starts_with("checkout "), "{source}");
    assert!(
        !source.contains(&*ws.path().to_string_lossy()),
        "no machine path: {source}"
    );
    xtask::stale(ws.path()).unwrap();
    let surface = std::fs::read_to_string(ws.path().join(xtask::SURFACE_FILE)).unwrap();
    assert!(surface.contains("### listWidgets"));
}

/// The acceptance edits: an operation added, a path parameter renamed, an enum value
/// and an optional field added.
fn acceptance_edits(doc: &mut Value) {
    rename_integration_id(doc);
    let paths = doc["paths"].as_object_mut().unwrap();
    paths.insert(
        "/custom-auth-connect".into(),
        json!({"post": {
            "operationId": "customAuthConnect",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {
                "type": "object", "required": ["projectId"],
                "properties": {"projectId": {"type": "string"}}}}}},
            "responses": {"200": {"description": "ok", "content": {"application/json":
                {"schema": {"$ref": "#/components/schemas/Connection"}}}}},
        }}),
    );
    let installation = &mut doc["components"]["schemas"]["Installation"];
    installation["properties"]["healthStatus"]["enum"]
        .as_array_mut()
        .unwrap()
        .push(json!("degraded"));
    installation["properties"]["lastSyncTime"] = json!({"type": "string", "format": "date-time"});
}

#[test]
fn the_acceptance_edits_report_exactly_one_breaking_change_first() {
    let ws = workspace();
    let from = spec_checkout(acceptance_edits);
    let report = xtask::regen(ws.path(), from.path()).unwrap();
    let lines: Vec<&str> = report.lines().filter(|l| l.starts_with("- ")).collect();
    let breaking: Vec<&&str> = lines
        .iter()
        .filter(|l| l.contains("**breaking**"))
        .collect();
    assert_eq!(breaking.len(), 1, "{report}");
    assert!(
        lines[0].contains("**breaking**"),
        "breaking first:\n{report}"
    );
    assert_eq!(
        lines[0],
        "- **breaking**: operation `deleteIntegration` parameter `integration_id` renamed to `integration_id_or_name`",
        "{report}"
    );
    for compatible in ["customAuthConnect", "`degraded` added", "`lastSyncTime`"] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("- compatible") && l.contains(compatible)),
            "{compatible}:\n{report}"
        );
    }
}

#[test]
fn api_diff_compares_two_directories() {
    let old = spec_checkout(|_| {});
    let new = spec_checkout(|doc| {
        installations(doc)["get"]["parameters"]
            .as_array_mut()
            .unwrap()
            .retain(|p| p["name"] != "groupRef");
    });
    let report = xtask::api_diff(old.path(), new.path()).unwrap();
    assert_eq!(
        report,
        "# API changes\n\n1 change(s), 1 breaking.\n\n\
         - **breaking**: operation `listInstallations` parameter `group_ref` removed\n"
    );
    assert_eq!(
        xtask::api_diff(old.path(), old.path()).unwrap(),
        "# API changes\n\nNo changes to the API surface.\n"
    );
}

#[test]
fn an_unsupported_construct_is_refused_by_name_and_openapi_is_untouched() {
    let ws = workspace();
    let before = snapshot(&ws.path().join("openapi"));
    let from = spec_checkout(|doc| {
        installations(doc)["post"]["requestBody"]["content"] =
            json!({"text/csv": {"schema": {"type": "string"}}});
    });
    let err = xtask::regen(ws.path(), from.path())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(
            "#/paths/~1projects~1{projectIdOrName}~1integrations~1{integrationId}~1installations/post/requestBody: \
             the preparation step does not support a request body of media type text/csv"
        ),
        "{err}"
    );
    assert_eq!(snapshot(&ws.path().join("openapi")), before);
    assert!(!ws.path().join(".openapi.staging").exists());
}

#[test]
fn a_directory_that_is_not_a_spec_checkout_is_refused() {
    let ws = workspace();
    let empty = tempfile::tempdir().unwrap();
    let err = xtask::regen(ws.path(), empty.path())
        .unwrap_err()
        .to_string();
    assert!(
        err.ends_with("is not a spec checkout: it has no api/api.yaml"),
        "{err}"
    );
    let broken = spec_checkout(|doc| {
        doc["components"]["schemas"]["Installation"]["properties"]["config"] =
            json!({"$ref": "#/components/schemas/NoSuchSchema"});
    });
    let err = xtask::regen(ws.path(), broken.path())
        .unwrap_err()
        .to_string();
    assert!(err.contains("does not check"), "{err}");
    assert!(err.contains("NoSuchSchema"), "{err}");
    // the data-plane files are part of a checkout
    let partial = spec_checkout(|_| {});
    std::fs::remove_file(partial.path().join("api/write.yaml")).unwrap();
    let err = xtask::regen(ws.path(), partial.path())
        .unwrap_err()
        .to_string();
    assert!(
        err.ends_with("is not a spec checkout: it has no api/write.yaml"),
        "{err}"
    );
}

#[test]
fn the_surface_file_goes_stale_with_the_spec_and_fresh_after_regen() {
    let ws = workspace();
    xtask::stale(ws.path()).unwrap();
    let changed = spec_checkout(four_changes);
    // a maintainer edits openapi/ by hand: the surface file is now stale
    let api = changed.path().join("api/api.yaml");
    std::fs::copy(&api, ws.path().join("openapi/api/api.yaml")).unwrap();
    let err = xtask::stale(ws.path()).unwrap_err().to_string();
    assert!(err.starts_with("ampersand-client/API.md is stale"), "{err}");
    assert!(
        err.ends_with("run `cargo xtask surface` and commit the result"),
        "{err}"
    );
    xtask::regen(ws.path(), changed.path()).unwrap();
    xtask::stale(ws.path()).unwrap();
}
