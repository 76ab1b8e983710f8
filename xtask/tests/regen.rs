//! `regen`, `api_diff` and the surface file on copies of the workspace in temp dirs.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

/// Copies `from` (a directory) to `to`.
fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The rebuild of seed 003, kept as a fixture: the tests that describe their edits against its
/// content (a path, a field, an enum it has or lacks) start from it, whatever `openapi/` holds.
fn seed_003_dir() -> PathBuf {
    xtask::workspace_root().join("tests/fixtures/openapi-seed-003")
}

/// A temp workspace: `openapi/` the rebuild of seed 003, and `ampersand-client/API.md` its
/// surface.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("openapi")).unwrap();
    copy_dir(&seed_003_dir(), &dir.path().join("openapi"));
    std::fs::create_dir_all(dir.path().join("ampersand-client")).unwrap();
    xtask::write_surface(dir.path()).unwrap();
    dir
}

/// A spec checkout in a temp dir: the rebuild of seed 003 with `change` applied to api.yaml.
fn spec_checkout(change: impl FnOnce(&mut Value)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_003_dir(), dir.path());
    let api = dir.path().join("api/api.yaml");
    let mut doc: Value = serde_norway::from_str(&std::fs::read_to_string(&api).unwrap()).unwrap();
    change(&mut doc);
    std::fs::write(&api, serde_norway::to_string(&doc).unwrap()).unwrap();
    dir
}

/// Every file under `dir`, with its content.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn installations(doc: &mut Value) -> &mut Value {
    &mut doc["paths"]["/projects/{projectIdOrName}/integrations/{integrationId}/installations"]
}

/// An operation added: `listWidgets`, `GET /projects/{projectIdOrName}/widgets`.
fn add_list_widgets(doc: &mut Value) {
    doc["paths"]["/projects/{projectIdOrName}/widgets"] = json!({"get": {
        "operationId": "listWidgets",
        "parameters": [{"name": "projectIdOrName", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json":
            {"schema": {"type": "array", "items": {"type": "string"}}}}}},
    }});
}

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

/// deleteIntegration's path parameter `integrationId` renamed `integrationIdOrName`: its path
/// becomes getIntegration's, which the delete joins.
fn rename_integration_id(doc: &mut Value) {
    let paths = doc["paths"].as_object_mut().unwrap();
    let mut item = paths
        .remove("/projects/{projectIdOrName}/integrations/{integrationId}")
        .unwrap();
    for p in item["delete"]["parameters"].as_array_mut().unwrap() {
        if p["name"] == "integrationId" {
            p["name"] = json!("integrationIdOrName");
        }
    }
    paths["/projects/{projectIdOrName}/integrations/{integrationIdOrName}"]["delete"] =
        item["delete"].take();
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

/// `tests/fixtures/openapi-published/`: the spec as the service's repository publishes it
/// (every update-mask placeholder written `<objectName>`, which the flattened seed stripped),
/// kept as a fixture of its own so that this test starts from the same document whatever
/// `openapi/` holds (after a regen, a newer spec).
fn published_dir() -> PathBuf {
    xtask::workspace_root().join("tests/fixtures/openapi-published")
}

/// A spec checkout in the published forms of the service's repository, with the changes a
/// newer spec brings: two notification types added, a field made required, new secret fields
/// of a destination, an operation added, one whose answer is an object known by which of its
/// members it has (a `oneOf` of objects, each with its own `properties`, beside `type:
/// object`), a parameter renamed and an operation made JWT-only.
fn published_checkout_with_a_newer_spec() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&published_dir(), dir.path());
    let edit = |file: &str, change: &dyn Fn(&mut Value)| {
        let path = dir.path().join(file);
        let mut doc: Value =
            serde_norway::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        change(&mut doc);
        std::fs::write(&path, serde_norway::to_string(&doc).unwrap()).unwrap();
    };
    edit("api/api.yaml", &|doc| {
        let text = serde_json::to_string(doc).unwrap();
        assert!(
            text.contains("config.content.read.objects.<objectName>` - replace"),
            "the fixture is in the published forms"
        );
        // an operation added
        add_list_widgets(doc);
        // an answer that is one of two objects, each known by its member
        add_get_connect_session(doc);
        // a field made required
        let installation = &mut doc["components"]["schemas"]["Installation"];
        installation["required"]
            .as_array_mut()
            .unwrap()
            .push(json!("updateTime"));
        // a destination with new secret fields
        let secrets =
            &mut doc["components"]["schemas"]["DestinationWithSecrets"]["properties"]["secrets"];
        for name in ["accessKey", "secretAccessKey"] {
            secrets["properties"][name] = json!({"type": "string", "description": "AWS"});
        }
        // a parameter renamed (of an operation the helpers do not call: a rename breaks
        // callers, as the report says)
        rename_integration_id(doc);
        // an operation that becomes JWT-only
        let paths = doc["paths"].as_object_mut().unwrap();
        let get_org = paths
            .values_mut()
            .filter_map(|item| item.get_mut("get"))
            .find(|op| op["operationId"] == "getOrg")
            .unwrap();
        get_org["security"] = json!([{"Bearer": []}]);
    });
    edit("notifications/notifications.yaml", &|doc| {
        let schemas = doc["components"]["schemas"].as_object_mut().unwrap();
        schemas.insert(
            "SubscribeCreateErrorData".into(),
            json!({"allOf": [{"$ref": "#/components/schemas/InstallationFields"},
                {"type": "object", "required": ["objectName", "error"], "properties": {
                    "objectName": {"type": "string"}, "error": {"type": "string"}}}]}),
        );
        for (name, kind, data) in [
            (
                "SubscribeCreateErrorNotificationPayload",
                "subscribe.create.error",
                "SubscribeCreateErrorData",
            ),
            (
                "ConnectionUpdatedNotificationPayload",
                "connection.updated",
                "ConnectionData",
            ),
        ] {
            schemas.insert(
                name.into(),
                json!({"type": "object", "required": ["notificationType", "data"], "properties": {
                    "notificationType": {"type": "string", "enum": [kind]},
                    "data": {"$ref": format!("#/components/schemas/{data}")}}}),
            );
        }
    });
    dir
}

