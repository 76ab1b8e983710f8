//! Bundling: one self-contained document from `api/api.yaml` and the sibling files it refers to.
//!
//! Code generators read one document, so every schema that `api.yaml` reaches in a sibling
//! file (`../problem/problem.yaml#/components/schemas/ApiProblem`) is copied into
//! `#/components/schemas` and the `$ref`s are rewritten to point there.
//!
//! Naming is deterministic: a copied schema keeps its name, unless `api.yaml` or another loaded
//! sibling file defines a schema of that name, in which case it is prefixed with its file's stem
//! in PascalCase (`manifest/manifest.yaml`'s `Integration` becomes `ManifestIntegration`).

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use crate::files::split_ref;
use crate::{Spec, SpecError, escape_segment, pointer};

const SCHEMAS: &str = "/components/schemas/";

/// Where a bundled schema came from and the name it has in the bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundledSchema {
    /// The sibling file, relative to the spec root (`problem/problem.yaml`).
    pub file: String,
    /// The schema's name in that file (`ApiProblem`).
    pub name: String,
    /// Its name under `#/components/schemas` in the bundle.
    pub bundled_as: String,
}

/// The result of [`Spec::bundle`]: the document and what was copied into it.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// `api/api.yaml` with every sibling schema it reaches copied into `components/schemas`.
    pub document: Value,
    /// Every copied schema, sorted by file and name.
    pub schemas: Vec<BundledSchema>,
}

impl Spec {
    /// Builds one self-contained document: `api/api.yaml` with every schema it reaches in a
    /// sibling file copied into `#/components/schemas` and every `$ref` made local.
    ///
    /// Only references to `#/components/schemas/<name>` of a sibling file can be inlined;
    /// anything else is a [`SpecError::Unbundlable`] naming the file and the pointer.
    ///
    /// ```no_run
    /// let spec = ampersand_spec::Spec::load("openapi").unwrap();
    /// let bundle = spec.bundle().unwrap();
    /// assert!(bundle.document["components"]["schemas"]["ApiProblem"].is_object());
    /// assert!(bundle.document["components"]["schemas"]["ManifestIntegration"].is_object());
    /// ```
    pub fn bundle(&self) -> Result<Bundle, SpecError> {
        self.bundle_with(&[])
    }

    /// Like [`Spec::bundle`], also copying the schemas `extra` names (references as written
    /// in the entry file) even where the entry does not refer to them.
    ///
    /// ```no_run
    /// let spec = ampersand_spec::Spec::load_entry("openapi", "api/write.yaml").unwrap();
    /// let bundle = spec
    ///     .bundle_with(&["../problem/problem.yaml#/components/schemas/InputValidationProblem"])
    ///     .unwrap();
    /// assert!(bundle.document["components"]["schemas"]["InputValidationProblem"].is_object());
    /// ```
    pub fn bundle_with(&self, extra: &[&str]) -> Result<Bundle, SpecError> {
        let mut bundler = Bundler {
            spec: self,
            names: HashMap::new(),
            queue: Vec::new(),
            clashing: self.clashing_names(),
        };
        let mut document = self.api().clone();
        let entry = self.entry.clone();
        bundler.rewrite(&mut document, &entry, &mut String::new())?;
        for reference in extra {
            bundler.localize(&entry, "", reference)?;
        }

        let mut copied: BTreeMap<String, Value> = BTreeMap::new();
        while let Some((file, name, bundled_as)) = bundler.queue.pop() {
            let (_, schema) = self
                .resolve(&file, &format!("#{SCHEMAS}{}", escape_segment(&name)))
                .map_err(|reason| unbundlable(&file, SCHEMAS, &name, reason))?;
            let mut schema = schema.clone();
            let mut at = format!("{SCHEMAS}{}", escape_segment(&name));
            bundler.rewrite(&mut schema, &file, &mut at)?;
            copied.insert(bundled_as, schema);
        }

        let schemas = schemas_of(&mut document);
        for (name, schema) in copied {
            schemas.insert(name, schema);
        }
        let mut listed: Vec<BundledSchema> = bundler
            .names
            .into_iter()
            .map(|((file, name), bundled_as)| BundledSchema {
                file,
                name,
                bundled_as,
            })
            .collect();
        listed.sort_by(|a, b| (&a.file, &a.name).cmp(&(&b.file, &b.name)));
        Ok(Bundle {
            document,
            schemas: listed,
        })
    }

