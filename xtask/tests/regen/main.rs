//! `regen`, `api_diff` and the surface file on copies of the workspace in temp dirs.

mod acceptance;
mod reports;

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
