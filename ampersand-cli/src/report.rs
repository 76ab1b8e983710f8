//! Problems printed as a person, a program or GitHub Actions reads them.
//!
//! - `text`: `file:line:col: error[rule-id]: path: message`, a `help:` line with a suggestion,
//!   then a summary per file (as ruff and clippy print).
//! - `json`: one array of every problem of every file, each with every field.
//! - `github`: workflow commands (`::error file=…,line=…,col=…,title=rule-id::…`), which
//!   annotate the pull request's diff.

use std::fmt::Write as _;

use ampersand_ext::manifest::{Problem, Report, printable};
use clap::ValueEnum;
use serde_json::json;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// `file:line:col: error[rule]: path: message`.
    Text,
    /// One JSON array of problems.
    Json,
    /// GitHub Actions annotations.
    Github,
}

/// The output of `reports` (each file's name and report) in `format`.
pub(crate) fn render(format: Format, reports: &[(String, Report)]) -> String {
    let mut out = String::new();
    match format {
        Format::Text => {
            for (file, report) in reports {
                for p in &report.problems {
                    let _ = writeln!(out, "{}:{p}", printable(file));
                    if let Some(help) = &p.suggestion {
                        let _ = writeln!(out, "  help: {}", printable(help));
                    }
                }
                let _ = writeln!(out, "{}: {}", printable(file), summary(report));
            }
        }
        Format::Json => {
            let all: Vec<serde_json::Value> = reports
                .iter()
                .flat_map(|(file, report)| {
                    report.problems.iter().map(move |p| problem_json(file, p))
                })
                .collect();
            out = serde_json::to_string_pretty(&all).unwrap_or_default();
            out.push('\n');
        }
        Format::Github => {
            for (file, report) in reports {
                for p in &report.problems {
                    let mut message = match p.path.is_empty() {
                        true => p.message.clone(),
                        false => format!("{}: {}", p.path, p.message),
                    };
                    if let Some(help) = &p.suggestion {
                        message.push_str(&format!("\nhelp: {help}"));
                    }
                    let _ = writeln!(
                        out,
                        "::{} file={},line={},col={},title={}::{}",
                        p.severity,
                        property(file),
                        p.position.line,
                        p.position.column,
                        property(p.rule.id),
                        data(&message)
                    );
                }
            }
        }
    }
    out
}

/// Every rule, a line each: `id  check  severity  summary`.
pub(crate) fn rules() -> String {
    let rules = ampersand_ext::manifest::rules::RULES;
    let id = rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let check = rules.iter().map(|r| r.check.len()).max().unwrap_or(0);
    rules
        .iter()
        .map(|r| {
            format!(
                "{:id$}  {:check$}  {:7}  {}\n",
                r.id, r.check, r.severity, r.summary
            )
        })
        .collect()
}

/// `2 errors, 1 warning (3 silenced)`, or `valid`.
fn summary(report: &Report) -> String {
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let mut text = match (errors, warnings) {
        (0, 0) => "valid".to_string(),
        (0, w) => format!("valid, {}", plural(w, "warning")),
        (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
    };
    if report.silenced > 0 {
        text.push_str(&format!(" ({} silenced)", report.silenced));
    }
    text
}

/// One problem with every field.
pub(crate) fn problem_json(file: &str, p: &Problem) -> serde_json::Value {
    json!({
        "file": file,
        "line": p.position.line,
        "column": p.position.column,
        "severity": p.severity.as_str(),
        "rule": p.rule.id,
        "check": p.rule.check,
        "path": p.path,
        "message": p.message,
        "suggestion": p.suggestion,
    })
}

/// A workflow command's message, escaped as GitHub reads it.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value, escaped as GitHub reads it.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}