    /// Schema names defined in `api.yaml` or in more than one sibling file.
    fn clashing_names(&self) -> HashMap<String, usize> {
        let mut count: HashMap<String, usize> = HashMap::new();
        for (_, doc) in self.files() {
            if let Some(schemas) = doc
                .pointer("/components/schemas")
                .and_then(Value::as_object)
            {
                for name in schemas.keys() {
                    *count.entry(name.clone()).or_default() += 1;
                }
            }
        }
        count
    }
}

struct Bundler<'a> {
    spec: &'a Spec,
    /// (file, name) → name in the bundle.
    names: HashMap<(String, String), String>,
    /// Schemas still to copy: (file, name, bundled name).
    queue: Vec<(String, String, String)>,
    clashing: HashMap<String, usize>,
}

impl Bundler<'_> {
    /// Rewrites every `$ref` under `node` (which lives in `file`) to a local reference.
    fn rewrite(&mut self, node: &mut Value, file: &str, at: &mut String) -> Result<(), SpecError> {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    let local = self.localize(file, at, reference)?;
                    map.insert("$ref".into(), Value::String(local));
                }
                for (key, value) in map.iter_mut() {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&escape_segment(key));
                    self.rewrite(value, file, at)?;
                    at.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, value) in items.iter_mut().enumerate() {
                    let len = at.len();
                    at.push_str(&format!("/{i}"));
                    self.rewrite(value, file, at)?;
                    at.truncate(len);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The local form of `reference` as written in `file`, queueing the schema it names.
    fn localize(&mut self, file: &str, at: &str, reference: &str) -> Result<String, SpecError> {
        let (target, fragment) = split_ref(reference);
        let target = if target.is_empty() {
            file.to_string()
        } else {
            pointer::join(file, target).ok_or_else(|| {
                unbundlable(file, at, reference, "it points outside the spec directory")
            })?
        };
        if target == self.spec.entry {
            return Ok(format!("#{fragment}"));
        }
        let name = fragment
            .strip_prefix(SCHEMAS)
            .filter(|name| !name.contains('/'))
            .ok_or_else(|| {
                unbundlable(
                    file,
                    at,
                    reference,
                    "only `#/components/schemas/<name>` of a sibling file can be bundled",
                )
            })?
            .replace("~1", "/")
            .replace("~0", "~");
        // the target must exist: Spec::load checked every ref, but say so clearly if not
        self.spec
            .resolve(file, reference)
            .map_err(|reason| unbundlable(file, at, reference, reason))?;
        let key = (target.clone(), name.clone());
        if let Some(bundled) = self.names.get(&key) {
            return Ok(format!("#{SCHEMAS}{}", escape_segment(bundled)));
        }
        let bundled = if self.clashing.get(&name).copied().unwrap_or(0) > 1 {
            format!("{}{name}", pascal_stem(&target))
        } else {
            name.clone()
        };
        if self.clashing.contains_key(&bundled) && bundled != name {
            return Err(unbundlable(
                file,
                at,
                reference,
                format!("its bundled name {bundled} is already taken"),
            ));
        }
        self.names.insert(key, bundled.clone());
        self.queue.push((target, name, bundled.clone()));
        Ok(format!("#{SCHEMAS}{}", escape_segment(&bundled)))
    }
}

fn unbundlable(file: &str, at: &str, reference: &str, reason: impl Into<String>) -> SpecError {
    SpecError::Unbundlable {
        file: file.into(),
        pointer: at.into(),
        reference: reference.into(),
        reason: reason.into(),
    }
}

