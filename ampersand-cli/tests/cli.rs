//! The `ampersand` command as CI runs it: exit codes, each output format read back, the live
//! catalog and deploys against the local Ampersand.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ampersand_ext::manifest::Validator;
use ampersand_fake::{Fake, Options};

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../ampersand-manifest/tests/fixtures"
);
const KEY: &str = "cli-test-key";

fn fixture(name: &str) -> PathBuf {
    Path::new(FIXTURES).join(name)
}

/// Runs `ampersand args…` in `dir` without the caller's Ampersand variables, plus `env`.
fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ampersand"));
    command.args(args).current_dir(dir);
    for var in ["AMPERSAND_API_KEY", "AMPERSAND_JWT", "AMPERSAND_BASE_URL"] {
        command.env_remove(var);
    }
    command.envs(env.iter().copied());
    command.output().expect("the binary runs")
}

fn run(args: &[&str]) -> Output {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, &[])
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_valid_file_passes_and_its_warnings_fail_only_in_strict_mode() {
    let file = fixture("valid.yaml");
    let o = run(&["manifest", "validate", path(&file)]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("warning[destination-exists]"), "{out}");
    assert!(out.trim_end().ends_with(": valid, 3 warnings"), "{out}");
    let o = run(&["manifest", "validate", "--strict", path(&file)]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
}

#[test]
fn an_invalid_file_prints_each_problem_at_its_place_and_fails() {
    let file = fixture("invalid.yaml");
    let o = run(&["manifest", "validate", path(&file)]);
    assert_eq!(o.status.code(), Some(1));
    let text = std::fs::read_to_string(&file).unwrap();
    let report = Validator::new().validate(&text);
    let lines: Vec<String> = stdout(&o)
        .lines()
        .filter(|l| !l.starts_with("  help:"))
        .map(str::to_string)
        .collect();
    // one line per problem, then the summary
    assert_eq!(lines.len(), report.problems.len() + 1, "{lines:#?}");
    for (line, p) in lines.iter().zip(&report.problems) {
        let want = format!(
            "{}:{}:{}: {}[{}]: {}: {}",
            file.display(),
            p.position.line,
            p.position.column,
            p.severity,
            p.rule.id,
            p.path,
            p.message
        );
        assert_eq!(line, &want);
    }
    let summary = format!(
        ": {} errors, {} warnings",
        report.errors().count(),
        report.warnings().count()
    );
    assert!(lines.last().unwrap().ends_with(&summary), "{lines:#?}");
    assert!(
        stdout(&o).contains("  help: optionalFieldsAuto:"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn json_output_reads_back_with_every_field() {
    let files = [fixture("invalid.yaml"), fixture("valid.yaml")];
    let o = run(&[
        "manifest",
        "validate",
        "--format",
        "json",
        path(&files[0]),
        path(&files[1]),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let problems: Vec<serde_json::Value> =
        serde_json::from_slice(&o.stdout).expect("one JSON array");
    let mut want = 0;
    for file in &files {
        let report = Validator::new().validate(&std::fs::read_to_string(file).unwrap());
        let got: Vec<&serde_json::Value> = problems
            .iter()
            .filter(|p| p["file"] == path(file))
            .collect();
        assert_eq!(got.len(), report.problems.len());
        for (json, p) in got.iter().zip(&report.problems) {
            assert_eq!(json["line"], p.position.line);
            assert_eq!(json["column"], p.position.column);
            assert_eq!(json["severity"], p.severity.as_str());
            assert_eq!(json["rule"], p.rule.id);
            assert_eq!(json["check"], p.rule.check);
            assert_eq!(json["path"], p.path.as_str());
            assert_eq!(json["message"], p.message.as_str());
            assert_eq!(json["suggestion"].as_str(), p.suggestion.as_deref());
        }
        want += report.problems.len();
    }
    assert_eq!(problems.len(), want);
}

#[test]
fn github_output_is_workflow_annotations() {
    let file = fixture("invalid.yaml");
    let o = run(&["manifest", "validate", "--format", "github", path(&file)]);
    assert_eq!(o.status.code(), Some(1));
    let report = Validator::new().validate(&std::fs::read_to_string(&file).unwrap());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), report.problems.len());
    let file_property = path(&file).replace(':', "%3A").replace(',', "%2C");
    for (line, p) in lines.iter().zip(&report.problems) {
        let head = format!(
            "::{} file={file_property},line={},col={},title={}::{}: ",
            p.severity, p.position.line, p.position.column, p.rule.id, p.path
        );
        assert!(line.starts_with(&head), "{line}\n{head}");
        assert!(!line.contains('\n'));
    }
    assert!(out.contains("%0Ahelp: optionalFieldsAuto:"), "{out}");
}

#[test]
fn usage_errors_and_unreadable_files_exit_2() {
    let missing = run(&["manifest", "validate", "no-such-file.yaml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("cannot read no-such-file.yaml"),
        "{}",
        stderr(&missing)
    );
    assert!(stdout(&missing).is_empty());
    let dir = run(&["manifest", "validate", FIXTURES]);
    assert_eq!(dir.status.code(), Some(2));
    let flag = run(&["manifest", "validate", "--no-such-flag"]);
    assert_eq!(flag.status.code(), Some(2));
    let format = run(&["manifest", "validate", "--format", "xml"]);
    assert_eq!(format.status.code(), Some(2));
    let deploy = run(&["manifest", "deploy", path(&fixture("valid.yaml"))]);
    assert_eq!(deploy.status.code(), Some(2), "--project is required");
}

#[test]
fn amp_yaml_is_the_default_file() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(dir.path(), &["manifest", "validate"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot read amp.yaml"),
        "{}",
        stderr(&o)
    );
    std::fs::copy(fixture("read.yaml"), dir.path().join("amp.yaml")).unwrap();
    let o = run_in(dir.path(), &["manifest", "validate"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).starts_with("amp.yaml:"), "{}", stdout(&o));
}

#[test]
fn skip_provider_turns_the_catalog_off() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("amp.yaml");
    let text = std::fs::read_to_string(fixture("read.yaml")).unwrap();
    std::fs::write(
        &file,
        text.replacen("provider: salesforce", "provider: salesforceCRM", 1),
    )
    .unwrap();
    let o = run(&["manifest", "validate", path(&file)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("error[provider-not-supported]"),
        "{}",
        stdout(&o)
    );
    let o = run(&["manifest", "validate", "--skip-provider", path(&file)]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

/// A manifest with `provider`, written to a file of `dir`.
fn with_provider(dir: &Path, provider: &str) -> PathBuf {
    let text = std::fs::read_to_string(fixture("valid.yaml")).unwrap();
    let file = dir.join(format!("{provider}.yaml"));
    let text = text.replacen("provider: salesforce", &format!("provider: {provider}"), 1);
    // the other integration names a module the fake's catalog does not list
    let text = text.replacen("    module: crm\n", "", 1);
    std::fs::write(&file, text).unwrap();
    file
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_live_catalog_is_the_services() {
    let fake = Fake::start(Options::new()).await.unwrap();
    let base = fake.base_url(ampersand_ext::client::Host::Platform);
    let dir = tempfile::tempdir().unwrap();
    // a provider of the snapshot the fake's catalog (the spec's example) does not have
    let missing = ampersand_ext::manifest::Catalog::snapshot()
        .providers()
        .map(|(n, _)| n.to_string())
        .find(|n| {
            n != "salesforce" && n != "hubspot" && {
                let p = ampersand_ext::manifest::Catalog::snapshot()
                    .provider(n)
                    .unwrap();
                p.support.read
                    && p.support.write
                    && p.support.subscribe
                    && p.support.proxy
                    && p.modules.is_empty()
            }
        })
        .unwrap();
    let file = with_provider(dir.path(), &missing);
    let args = |catalog: &'static str| {
        let file = path(&file).to_string();
        let base = base.clone();
        let dir = dir.path().to_path_buf();
        tokio::task::spawn_blocking(move || {
            run_in(
                &dir,
                &[
                    "manifest",
                    "validate",
                    "--catalog",
                    catalog,
                    "--base-url",
                    &base,
                    &file,
                ],
                &[],
            )
        })
    };
    let snapshot = args("snapshot").await.unwrap();
    assert_eq!(snapshot.status.code(), Some(0), "{}", stdout(&snapshot));
    let live = args("live").await.unwrap();
    assert_eq!(
        live.status.code(),
        Some(1),
        "{}{}",
        stdout(&live),
        stderr(&live)
    );
    assert!(
        stdout(&live).contains("error[provider-not-supported]"),
        "{}",
        stdout(&live)
    );
    // a catalog that cannot be fetched is no verdict: exit 2, said on stderr
    drop(fake);
    let failed = args("live").await.unwrap();
    assert_eq!(failed.status.code(), Some(2), "{}", stdout(&failed));
    assert!(
        stderr(&failed).contains("the live catalog"),
        "{}",
        stderr(&failed)
    );
    assert!(stdout(&failed).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deploy_sends_a_valid_manifest_and_nothing_else() {
    let fake = Fake::start(Options::new().api_key(KEY)).await.unwrap();
    let client = ampersand_ext::ClientBuilder::from(fake.config())
        .build()
        .unwrap();
    let project = client
        .create_project()
        .body_map(|b| b.app_name("CLI").name("cli-project").org_id("org-1"))
        .send()
        .await
        .unwrap()
        .into_inner();
    let base = fake.base_url(ampersand_ext::client::Host::Platform);
    let deploy = |file: PathBuf, key: Option<&'static str>| {
        let base = base.clone();
        tokio::task::spawn_blocking(move || {
            let env: Vec<(&str, &str)> =
                key.map(|k| ("AMPERSAND_API_KEY", k)).into_iter().collect();
            run_in(
                Path::new("."),
                &[
                    "manifest",
                    "deploy",
                    path(&file),
                    "--project",
                    "cli-project",
                    "--base-url",
                    &base,
                ],
                &env,
            )
        })
    };
    let listed = || async {
        client
            .list_integrations()
            .project_id_or_name(&project.id)
            .send()
            .await
            .unwrap()
            .into_inner()
            .len()
    };
    // an invalid manifest: its problems, exit 1, nothing sent
    let o = deploy(fixture("invalid.yaml"), Some(KEY)).await.unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("error[schedule-syntax]"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("nothing was deployed"),
        "{}",
        stderr(&o)
    );
    assert_eq!(listed().await, 0);
    // no credential: a usage error
    let o = deploy(fixture("read.yaml"), None).await.unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("AMPERSAND_API_KEY"), "{}", stderr(&o));
    // a valid one: deployed, each integration printed
    let o = deploy(fixture("valid.yaml"), Some(KEY)).await.unwrap();
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).starts_with("deployed 2 integrations to cli-project:"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("  crm-read (") && stdout(&o).contains("  hubspot-proxy ("),
        "{}",
        stdout(&o)
    );
    assert_eq!(listed().await, 2);
    // the key is not printed
    assert!(!stdout(&o).contains(KEY) && !stderr(&o).contains(KEY));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_is_printed_at_the_lines_of_the_file() {
    let fake = Fake::start(Options::new().api_key(KEY)).await.unwrap();
    let client = ampersand_ext::ClientBuilder::from(fake.config())
        .build()
        .unwrap();
    client
        .create_project()
        .body_map(|b| b.app_name("CLI").name("refused").org_id("org-1"))
        .send()
        .await
        .unwrap();
    // a provider the catalog lacks, sent because the provider rules are skipped here: the
    // local Ampersand (which applies them) refuses it, naming the place
    let dir = tempfile::tempdir().unwrap();
    let file = with_provider(dir.path(), "salesforceCRM");
    let base = fake.base_url(ampersand_ext::client::Host::Platform);
    let args = [
        "manifest",
        "deploy",
        path(&file),
        "--project",
        "refused",
        "--skip-provider",
        "--base-url",
        &base,
    ]
    .map(str::to_string);
    let o = tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run_in(Path::new("."), &args, &[("AMPERSAND_API_KEY", KEY)])
    })
    .await
    .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}{}", stdout(&o), stderr(&o));
    let text = std::fs::read_to_string(&file).unwrap();
    // the line of the file, whose comments the YAML sent does not have
    let line = 1 + text
        .lines()
        .position(|l| l.contains("provider: salesforceCRM"))
        .unwrap();
    let want = format!(
        "{}:{line}:15: error[service]: integrations[0].provider: ",
        file.display()
    );
    assert!(stdout(&o).starts_with(&want), "{}\n{want}", stdout(&o));
    assert!(stderr(&o).contains("the deploy failed"), "{}", stderr(&o));
}

#[test]
fn rules_lists_every_rule() {
    let o = run(&["manifest", "rules"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let rules = ampersand_ext::manifest::rules::RULES;
    assert_eq!(out.lines().count(), rules.len());
    for (line, rule) in out.lines().zip(rules) {
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(
            &words[..3],
            [rule.id, rule.check, rule.severity.as_str()],
            "{line}"
        );
    }
}
