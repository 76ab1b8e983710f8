//! Request bodies that follow the spec: each operation's sample body (required fields at every
//! depth, values by format and enum) with a test's own values written over it. A body made this
//! way carries a field a newer spec makes required with no edit of the test.

use std::path::Path;

use serde_json::Value;

use crate::sample::Sampler;
use crate::{DATA_PLANE, ENTRY, Spec, SpecErrors};

/// The bundled documents of every API of a spec (the platform's and each data-plane host's),
/// for the request bodies of their operations.
#[derive(Debug, Clone)]
pub struct RequestBodies {
    docs: Vec<Value>,
}

impl RequestBodies {
    /// Loads and bundles every API under `root` (an `openapi/` directory).
    ///
    /// ```no_run
    /// let bodies = ampersand_spec::RequestBodies::load("openapi").unwrap();
    /// let body = bodies.complete("createProject", serde_json::json!({"name": "p"}));
    /// assert_eq!(body["name"], "p");
    /// ```
    pub fn load(root: impl AsRef<Path>) -> Result<RequestBodies, SpecErrors> {
        let entries = [ENTRY]
            .into_iter()
            .chain(DATA_PLANE.iter().map(|&(_, entry)| entry));
        let docs = entries
            .map(|entry| {
                let spec = Spec::load_entry(root.as_ref(), entry)?;
                let bundle = spec.bundle().map_err(|e| SpecErrors::from(vec![e]))?;
                Ok(bundle.document)
            })
            .collect::<Result<_, SpecErrors>>()?;
        Ok(RequestBodies { docs })
    }

    /// The sample of `operation_id`'s JSON request body: `None` when no API has that
    /// operation or it takes no JSON body.
    pub fn sample(&self, operation_id: &str) -> Option<Value> {
        self.schema(operation_id)
            .map(|(doc, schema)| Sampler::new(doc).sample(schema))
    }

    /// `given` completed by the schema of `operation_id`'s body ([`Sampler::complete`]): the
    /// required fields it lacks added at every depth where it has an object; `given` alone
    /// when the operation takes no JSON body.
    pub fn complete(&self, operation_id: &str, given: Value) -> Value {
        match self.schema(operation_id) {
            Some((doc, schema)) => Sampler::new(doc).complete(schema, given),
            None => given,
        }
    }

    /// The bundled document that has `operation_id`, and the schema of its JSON body.
    fn schema(&self, operation_id: &str) -> Option<(&Value, &Value)> {
        self.docs.iter().find_map(|doc| {
            let op = operations(doc).find(|op| op["operationId"] == operation_id)?;
            let schema = op.pointer("/requestBody/content/application~1json/schema")?;
            Some((doc, schema))
        })
    }
}

/// The operations of a bundled document.
fn operations(doc: &Value) -> impl Iterator<Item = &Value> {
    let paths = doc.get("paths").and_then(Value::as_object).into_iter();
    paths
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_the_sample_with_the_values_given_over_it() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi");
        let bodies = RequestBodies::load(root).unwrap();
        let sample = bodies.sample("createProject").unwrap();
        let required = sample.as_object().unwrap();
        assert!(required.contains_key("name"), "{sample}");
        let body = bodies.complete("createProject", serde_json::json!({"name": "mine"}));
        assert_eq!(body["name"], "mine");
        assert_eq!(body["appName"], sample["appName"]);
        // an operation with no body, and one that is not in the spec
        assert_eq!(bodies.sample("listProjects"), None);
        assert_eq!(bodies.complete("noSuch", serde_json::json!(1)), 1);
        // the data-plane APIs are read too
        assert!(bodies.sample("writeRecords").is_some());
    }
}
