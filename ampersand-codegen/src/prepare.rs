//! The preparation step: small, named rewrites of the bundled spec into what progenitor and
//! typify accept. Each rule says why it exists; [`RULES`] lists them in the order they run.
//!
//! The rules change how the document is *typed*, never what the service accepts: paths,
//! parameters and the shapes of bodies are left as the spec has them. (One makes sure a request
//! carries only what its caller set: a schema `default` is the service's to apply.)

use serde_json::{Map, Value, json};

use crate::CodegenError;

/// The one schema every error response decodes into. `InputValidationProblem` is `ApiProblem`
/// plus an optional `issues` list, so it reads both problem shapes the spec declares.
pub const PROBLEM_SCHEMA: &str = "InputValidationProblem";

/// Error schemas the spec may declare; each decodes as [`PROBLEM_SCHEMA`].
pub const KNOWN_PROBLEM_SCHEMAS: [&str; 2] = ["ApiProblem", "InputValidationProblem"];

/// Whether a property name says that its string value is a credential: the workspace's one
/// rule (the generator emits it into the client, which redacts by it): a word holding
/// `secret`, or a last word that is `password`, `passphrase`, `credential(s)`, `token` (not a
/// page token), `connectionString`, or a `…Key` holding key material (`apiKey`, not
/// `partitionKey` or `publicKey`).
///
/// ```
/// use ampersand_codegen::prepare::is_secret_property;
/// assert!(is_secret_property("secretAccessKey") && is_secret_property("connectionString"));
/// assert!(!is_secret_property("partitionKeyTemplate") && !is_secret_property("nextPageToken"));
/// ```
pub fn is_secret_property(name: &str) -> bool {
    crate::secret_name::says_secret(name)
}

/// Whether a schema's name or key says that it holds secrets: `secrets`, `…Secrets`
/// (`s3Secrets`, `KinesisSecrets`) and `credentials`; not a schema *with* secrets among other
/// fields (`DestinationWithSecrets`), nor an auth scheme's parameters
/// (`oauth2ClientCredentials`: its client id and scopes are not secret, its `clientSecret` is,
/// by name).
fn holds_secrets(name: &str) -> bool {
    let words = crate::secret_name::name_words(name);
    match words.as_slice() {
        [only] => only == "secrets" || only == "credentials",
        [.., before, last] => last == "secrets" && before != "with",
        [] => false,
    }
}

/// The `format` that marks a secret string; generation maps it to `ampersand_client::Secret`.
pub const SECRET_FORMAT: &str = "x-ampersand-secret";

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

/// `default` → `4XX` and `5XX`, unless the operation already declares that range.
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"get": {"responses": {"default": {"description": "e"}}}}}});
/// ampersand_codegen::prepare::default_as_4xx_5xx(&mut doc).unwrap();
/// assert!(doc["paths"]["/a"]["get"]["responses"]["4XX"].is_object());
/// ```
pub fn default_as_4xx_5xx(doc: &mut Value) -> Result<(), CodegenError> {
    for (_, op) in operations_mut(doc) {
        let Some(responses) = responses_mut(op) else {
            continue;
        };
        let Some(default) = responses.remove("default") else {
            continue;
        };
        for range in ["4XX", "5XX"] {
            if !responses.contains_key(range) {
                responses.insert(range.into(), default.clone());
            }
        }
    }
    Ok(())
}

/// The operation extension naming an operation's typed error body: `{schema, statuses}`.
pub const ERROR_BODY_EXTENSION: &str = "x-ampersand-error-body";

