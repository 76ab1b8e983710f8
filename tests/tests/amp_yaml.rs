//! The `amp_yaml` command (ampersand-ext's example, built as this package's binary): `validate`
//! on good and bad manifests, `deploy` against a mock of the service.

use std::path::PathBuf;
use std::process::{Command, Output};

use ampersand_client::mock::MockServerExt;
use ampersand_ext::manifest::Manifest;
use ampersand_ext::types;
use httpmock::MockServer;
use serde_json::json;

fn manifests() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ampersand-ext/tests/manifests")
}

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_amp_yaml"));
    command
        .args(args)
        .current_dir(manifests())
        .env_remove("AMPERSAND_API_KEY")
        .env_remove("AMPERSAND_JWT")
        .env_remove("AMPERSAND_BASE_URL")
        .env_remove("AMPERSAND_PROJECT");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// The lines `validate` prints for `file`: `file:` and each problem.
fn expected(file: &str) -> String {
    let text = std::fs::read_to_string(manifests().join(file)).unwrap();
    Manifest::validate_yaml(&text)
        .iter()
        .map(|p| format!("{file}:{p}\n"))
        .collect()
}

#[test]
fn validate_passes_the_good_manifests() {
    for file in [
        "read.yaml",
        "write.yaml",
        "subscribe.yaml",
        "proxy_watch.yaml",
    ] {
        let output = run(&["validate", file], &[]);
        assert_eq!(output.status.code(), Some(0), "{file}: {output:?}");
        assert_eq!(stdout(&output), "", "{file}");
    }
    // warnings are printed, and fail only with --deny-warnings
    let output = run(&["validate", "several.yaml", "read.yaml"], &[]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(stdout(&output), expected("several.yaml"));
    assert!(
        stdout(&output).contains("several.yaml:3:1: warning: x-owner: "),
        "{}",
        stdout(&output)
    );
    let output = run(&["validate", "--deny-warnings", "several.yaml"], &[]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn validate_fails_a_bad_manifest_with_every_problem_at_its_place() {
    let output = run(&["validate", "read.yaml", "invalid.yaml"], &[]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let out = stdout(&output);
    assert_eq!(out, expected("invalid.yaml"));
    assert_eq!(out.lines().count(), 10, "{out}");
    assert!(
        out.starts_with("invalid.yaml:10:21: integrations[0].read.objects[0].schedule: "),
        "{out}"
    );
    // a file that cannot be read
    let output = run(&["validate", "missing.yaml"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read missing.yaml"));
}

#[test]
fn deploy_sends_the_manifest_with_the_environment_key() {
    let server = MockServer::start();
    let text = std::fs::read_to_string(manifests().join("write.yaml")).unwrap();
    let manifest = Manifest::from_yaml(&text).unwrap();
    let mut answer = serde_json::from_value::<types::Integration>(sample_integration()).unwrap();
    answer.name = manifest.integrations[0].name.clone();
    let mock = server.batch_upsert_integrations(|when, then| {
        when.project_id_or_name("my-project")
            .destructive(true)
            .into_inner()
            .header("x-api-key", "cli-key")
            .is_true(move |req| {
                let body: serde_json::Value = serde_json::from_slice(req.body_ref()).unwrap();
                Manifest::from_yaml(body["sourceYaml"].as_str().unwrap()).ok()
                    == Some(manifest.clone())
            });
        then.ok(&vec![answer.clone()]);
    });
    let base = server.base_url();
    let env = [
        ("AMPERSAND_API_KEY", "cli-key"),
        ("AMPERSAND_BASE_URL", base.as_str()),
    ];
    let output = run(
        &[
            "deploy",
            "write.yaml",
            "--project",
            "my-project",
            "--destructive",
        ],
        &env,
    );
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    mock.assert();
    let sample = sample_integration();
    assert_eq!(
        stdout(&output),
        format!("hubspot-writer {}\n", sample["id"].as_str().unwrap())
    );
    // the project from the environment; no key: nothing is sent
    let output = run(
        &["deploy", "write.yaml"],
        &[
            ("AMPERSAND_PROJECT", "my-project"),
            ("AMPERSAND_BASE_URL", &base),
        ],
    );
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("AMPERSAND_API_KEY"));
    // an invalid manifest: its problems, nothing sent
    let output = run(&["deploy", "invalid.yaml", "--project", "p"], &env);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("invalid.yaml:10:21: "),
        "{}",
        stdout(&output)
    );
    assert_eq!(mock.calls(), 1);
}

#[test]
fn a_refused_deploy_prints_the_service_issues_at_their_line_in_the_file() {
    let server = MockServer::start();
    let mut problem =
        ampersand_spec::sample::Sampler::new(spec()).component("InputValidationProblem");
    problem["status"] = 422.into();
    problem["issues"] = json!([{
        "in": "body",
        "name": "integrations[0].read.objects[1].destination",
        "detail": "no destination named contactWebhook",
    }]);
    let problem: types::InputValidationProblem = serde_json::from_value(problem).unwrap();
    server.batch_upsert_integrations(|when, then| {
        when.into_inner().any_request();
        then.unprocessable_entity(&problem);
    });
    let base = server.base_url();
    let env = [
        ("AMPERSAND_API_KEY", "amp-cli-test-key"),
        ("AMPERSAND_BASE_URL", base.as_str()),
    ];
    let output = run(&["deploy", "read.yaml", "--project", "p"], &env);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    // read.yaml's second object's destination, as the file has it (the YAML sent is laid out
    // otherwise: comments and quotes dropped)
    assert_eq!(
        stdout(&output),
        "read.yaml:34:24: integrations[0].read.objects[1].destination: no destination named contactWebhook\n"
    );
}

fn spec() -> &'static serde_json::Value {
    static SPEC: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    SPEC.get_or_init(|| {
        let root = format!("{}/../openapi", env!("CARGO_MANIFEST_DIR"));
        ampersand_spec::Spec::load(root)
            .unwrap()
            .bundle()
            .unwrap()
            .document
    })
}

fn sample_integration() -> serde_json::Value {
    ampersand_spec::sample::Sampler::new(spec()).component("Integration")
}
