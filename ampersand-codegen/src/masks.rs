//! Update-mask rules from the spec: for each operation whose JSON body has an `updateMask`
//! beside one partial object, the key of that object and the mask paths the spec allows,
//! read from the `updateMask` item enum or, failing that, from the bulleted list of allowed
//! values in its description, in every form the service's documents write it (see
//! [`allowed_paths`]).

use serde_json::Value;

use crate::CodegenError;

/// One endpoint's rule, as the spec gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MaskRule {
    /// The spec's `operationId` (`updateInstallation`).
    pub operation_id: String,
    /// The generated `Client` method (`update_installation`).
    pub method_name: String,
    /// The key of the partial object beside `updateMask` in the body (`installation`).
    pub object_key: String,
    /// The allowed paths, in the spec's order (`*` stands for one name).
    pub allowed: Vec<String>,
}

/// The paths a `updateMask` schema allows: its item enum, else the bullets of its
/// description that name a field path. A bullet is read in each form the spec's documents use:
///
/// - ``- `path` - what it does`` (the published form: path and text on one line),
/// - ``- `path` `` alone (its text on a bullet of its own, which is prose and ignored),
/// - `- path` and `- path - what it does` (no code span).
///
/// A segment `<placeholder>` (the published `config.content.read.objects.<objectName>`) and a
/// trailing `.` (the same path with its placeholder stripped, as a flattened copy has it) both
/// stand for one more segment, written `*`. Bullets that are not paths are ignored, and a path
/// listed twice is kept once.
///
/// ```
/// let schema = serde_json::json!({"type": "array", "items": {"type": "string"},
///     "description": "Allowed values:\n\
///         - `connectionId` - switch the connection.\n\
///         - `config.content.read.objects.<objectName>` - replace one object.\n\
///         Replace `<objectName>` with the provider object name."});
/// assert_eq!(
///     ampersand_codegen::masks::allowed_paths(&schema),
///     ["connectionId", "config.content.read.objects.*"]
/// );
/// ```
pub fn allowed_paths(schema: &Value) -> Vec<String> {
    if let Some(values) = schema.pointer("/items/enum").and_then(Value::as_array) {
        let mut out: Vec<String> = Vec::new();
        for value in values.iter().filter_map(Value::as_str) {
            if !out.iter().any(|p| p == value) {
                out.push(value.to_string());
            }
        }
        return out;
    }
    let description = schema["description"].as_str().unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    for line in description.lines() {
        let Some(path) = bullet_path(line) else {
            continue;
        };
        if !out.contains(&path) {
            out.push(path);
        }
    }
    out
}

/// The path a description line names, when it is a bullet that names one, with placeholders
/// (`<…>` and a stripped trailing `.`) written `*`.
fn bullet_path(line: &str) -> Option<String> {
    let item = line.trim_start();
    let item = item
        .strip_prefix("- ")
        .or_else(|| item.strip_prefix("* "))?
        .trim();
    let (candidate, rest) = match item.strip_prefix('`') {
        // a code span opens the bullet: it is the path, whatever text follows it
        Some(quoted) => {
            let end = quoted.find('`')?;
            (&quoted[..end], "")
        }
        // no code span: the first word, alone or followed by ` - text`
        None => match item.split_once(char::is_whitespace) {
            // `- label: what it is`
            Some((word, _)) if word.len() > 1 && word.ends_with(':') => {
                (&word[..word.len() - 1], "")
            }
            Some((word, rest)) => (word, rest.trim_start()),
            None => (item, ""),
        },
    };
    if !(rest.is_empty() || is_separator(rest)) {
        return None;
    }
    normalise(candidate.trim())
}

/// The text after a bare path that reads as its description: `- text`, `– text`, `: text`.
fn is_separator(rest: &str) -> bool {
    ["- ", "– ", "— ", ": "]
        .iter()
        .any(|sep| rest.starts_with(sep))
        || matches!(rest, "-" | "–" | "—" | ":")
}

