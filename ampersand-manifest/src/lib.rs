//! The Ampersand integration manifest, `amp.yaml`, judged as the service judges it.
//!
//! - The manifest's types, generated from the spec's `manifest/manifest.yaml` (each struct
//!   with a builder), read from YAML and written back ([`Manifest::from_yaml`],
//!   [`Manifest::to_yaml`]): keys the schema does not know are kept.
//! - [`Validator`]: every rule the service applies to the file ([`rules::RULES`]), under the
//!   names its validator prints, with the provider catalog ([`Catalog`]: the snapshot the
//!   crate carries, or a live one), `# amp:ignore` directives, and a line, column and path
//!   for every problem. It raises no error the service does not: our own stricter checks
//!   warn.
//! - [`refusal`]: the issues of a deploy the service refused, placed in the YAML sent.
//!
//! ```
//! use ampersand_manifest::{Manifest, Validator};
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
//!           schedule: '*/5 * * * *'
//! ";
//! let report = Validator::new().validate(text);
//! let error = report.errors().next().unwrap();
//! assert_eq!(error.rule.id, "schedule-minimum-interval");
//! assert_eq!((error.position.line, error.position.column), (9, 21));
//! assert_eq!(error.path, "integrations[0].read.objects[0].schedule");
//! assert!(!report.is_valid(false));
//!
//! let manifest = Manifest::from_yaml(text)?;
//! assert_eq!(manifest.integrations[0].provider, "salesforce");
//! assert_eq!(Manifest::from_yaml(&manifest.to_yaml()?)?, manifest);
//! # Ok::<(), ampersand_manifest::ManifestError>(())
//! ```

#![deny(missing_docs)]

pub mod catalog;
mod check;
mod directives;
mod problem;
pub mod rules;
mod schema;
mod service;
mod tree;
mod yaml;

use std::fmt;
use std::sync::OnceLock;

pub use catalog::{Catalog, CatalogError};
pub use problem::{Position, Problem, Report, Severity, printable};
pub use service::{position_of, refusal};

// what the generated types name as `crate::…`
use ampersand_client::UnknownFields;
mod decode {
    pub(crate) use ampersand_client::decode::null_as_default;
}

// generated: lints are for hand-written code
#[allow(
    missing_docs,
    unused_imports,
    unexpected_cfgs,
    dead_code,
    clippy::all,
    rustdoc::all
)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/manifest.rs"));
}
pub use generated::*;

/// Files larger than this are refused whole (a manifest is a few kilobytes).
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The name of the root schema in [`SCHEMA`].
const ROOT: &str = "Manifest";

/// The manifest's schemas, parsed once.
fn schemas() -> &'static serde_json::Map<String, serde_json::Value> {
    static SCHEMAS: OnceLock<serde_json::Map<String, serde_json::Value>> = OnceLock::new();
    SCHEMAS.get_or_init(|| serde_json::from_str(SCHEMA).unwrap_or_default())
}

/// What a validation runs: every rule by default, with the catalog snapshot.
#[derive(Debug, Clone, Copy)]
pub struct Validator<'c> {
    catalog: Option<&'c Catalog>,
    risk: bool,
}

impl Default for Validator<'static> {
    fn default() -> Self {
        Validator {
            catalog: Some(Catalog::snapshot()),
            risk: true,
        }
    }
}

impl Validator<'static> {
    /// Every rule, the provider rules against [`Catalog::snapshot`].
    pub fn new() -> Validator<'static> {
        Validator::default()
    }
}

impl<'c> Validator<'c> {
    /// The provider rules against `catalog` (a live one, say).
    pub fn catalog<'d>(self, catalog: &'d Catalog) -> Validator<'d> {
        Validator {
            catalog: Some(catalog),
            risk: self.risk,
        }
    }

    /// Without the provider rules (catalog, Salesforce, Google Calendar, Snowflake).
    pub fn skip_provider(mut self) -> Self {
        self.catalog = None;
        self
    }

    /// Without the run-time risk warnings (destinations, large backfills, frequent
    /// schedules).
    pub fn skip_risk(mut self) -> Self {
        self.risk = false;
        self
    }

    /// Every problem of the manifest in `text`, after its directives, in the order of the
    /// text. A file that is not one readable YAML document has the one problem that says so.
    pub fn validate(&self, text: &str) -> Report {
        if text.len() > MAX_BYTES {
            return Report::of(too_large(text.len()));
        }
        let root = match yaml::parse(text) {
            Ok(root) => root,
            Err(problem) => return Report::of(problem),
        };
        let walked = schema::check(&root, schemas(), ROOT);
        let root_is_map = matches!(root.value, yaml::Value::Map(_) | yaml::Value::Null);
        let mut problems = match root_is_map {
            true => check::run(
                &root,
                &check::Scope {
                    catalog: self.catalog,
                    risk: self.risk,
                },
            ),
            false => Vec::new(),
        };
        // the schema's view of a place a rule judged says the same again
        let judged: std::collections::HashSet<String> =
            problems.iter().map(|p| p.path.clone()).collect();
        problems.extend(
            walked
                .problems
                .into_iter()
                .filter(|p| !(std::ptr::eq(p.rule, &rules::SCHEMA) && judged.contains(&p.path))),
        );
        let (mut problems, silenced) = directives::apply(text, &root, problems);
        problems.sort_by_key(|p| (p.position, p.severity));
        Report { problems, silenced }
    }

    /// [`Validator::validate`] of a file's bytes: text that is not UTF-8 is a problem at the
    /// first byte that is not.
    pub fn validate_bytes(&self, bytes: &[u8]) -> Report {
        match std::str::from_utf8(bytes) {
            Ok(text) => self.validate(text),
            Err(e) if bytes.len() > MAX_BYTES => {
                let _ = e;
                Report::of(too_large(bytes.len()))
            }
            Err(e) => {
                let before = &bytes[..e.valid_up_to()];
                let line = before.iter().filter(|b| **b == b'\n').count() + 1;
                let start = before
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |i| i + 1);
                let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
                Report::of(Problem::new(
                    &rules::YAML_SYNTAX,
                    "",
                    Position::new(line, column),
                    "the file is not UTF-8 text",
                ))
            }
        }
    }
}

