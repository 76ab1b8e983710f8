//! The integration manifest, `amp.yaml`: its types, generated from the spec's
//! `manifest/manifest.yaml` like every other type (each with a builder), read from and
//! written to YAML, and checked with the line and column of every problem.
//!
//! ```
//! use ampersand_client::manifest::{Manifest, ProblemKind};
//!
//! let text = "\
//! specVersion: 1.0.0
//! integrations:
//!   - name: crm
//!     provider: salesforce
//!     read:
//!       objects:
//!         - objectName: account
//!           destination: accountWebhook
//!           schedule: '*/15 * * *'
//! ";
//! let problems = Manifest::validate_yaml(text);
//! assert_eq!(problems.len(), 1);
//! assert_eq!(problems[0].kind, ProblemKind::Schedule);
//! assert_eq!((problems[0].position.line, problems[0].position.column), (9, 21));
//! assert_eq!(problems[0].path, "integrations[0].read.objects[0].schedule");
//!
//! let manifest = Manifest::from_yaml(text)?;
//! assert_eq!(manifest.integrations[0].provider, "salesforce");
//! assert_eq!(Manifest::from_yaml(&manifest.to_yaml()?)?, manifest);
//! # Ok::<(), ampersand_client::manifest::ManifestError>(())
//! ```
//!
//! What is checked: the schemas as the spec writes them (a missing required key, a value of
//! the wrong type, outside its enum or its minimum and maximum), and the rules they cannot
//! say: names and fields given once, a `schedule` that is a cron expression, a backfill of
//! `days` or `fullHistory`. A key the schemas do not know is a warning (with the known key it
//! is nearest to) and is kept: reading and writing a manifest loses nothing.

mod check;
mod yaml;

use std::fmt;
use std::sync::OnceLock;

pub use crate::generated::manifest::*;

/// A place in the YAML text: line and column, both from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column, in characters, from 1.
    pub column: usize,
}

/// How bad a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// The manifest is not valid.
    Error,
    /// Valid, but probably not what was meant (a key the schema does not know, a deprecated
    /// one).
    Warning,
}

/// What a [`Problem`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProblemKind {
    /// Not readable YAML (or more than one document, or nested or aliased beyond the limits).
    Syntax,
    /// A key given twice in one mapping.
    DuplicateKey,
    /// A required key is missing.
    MissingKey,
    /// A value of another type than the schema's.
    WrongType,
    /// A value outside the schema's `enum`.
    NotInEnum,
    /// A value outside its `minimum`/`maximum` (or a length or count outside its bounds).
    OutOfRange,
    /// A string that does not match the schema's `pattern`.
    Pattern,
    /// A value that fits none of the forms (`oneOf`) the schema allows.
    NoAlternative,
    /// A key the schema does not list (a warning: it is kept).
    UnknownKey,
    /// A key the schema marks deprecated (a warning).
    Deprecated,
    /// Two integrations, or two objects of one section, with the same name.
    DuplicateName,
    /// A field named twice in an object's field lists, two fields mapped to one name, or a
    /// value listed twice.
    DuplicateField,
    /// A `schedule` that is not a cron expression.
    Schedule,
    /// A backfill with both `days` and `fullHistory`.
    Backfill,
    /// An issue of the service's answer to a deploy (placed where its name points).
    Service,
}

/// One problem of a manifest: where (line, column and path), what and how bad.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// Where the offending node starts (for a missing key, the mapping that lacks it).
    pub position: Position,
    /// Its path in the manifest: `integrations[0].read.objects[2].schedule` (empty for the
    /// whole document).
    pub path: String,
    /// What it is about.
    pub kind: ProblemKind,
    /// An error or a warning.
    pub severity: Severity,
    /// What is wrong, for a person.
    pub message: String,
}

impl Problem {
    fn error(position: Position, path: String, kind: ProblemKind, message: String) -> Problem {
        Problem {
            position,
            path,
            kind,
            severity: Severity::Error,
            message,
        }
    }

    /// Whether this makes the manifest invalid (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    /// `line:column: path: message`, with `warning: ` before the path of a warning.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.position.line, self.position.column)?;
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&crate::redact::escape_controls(&self.message))
    }
}