/// `manifest/manifest.yaml` → `Manifest`; `catalog/read-only.yaml` → `ReadOnly`.
fn pascal_stem(file: &str) -> String {
    let stem = file.rsplit('/').next().unwrap_or(file);
    let stem = stem.split('.').next().unwrap_or(stem);
    stem.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// `components/schemas` of `document`, created when missing.
fn schemas_of(document: &mut Value) -> &mut Map<String, Value> {
    let root = document
        .as_object_mut()
        .expect("a loaded spec is an object");
    let components = root
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()));
    if !components.is_object() {
        *components = Value::Object(Map::new());
    }
    let schemas = components
        .as_object_mut()
        .expect("made an object above")
        .entry("schemas")
        .or_insert_with(|| Value::Object(Map::new()));
    if !schemas.is_object() {
        *schemas = Value::Object(Map::new());
    }
    schemas.as_object_mut().expect("made an object above")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec_of(files: &[(&str, &str)]) -> Spec {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        Spec::load(dir.path()).unwrap()
    }

    const API: &str = "openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      operationId: getA
      responses:
        200:
          description: ok
          content:
            application/json:
              schema: {$ref: '../m/m.yaml#/components/schemas/Thing'}
        400:
          description: bad
          content:
            application/json:
              schema: {$ref: '../p/p.yaml#/components/schemas/Problem'}
components:
  schemas:
    Thing: {type: object, properties: {own: {type: string}}}
";

    #[test]
    fn inlines_sibling_schemas_and_prefixes_clashing_names() {
        let spec = spec_of(&[
            ("api/api.yaml", API),
            (
                "m/m.yaml",
                "openapi: 3.0.1
info: {title: m, version: '1'}
paths: {}
components:
  schemas:
    Thing: {type: object, properties: {p: {$ref: '../p/p.yaml#/components/schemas/Problem'}, n: {$ref: '#/components/schemas/Note'}}}
    Note: {type: string}
",
            ),
            (
                "p/p.yaml",
                "openapi: 3.0.1
info: {title: p, version: '1'}
paths: {}
components:
  schemas:
    Problem: {type: object, properties: {title: {type: string}}}
",
            ),
        ]);
        let bundle = spec.bundle().unwrap();
        let doc = &bundle.document;
        let schema_ref = doc
            .pointer("/paths/~1a/get/responses/200/content/application~1json/schema/$ref")
            .unwrap();
        assert_eq!(schema_ref, "#/components/schemas/MThing");
        let thing = &doc["components"]["schemas"]["MThing"]["properties"];
        assert_eq!(thing["p"]["$ref"], "#/components/schemas/Problem");
        assert_eq!(thing["n"]["$ref"], "#/components/schemas/Note");
        assert_eq!(
            doc["components"]["schemas"]["Thing"]["properties"]["own"]["type"],
            "string"
        );
        let names: Vec<_> = bundle
            .schemas
            .iter()
            .map(|s| s.bundled_as.as_str())
            .collect();
        assert_eq!(names, ["Note", "MThing", "Problem"]); // by file, then name
        assert!(!doc.to_string().contains(".yaml#"));
    }

    #[test]
    fn refuses_a_ref_to_something_other_than_a_schema() {
        let api = API.replace(
            "../p/p.yaml#/components/schemas/Problem",
            "../p/p.yaml#/components/responses/Bad",
        );
        let spec = spec_of(&[
            ("api/api.yaml", &api),
            (
                "m/m.yaml",
                "openapi: 3.0.1\ninfo: {title: m, version: '1'}\npaths: {}\ncomponents: {schemas: {Thing: {type: string}}}\n",
            ),
            (
                "p/p.yaml",
                "openapi: 3.0.1\ninfo: {title: p, version: '1'}\npaths: {}\ncomponents: {responses: {Bad: {description: x}}}\n",
            ),
        ]);
        let err = spec.bundle().unwrap_err().to_string();
        assert_eq!(
            err,
            "api/api.yaml#/paths/~1a/get/responses/400/content/application~1json/schema: cannot bundle \
             $ref \"../p/p.yaml#/components/responses/Bad\": only `#/components/schemas/<name>` of a \
             sibling file can be bundled"
        );
    }

    #[test]
    fn pascal_stems() {
        assert_eq!(pascal_stem("manifest/manifest.yaml"), "Manifest");
        assert_eq!(pascal_stem("catalog/read-only.yaml"), "ReadOnly");
    }
}
