//! Secrets: which properties hold credentials (the workspace's one rule) and their marking.

use serde_json::{Value, json};

use crate::CodegenError;

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