/// A manifest that could not be read (or, from [`crate::Error::manifest_problems`], was
/// refused): every problem found, in the order of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestError {
    problems: Vec<Problem>,
}

impl ManifestError {
    /// Every problem, errors and warnings, in the order of the text.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The problems that are errors.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.errors().count();
        match self.errors().next() {
            Some(first) if errors > 1 => {
                write!(f, "invalid manifest: {first} (and {} more)", errors - 1)
            }
            Some(first) => write!(f, "invalid manifest: {first}"),
            None => f.write_str("invalid manifest"),
        }
    }
}

impl std::error::Error for ManifestError {}

impl From<ManifestError> for crate::Error {
    /// A manifest refused before it was sent: [`crate::ErrorKind::InvalidRequest`], its
    /// problems in [`crate::Error::manifest_problems`].
    fn from(e: ManifestError) -> crate::Error {
        crate::Error::invalid_request(e.to_string()).with_source(e)
    }
}

impl crate::Error {
    /// The problems of a manifest, for an error about one: a manifest refused before it was
    /// sent, or the service's issues placed in the YAML that was sent (see
    /// [`crate::Error::with_manifest_problems`]).
    pub fn manifest_problems(&self) -> Option<&[Problem]> {
        self.facts_source()?
            .downcast_ref::<ManifestError>()
            .map(ManifestError::problems)
    }

    /// This error of a deploy, with the service's issues that name a place in the manifest
    /// (`integrations[0].read`, `/integrations/0/read`, either after `sourceYaml`) placed at
    /// their line and column in `sent`, the YAML that was sent; in
    /// [`crate::Error::manifest_problems`]. An error without such issues is returned as it
    /// is.
    pub fn with_manifest_problems(self, sent: &str) -> crate::Error {
        let Ok((root, _)) = yaml::parse(sent) else {
            return self;
        };
        let problems: Vec<Problem> = self
            .issues()
            .iter()
            .filter_map(|issue| {
                let name = issue.name.as_deref()?;
                let (position, path) = locate(&root, name)?;
                let message = issue
                    .detail
                    .clone()
                    .or_else(|| issue.title.clone())
                    .unwrap_or_else(|| "refused by the service".into());
                Some(Problem::error(
                    position,
                    path,
                    ProblemKind::Service,
                    message,
                ))
            })
            .collect();
        if problems.is_empty() || self.facts_source().is_some() {
            return self;
        }
        self.with_source(ManifestError { problems })
    }
}

/// Where the node at `path` (`integrations[0].read`, or a JSON pointer) starts in `text`, or
/// its nearest ancestor there: to place a problem found in one copy of a manifest (the YAML a
/// deploy sent) in another (the file it was read from).
///
/// ```
/// let text = "specVersion: 1.0.0\nintegrations:\n  - name: crm\n";
/// let at = ampersand_client::manifest::position_of(text, "integrations[0].name").unwrap();
/// assert_eq!((at.line, at.column), (3, 11));
/// ```
pub fn position_of(text: &str, path: &str) -> Option<Position> {
    let (root, _) = yaml::parse(text).ok()?;
    locate(&root, path).map(|(at, _)| at)
}

/// The node an issue's name points to (its nearest ancestor in `root` if the rest is not
/// there): its position and path. `None` unless the name starts at a key of the root.
fn locate(root: &yaml::Node, name: &str) -> Option<(Position, String)> {
    let name = name
        .trim()
        .trim_start_matches('/')
        .trim_start_matches("sourceYaml")
        .trim_start_matches(['.', '/']);
    let segments: Vec<String> = if name.contains('/') {
        name.split('/')
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
            .collect()
    } else {
        name.split(['.', '['])
            .map(|s| s.trim_end_matches(']').to_string())
            .filter(|s| !s.is_empty())
            .collect()
    };
    let mut node = root;
    let mut path = String::new();
    let mut found = false;
    for segment in &segments {
        let next = match &node.value {
            yaml::Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.text == *segment)
                .map(|(k, v)| (v, check::join(&path, &k.text))),
            yaml::Value::Seq(items) => segment
                .parse::<usize>()
                .ok()
                .and_then(|i| items.get(i).map(|v| (v, format!("{path}[{i}]")))),
            _ => None,
        };
        match next {
            Some((n, p)) => {
                node = n;
                path = p;
                found = true;
            }
            None => break,
        }
    }
    found.then_some((node.at, path))
}

