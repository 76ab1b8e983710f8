#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod bodies;
mod bundle;
mod error;
mod files;
mod pointer;
pub mod sample;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde_json::Value;

pub use bodies::RequestBodies;
pub use bundle::{Bundle, BundledSchema};
pub use error::{SpecError, SpecErrors};
pub use files::parse_yaml;
use files::{collect_yaml, raw_operations, read_document, refs, split_ref};
pub use pointer::escape_segment;

/// The entry point of a spec directory, relative to its root.
pub const ENTRY: &str = "api/api.yaml";

/// The data-plane files of a spec directory, each an entry point of its own: the module of
/// `ampersand-client` it becomes, and its path relative to the root. The first three have
/// operations (each on its own host); the last two only describe payloads.
pub const DATA_PLANE: &[(&str, &str)] = &[
    ("read", "api/read.yaml"),
    ("write", "api/write.yaml"),
    ("search", "api/search.yaml"),
    ("webhook", "webhook/webhook.yaml"),
    ("notifications", "notifications/notifications.yaml"),
];

/// The integration manifest's file (`amp.yaml`'s schemas), relative to the root: an entry of
/// its own, which `api/api.yaml` reaches only in part (never its root schema,
/// [`MANIFEST_ROOT`]).
pub const MANIFEST: &str = "manifest/manifest.yaml";

/// The schema of a whole `amp.yaml` file, in [`MANIFEST`].
pub const MANIFEST_ROOT: &str = "Manifest";

/// The HTTP methods an OpenAPI 3.0 path item can hold, in the order the spec lists them.
pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A loaded and checked spec directory.
#[derive(Debug, Clone)]
pub struct Spec {
    root: PathBuf,
    entry: String,
    files: BTreeMap<String, Value>,
}

/// One operation of the API: a method on a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// HTTP method, upper case (`GET`).
    pub method: String,
    /// Path template (`/projects/{projectIdOrName}`).
    pub path: String,
    /// The operation's `operationId`.
    pub operation_id: String,
    /// JSON pointer of the operation in `api/api.yaml`.
    pub pointer: String,
}

impl Spec {
    /// Loads `api/api.yaml` under `root` and every file it reaches through `$ref`s, and checks
    /// them: YAML syntax, OpenAPI 3.0 version, `$ref`s, `operationId`s.
    ///
    /// ```no_run
    /// let spec = ampersand_spec::Spec::load("openapi").expect("a valid spec");
    /// assert!(spec.files().any(|(name, _)| name == "problem/problem.yaml"));
    /// ```
    pub fn load(root: impl AsRef<Path>) -> Result<Spec, SpecErrors> {
        Self::load_files(root.as_ref(), ENTRY, vec![ENTRY.to_string()])
    }

    /// Like [`Spec::load`], with another entry point: one of the data-plane files
    /// ([`DATA_PLANE`]), say. Its operations and bundle are those of `entry`.
    ///
    /// ```no_run
    /// let spec = ampersand_spec::Spec::load_entry("openapi", "api/write.yaml").unwrap();
    /// assert_eq!(spec.operations()[0].operation_id, "writeRecords");
    /// ```
    pub fn load_entry(root: impl AsRef<Path>, entry: &str) -> Result<Spec, SpecErrors> {
        Self::load_files(root.as_ref(), entry, vec![entry.to_string()])
    }

    /// The entry point this was loaded from, relative to the root.
    pub fn entry(&self) -> &str {
        &self.entry
    }

    /// Like [`Spec::load`], but also loads and checks every other `.yaml`/`.yml` file under
    /// `root`, including files that nothing refers to.
    ///
    /// ```no_run
    /// let spec = ampersand_spec::Spec::load_all("openapi").expect("a valid spec");
    /// assert!(spec.files().count() >= 5);
    /// ```
    pub fn load_all(root: impl AsRef<Path>) -> Result<Spec, SpecErrors> {
        let root = root.as_ref();
        let mut names = vec![ENTRY.to_string()];
        let mut found = Vec::new();
        collect_yaml(root, root, &mut found).map_err(|e| SpecErrors::from(vec![e]))?;
        found.sort();
        names.extend(found.into_iter().filter(|n| n != ENTRY));
        Self::load_files(root, ENTRY, names)
    }