/// `a`, `a.b`, `a.<name>.b`, `a.b.` (letters, digits, `_`; a `<…>` segment or a trailing `.`
/// for one more segment) as the rule's path, with those segments written `*`; `None` for
/// anything else.
fn normalise(path: &str) -> Option<String> {
    let body = path.strip_suffix('.');
    let (body, trailing) = match body {
        Some(stem) => (stem, true),
        None => (path, false),
    };
    if body.is_empty() {
        return None;
    }
    let mut segments = Vec::new();
    for segment in body.split('.') {
        if segment.len() > 2 && segment.starts_with('<') && segment.ends_with('>') {
            segments.push("*");
            continue;
        }
        let mut chars = segment.chars();
        let word = chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !word {
            return None;
        }
        segments.push(segment);
    }
    if trailing {
        segments.push("*");
    }
    // a placeholder alone names no field
    if segments.iter().all(|s| *s == "*") {
        return None;
    }
    Some(segments.join("."))
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
            out.push(MaskRule {
                operation_id: id.to_string(),
                method_name: id.to_snake_case(),
                object_key: object_key.clone(),
                allowed,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn described(text: &str) -> Value {
        json!({"type": "array", "items": {"type": "string"}, "description": text})
    }

    #[test]
    fn an_item_enum_wins_and_keeps_each_value_once() {
        let schema = json!({"type": "array", "items": {"type": "string", "enum": ["b", "a", "b"]},
            "description": "- `c`"});
        assert_eq!(allowed_paths(&schema), ["b", "a"]);
    }

    #[test]
    fn the_published_form_path_and_text_on_one_line() {
        let schema = described(
            "Allowed values:\n\
             - `appName` - the display name of the application, shown to end users.\n\
             - `name` - the unique project identifier (must be unique within your organization).\n",
        );
        assert_eq!(allowed_paths(&schema), ["appName", "name"]);
    }

    #[test]
    fn a_code_span_alone_and_its_text_on_a_bullet_of_its_own() {
        let schema = described(
            "Allowed values:\n- `appName`\n- the display name of the application.\n- `name`\n- the unique name.",
        );
        assert_eq!(allowed_paths(&schema), ["appName", "name"]);
    }

    #[test]
    fn bare_paths_alone_or_with_text() {
        let schema = described(
            "Allowed values include:\n- name\n- metadata.url - where to send\n* secrets.awsKeyId\n  - label: the label\n",
        );
        assert_eq!(
            allowed_paths(&schema),
            ["name", "metadata.url", "secrets.awsKeyId", "label"]
        );
    }

    #[test]
    fn a_placeholder_and_a_stripped_placeholder_are_one_more_segment() {
        let published = described(
            "- `config.content.read.objects.<objectName>` - replace one object\n\
             - `config.content.read.objects.<objectName>.fields` - its fields\n\
             - `a.<x>.b.<y>`\n",
        );
        assert_eq!(
            allowed_paths(&published),
            [
                "config.content.read.objects.*",
                "config.content.read.objects.*.fields",
                "a.*.b.*"
            ]
        );
        let stripped =
            described("- `config.content.read.objects.` - replace one object\n- objects.");
        assert_eq!(
            allowed_paths(&stripped),
            ["config.content.read.objects.*", "objects.*"]
        );
    }

    #[test]
    fn prose_bullets_and_continuations_are_ignored_and_a_path_twice_is_kept_once() {
        let schema = described(
            "Allowed values:\n\
             - `connectionId` - switch the connection.\n\
             - the display name, shown to users.\n\
             - replace the read config for a single object (e.g. `config.content.read.objects.contacts`).\n\
             `accounts`).\n\
             - `connectionId`\n\
             - `has space`\n\
             - `` - empty\n\
             - `<objectName>` - a placeholder alone is no path\n\
             - 1abc\n\
             Replace `<objectName>` with the provider object name.\n",
        );
        assert_eq!(allowed_paths(&schema), ["connectionId"]);
    }

    #[test]
    fn rules_name_the_operation_and_its_partial_object() {
        let doc = json!({"paths": {
            "/a/{id}": {"patch": {"operationId": "updateThing", "requestBody": {"content": {"application/json": {"schema": {
                "type": "object", "properties": {
                    "thing": {"type": "object"},
                    "updateMask": {"type": "array", "items": {"type": "string", "enum": ["b", "a"]}}}}}}}}},
            "/b": {"patch": {"operationId": "updateOther", "requestBody": {"content": {"application/json": {"schema": {
                "$ref": "#/components/schemas/Body"}}}}}},
        }, "components": {"schemas": {"Body": {"type": "object", "properties": {
            "other": {"type": "object"},
            "updateMask": {"type": "array", "items": {"type": "string"}, "description":
                "Allowed values include:\n- `name` - the name\n- `objects.<name>` - one object\n"}}}}}});
        let rule = |id: &str, method: &str, key: &str, allowed: &[&str]| MaskRule {
            operation_id: id.into(),
            method_name: method.into(),
            object_key: key.into(),
            allowed: allowed.iter().map(|p| p.to_string()).collect(),
        };
        assert_eq!(
            rules(&doc).unwrap(),
            [
                rule("updateThing", "update_thing", "thing", &["b", "a"]),
                rule(
                    "updateOther",
                    "update_other",
                    "other",
                    &["name", "objects.*"]
                ),
            ]
        );
    }

    #[test]
    fn an_unreadable_mask_is_named() {
        let doc = json!({"paths": {"/a": {"patch": {"operationId": "updateThing", "requestBody": {"content": {"application/json": {"schema": {
            "type": "object", "properties": {"thing": {"type": "object"},
                "updateMask": {"type": "array", "description": "Whatever you like.\n- any field you want"}}}}}}}}}});
        let err = rules(&doc).unwrap_err().to_string();
        assert!(
            err.contains("updateMask of updateThing without an item enum"),
            "{err}"
        );
    }
}
