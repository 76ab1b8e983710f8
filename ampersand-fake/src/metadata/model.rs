//! The fields of the objects of each customer's instance, and revisions hydrated with them.

use std::collections::BTreeMap;

use ampersand_client::types;
use serde_json::{Map, Value, json};

use crate::model_error::{ModelError, built};
use crate::state::{State, typed, value};

impl State {
    /// The instance (its connection's id) of the group `group`, through its installation of
    /// `integration` (id or name).
    pub(crate) fn installation_instance(
        &self,
        project: &str,
        integration: &str,
        group: &str,
    ) -> Result<String, ModelError> {
        let at = self.installation_of_group(project, integration, group)?;
        Ok(self.installations[at].connection.id.clone())
    }

    /// The instance (its connection's id) of the group `group` for `provider`.
    pub(crate) fn provider_instance(
        &self,
        project: &str,
        provider: &str,
        group: &str,
    ) -> Result<String, ModelError> {
        self.connections
            .iter()
            .find(|c| {
                c.project_id == project && c.provider == provider && c.group.group_ref == group
            })
            .map(|c| c.id.clone())
            .ok_or_else(|| {
                ModelError::not_found("connection", format!("of group {group} for {provider}"))
            })
    }

    /// The fields of `object` in the instance of `connection`: those of the records in it,
    /// then the custom ones upserted (which win).
    fn fields(&self, connection: &str, object: &str) -> Map<String, Value> {
        let mut fields = Map::new();
        for record in self.records.of(connection, object) {
            fields
                .entry("id")
                .or_insert_with(|| field("id", "string", true));
            for (name, value) in &record.fields {
                if !value.is_null() {
                    fields
                        .entry(name.clone())
                        .or_insert_with(|| field(name, value_type(value), false));
                }
            }
        }
        if let Some(custom) = self
            .custom_fields
            .get(connection)
            .and_then(|o| o.get(object))
        {
            fields.extend(custom.clone());
        }
        fields
    }

    /// `ObjectMetadata` of `object` in the instance of `connection` (`mapped`: the name the
    /// integration maps it to), without the read-only fields with `exclude_read_only`.
    pub(crate) fn object_metadata(
        &self,
        connection: &str,
        (object, mapped): (&str, Option<String>),
        exclude_read_only: bool,
    ) -> Result<types::ObjectMetadata, ModelError> {
        let mut fields = self.fields(connection, object);
        if exclude_read_only {
            fields.retain(|_, f| f["readOnly"] != true);
        }
        // the catalog's fields and the custom ones are kept as the service writes them
        let fields = fields
            .into_iter()
            .map(|(name, field)| Ok((name, typed::<types::FieldMetadata>(field)?)))
            .collect::<Result<BTreeMap<_, _>, ModelError>>()?;
        built(
            types::ObjectMetadata::builder()
                .name(object.to_string())
                .display_name(Some(object.to_string()))
                .fields(fields)
                .mapped_object_name(mapped),
        )
    }

    /// The object `asked` names for `integration` (id or name) of `project`: a name its read
    /// objects map an object to stands for that object (and is its mapped name).
    pub(crate) fn mapped_object(
        &self,
        project: &str,
        integration: &str,
        asked: &str,
    ) -> Result<(String, Option<String>), ModelError> {
        let integration = self.integration(project, integration)?;
        // a name the integration's read objects map an object to stands for that object
        let content = value(&integration.latest_revision.content);
        let mapping = content["read"]["objects"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|o| o["mapToName"] == asked && o["objectName"].is_string());
        let (object, mapped) = match mapping {
            Some(o) => (
                o["objectName"].as_str().unwrap_or(asked).to_string(),
                Some(asked.to_string()),
            ),
            None => (asked.to_string(), None),
        };
        Ok((object, mapped))
    }

