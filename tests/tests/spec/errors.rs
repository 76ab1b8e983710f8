//! A broken copy of the spec is refused naming the file, the place and the reason.

use super::*;

/// A copy of the rebuild of seed 003 in a temp dir, with `api/api.yaml` edited by `edit`.
fn broken_copy(edit: impl FnOnce(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, _) in seed_spec().files() {
        let to = dir.path().join(name);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(seed_003_dir().join(name), &to).unwrap();
    }
    let api = dir.path().join("api/api.yaml");
    let text = std::fs::read_to_string(&api).unwrap();
    std::fs::write(&api, edit(text)).unwrap();
    dir
}

fn errors_of(dir: &tempfile::TempDir) -> Vec<SpecError> {
    match Spec::load(dir.path()) {
        Ok(_) => panic!("a broken spec loaded"),
        Err(errors) => errors.into_iter().collect(),
    }
}

#[test]
fn a_dangling_ref_names_file_pointer_and_reason() {
    let dir = broken_copy(|t| {
        t.replacen(
            "$ref: \"#/components/schemas/Project\"",
            "$ref: \"#/components/schemas/Projekt\"",
            1,
        )
    });
    let errors = errors_of(&dir);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let msg = errors[0].to_string();
    assert_eq!(
        msg,
        "api/api.yaml#/paths/~1projects/get/responses/200/content/application~1json/schema/items: \
         $ref \"#/components/schemas/Projekt\" does not resolve: no `Projekt` under /components/schemas in api/api.yaml"
    );
    let dir = broken_copy(|t| t.replacen("../problem/problem.yaml", "../problems/problem.yaml", 1));
    let msg = errors_of(&dir)[0].to_string();
    assert!(
        msg.contains("does not resolve: file problems/problem.yaml does not exist"),
        "{msg}"
    );
}

#[test]
fn a_yaml_syntax_error_names_file_and_line() {
    // an unclosed flow sequence on the line of the first operation's tags
    let dir = broken_copy(|t| t.replacen("tags: [\"OAuth\"]", "tags: [\"OAuth\"", 1));
    let errors = errors_of(&dir);
    let SpecError::Syntax { file, line, .. } = &errors[0] else {
        panic!("expected a syntax error, got {errors:?}")
    };
    assert_eq!(file, "api/api.yaml");
    assert!(*line > 10, "line {line}");
    assert!(
        errors[0]
            .to_string()
            .starts_with(&format!("api/api.yaml:{line}:"))
    );
}

#[test]
fn a_duplicate_operation_id_names_both_operations() {
    let dir = broken_copy(|t| {
        t.replacen(
            "operationId: getProject\n",
            "operationId: listProjects\n",
            1,
        )
    });
    let errors = errors_of(&dir);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].to_string(),
        "api/api.yaml#/paths/~1projects~1{projectIdOrName}/get: operationId \"listProjects\" of \
         GET /projects/{projectIdOrName} is already used by GET /projects"
    );
}

#[test]
fn a_missing_operation_id_and_a_non_openapi_file_are_reported() {
    let dir = broken_copy(|t| t.replacen("      operationId: getProject\n", "", 1));
    let msg = errors_of(&dir)[0].to_string();
    assert!(
        msg.ends_with("operation GET /projects/{projectIdOrName} has no operationId"),
        "{msg}"
    );
    let dir = broken_copy(|t| t.replacen("openapi: 3.0.1", "swagger: \"2.0\"", 1));
    let msg = errors_of(&dir)[0].to_string();
    assert_eq!(
        msg,
        "api/api.yaml: not an OpenAPI 3.0 document: no `openapi: 3.0.x` at the top"
    );
}
