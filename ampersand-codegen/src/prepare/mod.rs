//! The preparation step: small, named rewrites of the bundled spec into what progenitor and
//! typify accept. Each rule says why it exists; [`RULES`] lists them in the order they run.
//!
//! The rules change how the document is *typed*, never what the service accepts: paths,
//! parameters and the shapes of bodies are left as the spec has them. (One makes sure a request
//! carries only what its caller set: a schema `default` is the service's to apply.)

use serde_json::{Map, Value};

use crate::CodegenError;

mod alternatives;
mod constructs;
mod errors;
mod responses;
mod secrets;

pub use alternatives::{named_alternatives, required_only_one_of};
pub use constructs::{common_dialect_patterns, supported_constructs};
pub use errors::{
    ERROR_BODY_EXTENSION, default_as_4xx_5xx, one_problem_schema, typed_error_bodies,
};
pub use responses::{ACCEPT_EXTENSION, declared_media_types, open_responses, unset_stays_absent};
pub use secrets::{SECRET_FORMAT, is_secret_property, secret_fields, secret_property_names};

/// The one schema every error response decodes into. `InputValidationProblem` is `ApiProblem`
/// plus an optional `issues` list, so it reads both problem shapes the spec declares.
pub const PROBLEM_SCHEMA: &str = "InputValidationProblem";

/// Error schemas the spec may declare; each decodes as [`PROBLEM_SCHEMA`].
pub const KNOWN_PROBLEM_SCHEMAS: [&str; 2] = ["ApiProblem", "InputValidationProblem"];

/// A named rewrite of the bundled document.
pub struct Rule {
    /// Short name, used in error messages and the README.
    pub name: &'static str,
    /// Why the rule exists.
    pub reason: &'static str,
    /// The rewrite.
    pub apply: fn(&mut Value) -> Result<(), CodegenError>,
}

/// Every rule, in the order [`prepare`] applies them.
pub const RULES: &[Rule] = &[
    Rule {
        name: "declared-media-types",
        reason: "progenitor sends `Accept: application/json` for every JSON operation, though \
                 most errors are `application/problem+json` (and writeRecords' 400 \
                 `text/plain`), so a server that negotiates could answer an error with a \
                 2xx: every media type the operation's responses declare is kept, before the \
                 rules below change them, under `x-ampersand-accept`, which the request path \
                 sends as `Accept`",
        apply: declared_media_types,
    },
    Rule {
        name: "default-as-4xx-5xx",
        reason: "progenitor treats a `default` response as one more success type; the service \
                 sends problems under it, so it becomes `4XX` and `5XX` (declared codes win)",
        apply: default_as_4xx_5xx,
    },
    Rule {
        name: "typed-error-bodies",
        reason: "an error body that is not a problem (writeRecords' 422 with per-record \
                 results) becomes a schema of its own, `<OperationId>Failure`, named on the \
                 operation under `x-ampersand-error-body` so that its errors decode into it; a \
                 `text/plain` error body is kept as text",
        apply: typed_error_bodies,
    },
    Rule {
        name: "one-problem-schema",
        reason: "progenitor allows one error type per operation (its issue #344) and leaves \
                 `application/problem+json` untyped: every error response becomes \
                 `application/json` with InputValidationProblem, which reads ApiProblem too",
        apply: one_problem_schema,
    },
    Rule {
        name: "required-only-one-of",
        reason: "a `oneOf` whose alternatives only name required properties (a notification \
                 carries `config` or `configURL`) is a check, not a shape; typify would make an \
                 enum of near-identical structs, so the check is dropped and the properties \
                 stay optional fields of one struct",
        apply: required_only_one_of,
    },
    Rule {
        name: "named-alternatives",
        reason: "typify names the alternatives of an inline `oneOf` `Variant0`, `Variant1`, … and \
                 gives each a copy of a shared inline enum: an alternative told apart by a \
                 required property only it has is titled after it (`GroupRef`, \
                 `InstallationId`), and an inline enum every alternative has alike becomes one \
                 schema, `<OperationId><Property>` (`PatchObjectConfigContentAction`)",
        apply: named_alternatives,
    },
    Rule {
        name: "open-responses",
        reason: "typify makes `additionalProperties: false` `deny_unknown_fields`, so a newer \
                 server's one extra field fails a whole write response (records written \
                 reported as failed); in a response it describes today's server, not a \
                 promise, so it goes (unknown fields are kept, and a request still sends only \
                 what is set), and an alternative of a `oneOf` that requires all an earlier \
                 one requires, and more, moves before it, so the alternatives are told apart \
                 by what they require rather than by refusing each other's fields",
        apply: open_responses,
    },
    Rule {
        name: "unset-stays-absent",
        reason: "typify gives a property with a `default` the plain type and fills the default \
                 in (`disabled: false` sent unasked): the default is the service's to apply, so \
                 it moves into the property's description and the property is an `Option`, \
                 absent unless set",
        apply: unset_stays_absent,
    },
    Rule {
        name: "common-dialect-patterns",
        reason: "typify checks a `pattern` with regress (ECMAScript); the client checks it with \
                 the much smaller regex-lite, which reads alike only a common syntax \
                 (`passes::patterns::common_dialect`): a pattern outside it stops the \
                 generation, naming its place",
        apply: common_dialect_patterns,
    },
    Rule {
        name: "secret-fields",
        reason: "tokens, keys and secrets must not show in `Debug` output or logs: each such \
                 string property becomes exactly `{type: string, format: x-ampersand-secret}`, \
                 which generation maps to a string type that prints as [redacted]",
        apply: secret_fields,
    },
    Rule {
        name: "supported-constructs",
        reason: "a spec construct no rule knows (a second success type, a non-JSON request \
                 body) makes progenitor panic; this names it and where it is instead",
        apply: supported_constructs,
    },
];