/// Moves each error body that is not a problem out of the way of [`one_problem_schema`]: a
/// JSON schema becomes `#/components/schemas/<OperationId>Failure`, recorded on the operation
/// under [`ERROR_BODY_EXTENSION`] with the statuses that carry it; a `text/plain` body is
/// dropped from the description (the error keeps it as text). Only exact statuses can carry a
/// typed body, and one operation has at most one such schema.
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"post": {"operationId": "writeA", "responses": {
///     "422": {"description": "no", "content": {"application/json": {"schema": {"type": "object"}}}},
///     "400": {"description": "bad", "content": {"text/plain": {"schema": {"type": "string"}}}}}}}}});
/// ampersand_codegen::prepare::typed_error_bodies(&mut doc).unwrap();
/// let op = &doc["paths"]["/a"]["post"];
/// assert_eq!(op["x-ampersand-error-body"]["schema"], "WriteAFailure");
/// assert_eq!(op["x-ampersand-error-body"]["statuses"][0], 422);
/// assert!(op["responses"]["422"].get("content").is_none() && op["responses"]["400"].get("content").is_none());
/// assert_eq!(doc["components"]["schemas"]["WriteAFailure"]["type"], "object");
/// ```
pub fn typed_error_bodies(doc: &mut Value) -> Result<(), CodegenError> {
    let known: Vec<String> = KNOWN_PROBLEM_SCHEMAS
        .iter()
        .map(|s| format!("#/components/schemas/{s}"))
        .collect();
    let mut hoisted: Vec<(String, Value)> = Vec::new();
    for (at, op) in operations_mut(doc) {
        let id = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let Some(responses) = responses_mut(op) else {
            continue;
        };
        let mut typed: Option<(Value, Vec<u16>)> = None;
        for (code, response) in responses.iter_mut() {
            if !is_error_status(code) {
                continue;
            }
            let Some(content) = response.get_mut("content").and_then(Value::as_object_mut) else {
                continue;
            };
            let here = format!("{at}/responses/{code}");
            for media in content.keys().cloned().collect::<Vec<_>>() {
                let schema = content[&media].get("schema").cloned().unwrap_or_default();
                let is_problem = schema
                    .get("$ref")
                    .and_then(Value::as_str)
                    .is_some_and(|r| known.iter().any(|k| k == r));
                let json = matches!(
                    media.as_str(),
                    "application/json" | "application/problem+json"
                );
                if is_problem && json {
                    continue;
                }
                if media == "text/plain" {
                    content.remove(&media);
                    continue;
                }
                if !json {
                    continue; // one_problem_schema names it
                }
                let Ok(status) = code.parse::<u16>() else {
                    return Err(unsupported(
                        &here,
                        "a typed error body under a status range",
                    ));
                };
                match &mut typed {
                    None => typed = Some((schema, vec![status])),
                    Some((first, statuses)) if *first == schema => statuses.push(status),
                    Some(_) => {
                        return Err(unsupported(&here, "error bodies of two different types"));
                    }
                }
                content.remove(&media);
            }
            if content.is_empty()
                && let Some(response) = response.as_object_mut()
            {
                response.remove("content");
            }
        }
        if let Some((schema, statuses)) = typed {
            let name = format!(
                "{}Failure",
                heck::ToUpperCamelCase::to_upper_camel_case(id.as_str())
            );
            op.insert(
                ERROR_BODY_EXTENSION.into(),
                json!({ "schema": name, "statuses": statuses }),
            );
            hoisted.push((name, schema));
        }
    }
    add_components(doc, hoisted, "a hoisted error body")
}

/// Adds `schemas` to the document's component schemas; a name already taken is refused,
/// saying what the new schema is (`what`).
fn add_components(
    doc: &mut Value,
    schemas: Vec<(String, Value)>,
    what: &str,
) -> Result<(), CodegenError> {
    if schemas.is_empty() {
        return Ok(());
    }
    let components = doc
        .as_object_mut()
        .map(|d| d.entry("components").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
        .map(|c| c.entry("schemas").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
        .ok_or_else(|| unsupported("/components", "components that are not an object"))?;
    for (name, schema) in schemas {
        if components.contains_key(&name) {
            return Err(unsupported(
                &format!("/components/schemas/{name}"),
                &format!("a schema named like {what}"),
            ));
        }
        components.insert(name, schema);
    }
    Ok(())
}

/// Every error response: one `application/json` body of [`PROBLEM_SCHEMA`]. An error response
/// with no body gets one too (the service always sends a problem); one whose schema is not a
/// known problem schema is refused.
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"get": {"responses": {"404": {"description": "gone"}}}}}});
/// ampersand_codegen::prepare::one_problem_schema(&mut doc).unwrap();
/// let schema = &doc["paths"]["/a"]["get"]["responses"]["404"]["content"]["application/json"]["schema"];
/// assert_eq!(schema["$ref"], "#/components/schemas/InputValidationProblem");
/// ```
pub fn one_problem_schema(doc: &mut Value) -> Result<(), CodegenError> {
    let problem_ref = format!("#/components/schemas/{PROBLEM_SCHEMA}");
    let known: Vec<String> = KNOWN_PROBLEM_SCHEMAS
        .iter()
        .map(|s| format!("#/components/schemas/{s}"))
        .collect();
    for (at, op) in operations_mut(doc) {
        let Some(responses) = responses_mut(op) else {
            continue;
        };
        for (code, response) in responses.iter_mut() {
            if !is_error_status(code) {
                continue;
            }
            let here = format!("{at}/responses/{code}");
            let Some(response) = response.as_object_mut() else {
                return Err(unsupported(&here, "a response that is not an object"));
            };
            if response.contains_key("$ref") {
                return Err(unsupported(&here, "a $ref to a shared response"));
            }
            let content = response.get("content").and_then(Value::as_object);
            for (media, body) in content.into_iter().flatten() {
                if !matches!(
                    media.as_str(),
                    "application/json" | "application/problem+json"
                ) {
                    return Err(unsupported(
                        &format!("{here}/content/{}", ampersand_spec::escape_segment(media)),
                        &format!("an error body of media type {media}"),
                    ));
                }
                let schema_ref = body.pointer("/schema/$ref").and_then(Value::as_str);
                if !schema_ref.is_some_and(|r| known.iter().any(|k| k == r)) {
                    return Err(unsupported(
                        &format!("{here}/content/{}", ampersand_spec::escape_segment(media)),
                        &format!(
                            "an error body that is not one of {}",
                            KNOWN_PROBLEM_SCHEMAS.join(", ")
                        ),
                    ));
                }
            }
            response.insert(
                "content".into(),
                json!({ "application/json": { "schema": { "$ref": problem_ref } } }),
            );
        }
    }
    Ok(())
}

