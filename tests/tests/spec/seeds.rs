//! The seeds' payloads are the spec's examples, and the Installation schema is seed 000's.

use super::*;

fn response_example(spec: &Spec, path: &str, method: &str, status: &str) -> Value {
    let responses = &spec.api()["paths"][path][method]["responses"];
    // the media type's own example, beside its schema
    responses[status]["content"]["application/json"]["example"].clone()
}

#[test]
fn seed_001_is_the_spec_example_of_list_installations() {
    let spec = seed_spec();
    let path = "/projects/{projectIdOrName}/integrations/{integrationId}/installations";
    let example = response_example(&spec, path, "get", "200");
    assert_eq!(
        example,
        json_fixture("seed001_list_installations_response.json")
    );
}

#[test]
fn seed_002_request_is_the_spec_example_of_update_installation() {
    let spec = seed_spec();
    let path =
        "/projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}";
    let media = &spec.api()["paths"][path]["patch"]["requestBody"]["content"]["application/json"];
    assert_eq!(
        media["example"],
        json_fixture("seed002_update_installation_request.json")
    );
    assert_eq!(
        media["schema"]["required"],
        json!(["installation", "updateMask"])
    );
}

#[test]
fn installation_schema_matches_seed_000() {
    let spec = seed_spec();
    let ours = &spec.api()["components"]["schemas"]["Installation"];
    let seed = json_fixture("seed000_installation_schema.json");
    let names = |v: &Value| {
        v.as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<HashSet<_>>()
    };
    assert_eq!(names(&ours["properties"]), names(&seed["properties"]));
    let set = |v: &Value| {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect::<HashSet<_>>()
    };
    assert_eq!(set(&ours["required"]), set(&seed["required"]));
    assert_eq!(
        ours["properties"]["healthStatus"]["enum"],
        seed["properties"]["healthStatus"]["enum"]
    );
    assert_eq!(
        ours["properties"]["lastOperationStatus"]["enum"],
        seed["properties"]["lastOperationStatus"]["enum"]
    );
}
