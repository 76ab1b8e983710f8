//! Why the client could not be generated, with the place in the spec where that is known.

use ampersand_spec::{SpecError, SpecErrors};

/// A failure of the generation pipeline.
///
/// ```
/// let e = ampersand_codegen::CodegenError::Unsupported {
///     pointer: "/paths/~1a/get/responses/200".into(),
///     construct: "success responses of different types".into(),
/// };
/// assert_eq!(
///     e.to_string(),
///     "#/paths/~1a/get/responses/200: the preparation step does not support success \
///      responses of different types"
/// );
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CodegenError {
    /// The spec directory does not load or check.
    #[error("the spec does not check:\n{0}")]
    Spec(#[from] SpecErrors),
    /// The spec cannot be bundled into one document.
    #[error(transparent)]
    Bundle(#[from] SpecError),
    /// A construct the preparation step does not know, at a JSON pointer of the bundle.
    #[error("#{pointer}: the preparation step does not support {construct}")]
    Unsupported {
        /// JSON pointer into the bundled document (the same as in `api/api.yaml` for paths).
        pointer: String,
        /// What was found.
        construct: String,
    },
    /// The prepared document is not OpenAPI 3.0 as progenitor reads it.
    #[error("the prepared document is not OpenAPI 3.0 as progenitor reads it: {0}")]
    NotOpenApi(#[source] serde_json::Error),
    /// Progenitor reported an error.
    #[error("progenitor: {0}")]
    Progenitor(String),
    /// Progenitor panicked; `place` names the operation that fails on its own, when one does.
    #[error("progenitor panicked{}: {message}", place.as_deref().map(|p| format!(" on {p}")).unwrap_or_default())]
    Generator {
        /// The operation and its pointer, when one was found to blame.
        place: Option<String>,
        /// The panic message.
        message: String,
    },
    /// The generated tokens are not valid Rust (a generator bug).
    #[error("generated code does not parse: {0}")]
    Tokens(#[source] syn::Error),
    /// A pass over the generated types found something it cannot handle.
    #[error("generated type {type_name}: {message}")]
    Pass {
        /// The generated type.
        type_name: String,
        /// What is wrong.
        message: String,
    },
}
