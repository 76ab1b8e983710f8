//! `# amp:ignore` directives: placed above a key or item, or trailing on its line, they
//! silence the warnings at and below it (never an error); a rule name no rule has is a
//! warning of its own.

mod mutate;

use ampersand_manifest::{Report, Validator};
use mutate::VALID;

/// The fixture with `insert` put before the first line that is exactly `before`.
fn with_line_before(before: &str, insert: &str) -> String {
    let mut done = false;
    let mut out = String::new();
    for line in VALID.lines() {
        if !done && line == before {
            out.push_str(insert);
            out.push('\n');
            done = true;
        }
        out.push_str(line);
        out.push('\n');
    }
    assert!(done, "no line {before:?}");
    out
}

/// The fixture with the first line that is exactly `line` replaced.
fn replacing(line: &str, with: &str) -> String {
    assert!(VALID.contains(line), "{line}");
    VALID.replacen(line, with, 1)
}

/// The rule ids and paths of the report's warnings.
fn warnings(report: &Report) -> Vec<(&str, &str)> {
    report
        .warnings()
        .map(|p| (p.rule.id, p.path.as_str()))
        .collect()
}

const ACCOUNT_ITEM: &str = "        - objectName: account";
const ACCOUNT_DESTINATION: &str = "          destination: accountWebhook";

#[test]
fn a_directive_above_an_item_covers_it_and_what_is_below() {
    let all = Validator::new().validate(VALID);
    assert_eq!(all.warnings().count(), 3);
    let text = with_line_before(ACCOUNT_ITEM, "        # amp:ignore[destination-exists]");
    let report = Validator::new().validate(&text);
    assert_eq!(report.silenced, 1);
    assert!(!warnings(&report).contains(&(
        "destination-exists",
        "integrations[0].read.objects[0].destination"
    )));
    assert_eq!(report.warnings().count(), 2);
    // the check's own name works as well as the printed id
    let text = with_line_before(
        ACCOUNT_ITEM,
        "        # amp:ignore[destination-exists, large-backfill-risk]",
    );
    assert_eq!(Validator::new().validate(&text).silenced, 1);
}

#[test]
fn a_trailing_directive_covers_its_key() {
    let text = replacing(
        ACCOUNT_DESTINATION,
        &format!("{ACCOUNT_DESTINATION}  # amp:ignore"),
    );
    let report = Validator::new().validate(&text);
    assert_eq!((report.silenced, report.warnings().count()), (1, 2));
    // after `- ` it covers the first key only: not the item's other keys
    let text = replacing(ACCOUNT_ITEM, &format!("{ACCOUNT_ITEM}  # amp:ignore"));
    let report = Validator::new().validate(&text);
    assert_eq!((report.silenced, report.warnings().count()), (0, 3));
}

#[test]
fn directives_never_silence_an_error() {
    let broken = VALID.replacen("\"*/15 * * * *\"", "\"*/5 * * * *\"", 1);
    let text = broken.replacen(
        ACCOUNT_ITEM,
        &format!("        # amp:ignore\n{ACCOUNT_ITEM}"),
        1,
    );
    let report = Validator::new().validate(&text);
    let errors: Vec<&str> = report.errors().map(|p| p.rule.id).collect();
    assert_eq!(errors, ["schedule-minimum-interval"]);
    // the reminder of the destination and the frequent-schedule risk, not the error
    assert_eq!(report.silenced, 2);
    let text = broken.replacen(
        ACCOUNT_ITEM,
        &format!("        # amp:ignore[schedule-minimum-interval]\n{ACCOUNT_ITEM}"),
        1,
    );
    assert!(!Validator::new().validate(&text).is_valid(false));
}

#[test]
fn a_blank_line_detaches_a_directive_and_a_block_counts_its_first() {
    let text = with_line_before(ACCOUNT_ITEM, "        # amp:ignore[destination-exists]\n");
    assert_eq!(Validator::new().validate(&text).silenced, 0);
    let text = with_line_before(
        ACCOUNT_ITEM,
        "        # why: the destination is made by our setup script\n        # amp:ignore[unknown-key]\n        # amp:ignore[destination-exists]",
    );
    assert_eq!(
        Validator::new().validate(&text).silenced,
        0,
        "only the block's first directive counts"
    );
}

#[test]
fn strict_mode_counts_what_is_left() {
    let report = Validator::new().validate(VALID);
    assert!(report.is_valid(false) && !report.is_valid(true));
    let text = format!(
        "# amp:ignore\n{}",
        VALID.replacen("integrations:", "integrations:  # amp:ignore", 1)
    );
    let report = Validator::new().validate(&text);
    assert_eq!((report.silenced, report.problems.len()), (3, 0));
    assert!(report.is_valid(true));
}

#[test]
fn an_unknown_rule_name_is_a_warning_at_the_directive() {
    let text = with_line_before(ACCOUNT_ITEM, "        # amp:ignore[destination-exist]");
    let report = Validator::new().validate(&text);
    let line = 1 + text
        .lines()
        .position(|l| l.contains("destination-exist]"))
        .unwrap();
    let unknown = report
        .warnings()
        .find(|p| p.rule.id == "unknown-directive-rule")
        .unwrap();
    assert_eq!((unknown.position.line, unknown.position.column), (line, 9));
    assert!(unknown.message.contains("`destination-exist`"), "{unknown}");
    assert_eq!(report.silenced, 0);
}
