//! Scalars and counts: strings (their length and pattern), numbers (their bounds), and the
//! bounds of a list's items.

use serde_json::Value as Json;

use super::Checker;
use crate::rules;
use crate::yaml::{Node, Value};

impl Checker<'_> {
    /// A count (`items`, `characters`) within the schema's `bounds` (`minItems`, `maxItems`).
    pub(super) fn counted(
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
            self.report(&rules::SCHEMA, node.at, path, message);
        }
        if let Some(max) = bound(max).filter(|m| count > *m) {
            let message = format!("{count} {what}, more than the {max} allowed");
            self.report(&rules::SCHEMA, node.at, path, message);
        }
    }

    pub(super) fn string(&mut self, node: &Node, schema: &Json, path: &str) -> Json {
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
        if let Some(pattern) = schema.get("pattern").and_then(Json::as_str)
            && let Ok(re) = regex_lite::Regex::new(pattern)
            && !re.is_match(&text)
        {
            let message = format!("`{text}` does not match the pattern `{pattern}`");
            self.report(&rules::SCHEMA, node.at, path, message);
        }
        Json::String(text)
    }

    pub(super) fn number(&mut self, node: &Node, schema: &Json, path: &str, ty: &str) -> Json {
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
        if let Some(min) = bound("minimum")
            && (value < min || (exclusive("exclusiveMinimum") && value == min))
        {
            let message = format!("{} is below the minimum, {}", text(&json), number_text(min));
            self.report(&rules::SCHEMA, node.at, path, message);
        }
        if let Some(max) = bound("maximum")
            && (value > max || (exclusive("exclusiveMaximum") && value == max))
        {
            let message = format!("{} is above the maximum, {}", text(&json), number_text(max));
            self.report(&rules::SCHEMA, node.at, path, message);
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
pub(super) fn text(value: &Json) -> String {
    match value {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}
