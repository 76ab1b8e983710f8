//! `oneOf` and `anyOf`: a node checked against the forms it may take.

use serde_json::{Map, Value as Json};

use super::{Checker, untyped};
use crate::problem::Problem;
use crate::rules;
use crate::yaml::{Node, Value};

impl Checker<'_> {
    /// `oneOf`/`anyOf`: the first alternative the node fits without an error. (The manifest's
    /// alternatives overlap, an existing field with a mapping fits both, so `oneOf` is read as
    /// "one of these forms".)
    pub(super) fn alternatives(&mut self, node: &Node, alternatives: &[Json], path: &str) -> Json {
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
            let json = sub.node(node, &widened, path);
            let first_error = sub
                .problems
                .iter()
                .find(|p| !std::ptr::eq(p.rule, &rules::UNKNOWN_KEY))
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
        self.report(&rules::SCHEMA, node.at, path, message);
        untyped(node)
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
