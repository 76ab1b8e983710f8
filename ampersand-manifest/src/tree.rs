//! The positioned YAML tree as the service's decoder reads it, for the rules: keys matched
//! case-insensitively (`ObjectName` is `objectName`), a key with a null value absent, numbers
//! and booleans where text is wanted read as their text, and every node with its path.

use crate::problem::Position;
use crate::yaml::{Node, Value};

/// A node and its path in the manifest.
#[derive(Clone)]
pub(crate) struct At<'a> {
    pub(crate) node: &'a Node,
    pub(crate) path: String,
}

impl<'a> At<'a> {
    /// The document's root.
    pub(crate) fn root(node: &'a Node) -> At<'a> {
        At {
            node,
            path: String::new(),
        }
    }

    /// Where the node starts.
    pub(crate) fn position(&self) -> Position {
        self.node.at
    }

    /// The path of `key` under this node.
    pub(crate) fn child(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The value of `key` (matched without case), unless absent or null.
    pub(crate) fn get(&self, key: &str) -> Option<At<'a>> {
        let Value::Map(entries) = &self.node.value else {
            return None;
        };
        let (_, node) = entries
            .iter()
            .find(|(k, _)| k.text.eq_ignore_ascii_case(key))?;
        if matches!(node.value, Value::Null) {
            return None;
        }
        Some(At {
            node,
            path: self.child(key),
        })
    }

    /// Whether `key` has a value (not null).
    pub(crate) fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The items of a list (none for anything else).
    pub(crate) fn items(&self) -> Vec<At<'a>> {
        match &self.node.value {
            Value::Seq(items) => items
                .iter()
                .enumerate()
                .map(|(i, node)| At {
                    node,
                    path: format!("{}[{i}]", self.path),
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The text of a scalar: a string, or the source text of a plain number or boolean.
    pub(crate) fn text(&self) -> Option<&'a str> {
        match (&self.node.value, &self.node.plain) {
            (Value::Str(s), _) => Some(s),
            (Value::Bool(_) | Value::Int(_) | Value::Float(_), Some(plain)) => Some(plain),
            _ => None,
        }
    }

    /// The text of `key`'s value, or `""` when it is absent, null or not a scalar.
    pub(crate) fn text_of(&self, key: &str) -> &'a str {
        self.get(key).and_then(|v| v.text()).unwrap_or_default()
    }

    /// A boolean value.
    pub(crate) fn boolean(&self) -> Option<bool> {
        match self.node.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// An integer value.
    pub(crate) fn integer(&self) -> Option<i64> {
        match self.node.value {
            Value::Int(i) => Some(i),
            _ => None,
        }
    }

    /// Whether the value is an empty list (or no list at all).
    pub(crate) fn is_empty_list(&self) -> bool {
        match &self.node.value {
            Value::Seq(items) => items.is_empty(),
            _ => true,
        }
    }

    /// The non-empty list under `key`, if there is one.
    pub(crate) fn list(&self, key: &str) -> Option<At<'a>> {
        self.get(key).filter(|l| !l.is_empty_list())
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
        (_, false) => format!("{path}[{}]", serde_json::Value::String(key.to_string())),
    }
}
