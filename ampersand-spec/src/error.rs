//! What can be wrong with a spec directory, each case naming the file and where in it.

use std::fmt;
use std::path::PathBuf;

/// One problem found while loading or checking a spec directory.
///
/// Every variant names the file (relative to the spec root) and the place in it: a line and
/// column for syntax errors, a JSON pointer for everything found after parsing.
///
/// ```
/// use ampersand_spec::SpecError;
///
/// let e = SpecError::DanglingRef {
///     file: "api/api.yaml".into(),
///     pointer: "/paths/~1projects/get/responses/200".into(),
///     reference: "#/components/schemas/Nope".into(),
///     reason: "no `Nope` under /components/schemas".into(),
/// };
/// assert!(e.to_string().contains("api/api.yaml"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SpecError {
    /// The file could not be read.
    #[error("{file}: cannot read: {source}", file = .file.display())]
    Read {
        /// The file, as given or relative to the spec root.
        file: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid YAML.
    #[error("{file}:{line}:{column}: invalid YAML: {message}")]
    Syntax {
        /// The file, relative to the spec root.
        file: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What the YAML parser said.
        message: String,
    },
    /// The file parses but is not an OpenAPI 3.0 document.
    #[error("{file}: not an OpenAPI 3.0 document: {message}")]
    NotOpenApi {
        /// The file, relative to the spec root.
        file: String,
        /// What is missing or wrong.
        message: String,
    },
    /// A `$ref` does not resolve.
    #[error("{file}#{pointer}: $ref {reference:?} does not resolve: {reason}")]
    DanglingRef {
        /// The file holding the `$ref`, relative to the spec root.
        file: String,
        /// JSON pointer of the object holding the `$ref`.
        pointer: String,
        /// The reference as written.
        reference: String,
        /// Why it does not resolve.
        reason: String,
    },
    /// An operation has no `operationId` (every generated method needs one).
    #[error("{file}#{pointer}: operation {method} {path} has no operationId")]
    MissingOperationId {
        /// The file, relative to the spec root.
        file: String,
        /// JSON pointer of the operation.
        pointer: String,
        /// HTTP method, upper case.
        method: String,
        /// Path template.
        path: String,
    },
    /// Two operations share an `operationId`.
    #[error(
        "{file}#{pointer}: operationId {operation_id:?} of {second} is already used by {first}"
    )]
    DuplicateOperationId {
        /// The file, relative to the spec root.
        file: String,
        /// JSON pointer of the second operation.
        pointer: String,
        /// The shared id.
        operation_id: String,
        /// `METHOD /path` of the first operation with this id.
        first: String,
        /// `METHOD /path` of the second one.
        second: String,
    },
    /// A `$ref` into a sibling file that [`Spec::bundle`](crate::Spec::bundle) cannot inline.
    #[error("{file}#{pointer}: cannot bundle $ref {reference:?}: {reason}")]
    Unbundlable {
        /// The file holding the `$ref`, relative to the spec root.
        file: String,
        /// JSON pointer of the object holding the `$ref`.
        pointer: String,
        /// The reference as written.
        reference: String,
        /// Why it cannot be inlined.
        reason: String,
    },
}

/// Every problem found in a spec directory (never empty).
///
/// `Display` prints one problem a line, so a maintainer sees them all at once.
///
/// ```
/// use ampersand_spec::{SpecError, SpecErrors};
///
/// let errs = SpecErrors::from(vec![SpecError::NotOpenApi {
///     file: "api/api.yaml".into(),
///     message: "no `openapi` version".into(),
/// }]);
/// assert_eq!(errs.len(), 1);
/// assert!(errs.to_string().starts_with("api/api.yaml: not an OpenAPI 3.0 document"));
/// ```
#[derive(Debug)]
pub struct SpecErrors(Vec<SpecError>);

impl SpecErrors {
    /// The problems, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &SpecError> {
        self.0.iter()
    }

    /// How many problems were found.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: a `SpecErrors` holds at least one problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<SpecError>> for SpecErrors {
    fn from(v: Vec<SpecError>) -> Self {
        SpecErrors(v)
    }
}

impl IntoIterator for SpecErrors {
    type Item = SpecError;
    type IntoIter = std::vec::IntoIter<SpecError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl fmt::Display for SpecErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecErrors {}