fn too_large(len: usize) -> Problem {
    Problem::new(
        &rules::YAML_SYNTAX,
        "",
        Position::new(1, 1),
        format!("the file is {len} bytes: a manifest is at most {MAX_BYTES}"),
    )
}

impl Report {
    fn of(problem: Problem) -> Report {
        Report {
            problems: vec![problem],
            silenced: 0,
        }
    }
}

/// A manifest that could not be read, or is not valid: every problem found.
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

impl Manifest {
    /// Reads a manifest from YAML, keys matched without case. It fails when the text is not
    /// YAML or not of the manifest's shape (a list where a mapping goes, a missing `name`),
    /// with every problem found. The service's rules are not applied ([`Validator`]): a
    /// manifest with a bad schedule reads, to be fixed. Keys the schema does not know are kept
    /// (`unknown_fields`) and written back by [`Manifest::to_yaml`].
    pub fn from_yaml(text: &str) -> Result<Manifest, ManifestError> {
        if text.len() > MAX_BYTES {
            return Err(ManifestError {
                problems: vec![too_large(text.len())],
            });
        }
        let root = yaml::parse(text).map_err(|p| ManifestError { problems: vec![p] })?;
        let walked = schema::check(&root, schemas(), ROOT);
        let mut problems = walked.problems;
        if problems.iter().any(Problem::is_error) {
            return Err(ManifestError { problems });
        }
        serde_json::from_value(walked.json).map_err(|e| {
            // what the decode misses is among the schema's findings (a required key): errors now
            for p in problems
                .iter_mut()
                .filter(|p| std::ptr::eq(p.rule, &rules::SCHEMA))
            {
                p.severity = Severity::Error;
            }
            if !problems.iter().any(Problem::is_error) {
                problems.push(Problem::new(
                    &rules::INVALID_TYPE,
                    "",
                    Position::new(1, 1),
                    format!("not a manifest: {e}"),
                ));
            }
            ManifestError { problems }
        })
    }

    /// The manifest as YAML: keys in the spec's order (`specVersion` first), unknown keys
    /// after the known ones. [`Manifest::from_yaml`] reads it back to the same value.
    pub fn to_yaml(&self) -> Result<String, ManifestError> {
        let failed = |e: String| ManifestError {
            problems: vec![Problem::new(
                &rules::INVALID_TYPE,
                "",
                Position::new(1, 1),
                format!("cannot write the manifest as YAML: {e}"),
            )],
        };
        let json = serde_json::to_value(self).map_err(|e| failed(e.to_string()))?;
        let root = serde_json::json!({ "$ref": format!("#/components/schemas/{ROOT}") });
        let json = schema::ordered(json, &root, schemas());
        serde_norway::to_string(&json).map_err(|e| failed(e.to_string()))
    }

    /// Every problem of this manifest ([`Validator::validate`] of its
    /// [`Manifest::to_yaml`], whose lines the positions refer to).
    pub fn validate(&self, validator: &Validator<'_>) -> Report {
        match self.to_yaml() {
            Ok(text) => validator.validate(&text),
            Err(e) => Report {
                problems: e.problems,
                silenced: 0,
            },
        }
    }

    /// The manifest as YAML ([`Manifest::to_yaml`]) when `validator` finds no error in it;
    /// else every problem (positions in that YAML). What a deploy sends.
    pub fn checked_yaml(&self, validator: &Validator<'_>) -> Result<String, ManifestError> {
        let text = self.to_yaml()?;
        let report = validator.validate(&text);
        if !report.is_valid(false) {
            return Err(ManifestError {
                problems: report.problems,
            });
        }
        Ok(text)
    }
}

// the README's examples run as doctests
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