    fn load_files(root: &Path, entry: &str, start: Vec<String>) -> Result<Spec, SpecErrors> {
        let mut errors = Vec::new();
        let mut files: BTreeMap<String, Value> = BTreeMap::new();
        let mut queue = start;
        while let Some(name) = queue.pop() {
            if files.contains_key(&name) {
                continue;
            }
            let doc = match read_document(root, &name) {
                Ok(doc) => doc,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            // follow refs into other files; whether each ref resolves is checked once all are loaded
            for (_, reference) in refs(&doc) {
                let (file, _) = split_ref(&reference);
                if let Some(target) = pointer::join(&name, file).filter(|_| !file.is_empty())
                    && root.join(&target).is_file()
                {
                    queue.push(target);
                }
            }
            files.insert(name, doc);
        }
        let spec = Spec {
            root: root.to_path_buf(),
            entry: entry.to_string(),
            files,
        };
        if errors.is_empty() {
            errors.extend(spec.check_refs());
            errors.extend(spec.check_operations());
        }
        if errors.is_empty() {
            Ok(spec)
        } else {
            Err(errors.into())
        }
    }

    /// The spec root this was loaded from.
    ///
    /// ```no_run
    /// let spec = ampersand_spec::Spec::load("openapi").unwrap();
    /// assert!(spec.root().ends_with("openapi"));
    /// ```
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The entry document (`api/api.yaml` unless loaded with [`Spec::load_entry`]), as JSON.
    ///
    /// ```no_run
    /// let spec = ampersand_spec::Spec::load("openapi").unwrap();
    /// assert_eq!(spec.api()["openapi"], "3.0.1");
    /// ```
    pub fn api(&self) -> &Value {
        &self.files[&self.entry]
    }

    /// Every loaded file, by path relative to the root (`/`-separated), sorted.
    ///
    /// ```no_run
    /// let spec = ampersand_spec::Spec::load("openapi").unwrap();
    /// let names: Vec<&str> = spec.files().map(|(n, _)| n).collect();
    /// assert!(names.contains(&"api/api.yaml"));
    /// ```
    pub fn files(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.files.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Resolves `reference` as written in the file `from` (relative to the root), returning the
    /// file it lands in and the value; the error says why it does not resolve.
    ///
    /// ```no_run
    /// let spec = ampersand_spec::Spec::load("openapi").unwrap();
    /// let (file, problem) = spec
    ///     .resolve("api/api.yaml", "../problem/problem.yaml#/components/schemas/ApiProblem")
    ///     .unwrap();
    /// assert_eq!(file, "problem/problem.yaml");
    /// assert!(problem["properties"]["requestId"].is_object());
    /// ```
    pub fn resolve(&self, from: &str, reference: &str) -> Result<(String, &Value), String> {
        let (file, fragment) = split_ref(reference);
        let target = if file.is_empty() {
            from.to_string()
        } else {
            pointer::join(from, file)
                .ok_or_else(|| format!("{file:?} points outside the spec directory"))?
        };
        let doc = self
            .files
            .get(&target)
            .ok_or_else(|| format!("file {target} does not exist"))?;
        let value = pointer::follow(doc, fragment).map_err(|e| format!("{e} in {target}"))?;
        Ok((target, value))
    }

    /// The operations of the entry document, in its order.
    ///
    /// ```no_run
    /// let spec = ampersand_spec::Spec::load("openapi").unwrap();
    /// assert!(spec.operations().iter().any(|op| op.operation_id == "listInstallations"));
    /// ```
    pub fn operations(&self) -> Vec<Operation> {
        raw_operations(self.api())
            .into_iter()
            .filter_map(|(method, path, pointer, id)| {
                Some(Operation {
                    method,
                    path,
                    operation_id: id?,
                    pointer,
                })
            })
            .collect()
    }

    fn check_refs(&self) -> Vec<SpecError> {
        let mut errors = Vec::new();
        for (name, doc) in &self.files {
            for (pointer, reference) in refs(doc) {
                if let Err(reason) = self.resolve(name, &reference) {
                    errors.push(SpecError::DanglingRef {
                        file: name.clone(),
                        pointer,
                        reference,
                        reason,
                    });
                }
            }
        }
        errors
    }

    fn check_operations(&self) -> Vec<SpecError> {
        let mut errors = Vec::new();
        let mut seen: HashMap<String, String> = HashMap::new();
        for (method, path, pointer, id) in raw_operations(self.api()) {
            let Some(id) = id else {
                errors.push(SpecError::MissingOperationId {
                    file: self.entry.clone(),
                    pointer,
                    method,
                    path,
                });
                continue;
            };
            let here = format!("{method} {path}");
            if let Some(first) = seen.get(&id) {
                errors.push(SpecError::DuplicateOperationId {
                    file: self.entry.clone(),
                    pointer,
                    operation_id: id,
                    first: first.clone(),
                    second: here,
                });
            } else {
                seen.insert(id, here);
            }
        }
        errors
    }
}

/// Folds every run of white space to one space and trims the ends: two YAML texts that differ
/// only in line breaks and indentation fold to the same string.
///
/// ```
/// assert_eq!(ampersand_spec::fold_whitespace("a:\n  b:  c\n"), "a: b: c");
/// ```
pub fn fold_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An OpenAPI 3.0 schema as JSON Schema (draft 4), for a validator: `nullable: true` becomes
/// a `null` type beside the schema's own, at every depth.
///
/// ```
/// let schema = serde_json::json!({"properties": {"a": {"type": "string", "nullable": true}}});
/// let converted = ampersand_spec::json_schema(&schema);
/// assert_eq!(converted["properties"]["a"]["type"], serde_json::json!(["string", "null"]));
/// ```
pub fn json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out: serde_json::Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), json_schema(v)))
                .collect();
            if out.get("nullable") == Some(&Value::Bool(true))
                && let Some(Value::String(t)) = out.get("type").cloned()
            {
                out.insert("type".into(), Value::from(vec![t, "null".to_string()]));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(json_schema).collect()),
        other => other.clone(),
    }
}

/// `node` with its local `$ref`s (`#/components/…`) followed within `doc`, the document it
/// belongs to (a bundle); a reference that points nowhere gives `null`.
pub fn follow_local<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => follow_local(
            doc,
            doc.pointer(r.trim_start_matches('#'))
                .unwrap_or(&Value::Null),
        ),
        None => node,
    }
}