/// The manifest's schemas, parsed once.
fn schemas() -> &'static serde_json::Map<String, serde_json::Value> {
    static SCHEMAS: OnceLock<serde_json::Map<String, serde_json::Value>> = OnceLock::new();
    SCHEMAS.get_or_init(|| serde_json::from_str(SCHEMA).unwrap_or_default())
}

/// The name of the root schema in [`SCHEMA`].
const ROOT: &str = "Manifest";

/// Every problem of `text`, sorted by position.
fn problems_of(text: &str) -> (Option<serde_json::Value>, Vec<Problem>) {
    let (root, mut problems) = match yaml::parse(text) {
        Ok(parsed) => parsed,
        Err(problem) => return (None, vec![problem]),
    };
    let checked = check::check(&root, schemas(), ROOT);
    problems.extend(checked.problems);
    problems.sort_by_key(|p| p.position);
    (Some(checked.json), problems)
}

impl Manifest {
    /// Reads a manifest from YAML. It fails when the text is not YAML, or not of the
    /// manifest's shape (a missing `specVersion`, a list where an object goes); the error
    /// holds every problem found. The other rules ([`Manifest::validate_yaml`]) are not
    /// applied: a manifest with a bad schedule reads, to be fixed. Keys the schema does not
    /// know are kept, in `unknown_fields`, and written back by [`Manifest::to_yaml`].
    pub fn from_yaml(text: &str) -> Result<Manifest, ManifestError> {
        let (json, problems) = problems_of(text);
        let Some(json) = json else {
            return Err(ManifestError { problems });
        };
        let shape_errors = |problems: &[Problem]| {
            problems.iter().any(|p| {
                p.is_error()
                    && matches!(
                        p.kind,
                        ProblemKind::MissingKey
                            | ProblemKind::WrongType
                            | ProblemKind::NoAlternative
                            | ProblemKind::DuplicateKey
                    )
            })
        };
        if shape_errors(&problems) {
            return Err(ManifestError { problems });
        }
        serde_json::from_value(json).map_err(|e| {
            let mut problems = problems;
            problems.push(Problem::error(
                Position { line: 1, column: 1 },
                String::new(),
                ProblemKind::WrongType,
                format!("not a manifest: {e}"),
            ));
            ManifestError { problems }
        })
    }

    /// The manifest as YAML: keys in the spec's order (`specVersion` first), unknown keys
    /// after the known ones. [`Manifest::from_yaml`] reads it back to the same value.
    pub fn to_yaml(&self) -> Result<String, ManifestError> {
        let failed = |e: String| ManifestError {
            problems: vec![Problem::error(
                Position { line: 1, column: 1 },
                String::new(),
                ProblemKind::WrongType,
                format!("cannot write the manifest as YAML: {e}"),
            )],
        };
        let json = serde_json::to_value(self).map_err(|e| failed(e.to_string()))?;
        let root = serde_json::json!({ "$ref": format!("#/components/schemas/{ROOT}") });
        let json = check::ordered(json, &root, schemas());
        serde_norway::to_string(&json).map_err(|e| failed(e.to_string()))
    }

    /// Every problem of the manifest in `text`, errors and warnings, sorted by position; no
    /// error means it is valid. A YAML syntax error is the one problem, at its place.
    pub fn validate_yaml(text: &str) -> Vec<Problem> {
        problems_of(text).1
    }

    /// The manifest as YAML ([`Manifest::to_yaml`]) when it is valid; else every problem
    /// (positions in that YAML), warnings included. What a deploy sends.
    pub fn checked_yaml(&self) -> Result<String, ManifestError> {
        let text = self.to_yaml()?;
        let problems = Manifest::validate_yaml(&text);
        if problems.iter().any(Problem::is_error) {
            return Err(ManifestError { problems });
        }
        Ok(text)
    }

    /// Every problem of this manifest ([`Manifest::validate_yaml`] of its
    /// [`Manifest::to_yaml`], whose lines the positions refer to).
    pub fn validate(&self) -> Vec<Problem> {
        match self.to_yaml() {
            Ok(text) => Manifest::validate_yaml(&text),
            Err(e) => e.problems,
        }
    }
}
