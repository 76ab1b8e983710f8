//! The manifest's schemas (`manifest/manifest.yaml`) walked over the positioned tree, as the
//! service's decoder reads a file: keys matched without case, a null value absent, a number
//! or boolean where text is wanted read as its text. What stops a decode is an error (a list
//! where a mapping belongs, text where a number is wanted, a key given twice); a key the
//! schemas do not know is the service's `unknown-key` warning (with the known key nearest to
//! it); what else the schemas say and the service's validator does not check (an enum, a
//! bound, a required key, a form) is a `schema` warning. The same walk makes the JSON the
//! typed manifest is read from, each key under its schema's name.

use std::borrow::Cow;

use serde_json::{Map, Value as Json};

use crate::problem::{Position, Problem};
use crate::rules::{self, Rule};
use crate::tree::join;
use crate::yaml::{Node, Value};

mod forms;
mod order;
mod scalar;

pub(crate) use order::ordered;
use scalar::text;

/// What a walk found: the JSON of the document and every problem.
pub(crate) struct Checked {
    pub(crate) json: Json,
    pub(crate) problems: Vec<Problem>,
}

/// Walks `root` against the schema `root_name` of `schemas`.
pub(crate) fn check(root: &Node, schemas: &Map<String, Json>, root_name: &str) -> Checked {
    let mut checker = Checker {
        schemas,
        problems: Vec::new(),
    };
    let schema = Json::String(format!("#/components/schemas/{root_name}"));
    let schema = serde_json::json!({ "$ref": schema });
    // an empty document is an empty mapping: what it lacks, the rules say
    if matches!(root.value, Value::Null) {
        return Checked {
            json: Json::Object(Map::new()),
            problems: Vec::new(),
        };
    }
    let json = checker.node(root, &schema, "");
    Checked {
        json,
        problems: checker.problems,
    }
}

pub(super) struct Checker<'s> {
    pub(super) schemas: &'s Map<String, Json>,
    pub(super) problems: Vec<Problem>,
}

impl<'s> Checker<'s> {
    pub(super) fn report(
        &mut self,
        rule: &'static Rule,
        at: Position,
        path: &str,
        message: String,
    ) {
        self.problems.push(Problem::new(rule, path, at, message));
    }

