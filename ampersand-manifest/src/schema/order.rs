//! A manifest's JSON with its keys in the schemas' order, for YAML a person reads.

use serde_json::{Map, Value as Json};

use super::Checker;

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
