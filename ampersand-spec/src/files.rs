//! Reading the spec's files: YAML parsed into JSON, the files of a directory collected, and
//! the references and operations of a document found.

use std::path::Path;

use serde_json::Value;

use crate::{METHODS, SpecError, escape_segment};

/// Parses one YAML document into JSON; `file` only labels the error.
///
/// ```
/// let err = ampersand_spec::parse_yaml("api/api.yaml", "openapi: 3.0.1\npaths: [\n").unwrap_err();
/// assert!(err.to_string().starts_with("api/api.yaml:3:1: invalid YAML"));
/// ```
pub fn parse_yaml(file: &str, text: &str) -> Result<Value, SpecError> {
    serde_norway::from_str::<Value>(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((0, 0));
        SpecError::Syntax {
            file: file.to_string(),
            line,
            column,
            message: e.to_string(),
        }
    })
}

pub(crate) fn read_document(root: &Path, name: &str) -> Result<Value, SpecError> {
    let path = root.join(name);
    let text = std::fs::read_to_string(&path).map_err(|source| SpecError::Read {
        file: name.into(),
        source,
    })?;
    let doc = parse_yaml(name, &text)?;
    match doc.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0") => Ok(doc),
        Some(v) => Err(SpecError::NotOpenApi {
            file: name.into(),
            message: format!("version {v:?}, expected 3.0.x"),
        }),
        None => Err(SpecError::NotOpenApi {
            file: name.into(),
            message: "no `openapi: 3.0.x` at the top".into(),
        }),
    }
}

pub(crate) fn collect_yaml(
    root: &Path,
    dir: &Path,
    out: &mut Vec<String>,
) -> Result<(), SpecError> {
    let read_err = |source| SpecError::Read {
        file: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(read_err)? {
        let path = entry.map_err(read_err)?.path();
        if path.is_dir() {
            collect_yaml(root, &path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            out.push(
                rel.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/"),
            );
        }
    }
    Ok(())
}

pub(crate) fn split_ref(reference: &str) -> (&str, &str) {
    reference.split_once('#').unwrap_or((reference, ""))
}

/// Every `$ref` in `doc` with the JSON pointer of the object holding it.
pub(crate) fn refs(doc: &Value) -> Vec<(String, String)> {
    fn walk(node: &Value, at: &mut String, out: &mut Vec<(String, String)>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    out.push((at.clone(), r.clone()));
                }
                for (k, v) in map {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&escape_segment(k));
                    walk(v, at, out);
                    at.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    let len = at.len();
                    at.push_str(&format!("/{i}"));
                    walk(v, at, out);
                    at.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(doc, &mut String::new(), &mut out);
    out
}

/// (method, path, pointer, operationId) of every operation, in document order.
pub(crate) fn raw_operations(api: &Value) -> Vec<(String, String, String, Option<String>)> {
    let mut out = Vec::new();
    let Some(paths) = api.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let pointer = format!("/paths/{}/{method}", escape_segment(path));
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_string);
            out.push((method.to_uppercase(), path.clone(), pointer, id));
        }
    }
    out
}