    /// `schema` with its `$ref`s followed (and the name of the last one).
    pub(super) fn resolve<'a>(&self, mut schema: &'a Json) -> (Option<&'a str>, &'a Json)
    where
        's: 'a,
    {
        let mut name = None;
        for _ in 0..32 {
            let Some(reference) = schema.get("$ref").and_then(Json::as_str) else {
                break;
            };
            let target = reference.rsplit('/').next().unwrap_or_default();
            match self.schemas.get(target) {
                Some(next) => {
                    name = Some(target);
                    schema = next;
                }
                None => break,
            }
        }
        (name, schema)
    }

    /// The schema with its `allOf` parts merged into one: their properties and required keys.
    pub(super) fn merged<'a>(&self, schema: &'a Json) -> Cow<'a, Json> {
        let Some(parts) = schema.get("allOf").and_then(Json::as_array) else {
            return Cow::Borrowed(schema);
        };
        let mut out = schema.clone();
        if let Some(o) = out.as_object_mut() {
            o.remove("allOf");
        }
        for part in parts {
            let part = self.merged(self.resolve(part).1);
            let Some(part) = part.as_ref().as_object() else {
                continue;
            };
            for (keyword, value) in part {
                match (keyword.as_str(), out.get_mut(keyword)) {
                    ("properties", Some(Json::Object(props))) => {
                        if let Some(more) = value.as_object() {
                            props.extend(more.clone());
                        }
                    }
                    ("required", Some(Json::Array(req))) => {
                        if let Some(more) = value.as_array() {
                            req.extend(more.clone());
                        }
                    }
                    (_, Some(_)) => {}
                    (_, None) => {
                        out[keyword] = value.clone();
                    }
                }
            }
        }
        Cow::Owned(out)
    }

    /// Checks `node` against `schema` at `path` (the key it is under, if any), returning its
    /// JSON.
    pub(super) fn node(&mut self, node: &Node, schema: &Json, path: &str) -> Json {
        let (_, schema) = self.resolve(schema);
        let merged = self.merged(schema);
        let schema = merged.as_ref();
        if let Some(alternatives) = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Json::as_array)
        {
            return self.alternatives(node, alternatives, path);
        }
        if matches!(node.value, Value::Null) && schema.get("nullable") == Some(&Json::Bool(true)) {
            return Json::Null;
        }
        let json = match schema.get("type").and_then(Json::as_str) {
            Some("object") => self.object(node, schema, path),
            Some("array") => self.array(node, schema, path),
            Some("string") => self.string(node, schema, path),
            Some(ty @ ("integer" | "number")) => self.number(node, schema, path, ty),
            Some("boolean") => match node.value {
                Value::Bool(b) => Json::Bool(b),
                _ => self.wrong_type(node, path, "a boolean (true or false)"),
            },
            _ => untyped(node),
        };
        if let Some(allowed) = schema.get("enum").and_then(Json::as_array)
            && !json.is_null()
            && !allowed.contains(&json)
        {
            let listed: Vec<String> = allowed.iter().map(|v| format!("`{}`", text(v))).collect();
            let message = format!("`{}` is not one of {}", text(&json), listed.join(", "));
            self.report(&rules::SCHEMA, node.at, path, message);
        }
        json
    }

    pub(super) fn wrong_type(&mut self, node: &Node, path: &str, wanted: &str) -> Json {
        let found = match (&node.value, &node.plain) {
            (Value::Str(s), _) => format!("the string `{s}`"),
            (_, Some(plain)) => format!("{} `{plain}`", node.value.describe()),
            _ => node.value.describe().to_string(),
        };
        let message = format!("expected {wanted}, found {found}");
        self.report(&rules::INVALID_TYPE, node.at, path, message);
        untyped(node)
    }

    fn object(&mut self, node: &Node, schema: &Json, path: &str) -> Json {
        let Value::Map(entries) = &node.value else {
            return self.wrong_type(node, path, "a mapping");
        };
        let empty = Map::new();
        let properties = schema
            .get("properties")
            .and_then(Json::as_object)
            .unwrap_or(&empty);
        let additional = schema.get("additionalProperties");
        let mut out = Map::new();
        let mut seen: Vec<(String, usize)> = Vec::new();
        for (key, value) in entries {
            // keys match without case, as the service's decoder matches them
            let known = properties
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(&key.text));
            let name = known.map_or(key.text.as_str(), |(n, _)| n.as_str());
            let at = join(path, name);
            if let Some((_, line)) = seen.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
                let message = format!("the key `{}` again (the first at line {line})", key.text);
                self.report(&rules::DUPLICATE_KEY, key.at, &at, message);
                continue;
            }
            seen.push((name.to_string(), key.at.line));
            let json = match (known, additional) {
                // a null value is an absent key
                (Some(_), _) if matches!(value.value, Value::Null) => continue,
                (Some((_, property)), _) => {
                    if self.resolve(property).1.get("deprecated") == Some(&Json::Bool(true)) {
                        let message = format!("`{name}` is deprecated");
                        self.report(&rules::SCHEMA, key.at, &at, message);
                    }
                    self.node(value, property, &at)
                }
                (None, Some(additional @ Json::Object(_))) => self.node(value, additional, &at),
                (None, _) => {
                    let mut message = format!(
                        "`{}` is not a key the manifest's schema knows here (kept as it is)",
                        key.text
                    );
                    let near = nearest(&key.text, properties.keys());
                    if let Some(near) = near {
                        message.push_str(&format!("; did you mean `{near}`?"));
                    }
                    self.report(&rules::UNKNOWN_KEY, key.at, &at, message);
                    if let (Some(near), Some(last)) = (near, self.problems.last_mut()) {
                        last.suggestion = Some(format!("{near}:"));
                    }
                    untyped(value)
                }
            };
            out.insert(name.to_string(), json);
        }
        for required in schema
            .get("required")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
            .filter_map(Json::as_str)
        {
            if !out.contains_key(required) {
                let message = format!("the required key `{required}` is missing");
                self.report(&rules::SCHEMA, node.at, &join(path, required), message);
            }
        }
        Json::Object(out)
    }

    fn array(&mut self, node: &Node, schema: &Json, path: &str) -> Json {
        let Value::Seq(items) = &node.value else {
            return self.wrong_type(node, path, "a list");
        };
        let no_items = Json::Object(Map::new());
        let item_schema = schema.get("items").unwrap_or(&no_items);
        let out: Vec<Json> = items
            .iter()
            .enumerate()
            .map(|(i, item)| self.node(item, item_schema, &format!("{path}[{i}]")))
            .collect();
        self.counted(
            node,
            schema,
            path,
            items.len(),
            ["minItems", "maxItems"],
            "items",
        );
        Json::Array(out)
    }
}

