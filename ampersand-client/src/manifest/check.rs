//! The manifest's checks: the schemas of `manifest/manifest.yaml` walked over the positioned
//! tree (`type`, `required`, `properties`, `additionalProperties`, `items`, `enum`,
//! `minimum`/`maximum`, `minItems`/`maxItems`, `minLength`/`maxLength`, `pattern`, `oneOf`,
//! `anyOf`, `allOf`, `nullable`, `deprecated`, `$ref`), then the rules the schemas cannot say,
//! each found by the shape of the schema rather than by a schema's name:
//!
//! - a list of objects that require `name` or `objectName` names each once;
//! - in one object, the lists whose items have a `fieldName` name each field once, and map
//!   one field at most to each `mapToName`; a list of strings lists each once;
//! - an object whose schema has both `days` and `fullHistory` sets one of them;
//! - a string under the key `schedule` is a cron expression (five fields).
//!
//! The same walk makes the JSON the typed manifest is read from, each scalar typed as its
//! schema says (a plain `1.0` where a string is wanted is `"1.0"`).

use std::borrow::Cow;
use std::collections::HashMap;

use serde_json::{Map, Value as Json};

use super::yaml::{Key, Node, Value};
use super::{Position, Problem, ProblemKind, Severity};

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
    let json = checker.node(root, &schema, "", None);
    Checked {
        json,
        problems: checker.problems,
    }
}

/// `path.key`, or `path["key"]` when the key is not a plain name.
pub(crate) fn join(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '$');
    match (path.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{path}.{key}"),
        (_, false) => format!("{path}[{}]", Json::String(key.to_string())),
    }
}

struct Checker<'s> {
    schemas: &'s Map<String, Json>,
    problems: Vec<Problem>,
}

impl<'s> Checker<'s> {
    fn error(&mut self, at: Position, path: &str, kind: ProblemKind, message: String) {
        self.problems
            .push(Problem::error(at, path.to_string(), kind, message));
    }

    fn warning(&mut self, at: Position, path: &str, kind: ProblemKind, message: String) {
        self.problems.push(Problem {
            severity: Severity::Warning,
            ..Problem::error(at, path.to_string(), kind, message)
        });
    }