/// Applies every rule of [`RULES`] to a bundled document, in order.
///
/// ```
/// let mut doc = serde_json::json!({
///     "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
///     "paths": {"/a": {"get": {"operationId": "getA", "responses": {
///         "204": {"description": "done"},
///         "default": {"description": "problem", "content": {"application/problem+json":
///             {"schema": {"$ref": "#/components/schemas/ApiProblem"}}}}}}}},
/// });
/// ampersand_codegen::prepare::prepare(&mut doc).unwrap();
/// let responses = &doc["paths"]["/a"]["get"]["responses"];
/// assert_eq!(
///     responses["5XX"]["content"]["application/json"]["schema"]["$ref"],
///     "#/components/schemas/InputValidationProblem"
/// );
/// assert!(responses.get("default").is_none());
/// ```
pub fn prepare(doc: &mut Value) -> Result<(), CodegenError> {
    for rule in RULES {
        (rule.apply)(doc)?;
    }
    Ok(())
}

/// Each operation of `doc`: (JSON pointer, operation object).
fn operations_mut(doc: &mut Value) -> Vec<(String, &mut Map<String, Value>)> {
    let mut out = Vec::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return out;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, op) in item.iter_mut() {
            if !ampersand_spec::METHODS.contains(&method.as_str()) {
                continue;
            }
            if let Some(op) = op.as_object_mut() {
                let at = format!("/paths/{}/{method}", ampersand_spec::escape_segment(path));
                out.push((at, op));
            }
        }
    }
    out
}

fn responses_mut(op: &mut Map<String, Value>) -> Option<&mut Map<String, Value>> {
    op.get_mut("responses").and_then(Value::as_object_mut)
}

/// A status key (`200`, `'404'`, `4XX`, `default`) is an error when it is 4xx, 5xx or default.
fn is_error_status(code: &str) -> bool {
    code == "default" || code.starts_with('4') || code.starts_with('5')
}

/// Calls `f` with each schema object of `doc` and its JSON pointer: the schemas of
/// `components/schemas`, of parameters, request and response bodies, and every schema inside
/// those (properties, items, additional properties, alternatives). Example and default values
/// are not schemas, and a property named `default` is still one.
fn each_schema_mut(doc: &mut Value, f: &mut dyn FnMut(&str, &mut Map<String, Value>)) {
    fn schema(node: &mut Value, at: &str, f: &mut dyn FnMut(&str, &mut Map<String, Value>)) {
        let Value::Object(map) = node else { return };
        f(at, map);
        for (key, value) in map.iter_mut() {
            let at = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
            match (key.as_str(), value) {
                ("properties", Value::Object(props)) => {
                    for (name, prop) in props.iter_mut() {
                        let name = name.replace('~', "~0").replace('/', "~1");
                        schema(prop, &format!("{at}/{name}"), f);
                    }
                }
                ("items" | "additionalProperties" | "not", value) => schema(value, &at, f),
                ("allOf" | "oneOf" | "anyOf", Value::Array(alternatives)) => {
                    for (i, alternative) in alternatives.iter_mut().enumerate() {
                        schema(alternative, &format!("{at}/{i}"), f);
                    }
                }
                _ => {}
            }
        }
    }
    fn document(node: &mut Value, at: &str, f: &mut dyn FnMut(&str, &mut Map<String, Value>)) {
        match node {
            Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    let here = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                    match (key.as_str(), value) {
                        ("schema", value) => schema(value, &here, f),
                        ("schemas", Value::Object(schemas)) => {
                            for (name, value) in schemas.iter_mut() {
                                let name = name.replace('~', "~0").replace('/', "~1");
                                schema(value, &format!("{here}/{name}"), f);
                            }
                        }
                        ("example" | "examples", _) => {}
                        (_, value) => document(value, &here, f),
                    }
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    document(item, &format!("{at}/{i}"), f);
                }
            }
            _ => {}
        }
    }
    document(doc, "", f);
}

#[cfg(test)]
mod tests;