/// The JSON of a node no schema describes: its values as YAML's core schema reads them.
pub(super) fn untyped(node: &Node) -> Json {
    match &node.value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Int(i) => Json::from(*i),
        Value::Float(f) => serde_json::Number::from_f64(*f)
            .map(Json::Number)
            .unwrap_or_else(|| Json::String(node.plain.clone().unwrap_or_default())),
        Value::Str(s) => Json::String(s.clone()),
        Value::Seq(items) => Json::Array(items.iter().map(untyped).collect()),
        Value::Map(entries) => Json::Object(
            entries
                .iter()
                .map(|(k, v)| (k.text.clone(), untyped(v)))
                .collect(),
        ),
    }
}

/// The known key nearest to a misspelt one (at most two edits away, and not the whole word).
fn nearest<'a>(key: &str, known: impl Iterator<Item = &'a String>) -> Option<&'a str> {
    known
        .map(|k| {
            (
                strsim::levenshtein(&key.to_lowercase(), &k.to_lowercase()),
                k,
            )
        })
        .filter(|(d, k)| *d <= 2 && *d < k.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The checks and paths of `text`'s problems against the schema `Root` of `schemas`.
    fn problems(schemas: Json, text: &str) -> Vec<(&'static str, String)> {
        let root = crate::yaml::parse(text).unwrap();
        let checked = check(&root, schemas.as_object().unwrap(), "Root");
        checked
            .problems
            .into_iter()
            .map(|p| (p.rule.check, p.path))
            .collect()
    }

    // keywords the manifest's schemas do not use today, which a newer one may
    #[test]
    fn the_other_keywords_are_checked_too() {
        let schemas = serde_json::json!({
            "Base": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "pattern": "^[a-z]+$" } } },
            "Root": {
                "allOf": [{ "$ref": "#/components/schemas/Base" }],
                "type": "object",
                "additionalProperties": false,
                "properties": {
                    "tags": { "type": "array", "minItems": 1, "maxItems": 2, "items": { "type": "string", "maxLength": 3 } },
                    "note": { "type": "string", "nullable": true, "minLength": 2 },
                    "ratio": { "type": "number", "maximum": 1, "exclusiveMaximum": true },
                    "count": { "type": "integer" }
                }
            }
        });
        assert_eq!(
            problems(schemas.clone(), "id: ab\ntags: [x]\nnote: ~\nratio: 0.5\n"),
            []
        );
        let got = problems(
            schemas,
            "id: A1\ntags: [x, y, long]\nnote: a\nratio: 1\nother: 1\nCount: many\nID: b\n",
        );
        let want = [
            ("schema", "id"),
            ("schema", "tags[2]"),
            ("schema", "tags"),
            ("schema", "note"),
            ("schema", "ratio"),
            ("unknown-key", "other"),
            ("invalid-type", "count"),
            ("duplicate-key", "id"),
        ];
        let want: Vec<(&str, String)> = want.iter().map(|(k, p)| (*k, p.to_string())).collect();
        assert_eq!(got, want);
    }
}
