//! Bad input is a problem at a place, never a panic: syntax, the wrong shape, bytes that are
//! not UTF-8, aliases without bound, a 10 MB file; and mutated manifests never panic (a few
//! thousand by default, `AMPERSAND_FUZZ_CASES=100000` for the large run).

mod mutate;

use ampersand_manifest::{Manifest, Report, Validator};
use mutate::{fixture, fixtures};

/// The file's rules only.
fn validate(text: &str) -> Report {
    Validator::new().skip_risk().validate(text)
}

#[test]
fn bad_input_is_a_problem_at_a_place_never_a_panic() {
    // YAML syntax: one problem, where the unterminated string starts
    let text = "specVersion: 1.0.0\nintegrations:\n  - name: \"unterminated\n    provider: p\n";
    let report = validate(text);
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert_eq!(
        (report.problems[0].rule.id, report.problems[0].position.line),
        ("yaml-syntax", 3)
    );
    let e = Manifest::from_yaml(text).unwrap_err();
    assert!(e.to_string().starts_with("invalid manifest: 3:"), "{e}");
    // an empty file: nothing it needs is there
    let checks: Vec<&str> = validate("").problems.iter().map(|p| p.rule.check).collect();
    assert_eq!(checks, ["spec-version", "integrations-required"]);
    // a list where a mapping belongs
    let report = validate("- a\n");
    assert_eq!(
        report
            .problems
            .iter()
            .map(|p| p.rule.id)
            .collect::<Vec<_>>(),
        ["invalid-type"]
    );
    let report = validate(
        "specVersion: 1.0.0\nintegrations:\n  - name: a\n    provider: salesforce\n    read: [1]\n",
    );
    let p = report
        .errors()
        .find(|p| p.rule.id == "invalid-type")
        .unwrap();
    assert_eq!(
        (p.path.as_str(), p.position.line),
        ("integrations[0].read", 5)
    );
    // bytes that are not UTF-8, placed
    let mut bytes = b"specVersion: 1.0.0\nintegrations:\n  - name: ab".to_vec();
    bytes.push(0xff);
    let report = Validator::new().validate_bytes(&bytes);
    let p = &report.problems[0];
    assert_eq!(
        (p.rule.id, p.position.line, p.position.column),
        ("yaml-syntax", 3, 13)
    );
    // a billion laughs does not expand without bound
    let mut laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n".to_string();
    for c in b'b'..=b'j' {
        let prev = (c - 1) as char;
        let c = c as char;
        laughs += &format!(
            "{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        );
    }
    let report = validate(&laughs);
    assert_eq!(report.problems[0].rule.id, "yaml-syntax");
    assert!(
        report.problems[0].message.contains("aliases"),
        "{}",
        report.problems[0]
    );
    // a 10 MB file: read, judged
    let mut big = fixture("read.yaml");
    while big.len() < 10 << 20 {
        big.push_str("# padding: a manifest with a long comment block at its end ..............................\n");
    }
    assert!(validate(&big).is_valid(false));
    // larger than any manifest: refused whole
    let huge = " ".repeat(ampersand_manifest::MAX_BYTES + 1);
    assert_eq!(validate(&huge).problems[0].rule.id, "yaml-syntax");
    // nesting without end
    let deep = "a: ".to_string() + &"[".repeat(10_000);
    assert_eq!(validate(&deep).problems[0].rule.id, "yaml-syntax");
}

/// A mutation of `text`: bytes dropped, repeated or replaced with YAML's own characters, lines
/// swapped or cut.
fn mutated(text: &str, rng: &mut fastrand::Rng) -> String {
    const ALPHABET: &[u8] = b" \n\t:-[]{}#&*!|>'\"%@`,?0a~\\";
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..rng.usize(1..4) {
        if bytes.is_empty() {
            break;
        }
        let i = rng.usize(..bytes.len());
        match rng.u8(..6) {
            0 => {
                bytes.remove(i);
            }
            1 => bytes.insert(i, ALPHABET[rng.usize(..ALPHABET.len())]),
            2 => bytes[i] = ALPHABET[rng.usize(..ALPHABET.len())],
            3 => bytes.truncate(i),
            4 => {
                let j = rng.usize(..bytes.len());
                let (a, b) = (i.min(j), i.max(j));
                let piece = bytes[a..b].to_vec();
                bytes.splice(a..a, piece);
            }
            _ => {
                let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
                let (a, b) = (rng.usize(..lines.len()), rng.usize(..lines.len()));
                let mut lines: Vec<Vec<u8>> = lines.into_iter().map(<[u8]>::to_vec).collect();
                lines.swap(a, b);
                bytes = lines.join(&b'\n');
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Mutated manifests: `AMPERSAND_FUZZ_CASES` of them (3,000 by default; the large run is
/// `AMPERSAND_FUZZ_CASES=100000 cargo test -p ampersand-manifest --release --test bad_input`),
/// with `AMPERSAND_FUZZ_SEED` to replay one run.
#[test]
fn mutated_manifests_never_panic() {
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let cases = env("AMPERSAND_FUZZ_CASES", 3_000) as usize;
    let seed = env("AMPERSAND_FUZZ_SEED", 28);
    let fixtures = fixtures();
    let mut rng = fastrand::Rng::with_seed(seed);
    let (mut invalid, mut unreadable) = (0, 0);
    for n in 0..cases {
        let (_, text) = &fixtures[n % fixtures.len()];
        let text = mutated(text, &mut rng);
        let report = Validator::new().validate(&text);
        if !report.is_valid(false) {
            invalid += 1;
        }
        if report.problems.iter().any(|p| p.rule.id == "yaml-syntax") {
            unreadable += 1;
            assert_eq!(report.problems.len(), 1, "{text}");
        }
        for p in &report.problems {
            assert!(
                p.position.line >= 1 && p.position.column >= 1,
                "{p:?}\n{text}"
            );
            assert!(!p.message.is_empty());
        }
        if n % 10 == 0
            && let Ok(m) = Manifest::from_yaml(&text)
        {
            let written = m.to_yaml().unwrap();
            assert_eq!(Manifest::from_yaml(&written).unwrap(), m, "{text}");
        }
    }
    // the mutations reach the parser's errors and the rules'
    assert!(
        unreadable > cases / 100 && invalid > unreadable + cases / 100,
        "{invalid} {unreadable}"
    );
}
