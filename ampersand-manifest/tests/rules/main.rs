//! Every rule, broken once in a copy of the valid fixture: found under its id, at the line of
//! the place it names; and every rule's boundary accepted.

mod table;

use table::cases;

#[path = "../mutate/mod.rs"]
mod mutate;

use ampersand_manifest::rules::{Needs, RULES};
use ampersand_manifest::{Catalog, Severity, Validator, position_of};
use mutate::{
    Edit, READ0, READ1, SUB0, SUB1, google_calendar, push, remove, schedule, set, text, valid,
};
use serde_json::{Value, json};

/// One broken manifest: the check expected, the path it names, and the edit.
struct Case {
    check: &'static str,
    path: String,
    edit: Edit,
}

#[test]
fn the_fixture_is_valid_with_only_the_destination_reminders() {
    let report = Validator::new().validate(mutate::VALID);
    let others: Vec<String> = report
        .problems
        .iter()
        .filter(|p| p.rule.id != "destination-exists")
        .map(ToString::to_string)
        .collect();
    assert!(others.is_empty(), "{others:#?}");
    assert_eq!(report.warnings().count(), 3, "three destinations");
}

#[test]
fn each_rule_broken_is_found_under_its_id_at_its_line() {
    for case in cases() {
        let mut doc = valid();
        (case.edit)(&mut doc);
        let text = text(&doc);
        let report = Validator::new().validate(&text);
        let found = report
            .problems
            .iter()
            .find(|p| p.rule.check == case.check && p.path == case.path);
        let Some(found) = found else {
            panic!(
                "{} not found at {}:\n{text}\n{:#?}",
                case.check,
                case.path,
                report
                    .problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
            );
        };
        let rule = RULES.iter().find(|r| r.check == case.check).unwrap();
        assert_eq!(found.severity, rule.severity, "{}", case.check);
        // an unknown key is placed at the key itself, everything else at its value
        let line = match case.check {
            "unknown-key" => {
                let key = case.path.rsplit('.').next().unwrap();
                1 + text
                    .lines()
                    .position(|l| l.trim_start().starts_with(&format!("{key}:")))
                    .unwrap()
            }
            _ => position_of(&text, &case.path).unwrap().line,
        };
        assert_eq!(found.position.line, line, "{}: {found}\n{text}", case.check);
        assert!(!found.message.is_empty());
        // the text and the line a person reads
        assert!(
            found.to_string().contains(&format!("[{}]", rule.id)),
            "{found}"
        );
    }
}

#[test]
fn every_rule_of_the_file_is_exercised() {
    let cases = cases();
    let untested: Vec<&str> = RULES
        .iter()
        .filter(|r| !cases.iter().any(|c| c.check == r.check))
        .map(|r| r.check)
        // reading and directives and the service's refusal: their own tests
        .filter(|c| {
            ![
                "yaml-syntax",
                "duplicate-key",
                "unknown-directive-rule",
                "service",
            ]
            .contains(c)
        })
        .collect();
    assert!(untested.is_empty(), "no case for {untested:?}");
}

#[test]
fn skipping_turns_the_provider_and_risk_rules_off() {
    let mut doc = valid();
    set(&mut doc, "integrations[0].provider", json!("snowflake"));
    set(
        &mut doc,
        &format!("{READ0}.backfill.defaultPeriod.days"),
        json!(365),
    );
    let text = text(&doc);
    let all = Validator::new().validate(&text);
    let needs = |r: &ampersand_manifest::Report, n: Needs| {
        r.problems.iter().filter(|p| p.rule.needs == n).count()
    };
    assert!(
        needs(&all, Needs::Catalog) > 0
            && needs(&all, Needs::Provider) > 0
            && needs(&all, Needs::Risk) > 0
    );
    let skipped = Validator::new().skip_provider().skip_risk().validate(&text);
    for n in [Needs::Catalog, Needs::Provider, Needs::Risk] {
        assert_eq!(needs(&skipped, n), 0, "{n:?}");
    }
    assert!(
        skipped
            .problems
            .iter()
            .all(|p| p.severity == Severity::Warning || p.rule.needs == Needs::File)
    );
}