    /// `schema` with its `$ref`s followed (and the name of the last one).
    fn resolve<'a>(&self, mut schema: &'a Json) -> (Option<&'a str>, &'a Json)
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
    fn merged<'a>(&self, schema: &'a Json) -> Cow<'a, Json> {
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
    fn node(&mut self, node: &Node, schema: &Json, path: &str, key: Option<&str>) -> Json {
        let (_, schema) = self.resolve(schema);
        let merged = self.merged(schema);
        let schema = merged.as_ref();
        if let Some(alternatives) = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Json::as_array)
        {
            return self.alternatives(node, alternatives, path, key);
        }
        if matches!(node.value, Value::Null) && schema.get("nullable") == Some(&Json::Bool(true)) {
            return Json::Null;
        }
        let json = match schema.get("type").and_then(Json::as_str) {
            Some("object") => self.object(node, schema, path),
            Some("array") => self.array(node, schema, path),
            Some("string") => self.string(node, schema, path, key),
            Some(ty @ ("integer" | "number")) => self.number(node, schema, path, ty),
            Some("boolean") => match node.value {
                Value::Bool(b) => Json::Bool(b),
                _ => self.wrong_type(node, path, "a boolean (true or false)"),
            },
            _ => untyped(node),
        };
        if let Some(allowed) = schema.get("enum").and_then(Json::as_array) {
            if !json.is_null() && !allowed.contains(&json) {
                let listed: Vec<String> =
                    allowed.iter().map(|v| format!("`{}`", text(v))).collect();
                let message = format!("`{}` is not one of {}", text(&json), listed.join(", "));
                self.error(node.at, path, ProblemKind::NotInEnum, message);
            }
        }
        json
    }

    fn wrong_type(&mut self, node: &Node, path: &str, wanted: &str) -> Json {
        let found = match (&node.value, &node.plain) {
            (Value::Str(s), _) => format!("the string `{s}`"),
            (_, Some(plain)) => format!("{} `{plain}`", node.value.describe()),
            _ => node.value.describe().to_string(),
        };
        let message = format!("expected {wanted}, found {found}");
        self.error(node.at, path, ProblemKind::WrongType, message);
        untyped(node)
    }

    /// `oneOf`/`anyOf`: the first alternative the node fits without an error. (The manifest's
    /// alternatives overlap, an existing field with a mapping fits both, so `oneOf` is read as
    /// "one of these forms".)
    fn alternatives(
        &mut self,
        node: &Node,
        alternatives: &[Json],
        path: &str,
        key: Option<&str>,
    ) -> Json {
        let mut failures = Vec::new();
        // the problems of the form whose required keys the node has: a precise report
        let mut closest: Option<(Vec<Problem>, Json)> = None;
        // a key one form defines has that type in every form (as a decoder of all the forms'
        // keys reads it): `fieldName` must be a string in a mapping too
        let forms: Vec<Json> = alternatives
            .iter()
            .map(|a| self.merged(self.resolve(a).1).into_owned())
            .collect();
        let mut every = Map::new();
        for form in &forms {
            for (k, v) in form
                .get("properties")
                .and_then(Json::as_object)
                .into_iter()
                .flatten()
            {
                every.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        for (alternative, form) in alternatives.iter().zip(forms) {
            let mut sub = Checker {
                schemas: self.schemas,
                problems: Vec::new(),
            };
            let mut widened = form;
            if let Some(props) = widened.get_mut("properties").and_then(Json::as_object_mut) {
                for (k, v) in &every {
                    props.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
            let json = sub.node(node, &widened, path, key);
            let first_error = sub
                .problems
                .iter()
                .find(|p| p.severity == Severity::Error)
                .map(|p| p.message.clone());
            match first_error {
                None => {
                    self.problems.extend(sub.problems);
                    return json;
                }
                Some(message) => {
                    let (name, form) = self.resolve(alternative);
                    if closest.is_none() && has_required(node, form) {
                        closest = Some((sub.problems, json));
                    }
                    failures.push(format!(
                        "as {}, {message}",
                        name.unwrap_or("an alternative")
                    ));
                }
            }
        }
        if let Some((problems, json)) = closest {
            self.problems.extend(problems);
            return json;
        }
        let message = format!(
            "fits none of the forms it may take: {}",
            failures.join("; ")
        );
        self.error(node.at, path, ProblemKind::NoAlternative, message);
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
        for (key, value) in entries {
            let at = join(path, &key.text);
            let json = match (properties.get(&key.text), additional) {
                (Some(property), _) => {
                    if self.resolve(property).1.get("deprecated") == Some(&Json::Bool(true)) {
                        let message = format!("`{}` is deprecated", key.text);
                        self.warning(key.at, &at, ProblemKind::Deprecated, message);
                    }
                    self.node(value, property, &at, Some(&key.text))
                }
                (None, Some(Json::Bool(false))) => {
                    let message = format!("`{}` is not allowed here", key.text);
                    self.error(key.at, &at, ProblemKind::UnknownKey, message);
                    untyped(value)
                }
                (None, Some(additional @ Json::Object(_))) => {
                    self.node(value, additional, &at, Some(&key.text))
                }
                (None, _) => {
                    let mut message = format!(
                        "`{}` is not a key the manifest's schema knows (kept as is)",
                        key.text
                    );
                    if let Some(near) = nearest(&key.text, properties.keys()) {
                        message.push_str(&format!("; did you mean `{near}`?"));
                    }
                    self.warning(key.at, &at, ProblemKind::UnknownKey, message);
                    untyped(value)
                }
            };
            out.insert(key.text.clone(), json);
        }
        for required in schema
            .get("required")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
            .filter_map(Json::as_str)
        {
            if !entries.iter().any(|(k, _)| k.text == required) {
                let message = format!("the required key `{required}` is missing");
                self.error(
                    node.at,
                    &join(path, required),
                    ProblemKind::MissingKey,
                    message,
                );
            }
        }
        self.one_backfill_period(entries, properties, path);
        self.fields_once(entries, properties, path);
        Json::Object(out)
    }

    /// `days` or `fullHistory`, not both.
    fn one_backfill_period(
        &mut self,
        entries: &[(Key, Node)],
        properties: &Map<String, Json>,
        path: &str,
    ) {
        let [days, full] = ["days", "fullHistory"];
        if !(properties.contains_key(days) && properties.contains_key(full)) {
            return;
        }
        let find = |name: &str| entries.iter().find(|(k, _)| k.text == name).map(|(k, _)| k);
        if let (Some(a), Some(b)) = (find(days), find(full)) {
            let second = if (a.at.line, a.at.column) > (b.at.line, b.at.column) {
                a
            } else {
                b
            };
            let message = format!(
                "both `{days}` and `{full}` are set: a backfill goes back a number of days or \
                 over the full history, not both"
            );
            self.error(
                second.at,
                &join(path, &second.text),
                ProblemKind::Backfill,
                message,
            );
        }
    }

    /// In one object, the field lists (lists whose items have a `fieldName`) name each field
    /// once and map at most one field to each `mapToName`.
    fn fields_once(&mut self, entries: &[(Key, Node)], properties: &Map<String, Json>, path: &str) {
        let mut named: HashMap<String, Position> = HashMap::new();
        let mut targets: HashMap<String, Position> = HashMap::new();
        for (key, value) in entries {
            let Some(property) = properties.get(&key.text) else {
                continue;
            };
            if !self.is_field_list(property) {
                continue;
            }
            let Value::Seq(items) = &value.value else {
                continue;
            };
            for (i, item) in items.iter().enumerate() {
                let Value::Map(fields) = &item.value else {
                    continue;
                };
                let at = format!("{}[{i}]", join(path, &key.text));
                for (which, seen) in [("fieldName", &mut named), ("mapToName", &mut targets)] {
                    let Some((
                        k,
                        Node {
                            value: Value::Str(name),
                            at: vat,
                            ..
                        },
                    )) = fields.iter().find(|(k, _)| k.text == which)
                    else {
                        continue;
                    };
                    match seen.get(name) {
                        Some(first) => {
                            let message = match which {
                                "fieldName" => format!(
                                    "the field `{name}` is listed twice (first at line {})",
                                    first.line
                                ),
                                _ => format!(
                                    "two fields map to `{name}` (the first at line {})",
                                    first.line
                                ),
                            };
                            self.error(
                                *vat,
                                &join(&at, &k.text),
                                ProblemKind::DuplicateField,
                                message,
                            );
                        }
                        None => {
                            seen.insert(name.clone(), *vat);
                        }
                    }
                }
            }
        }
    }

    /// Whether `schema` is a list whose items (or one of their forms) have a `fieldName`.
    fn is_field_list(&self, schema: &Json) -> bool {
        let schema = self.resolve(schema).1;
        if schema.get("type").and_then(Json::as_str) != Some("array") {
            return false;
        }
        let Some(items) = schema.get("items") else {
            return false;
        };
        let items = self.resolve(items).1;
        let forms: Vec<&Json> = match items.get("oneOf").or_else(|| items.get("anyOf")) {
            Some(Json::Array(forms)) => forms.iter().map(|f| self.resolve(f).1).collect(),
            _ => vec![items],
        };
        forms
            .iter()
            .any(|f| f.pointer("/properties/fieldName").is_some())
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
            .map(|(i, item)| self.node(item, item_schema, &format!("{path}[{i}]"), None))
            .collect();
        self.counted(
            node,
            schema,
            path,
            items.len(),
            ["minItems", "maxItems"],
            "items",
        );
        self.names_once(items, item_schema, path);
        Json::Array(out)
    }

    /// A list of objects that require `name` or `objectName` names each once; a list of
    /// strings lists each once.
    fn names_once(&mut self, items: &[Node], item_schema: &Json, path: &str) {
        let item_schema = self.resolve(item_schema).1;
        let required: Vec<&str> = item_schema
            .get("required")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
            .filter_map(Json::as_str)
            .collect();
        let identity = ["name", "objectName"]
            .into_iter()
            .find(|n| required.contains(n));
        let strings = item_schema.get("type").and_then(Json::as_str) == Some("string");
        let mut seen: HashMap<&str, Position> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let (name, at, item_path) = match (&item.value, identity) {
                (Value::Map(entries), Some(identity)) => {
                    match entries.iter().find(|(k, _)| k.text == identity) {
                        Some((
                            k,
                            Node {
                                value: Value::Str(name),
                                at,
                                ..
                            },
                        )) => (name.as_str(), *at, join(&format!("{path}[{i}]"), &k.text)),
                        _ => continue,
                    }
                }
                (Value::Str(name), None) if strings => {
                    (name.as_str(), item.at, format!("{path}[{i}]"))
                }
                _ => continue,
            };
            match seen.get(name) {
                Some(first) => {
                    let (kind, message) = match identity {
                        Some(identity) => (
                            ProblemKind::DuplicateName,
                            format!("a second item whose `{identity}` is `{name}` (the first at line {})", first.line),
                        ),
                        None => (
                            ProblemKind::DuplicateField,
                            format!("`{name}` is listed twice (first at line {})", first.line),
                        ),
                    };
                    self.error(at, &item_path, kind, message);
                }
                None => {
                    seen.insert(name, at);
                }
            }
        }
    }

    /// A count (`items`, `characters`) within the schema's `bounds` (`minItems`, `maxItems`).
    fn counted(
        &mut self,
        node: &Node,
        schema: &Json,
        path: &str,
        count: usize,
        [min, max]: [&str; 2],
        what: &str,
    ) {
        let count = count as u64;
        let bound = |k: &str| schema.get(k).and_then(Json::as_u64);
        if let Some(min) = bound(min).filter(|m| count < *m) {
            let message = format!("{count} {what}, fewer than the {min} required");
            self.error(node.at, path, ProblemKind::OutOfRange, message);
        }
        if let Some(max) = bound(max).filter(|m| count > *m) {
            let message = format!("{count} {what}, more than the {max} allowed");
            self.error(node.at, path, ProblemKind::OutOfRange, message);
        }
    }

    fn string(&mut self, node: &Node, schema: &Json, path: &str, key: Option<&str>) -> Json {
        let text = match (&node.value, &node.plain) {
            (Value::Str(s), _) => s.clone(),
            (Value::Bool(_) | Value::Int(_) | Value::Float(_), Some(plain)) => plain.clone(),
            _ => return self.wrong_type(node, path, "a string"),
        };
        let length = text.chars().count();
        self.counted(
            node,
            schema,
            path,
            length,
            ["minLength", "maxLength"],
            "characters",
        );
        if let Some(pattern) = schema.get("pattern").and_then(Json::as_str) {
            if let Ok(re) = regex_lite::Regex::new(pattern) {
                if !re.is_match(&text) {
                    let message = format!("`{text}` does not match the pattern `{pattern}`");
                    self.error(node.at, path, ProblemKind::Pattern, message);
                }
            }
        }
        if key == Some("schedule") {
            if let Err(e) = croner::Cron::new(&text).parse() {
                let message = format!(
                    "`{text}` is not a cron schedule (five fields: minute, hour, day of month, \
                     month, day of week): {e}"
                );
                self.error(node.at, path, ProblemKind::Schedule, message);
            }
        }
        Json::String(text)
    }

    fn number(&mut self, node: &Node, schema: &Json, path: &str, ty: &str) -> Json {
        let (json, value) = match (&node.value, ty) {
            (Value::Int(i), _) => (Json::from(*i), *i as f64),
            (Value::Float(f), "number") if f.is_finite() => (
                serde_json::Number::from_f64(*f)
                    .map(Json::Number)
                    .unwrap_or(Json::Null),
                *f,
            ),
            _ => {
                let wanted = if ty == "integer" {
                    "an integer"
                } else {
                    "a number"
                };
                return self.wrong_type(node, path, wanted);
            }
        };
        let bound = |k: &str| schema.get(k).and_then(Json::as_f64);
        let exclusive = |k: &str| schema.get(k) == Some(&Json::Bool(true));
        if let Some(min) = bound("minimum") {
            if value < min || (exclusive("exclusiveMinimum") && value == min) {
                let message = format!("{} is below the minimum, {}", text(&json), number_text(min));
                self.error(node.at, path, ProblemKind::OutOfRange, message);
            }
        }
        if let Some(max) = bound("maximum") {
            if value > max || (exclusive("exclusiveMaximum") && value == max) {
                let message = format!("{} is above the maximum, {}", text(&json), number_text(max));
                self.error(node.at, path, ProblemKind::OutOfRange, message);
            }
        }
        json
    }
}

fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// A JSON value as text: a string without its quotes.
fn text(value: &Json) -> String {
    match value {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Whether `node` is a mapping with every key `schema` (an object form) requires.
fn has_required(node: &Node, schema: &Json) -> bool {
    let Value::Map(entries) = &node.value else {
        return false;
    };
    schema
        .get("required")
        .and_then(Json::as_array)
        .is_some_and(|required| {
            required
                .iter()
                .filter_map(Json::as_str)
                .all(|k| entries.iter().any(|(e, _)| e.text == k))
        })
}

/// The JSON of a node no schema describes: its values as YAML's core schema reads them.
fn untyped(node: &Node) -> Json {
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

/// `value` with each object's keys in its schema's order (the spec's order: `specVersion`
/// before `integrations`, `name` first), keys the schema does not know after them as they
/// were. For writing YAML a person reads.
pub(crate) fn ordered(value: Json, schema: &Json, schemas: &Map<String, Json>) -> Json {
    let checker = Checker {
        schemas,
        problems: Vec::new(),
    };
    checker.order(value, schema)
}

impl Checker<'_> {
    fn order(&self, value: Json, schema: &Json) -> Json {
        let schema = self.merged(self.resolve(schema).1);
        let schema = schema.as_ref();
        match value {
            Json::Object(mut map) => {
                if let Some(forms) = schema
                    .get("oneOf")
                    .or_else(|| schema.get("anyOf"))
                    .and_then(Json::as_array)
                {
                    // the first form whose required keys are all there
                    let fits = forms.iter().find(|f| {
                        let f = self.resolve(f).1;
                        f.get("required")
                            .and_then(Json::as_array)
                            .into_iter()
                            .flatten()
                            .filter_map(Json::as_str)
                            .all(|k| map.contains_key(k))
                    });
                    return match fits {
                        Some(form) => self.order(Json::Object(map), form),
                        None => Json::Object(map),
                    };
                }
                let mut out = Map::new();
                if let Some(properties) = schema.get("properties").and_then(Json::as_object) {
                    for (name, property) in properties {
                        if let Some(v) = map.remove(name) {
                            out.insert(name.clone(), self.order(v, property));
                        }
                    }
                }
                let additional = schema.get("additionalProperties").filter(|a| a.is_object());
                for (name, v) in map {
                    let v = match additional {
                        Some(a) => self.order(v, a),
                        None => v,
                    };
                    out.insert(name, v);
                }
                Json::Object(out)
            }
            Json::Array(items) => {
                let no_items = Json::Object(Map::new());
                let item_schema = schema.get("items").unwrap_or(&no_items);
                Json::Array(
                    items
                        .into_iter()
                        .map(|v| self.order(v, item_schema))
                        .collect(),
                )
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds and paths of `text`'s problems against the schema `Root` of `schemas`.
    fn problems(schemas: Json, text: &str) -> Vec<(ProblemKind, String)> {
        let (root, _) = super::super::yaml::parse(text).unwrap();
        let checked = check(&root, schemas.as_object().unwrap(), "Root");
        checked
            .problems
            .into_iter()
            .map(|p| (p.kind, p.path))
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
                    "ratio": { "type": "number", "maximum": 1, "exclusiveMaximum": true }
                }
            }
        });
        assert_eq!(
            problems(schemas.clone(), "id: ab\ntags: [x]\nnote: ~\nratio: 0.5\n"),
            []
        );
        let got = problems(
            schemas,
            "id: A1\ntags: [x, y, long]\nnote: a\nratio: 1\nother: 1\n",
        );
        let want = [
            (ProblemKind::Pattern, "id"),
            (ProblemKind::OutOfRange, "tags[2]"),
            (ProblemKind::OutOfRange, "tags"),
            (ProblemKind::OutOfRange, "note"),
            (ProblemKind::OutOfRange, "ratio"),
            (ProblemKind::UnknownKey, "other"),
        ];
        let want: Vec<(ProblemKind, String)> =
            want.iter().map(|(k, p)| (*k, p.to_string())).collect();
        assert_eq!(got, want);
    }
}
