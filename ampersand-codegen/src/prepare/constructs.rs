//! The JSON Schema constructs the generator takes, and the dialect patterns it rewrites.

use serde_json::Value;

use super::{each_schema_mut, is_error_status, operations_mut, responses_mut};
use crate::CodegenError;

/// Every `pattern` of the document is in the syntax regress (ECMAScript, what JSON Schema
/// means) and regex-lite (what the client checks it with) read alike
/// ([`crate::passes::patterns::common_dialect`]); the first that is not is an error naming its
/// place.
///
/// ```
/// let mut doc = serde_json::json!({"components": {"schemas": {"Name": {"type": "string", "pattern": "^\\s+$"}}}});
/// let e = ampersand_codegen::prepare::common_dialect_patterns(&mut doc).unwrap_err();
/// assert!(e.to_string().starts_with("#/components/schemas/Name: "), "{e}");
/// ```
pub fn common_dialect_patterns(doc: &mut Value) -> Result<(), CodegenError> {
    let mut first = None;
    each_schema_mut(doc, &mut |at, object| {
        let Some(pattern) = object.get("pattern").and_then(Value::as_str) else {
            return;
        };
        if let (None, Err(why)) = (&first, crate::passes::patterns::common_dialect(pattern)) {
            first = Some(unsupported(
                at,
                &format!(
                    "the pattern {pattern:?}, which {why}: regex-lite might read it otherwise \
                     than ECMAScript (extend passes::patterns::common_dialect once both are \
                     known to agree)"
                ),
            ));
        }
    });
    first.map_or(Ok(()), Err)
}

/// Refuses what progenitor cannot generate: more than one success type, a request body that
/// is not JSON, a JSON body without a schema or with an `encoding`. (A success body of another
/// media type, such as oauthConnect's `text/plain` URL, is fine: progenitor hands it back as a
/// byte stream.)
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"post": {"requestBody": {"content": {"text/csv": {}}}, "responses": {}}}}});
/// let err = ampersand_codegen::prepare::supported_constructs(&mut doc).unwrap_err();
/// assert!(err.to_string().contains("a request body of media type text/csv"));
/// ```
pub fn supported_constructs(doc: &mut Value) -> Result<(), CodegenError> {
    for (at, op) in operations_mut(doc) {
        let request_content = op.get("requestBody").and_then(|b| b.get("content"));
        if let Some(content) = request_content.and_then(Value::as_object) {
            for media in content.keys() {
                if media != "application/json" {
                    return Err(unsupported(
                        &format!("{at}/requestBody"),
                        &format!("a request body of media type {media}"),
                    ));
                }
            }
        }
        let Some(responses) = responses_mut(op) else {
            return Err(unsupported(&at, "an operation without responses"));
        };
        let mut success_types: Vec<Option<&Value>> = Vec::new();
        for (code, response) in responses.iter() {
            if is_error_status(code) {
                continue;
            }
            let content = response.get("content").and_then(Value::as_object);
            if content.is_some_and(|c| c.len() > 1) {
                return Err(unsupported(
                    &format!("{at}/responses/{code}"),
                    "a success response with several media types",
                ));
            }
            if let Some(json) = content.and_then(|c| c.get("application/json"))
                && (json.get("schema").is_none() || json.get("encoding").is_some())
            {
                return Err(unsupported(
                    &format!("{at}/responses/{code}"),
                    "a JSON body without a schema, or with an encoding",
                ));
            }
            let schema = content
                .and_then(|c| c.values().next())
                .and_then(|b| b.get("schema"));
            if !success_types.contains(&schema) {
                success_types.push(schema);
            }
        }
        if success_types.len() > 1 {
            return Err(unsupported(
                &format!("{at}/responses"),
                "success responses of different types",
            ));
        }
    }
    Ok(())
}

pub(super) fn unsupported(pointer: &str, construct: &str) -> CodegenError {
    CodegenError::Unsupported {
        pointer: pointer.into(),
        construct: construct.into(),
    }
}