/// `getConnectSession`, `GET /projects/{projectIdOrName}/connect-sessions/{sessionId}`: its
/// answer is `{redirect: {url}}` or `{connection: Connection}`, a `oneOf` of objects each
/// carrying its own `properties`, beside `type: object`.
fn add_get_connect_session(doc: &mut Value) {
    let path = |name: &str| json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}});
    doc["paths"]["/projects/{projectIdOrName}/connect-sessions/{sessionId}"] = json!({"get": {
        "operationId": "getConnectSession",
        "parameters": [path("projectIdOrName"), path("sessionId")],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
            "type": "object",
            "oneOf": [
                {"required": ["redirect"], "properties": {"redirect": {
                    "type": "object", "required": ["url"],
                    "properties": {"url": {"type": "string", "format": "uri"}}}}},
                {"required": ["connection"], "properties": {
                    "connection": {"$ref": "#/components/schemas/Connection"}}},
            ],
        }}}}},
    }});
}

/// Copies the workspace's sources (everything but `target/`, `.git` and other hidden
/// entries but `.cargo/`, whose profile the copy's build must share) to `to`, links as links (`ampersand-client/openapi` is `../openapi`: the copy's
/// client must generate from the copy's spec).
fn copy_workspace(to: &Path) {
    fn copy(from: &Path, to: &Path, top: bool) {
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().to_string();
            if top && (name == "target" || (name.starts_with('.') && name != ".cargo")) {
                continue;
            }
            let (path, target) = (entry.path(), to.join(&name));
            let kind = entry.file_type().unwrap();
            if kind.is_symlink() {
                let link = std::fs::read_link(&path).unwrap();
                #[cfg(unix)]
                std::os::unix::fs::symlink(&link, &target).unwrap();
                #[cfg(not(unix))]
                copy_dir(&path.parent().unwrap().join(link), &target);
            } else if kind.is_dir() {
                std::fs::create_dir_all(&target).unwrap();
                copy(&path, &target, false);
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }
    copy(&xtask::workspace_root(), to, true);
}

/// The acceptance of a newer spec in the published forms: the regen takes it and reports its
/// changes (the JWT-only operation among the breaking ones), and then, with no hand edit, the
/// workspace builds from it and the tests that read the spec's masks, notification types,
/// secrets and fixtures pass on it. They run in a copy of the workspace under the target
/// directory (a fixed place, so a second run builds only what changed), sharing its build.
#[test]
fn a_newer_spec_in_the_published_forms_regenerates_and_the_tests_that_follow_it_pass() {
    let target = std::env::current_exe()
        .unwrap()
        .ancestors()
        .nth(3)
        .expect("the test runs from <target>/debug/deps")
        .to_path_buf();
    let ws = target.join("regen-acceptance");
    if ws.exists() {
        std::fs::remove_dir_all(&ws).unwrap();
    }
    std::fs::create_dir_all(&ws).unwrap();
    copy_workspace(&ws);
    let from = published_checkout_with_a_newer_spec();
    let report = xtask::regen(&ws, from.path()).unwrap();
    let lines: Vec<&str> = report.lines().filter(|l| l.starts_with("- ")).collect();
    for expected in [
        "- **breaking**: operation `getOrg` no longer accepts a credential: API key",
        "- **breaking**: operation `deleteIntegration` parameter `integration_id` renamed to `integration_id_or_name`",
        "- **breaking**: type `Installation` field `updateTime` now required",
        "- compatible: operation `listWidgets` (`GET /projects/{projectIdOrName}/widgets`) added",
        "- compatible: operation `getConnectSession` (`GET /projects/{projectIdOrName}/connect-sessions/{sessionId}`) added",
        "- compatible: type `notifications::SubscribeCreateErrorData` added",
    ] {
        assert!(lines.contains(&expected), "{expected}\n{report}");
    }
    let surface = std::fs::read_to_string(ws.join(xtask::SURFACE_FILE)).unwrap();
    assert!(surface.contains(
        "### getOrg\n\n`GET /orgs/{orgId}` → `client.get_org()` → `Org`\n\n- credentials: JWT\n"
    ));
    // the rules read from the published form are the seed form's
    let prepared = ampersand_codegen::prepared_document(&ws.join("openapi")).unwrap();
    let rules = ampersand_codegen::masks::rules(&prepared).unwrap();
    let installation = rules
        .iter()
        .find(|rule| rule.method_name == "update_installation")
        .unwrap();
    assert!(
        installation
            .allowed
            .contains(&"config.content.read.objects.*".to_string())
    );

    // the copy's crates are versioned `0.1.0+acceptance` (build metadata: every requirement
    // still matches), which gives their artifacts other names than the workspace's own (cargo
    // names a workspace crate's artifacts by its path in the workspace: the same in the copy)
    let manifest = ws.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let version = "[workspace.package]\nversion = \"0.1.0\"";
    assert!(
        text.contains(version),
        "the workspace's version is where the test expects"
    );
    std::fs::write(
        &manifest,
        text.replace(
            version,
            "[workspace.package]\nversion = \"0.1.0+acceptance\"",
        ),
    )
    .unwrap();
    // the whole workspace's features, as `cargo test --workspace` unifies them, so that the
    // copy reuses every dependency the workspace's own build made
    let mut cargo = std::process::Command::new(env!("CARGO"));
    cargo
        .current_dir(&ws)
        .env("CARGO_TARGET_DIR", &target)
        .args(["test", "--offline", "--no-fail-fast", "--workspace"]);
    // without what cargo told this test about its own package: a build script that reads one
    // of those (ring's reads CARGO_MANIFEST_DIR) would run again and rebuild all above it
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if name.starts_with("CARGO_PKG_")
            || name.starts_with("CARGO_BIN_")
            || [
                "CARGO_MANIFEST_DIR",
                "CARGO_MANIFEST_PATH",
                "CARGO_CRATE_NAME",
                "CARGO_PRIMARY_PACKAGE",
                "CARGO_TARGET_TMPDIR",
                "CARGO_RUSTC_CURRENT_DIR",
            ]
            .contains(&name.as_ref())
        {
            cargo.env_remove(name.as_ref());
        }
    }
    // ampersand-ext's masks, notifications, fixtures and secrets, and the tests crate's masks
    // and contract tests (getConnectSession's among them: its answer decodes with a member
    // added beside the one it is known by)
    let tests = ["update_mask", "webhook", "bulk", "patch", "core", "secrets"];
    for test in tests
        .iter()
        .chain(&["update_masks", "contract", "coverage"])
    {
        cargo.args(["--test", test]);
    }
    let status = cargo.status().unwrap();
    assert!(
        status.success(),
        "the tests fail on the regenerated workspace"
    );
    std::fs::remove_dir_all(&ws).unwrap();
}