    /// Creates or updates each custom field of `body` in the instance of `connection`; a value
    /// type the spec's `FieldMetadata` does not list is refused, naming it, and nothing
    /// changes.
    pub(crate) fn upsert_fields(
        &mut self,
        connection: &str,
        body: &types::UpsertMetadataRequest,
    ) -> Result<types::UpsertMetadataResponse, ModelError> {
        let mut made: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
        for (object, definitions) in &body.fields {
            for (i, definition) in definitions.iter().enumerate() {
                let kind: types::FieldMetadataValueType =
                    typed(Value::String(definition.value_type.clone()))?;
                if matches!(kind, types::FieldMetadataValueType::Unknown(_)) {
                    return Err(ModelError::invalid(
                        format!("fields.{object}[{i}].valueType"),
                        "is not a value type the spec lists for a field",
                    ));
                }
                let values = definition
                    .string_options
                    .as_ref()
                    .and_then(|o| o.values.as_ref())
                    .map(|values| {
                        values
                            .iter()
                            .map(|v| {
                                built(
                                    types::FieldValue::builder()
                                        .value(v.clone())
                                        .display_value(v.clone()),
                                )
                            })
                            .collect::<Result<Vec<_>, _>>()
                    })
                    .transpose()?;
                let metadata: types::FieldMetadata = built(
                    types::FieldMetadata::builder()
                        .field_name(definition.field_name.clone())
                        .display_name(definition.display_name.clone())
                        .value_type(Some(kind))
                        .provider_type(Some(definition.value_type.clone()))
                        .read_only(Some(false))
                        .is_custom(Some(true))
                        .is_required(Some(definition.required.unwrap_or(false)))
                        .values(values),
                )?;
                made.entry(object.clone())
                    .or_default()
                    .insert(definition.field_name.clone(), value(&metadata));
            }
        }
        let mut results = BTreeMap::new();
        for (object, fields) in made {
            let known = self.fields(connection, &object);
            let stored = self
                .custom_fields
                .entry(connection.to_string())
                .entry(object.clone())
                .or_default();
            let mut outcome = BTreeMap::new();
            for (name, metadata) in fields {
                let action = match known.get(&name) {
                    Some(old) if *old == metadata => "none",
                    Some(_) => "update",
                    None => "create",
                };
                let result = types::FieldUpsertResult::builder()
                    .field_name(name.clone())
                    .action(action.to_string());
                outcome.insert(name.clone(), built(result)?);
                stored.insert(name, metadata);
            }
            results.insert(object, outcome);
        }
        built(
            types::UpsertMetadataResponse::builder()
                .success(true)
                .fields(results),
        )
    }
}

