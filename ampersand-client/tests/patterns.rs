//! The client checks a string's `pattern` with regex-lite, where typify would use regress (an
//! ECMAScript engine, the dialect of JSON Schema). Codegen accepts only the syntax both read
//! alike (`ampersand_codegen::passes::patterns::common_dialect`); these tests hold the engines
//! to it on every pattern of the spec and on every escape the check lets through.

use std::path::Path;

use ampersand_client::types::CreateProjectBodyName;
use ampersand_codegen::passes::patterns::{ESCAPED, common_dialect};

/// Every `pattern` string in `value`.
fn patterns(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("pattern", serde_json::Value::String(p)) => out.push(p.clone()),
                    _ => patterns(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| patterns(v, out)),
        _ => {}
    }
}

fn spec_patterns() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi");
    let mut out = Vec::new();
    patterns(
        &ampersand_codegen::prepared_document(&root).unwrap(),
        &mut out,
    );
    for (_, entry) in ampersand_spec::DATA_PLANE {
        patterns(
            &ampersand_codegen::prepared_entry(&root, entry).unwrap(),
            &mut out,
        );
    }
    out.sort();
    out.dedup();
    out
}

/// Every string of up to three characters over an alphabet that has each kind the check
/// allows (letters, digits, `-`, `_`, punctuation) and some it does not (space, newline,
/// carriage return, non-ASCII), and a few longer ones.
fn haystacks() -> Vec<String> {
    let alphabet = [
        'a', 'Z', '0', '9', '-', '_', '.', '/', ' ', '\n', '\r', 'é', '\u{2028}',
    ];
    let mut out = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..3 {
        last = last
            .iter()
            .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
            .collect();
        out.extend(last.iter().cloned());
    }
    out.extend(
        [
            "my-project",
            "a-b-c-d",
            "ab",
            "-ab",
            "ab-",
            "a--b",
            "UPPER-lower-09",
            "a b",
        ]
        .map(String::from),
    );
    out
}

fn same_matches(pattern: &str, haystacks: &[String]) {
    let lite = regex_lite::Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
    let ecma = regress::Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
    for h in haystacks {
        assert_eq!(
            lite.find(h).is_some(),
            ecma.find(h).is_some(),
            "{pattern:?} on {h:?}"
        );
    }
}

#[test]
fn every_pattern_of_the_spec_matches_alike_in_regex_lite_and_regress() {
    let found = spec_patterns();
    assert!(
        !found.is_empty(),
        "the spec has patterns (a project's name)"
    );
    let haystacks = haystacks();
    for pattern in &found {
        assert_eq!(common_dialect(pattern), Ok(()), "{pattern}");
        same_matches(pattern, &haystacks);
    }
}

#[test]
fn every_escape_the_check_allows_matches_alike_in_and_out_of_a_class() {
    let mut haystacks = haystacks();
    haystacks.extend(ESCAPED.chars().map(String::from));
    for c in ESCAPED.chars() {
        for pattern in [format!("\\{c}"), format!("[\\{c}]"), format!("^a\\{c}+$")] {
            assert_eq!(common_dialect(&pattern), Ok(()), "{pattern}");
            same_matches(&pattern, &haystacks);
        }
    }
}

#[test]
fn a_project_name_is_checked_against_its_pattern() {
    for ok in ["my-project", "ab", "A1-b2"] {
        let name = CreateProjectBodyName::try_from(ok).unwrap();
        assert_eq!(name.as_str(), ok);
    }
    for bad in ["-ab", "ab-", "a_b", "a b"] {
        let e = CreateProjectBodyName::try_from(bad)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("doesn't match pattern"), "{bad}: {e}");
    }
    let e = serde_json::from_str::<CreateProjectBodyName>("\"my project\"").unwrap_err();
    assert!(e.to_string().starts_with("doesn't match pattern"), "{e}");
}
