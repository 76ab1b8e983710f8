//! The deploy of an `amp.yaml` manifest (`deploy_manifest`): the fixtures of
//! ampersand-manifest sent as `sourceYaml`, the `destructive` flag, an invalid manifest not
//! sent, and the service's refusal placed in the manifest. (The manifest's rules are tested
//! in ampersand-manifest.)

mod common;

use ampersand_client::mock::MockServerExt;
use ampersand_ext::manifest::{ClientManifestExt, DeployError, Manifest, position_of};
use ampersand_ext::{ErrorKind, RetryPolicy, types};
use httpmock::MockServer;
use serde_json::{Value, json};

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../ampersand-manifest/tests/fixtures"
);

/// The valid fixtures: every file but `invalid.yaml`.
fn fixtures() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
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
    assert!(matches!(e, DeployError::Invalid(_)), "{e}");
    let errors: Vec<(&str, &str)> = e
        .problems()
        .iter()
        .filter(|p| p.is_error())
        .map(|p| (p.rule.id, p.path.as_str()))
        .collect();
    // the schedule of each copy (a second integration of one name is a warning)
    let schedule = |i: usize| format!("integrations[{i}].read.objects[0].schedule");
    assert_eq!(
        errors,
        [
            ("schedule-syntax", schedule(0).as_str()),
            ("schedule-syntax", schedule(1).as_str())
        ],
        "{e}"
    );
    assert!(
        e.problems()
            .iter()
            .any(|p| p.rule.id == "duplicate-integration")
    );
    assert!(e.to_string().contains("error[schedule-syntax]"), "{e}");
    // as the client's error: a request refused before it was sent
    assert_eq!(
        ampersand_ext::Error::from(e).kind(),
        ErrorKind::InvalidRequest
    );
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
    let error = e.service_error().unwrap();
    assert_eq!(error.kind(), ErrorKind::InputValidation);
    assert_eq!(error.issues().len(), 3);
    let problems = e.problems();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_eq!(problems[0].path, path);
    assert_eq!(problems[0].position, position_of(&sent, path).unwrap());
    assert_eq!(problems[0].message, "no destination named contactWebhook");
    assert_eq!(problems[1].path, "integrations[0].read.objects[0].schedule");
    assert_eq!(problems[1].message, "too frequent");
    assert!(
        problems
            .iter()
            .all(|p| p.rule.id == "service" && p.is_error())
    );
}