impl State {
    /// The revision `id` of `integration` (its latest or one it had) with each read object's
    /// fields from the instance of the connection `connection`.
    pub(crate) fn hydrated_revision(
        &self,
        (project, integration): (&str, &str),
        id: &str,
        connection: &str,
    ) -> Result<types::HydratedRevision, ModelError> {
        let integration = self.integration(project, integration)?;
        let revision = std::iter::once(&integration.latest_revision)
            .chain(
                self.old_revisions
                    .get(&integration.id)
                    .into_iter()
                    .flatten(),
            )
            .find(|r| r.id == id)
            .ok_or_else(|| ModelError::not_found("revision", id))?;
        let connection = self.connection(project, connection)?;
        let content = value(&revision.content);
        let mut hydrated = json!({ "name": content["name"], "provider": content["provider"] });
        for key in ["displayName", "module", "proxy"] {
            if !content[key].is_null() {
                hydrated[key] = content[key].clone();
            }
        }
        let objects = |action: &str| {
            content[action]["objects"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        };
        if !content["read"].is_null() {
            let read: Vec<Value> = objects("read")
                .into_iter()
                .map(|object| self.hydrated_object(&connection.id, object))
                .collect();
            hydrated["read"] = json!({ "objects": read });
        }
        if !content["write"].is_null() {
            let write: Vec<Value> = objects("write")
                .into_iter()
                .map(|mut object| {
                    object.as_object_mut().map(|m| m.remove("inheritMapping"));
                    object["displayName"] = object["objectName"].clone();
                    object
                })
                .collect();
            hydrated["write"] = json!({ "objects": write });
        }
        // the content is the manifest's, reshaped (a sibling type, with the fields of the
        // instance added): built as JSON, read into its type
        built(
            types::HydratedRevision::builder()
                .id(revision.id.clone())
                .spec_version(revision.spec_version.clone())
                .create_time(revision.create_time)
                .content(typed::<types::HydratedIntegration>(hydrated)?),
        )
    }

    /// A read object of a manifest with its fields' metadata from the instance of
    /// `connection`: every field (`allFieldsMetadata`), and each field it names with its
    /// display name.
    fn hydrated_object(&self, connection: &str, mut object: Value) -> Value {
        let name = object["objectName"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let fields = self.fields(connection, &name);
        // what a hydrated object does not have
        if let Some(m) = object.as_object_mut() {
            m.remove("delivery");
            m.remove("enabled");
        }
        object["displayName"] = object["mapToDisplayName"]
            .as_str()
            .map_or_else(|| name.clone().into(), Value::from);
        for list in ["requiredFields", "optionalFields"] {
            for field in object[list].as_array_mut().into_iter().flatten() {
                if let Some(field_name) = field["fieldName"].as_str().map(str::to_string) {
                    field["displayName"] = fields
                        .get(&field_name)
                        .map_or_else(|| field_name.clone().into(), |f| f["displayName"].clone());
                }
            }
        }
        object["allFieldsMetadata"] = fields.into();
        object
    }
}

/// A field the fake read off records.
fn field(name: &str, value_type: &str, read_only: bool) -> Value {
    json!({
        "fieldName": name,
        "displayName": name,
        "valueType": value_type,
        "readOnly": read_only,
        "isCustom": false,
        "isRequired": false,
    })
}

/// The value type a record's value shows.
fn value_type(value: &Value) -> &'static str {
    match value {
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "int",
        Value::Number(_) => "float",
        Value::String(_) => "string",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec_bodies::body;

    #[test]
    fn an_objects_fields_are_its_records_and_the_custom_ones_upserted() {
        let mut state = State::default();
        let record = json!({"email": "a@example.com", "age": 3});
        state
            .records
            .write(("c1", "contact"), "create", &[record], false);
        let metadata = state
            .object_metadata("c1", ("contact", None), false)
            .unwrap();
        let fields = value(&metadata)["fields"].clone();
        assert_eq!(fields["age"]["valueType"], "int");
        assert_eq!(fields["id"]["readOnly"], true);
        let upsert: types::UpsertMetadataRequest = body(
            "upsertMetadataForConnection",
            json!({"groupRef": "g1", "fields": {"contact": [
                {"fieldName": "Tier__c", "displayName": "Tier", "valueType": "int"}]}}),
        );
        let done = state.upsert_fields("c1", &upsert).unwrap();
        assert_eq!(
            value(&done)["fields"]["contact"]["Tier__c"]["action"],
            "create"
        );
        let shown = state
            .object_metadata("c1", ("contact", None), true)
            .unwrap();
        let shown = value(&shown)["fields"].clone();
        assert_eq!(shown["Tier__c"]["isCustom"], true);
        assert!(shown.get("id").is_none(), "read-only fields left out");
        let bad: types::UpsertMetadataRequest = body(
            "upsertMetadataForConnection",
            json!({"groupRef": "g1", "fields": {"contact": [
                {"fieldName": "x", "displayName": "X", "valueType": "hologram"}]}}),
        );
        let refused = state.upsert_fields("c1", &bad);
        assert!(
            matches!(refused, Err(ModelError::Invalid { ref field, .. }) if field == "fields.contact[0].valueType")
        );
    }
}