/// Drops every `oneOf` whose alternatives hold nothing but `required` (and a description).
///
/// ```
/// let mut doc = serde_json::json!({"type": "object",
///     "oneOf": [{"required": ["config"]}, {"required": ["configURL"]}],
///     "properties": {"config": {"type": "object"}, "configURL": {"type": "string"}}});
/// ampersand_codegen::prepare::required_only_one_of(&mut doc).unwrap();
/// assert!(doc.get("oneOf").is_none() && doc["properties"]["config"].is_object());
/// ```
pub fn required_only_one_of(doc: &mut Value) -> Result<(), CodegenError> {
    fn only_required(alternative: &Value) -> bool {
        alternative.as_object().is_some_and(|a| {
            a.contains_key("required")
                && a.keys()
                    .all(|k| matches!(k.as_str(), "required" | "description"))
        })
    }
    fn walk(node: &mut Value) {
        match node {
            Value::Object(map) => {
                let drop = map
                    .get("oneOf")
                    .and_then(Value::as_array)
                    .is_some_and(|alts| !alts.is_empty() && alts.iter().all(only_required));
                if drop {
                    map.remove("oneOf");
                }
                map.values_mut().for_each(walk);
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(doc);
    Ok(())
}

/// Names the alternatives of each inline `oneOf` in a request body (see [`RULES`]'s
/// `named-alternatives`): each alternative that is the only one to require some property is
/// titled after it, and an inline enum property every alternative has alike becomes the
/// component `<OperationId><Property>`, referred to from each.
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"post": {"operationId": "patchA",
///     "requestBody": {"content": {"application/json": {"schema": {"oneOf": [
///         {"type": "object", "required": ["groupRef", "action"], "properties": {
///             "groupRef": {"type": "string"}, "action": {"type": "string", "enum": ["read"]}}},
///         {"type": "object", "required": ["installationId", "action"], "properties": {
///             "installationId": {"type": "string"}, "action": {"type": "string", "enum": ["read"]}}}]}}}},
///     "responses": {}}}}});
/// ampersand_codegen::prepare::named_alternatives(&mut doc).unwrap();
/// let alternatives = &doc["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"]["oneOf"];
/// assert_eq!(alternatives[0]["title"], "GroupRef");
/// assert_eq!(alternatives[1]["title"], "InstallationId");
/// assert_eq!(alternatives[1]["properties"]["action"]["$ref"], "#/components/schemas/PatchAAction");
/// assert_eq!(doc["components"]["schemas"]["PatchAAction"]["enum"][0], "read");
/// ```
pub fn named_alternatives(doc: &mut Value) -> Result<(), CodegenError> {
    use heck::ToUpperCamelCase;
    /// Titles the alternatives of every `oneOf` under `node`; the shared enums found, by
    /// property name, go into `hoisted`.
    fn walk(node: &mut Value, id: &str, hoisted: &mut Vec<(String, Value)>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::Array(alternatives)) = map.get_mut("oneOf") {
                    name(alternatives, id, hoisted);
                }
                for value in map.values_mut() {
                    walk(value, id, hoisted);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| walk(v, id, hoisted)),
            _ => {}
        }
    }
    fn required(alternative: &Value) -> Vec<&str> {
        alternative["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect()
    }
    fn name(alternatives: &mut [Value], id: &str, hoisted: &mut Vec<(String, Value)>) {
        let inline = alternatives.len() > 1
            && alternatives.iter().all(|a| {
                a.get("$ref").is_none() && a.get("title").is_none() && a.get("properties").is_some()
            });
        if !inline {
            return;
        }
        let titles: Vec<Option<String>> = (0..alternatives.len())
            .map(|i| {
                let own: Vec<&str> = required(&alternatives[i])
                    .into_iter()
                    .filter(|p| {
                        alternatives
                            .iter()
                            .enumerate()
                            .all(|(j, other)| j == i || !required(other).contains(p))
                    })
                    .collect();
                match own.as_slice() {
                    [only] => Some(only.to_upper_camel_case()),
                    _ => None,
                }
            })
            .collect();
        if titles.iter().all(Option::is_some) {
            for (alternative, title) in alternatives.iter_mut().zip(titles) {
                alternative["title"] = Value::String(title.expect("checked above"));
            }
        }
        // an inline enum every alternative has alike
        let first = alternatives[0]["properties"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        for (property, schema) in first {
            let shared = schema.get("enum").is_some()
                && alternatives
                    .iter()
                    .all(|a| a["properties"].get(&property) == Some(&schema));
            if !shared {
                continue;
            }
            let component = format!(
                "{}{}",
                id.to_upper_camel_case(),
                property.to_upper_camel_case()
            );
            for alternative in alternatives.iter_mut() {
                alternative["properties"][&property] =
                    json!({ "$ref": format!("#/components/schemas/{component}") });
            }
            hoisted.push((component, schema));
        }
    }
    let mut hoisted = Vec::new();
    for (_, op) in operations_mut(doc) {
        let id = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        if let Some(body) = op.get_mut("requestBody") {
            walk(body, &id, &mut hoisted);
        }
    }
    add_components(doc, hoisted, "a hoisted enum")
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

/// Keeps, on each operation, every media type its responses declare (in the order of the
/// responses, each once) as `x-ampersand-accept`: what the request path sends as `Accept`.
///
/// ```
/// let mut doc = serde_json::json!({"paths": {"/a": {"get": {"responses": {
///     "200": {"content": {"application/json": {}}},
///     "400": {"content": {"text/plain": {}}},
///     "default": {"content": {"application/problem+json": {}}},
///     "204": {"description": "no body"}}}}}});
/// ampersand_codegen::prepare::declared_media_types(&mut doc).unwrap();
/// assert_eq!(
///     doc["paths"]["/a"]["get"]["x-ampersand-accept"],
///     serde_json::json!(["application/json", "text/plain", "application/problem+json"])
/// );
/// ```
pub fn declared_media_types(doc: &mut Value) -> Result<(), CodegenError> {
    for (_, op) in operations_mut(doc) {
        let mut media: Vec<Value> = Vec::new();
        let responses = op.get("responses").and_then(Value::as_object);
        for response in responses.into_iter().flat_map(|r| r.values()) {
            for name in response
                .get("content")
                .and_then(Value::as_object)
                .into_iter()
                .flat_map(|c| c.keys())
            {
                let name = Value::String(name.clone());
                if !media.contains(&name) {
                    media.push(name);
                }
            }
        }
        if !media.is_empty() {
            op.insert(ACCEPT_EXTENSION.into(), Value::Array(media));
        }
    }
    Ok(())
}

/// Where [`declared_media_types`] keeps an operation's media types.
pub const ACCEPT_EXTENSION: &str = "x-ampersand-accept";

/// Drops `additionalProperties: false` from every schema, and orders the alternatives of each
/// `oneOf` so that one whose required properties include all of an earlier one's (and more)
/// comes first: an untagged enum takes the first alternative that fits, and without
/// `deny_unknown_fields` the one that requires less would take the other's bodies too. (A
/// required list or map does not count: a missing one reads as empty.)
///
/// ```
/// let mut doc = serde_json::json!({"components": {"schemas": {
///     "One": {"type": "object", "additionalProperties": false, "required": ["id"]},
///     "Batch": {"type": "object", "additionalProperties": false, "required": ["id", "count"]},
///     "Answer": {"oneOf": [{"$ref": "#/components/schemas/One"}, {"$ref": "#/components/schemas/Batch"}]}}}});
/// ampersand_codegen::prepare::open_responses(&mut doc).unwrap();
/// let schemas = &doc["components"]["schemas"];
/// assert!(schemas["One"].get("additionalProperties").is_none());
/// assert_eq!(schemas["Answer"]["oneOf"][0]["$ref"], "#/components/schemas/Batch");
/// ```
pub fn open_responses(doc: &mut Value) -> Result<(), CodegenError> {
    fn resolved<'v>(doc: &'v Value, mut schema: &'v Value) -> &'v Value {
        while let Some(target) = schema.get("$ref").and_then(Value::as_str) {
            match doc.pointer(target.trim_start_matches('#')) {
                Some(next) => schema = next,
                None => break,
            }
        }
        schema
    }
    // what an alternative requires that decoding insists on: a required list or map reads as
    // empty when missing (`passes::lenient_collections`), so it tells nothing apart
    fn required(doc: &Value, schema: &Value) -> std::collections::BTreeSet<String> {
        let schema = resolved(doc, schema);
        let collection = |name: &str| {
            let prop = resolved(doc, &schema["properties"][name]);
            let ty = prop.get("type").and_then(Value::as_str);
            ty == Some("array") || (ty == Some("object") && prop.get("properties").is_none())
        };
        schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|name| !collection(name))
            .map(str::to_string)
            .collect()
    }
    let snapshot = doc.clone();
    each_schema_mut(doc, &mut |_, object| {
        if object.get("additionalProperties") == Some(&Value::Bool(false)) {
            object.remove("additionalProperties");
        }
        if let Some(Value::Array(alternatives)) = object.get_mut("oneOf") {
            let sets: Vec<_> = alternatives
                .iter()
                .map(|a| required(&snapshot, a))
                .collect();
            // a stable insertion: each alternative goes before the first earlier one whose
            // requirements it strictly includes
            let mut order: Vec<usize> = Vec::new();
            for i in 0..alternatives.len() {
                let at = order
                    .iter()
                    .position(|&j| sets[j].is_subset(&sets[i]) && sets[j] != sets[i])
                    .unwrap_or(order.len());
                order.insert(at, i);
            }
            if order.iter().enumerate().any(|(k, &i)| k != i) {
                let old = std::mem::take(alternatives);
                *alternatives = order.iter().map(|&i| old[i].clone()).collect();
            }
        }
    });
    Ok(())
}

/// A property's `default` is what the *service* applies when the property is absent, so it
/// leaves the schema (the description ends with "Default: `value`") and typify makes the
/// property an `Option`, absent unless set. (An optional list or map is made an `Option` by
/// the `optional_collections` pass: said here as `nullable`, it would make a property that an
/// `allOf` requires a required `Option`, and the merged type a new one.)
///
/// ```
/// let mut doc = serde_json::json!({"components": {"schemas": {"Obj": {
///     "type": "object",
///     "properties": {
///         "disabled": {"type": "boolean", "default": false},
///         "mode": {"type": "string", "description": "How.", "default": "auto"},
///         "default": {"type": "string"}}}}}});
/// ampersand_codegen::prepare::unset_stays_absent(&mut doc).unwrap();
/// let props = &doc["components"]["schemas"]["Obj"]["properties"];
/// assert_eq!(props["disabled"], serde_json::json!({"type": "boolean", "description": "Default: `false`."}));
/// assert_eq!(props["mode"]["description"], "How.\n\nDefault: `\"auto\"`.");
/// assert_eq!(props["default"], serde_json::json!({"type": "string"})); // a property so named
/// ```
pub fn unset_stays_absent(doc: &mut Value) -> Result<(), CodegenError> {
    each_schema_mut(doc, &mut |_, object| {
        let Some(Value::Object(props)) = object.get_mut("properties") else {
            return;
        };
        for prop in props.values_mut() {
            let Value::Object(prop) = prop else { continue };
            if let Some(default) = prop.remove("default") {
                let said = format!("Default: `{default}`.");
                let description = match prop.get("description").and_then(Value::as_str) {
                    Some(text) if !text.trim().is_empty() => {
                        format!("{}\n\n{said}", text.trim_end())
                    }
                    _ => said,
                };
                prop.insert("description".into(), Value::String(description));
            }
        }
    });
    Ok(())
}

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

/// Every string that the schema says is a credential becomes exactly the schema
/// `{type: string, format: x-ampersand-secret}` (the generator's conversion matches the whole
/// schema, so its description and example are dropped). A string is a credential when
///
/// - its schema says so: `format: password`, or `writeOnly: true`;
/// - it sits, at any depth, in a schema that holds secrets: the value of a property named
///   `secrets`, `…Secrets`, `credentials` or `…Credentials`, or a component schema so named
///   (a destination's `secrets`, whatever its fields are called), the values of a map
///   included;
/// - or its property name says so ([`is_secret_property`]).
///
/// ```
/// let mut doc = serde_json::json!({"properties": {
///     "password": {"type": "string", "example": "p"},
///     "secrets": {"type": "object", "properties": {"awsKeyId": {"type": "string"}}}}});
/// ampersand_codegen::prepare::secret_fields(&mut doc).unwrap();
/// assert_eq!(doc["properties"]["password"]["format"], "x-ampersand-secret");
/// assert_eq!(doc["properties"]["secrets"]["properties"]["awsKeyId"]["format"], "x-ampersand-secret");
/// ```
pub fn secret_fields(doc: &mut Value) -> Result<(), CodegenError> {
    // the component schemas that hold secrets: so named, or the target of a reference from a
    // property so named
    let mut containers: std::collections::BTreeSet<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|schemas| schemas.keys())
        .filter(|name| holds_secrets(name))
        .cloned()
        .collect();
    fn referenced(node: &Value, inside: bool, out: &mut std::collections::BTreeSet<String>) {
        match node {
            Value::Object(map) => {
                if let Some(target) = map
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                    && inside
                {
                    out.insert(target.to_string());
                }
                for (key, value) in map {
                    if key == "properties" {
                        for (name, prop) in value.as_object().into_iter().flatten() {
                            referenced(prop, inside || holds_secrets(name), out);
                        }
                    } else {
                        referenced(value, inside, out);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| referenced(i, inside, out)),
            _ => {}
        }
    }
    // the document's references from properties so named, once; then a container's own
    // references are containers too, each container read once
    let mut found = std::collections::BTreeSet::new();
    referenced(doc, false, &mut found);
    containers.extend(found);
    let mut pending: Vec<String> = containers.iter().cloned().collect();
    while let Some(name) = pending.pop() {
        let mut found = std::collections::BTreeSet::new();
        if let Some(schema) = doc.pointer(&format!("/components/schemas/{name}")) {
            referenced(schema, true, &mut found);
        }
        for target in found {
            if containers.insert(target.clone()) {
                pending.push(target);
            }
        }
    }
    fn is_string(schema: &Value) -> bool {
        schema.get("type").and_then(Value::as_str) == Some("string")
    }
    fn walk(node: &mut Value, inside: bool) {
        match node {
            Value::Object(map) => {
                let string = map.get("type").and_then(Value::as_str) == Some("string");
                let said = map.get("format").and_then(Value::as_str) == Some("password")
                    || map.get("writeOnly") == Some(&Value::Bool(true));
                if string && (inside || said) {
                    *node = json!({ "type": "string", "format": SECRET_FORMAT });
                    return;
                }
                for (key, value) in map.iter_mut() {
                    if key == "properties" {
                        for (name, prop) in value.as_object_mut().into_iter().flatten() {
                            let secret_name = is_secret_property(name) && is_string(prop);
                            walk(prop, inside || secret_name || holds_secrets(name));
                        }
                    } else if key == "example" || key == "examples" || key == "default" {
                        // values, not schemas
                    } else {
                        walk(value, inside);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, inside)),
            _ => {}
        }
    }
    let names: Vec<String> = containers.into_iter().collect();
    for name in &names {
        if let Some(schema) = doc.pointer_mut(&format!("/components/schemas/{name}")) {
            walk(schema, true);
        }
    }
    walk(doc, false);
    Ok(())
}

/// The names of the properties a prepared document types as secrets, sorted: what
/// `SECRET_FIELDS` lists for redacting raw JSON.
///
/// ```
/// let mut doc = serde_json::json!({"properties": {"clientSecret": {"type": "string"}, "label": {"type": "string"}}});
/// ampersand_codegen::prepare::secret_fields(&mut doc).unwrap();
/// assert_eq!(ampersand_codegen::prepare::secret_property_names(&doc), ["clientSecret"]);
/// ```
pub fn secret_property_names(doc: &Value) -> Vec<String> {
    fn walk(node: &Value, out: &mut std::collections::BTreeSet<String>) {
        match node {
            Value::Object(map) => {
                for (key, value) in map {
                    if key == "properties" {
                        for (name, prop) in value.as_object().into_iter().flatten() {
                            if prop.get("format").and_then(Value::as_str) == Some(SECRET_FORMAT) {
                                out.insert(name.clone());
                            }
                        }
                    }
                    walk(value, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = std::collections::BTreeSet::new();
    walk(doc, &mut out);
    out.into_iter().collect()
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

fn unsupported(pointer: &str, construct: &str) -> CodegenError {
    CodegenError::Unsupported {
        pointer: pointer.into(),
        construct: construct.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(responses: Value) -> Value {
        json!({
            "openapi": "3.0.1", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"post": {"operationId": "postA", "responses": responses}}},
        })
    }

    fn responses(doc: &Value) -> &Value {
        &doc["paths"]["/a"]["post"]["responses"]
    }

    fn problem(schema: &str) -> Value {
        json!({"description": "p", "content": {"application/problem+json":
            {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}})
    }

    #[test]
    fn default_becomes_both_ranges_and_declared_codes_win() {
        let mut doc = op(
            json!({"200": {"description": "ok"}, "4XX": {"description": "mine"},
            "default": {"description": "d"}}),
        );
        default_as_4xx_5xx(&mut doc).unwrap();
        let r = responses(&doc);
        assert_eq!(r["4XX"]["description"], "mine");
        assert_eq!(r["5XX"]["description"], "d");
        assert!(r.get("default").is_none());
        assert_eq!(r["200"]["description"], "ok");
    }

    #[test]
    fn every_error_response_gets_the_one_problem_schema() {
        let mut doc = op(
            json!({"201": {"description": "ok"}, "400": problem("ApiProblem"),
            "422": problem("InputValidationProblem"), "404": {"description": "no body"}}),
        );
        one_problem_schema(&mut doc).unwrap();
        for code in ["400", "422", "404"] {
            assert_eq!(
                responses(&doc)[code]["content"],
                json!({"application/json": {"schema":
                    {"$ref": "#/components/schemas/InputValidationProblem"}}}),
                "{code}"
            );
        }
        assert!(responses(&doc)["201"].get("content").is_none());
    }

    #[test]
    fn an_unknown_error_schema_is_named_with_its_place() {
        let mut doc = op(json!({"200": {"description": "ok"}, "409": problem("Conflict")}));
        let err = one_problem_schema(&mut doc).unwrap_err().to_string();
        assert_eq!(
            err,
            "#/paths/~1a/post/responses/409/content/application~1problem+json: the preparation \
             step does not support an error body that is not one of ApiProblem, \
             InputValidationProblem"
        );
    }

    #[test]
    fn secret_strings_are_marked_and_others_left() {
        let mut doc = json!({"components": {"schemas": {"Token": {"type": "object", "properties": {
            "token": {"type": "string", "description": "the token"},
            "tokenURL": {"type": "string"},
            "nextPageToken": {"type": "string"},
            "apiKey": {"type": "object", "properties": {"key": {"type": "string", "example": "k"}}},
        }}}}});
        secret_fields(&mut doc).unwrap();
        let props = &doc["components"]["schemas"]["Token"]["properties"];
        let secret = json!({"type": "string", "format": SECRET_FORMAT});
        assert_eq!(props["token"], secret);
        assert_eq!(props["apiKey"]["properties"]["key"], secret);
        assert_eq!(props["tokenURL"], json!({"type": "string"}));
        assert_eq!(props["nextPageToken"], json!({"type": "string"}));
        assert_eq!(props["apiKey"]["type"], "object");
        assert_eq!(secret_property_names(&doc), ["key", "token"]);
    }

    #[test]
    fn names_that_hold_credentials_and_names_that_do_not() {
        for name in [
            "password",
            "dbPassword",
            "secret",
            "clientSecret",
            "secretAccessKey",
            "awsSecretKey",
            "accessKey",
            "privateKey",
            "apiKey",
            "X-Api-Key",
            "key",
            "webhookSigningKey",
            "token",
            "refreshToken",
            "awsSessionToken",
            "connectionString",
            "credentials",
            "serviceAccountCredentials",
            "client_secret",
            // words run together, as servers and headers write them
            "apikey",
            "clientsecret",
            "dbpassword",
            "accesstoken",
            "x-api-key",
        ] {
            assert!(is_secret_property(name), "{name}");
        }
        for name in [
            "name",
            "tokenURL",
            "nextPageToken",
            "pageToken",
            "partitionKey",
            "partitionKeyTemplate",
            "primaryKey",
            "idempotencyKey",
            "publicKey",
            "publicKeyPem",
            "keyFormat",
            "awsKeyId",
            "authScheme",
            "connectionId",
            "tokenType",
            "pagetoken",
            "publickey",
            "",
        ] {
            assert!(!is_secret_property(name), "{name}");
        }
    }

    #[test]
    fn the_schema_says_which_strings_are_secret() {
        let mut doc = json!({"components": {"schemas": {
            "Destination": {"type": "object", "properties": {
                "name": {"type": "string"},
                "secrets": {"$ref": "#/components/schemas/DestinationAuth"},
                "s3Secrets": {"type": "object", "properties": {"region": {"type": "string"}}},
                "headers": {"type": "object", "additionalProperties": {"type": "string"}},
                "pin": {"type": "string", "format": "password"},
                "seed": {"type": "string", "writeOnly": true},
                "count": {"type": "integer", "writeOnly": true},
            }},
            "DestinationAuth": {"type": "object", "properties": {
                "awsKeyId": {"type": "string"},
                "extra": {"type": "object", "additionalProperties": {"type": "string"}},
                "nested": {"$ref": "#/components/schemas/Nested"}}},
            "Nested": {"type": "object", "properties": {"user": {"type": "string"}}},
            "KinesisSecrets": {"type": "object", "properties": {"projectNumber": {"type": "string"}}},
            "Other": {"type": "object", "properties": {"user": {"type": "string"},
                "credentials": {"type": "object", "properties": {"user": {"type": "string"}}},
                "oauth2ClientCredentials": {"type": "object", "properties": {
                    "clientId": {"type": "string"}, "clientSecret": {"type": "string"}}}}},
            "DestinationWithSecrets": {"type": "object", "properties": {"name": {"type": "string"}}},
        }}});
        secret_fields(&mut doc).unwrap();
        let secret = json!({"type": "string", "format": SECRET_FORMAT});
        let schemas = &doc["components"]["schemas"];
        let d = &schemas["Destination"]["properties"];
        assert_eq!(d["name"], json!({"type": "string"}));
        assert_eq!(d["s3Secrets"]["properties"]["region"], secret);
        assert_eq!(
            d["headers"]["additionalProperties"],
            json!({"type": "string"})
        );
        assert_eq!(d["pin"], secret);
        assert_eq!(d["seed"], secret);
        assert_eq!(d["count"]["type"], "integer");
        let auth = &schemas["DestinationAuth"]["properties"];
        assert_eq!(auth["awsKeyId"], secret);
        assert_eq!(auth["extra"]["additionalProperties"], secret);
        assert_eq!(schemas["Nested"]["properties"]["user"], secret);
        assert_eq!(
            schemas["KinesisSecrets"]["properties"]["projectNumber"],
            secret
        );
        let other = &schemas["Other"]["properties"];
        assert_eq!(other["user"], json!({"type": "string"}));
        assert_eq!(other["credentials"]["properties"]["user"], secret);
        let oauth = &other["oauth2ClientCredentials"]["properties"];
        assert_eq!(oauth["clientId"], json!({"type": "string"}));
        assert_eq!(oauth["clientSecret"], secret);
        assert_eq!(
            schemas["DestinationWithSecrets"]["properties"]["name"],
            json!({"type": "string"})
        );
    }

    #[test]
    fn unsupported_constructs_are_named() {
        let cases = [
            (
                json!({"200": {"description": "a", "content": {"application/json": {"schema": {"type": "string"}}}},
                       "201": {"description": "b", "content": {"application/json": {"schema": {"type": "integer"}}}}}),
                "#/paths/~1a/post/responses: the preparation step does not support success responses of different types",
            ),
            (
                json!({"200": {"description": "a", "content": {"application/json": {}}}}),
                "#/paths/~1a/post/responses/200: the preparation step does not support a JSON body without a schema, or with an encoding",
            ),
            (
                json!({"200": {"description": "a", "content": {"text/plain": {}, "application/json": {"schema": {}}}}}),
                "#/paths/~1a/post/responses/200: the preparation step does not support a success response with several media types",
            ),
        ];
        for (responses, message) in cases {
            let mut doc = op(responses);
            assert_eq!(
                supported_constructs(&mut doc).unwrap_err().to_string(),
                message
            );
        }
        let mut doc = op(json!({"204": {"description": "ok"}}));
        doc["paths"]["/a"]["post"]["requestBody"] =
            json!({"content": {"multipart/form-data": {"schema": {"type": "object"}}}});
        assert_eq!(
            supported_constructs(&mut doc).unwrap_err().to_string(),
            "#/paths/~1a/post/requestBody: the preparation step does not support a request body of media type multipart/form-data"
        );
        let mut doc = op(json!({"200": {"description": "ok"}, "204": {"description": "also ok"}}));
        supported_constructs(&mut doc).unwrap();
    }
}
