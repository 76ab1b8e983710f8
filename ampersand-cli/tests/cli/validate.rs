//! `ampersand manifest validate` on files: exit codes, each output format read back, the
//! default file, and the catalog turned off.

use super::*;

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
