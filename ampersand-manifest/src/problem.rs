//! What a check finds: a [`Problem`] (rule, severity, message, suggestion, path, position),
//! and the [`Report`] of one file.

use std::fmt;

use crate::rules::Rule;

/// A place in the YAML text: line and column, both from 1 (0 and 0 when the file has no
/// node to point at).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column, in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The place at `line` and `column`.
    pub fn new(line: usize, column: usize) -> Position {
        Position { line, column }
    }
}

/// How bad a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// The manifest must not be deployed as it is.
    Error,
    /// Deployable, but something may fail or behave poorly at run time (or a rule of the
    /// spec the service does not enforce). Fails only in strict mode; can be silenced with
    /// `# amp:ignore`.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem of a manifest: which rule, how bad, what, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// The rule broken: its [`Rule::id`] is the name the service's validator prints (what
    /// `# amp:ignore[…]` names).
    pub rule: &'static Rule,
    /// An error or a warning (the rule's severity, except where a problem says otherwise).
    pub severity: Severity,
    /// What is wrong, for a person.
    pub message: String,
    /// How to fix it, where one helps.
    pub suggestion: Option<String>,
    /// Its path in the manifest: `integrations[0].read.objects[1].schedule` (empty for the
    /// whole document). For a missing key, the path of the key.
    pub path: String,
    /// Where the node at `path` starts (for a missing key, its nearest ancestor in the file;
    /// for an unknown key, the key itself).
    pub position: Position,
}

impl Problem {
    /// A problem of `rule` at `path` and `position`, with the rule's severity.
    pub(crate) fn new(
        rule: &'static Rule,
        path: impl Into<String>,
        position: Position,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            rule,
            severity: rule.severity,
            message: message.into(),
            suggestion: None,
            path: path.into(),
            position,
        }
    }

    /// With a suggestion.
    pub(crate) fn suggest(&mut self, suggestion: impl Into<String>) -> &mut Problem {
        self.suggestion = Some(suggestion.into());
        self
    }

    /// Whether this makes the manifest invalid.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    /// `line:column: error[rule-id]: path: message`, the text escaped of control characters.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}[{}]: ",
            self.position.line, self.position.column, self.severity, self.rule.id
        )?;
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&printable(&self.message))
    }
}

/// `text` with control characters (a newline, an escape, a bidirectional override) written
/// as escapes, so that a manifest's text cannot forge an output line or drive a terminal.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if c.is_control() || bidi {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The result of validating one file: every problem left after the directives, sorted by
/// position, and how many warnings `# amp:ignore` silenced.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Report {
    /// Errors and warnings, in the order of the text.
    pub problems: Vec<Problem>,
    /// Warnings silenced by a directive (not in `problems`).
    pub silenced: usize,
}

impl Report {
    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.is_error())
    }

    /// Valid: no error, and in `strict` mode no warning either (silenced ones do not count).
    pub fn is_valid(&self, strict: bool) -> bool {
        match strict {
            true => self.problems.is_empty(),
            false => self.errors().next().is_none(),
        }
    }
}
