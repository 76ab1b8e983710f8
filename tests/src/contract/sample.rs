//! Payloads built from a schema (see [`ampersand_spec::sample`]).

use serde_json::Value;

use super::Api;

impl Api {
    /// A realistic value of `schema`: required properties and those with a default, one entry
    /// in every list and map, values by format and enum.
    ///
    /// ```
    /// let api = ampersand_tests::contract::api();
    /// let v = api.sample(&serde_json::json!({"type": "object", "required": ["a"],
    ///     "properties": {"a": {"type": "string", "format": "date-time"}, "b": {"type": "integer"}}}));
    /// assert_eq!(v, serde_json::json!({"a": "2024-01-15T10:30:00Z"}));
    /// ```
    pub fn sample(&self, schema: &Value) -> Value {
        ampersand_spec::sample::Sampler::new(&self.doc).sample(schema)
    }
}
