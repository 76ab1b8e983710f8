//! The acceptance run: a newer spec in the published forms regenerated in a copy of the
//! workspace, whose tests then build and pass.

use super::*;

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
