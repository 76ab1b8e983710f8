//! Update-mask rules from the spec: for each operation whose JSON body has an `updateMask`
//! beside one partial object, the key of that object and the mask paths the spec allows,
//! read from the `updateMask` item enum or, failing that, from the bulleted list of allowed
//! values in its description. A listed path that ends with `.` (the spec's rendering of
//! `config.content.read.objects.<objectName>`) takes one more segment, written `*`.

use serde_json::Value;

use crate::CodegenError;

/// One endpoint's rule: (Rust method name, key of the partial object, allowed paths).
pub type MaskRule = (String, String, Vec<String>);

/// The paths a `updateMask` schema allows: its item enum, else the bullets of its
/// description that read as field paths (`- name`, ``- `metadata.url` ``).
///
/// ```
/// let schema = serde_json::json!({"type": "array", "items": {"type": "string"},
///     "description": "Allowed values:\n- `connectionId`\n- switch the connection.\n- `config.content.read.objects.`\n- replace one object."});
/// assert_eq!(
///     ampersand_codegen::masks::allowed_paths(&schema),
///     ["connectionId", "config.content.read.objects.*"]
/// );
/// ```
pub fn allowed_paths(schema: &Value) -> Vec<String> {
    if let Some(values) = schema.pointer("/items/enum").and_then(Value::as_array) {
        return values
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect();
    }
    let description = schema["description"].as_str().unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    for line in description.lines() {
        let Some(item) = line.trim().strip_prefix("- ") else {
            continue;
        };
        let item = item.trim().trim_matches('`');
        if !is_path(item) {
            continue;
        }
        let path = match item.strip_suffix('.') {
            Some(stem) => format!("{stem}.*"),
            None => item.to_string(),
        };
        if !out.contains(&path) {
            out.push(path);
        }
    }
    out
}

/// `a`, `a.b`, `a.b.` (letters, digits, `_`; no spaces).
fn is_path(item: &str) -> bool {
    let body = item.strip_suffix('.').unwrap_or(item);
    !body.is_empty()
        && body.split('.').all(|segment| {
            let mut chars = segment.chars();
            chars
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

/// Every update-mask rule of a prepared document, in the order of its operations. An
/// operation with an `updateMask` whose paths cannot be read, or with other than one partial
/// object beside it, fails the generation, naming it.
pub fn rules(document: &Value) -> Result<Vec<MaskRule>, CodegenError> {
    use heck::ToSnakeCase;
    let resolve = |node: &Value| -> Value {
        match node.get("$ref").and_then(Value::as_str) {
            Some(r) => document
                .pointer(r.trim_start_matches('#'))
                .cloned()
                .unwrap_or_default(),
            None => node.clone(),
        }
    };
    let mut out = Vec::new();
    for (path, item) in document["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            let schema = op.pointer("/requestBody/content/application~1json/schema");
            let Some(body) = schema.map(&resolve) else {
                continue;
            };
            let Some(mask) = body.pointer("/properties/updateMask").map(&resolve) else {
                continue;
            };
            let id = op["operationId"].as_str().unwrap_or_default();
            let at = format!("/paths/{}/{method}", ampersand_spec::escape_segment(path));
            let others: Vec<&String> = body["properties"]
                .as_object()
                .into_iter()
                .flat_map(|p| p.keys())
                .filter(|k| *k != "updateMask")
                .collect();
            let [object_key] = others[..] else {
                return Err(CodegenError::Unsupported {
                    pointer: format!("{at}/requestBody"),
                    construct: format!(
                        "an updateMask beside {} properties ({id} needs one partial object)",
                        others.len()
                    ),
                });
            };
            let allowed = allowed_paths(&mask);
            if allowed.is_empty() {
                return Err(CodegenError::Unsupported {
                    pointer: format!("{at}/requestBody"),
                    construct: format!(
                        "an updateMask of {id} without an item enum or a bulleted list of allowed paths"
                    ),
                });
            }
            out.push((id.to_snake_case(), object_key.clone(), allowed));
        }
    }
    Ok(out)
}

/// `pub const UPDATE_MASKS`: the rules of the document's update endpoints.
pub fn item(document: &Value) -> Result<syn::Item, CodegenError> {
    let rules = rules(document)?.into_iter().map(|(method, key, allowed)| {
        quote::quote! {
            crate::UpdateMaskRule { method_name: #method, object_key: #key, allowed: &[#(#allowed),*] }
        }
    });
    Ok(syn::parse_quote! {
        /// The update endpoints' mask rules, read from the spec: each one's operation, the key
        /// of its partial object and the mask paths it allows (`*` stands for one name).
        pub const UPDATE_MASKS: &[crate::UpdateMaskRule] = &[#(#rules),*];
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_enum_wins_and_a_description_gives_its_path_bullets_only() {
        let doc = json!({"paths": {
            "/a/{id}": {"patch": {"operationId": "updateThing", "requestBody": {"content": {"application/json": {"schema": {
                "type": "object", "properties": {
                    "thing": {"type": "object"},
                    "updateMask": {"type": "array", "items": {"type": "string", "enum": ["b", "a"]},
                        "description": "- c"}}}}}}}},
            "/b": {"patch": {"operationId": "updateOther", "requestBody": {"content": {"application/json": {"schema": {
                "$ref": "#/components/schemas/Body"}}}}}},
        }, "components": {"schemas": {"Body": {"type": "object", "properties": {
            "other": {"type": "object"},
            "updateMask": {"type": "array", "items": {"type": "string"}, "description":
                "Allowed values include:\n- name\n- the display name, shown to users.\n- `metadata.url`\n- `objects.`\n- objects.\n"}}}}}});
        let rules = rules(&doc).unwrap();
        assert_eq!(
            rules,
            [
                (
                    "update_thing".into(),
                    "thing".into(),
                    vec!["b".into(), "a".into()]
                ),
                (
                    "update_other".into(),
                    "other".into(),
                    vec!["name".into(), "metadata.url".into(), "objects.*".into()]
                ),
            ]
        );
    }

    #[test]
    fn an_unreadable_mask_is_named() {
        let doc = json!({"paths": {"/a": {"patch": {"operationId": "updateThing", "requestBody": {"content": {"application/json": {"schema": {
            "type": "object", "properties": {"thing": {"type": "object"},
                "updateMask": {"type": "array", "description": "Whatever you like."}}}}}}}}}});
        let err = rules(&doc).unwrap_err().to_string();
        assert!(
            err.contains("updateMask of updateThing without an item enum"),
            "{err}"
        );
    }
}
