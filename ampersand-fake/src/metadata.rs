//! Object metadata: the fields of an object in a customer's SaaS instance, as the fake knows
//! it. The instance is the group's connection for a provider; its fields are those the records
//! in it carry (their value type read from the values, `id` read-only) and the
//! custom fields upserted into it (`upsertMetadataForInstallation`,
//! `upsertMetadataForConnection`). An object the fake has seen nothing of has no fields. A
//! revision hydrated for a connection (`getHydratedRevision`) shows each object's fields from
//! that instance.

use std::collections::BTreeMap;

use ampersand_client::types;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Map, Value};

use crate::problem::{self, Problem};
use crate::state::{decode, ok, typed, value, State};
use crate::Request;

impl State {
    /// The connection (its id) of the group the query's `groupRef` names, through its
    /// installation of the request's integration.
    fn installation_connection(
        &self,
        request: &Request<'_>,
        group: &str,
    ) -> Result<String, Problem> {
        let project = self.project_id(request)?;
        let at = self.installation_of_group(&project, request.param("integrationId"), group)?;
        Ok(self.installations[at].connection.id.clone())
    }

    /// The connection (its id) of the group `group` for the request's `provider`.
    fn provider_connection(&self, request: &Request<'_>, group: &str) -> Result<String, Problem> {
        let project = self.project_id(request)?;
        let provider = request.param("provider");
        self.connections
            .iter()
            .find(|c| {
                c.project_id == project && c.provider == provider && c.group.group_ref == group
            })
            .map(|c| c.id.clone())
            .ok_or_else(|| {
                problem::not_found("connection", &format!("of group {group} for {provider}"))
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

    /// `ObjectMetadata` of `object` (`mapped`: the name the integration maps it to).
    fn object_metadata(
        &self,
        request: &Request<'_>,
        connection: &str,
        object: &str,
        mapped: Option<String>,
    ) -> Result<Response, Problem> {
        let mut fields = self.fields(connection, object);
        if request.query_bool("excludeReadOnly") {
            fields.retain(|_, f| f["readOnly"] != true);
        }
        let mut metadata = json!({ "name": object, "displayName": object, "fields": fields });
        if let Some(mapped) = mapped {
            metadata["mappedObjectName"] = mapped.into();
        }
        let metadata: types::ObjectMetadata = typed(metadata)?;
        ok(StatusCode::OK, &metadata)
    }

    /// By the integration's name for the object or the provider's: the group's installation's
    /// instance.
    pub(crate) fn get_object_metadata_for_installation(
        &self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let group = request.query["groupRef"].as_str().unwrap_or_default();
        let connection = self.installation_connection(request, group)?;
        let project = self.project_id(request)?;
        let integration =
            &self.integrations[self.integration_at(&project, request.param("integrationId"))?];
        let asked = request.param("objectName");
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
        self.object_metadata(request, &connection, &object, mapped)
    }

    pub(crate) fn get_object_metadata_for_connection(
        &self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let group = request.query["groupRef"].as_str().unwrap_or_default();
        let connection = self.provider_connection(request, group)?;
        self.object_metadata(request, &connection, request.param("objectName"), None)
    }

    pub(crate) fn upsert_metadata_for_installation(
        &mut self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let body: types::UpsertMetadataRequest = decode(&request.body)?;
        let connection = self.installation_connection(request, &body.group_ref)?;
        self.upsert_fields(&connection, &body)
    }

    pub(crate) fn upsert_metadata_for_connection(
        &mut self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let body: types::UpsertMetadataRequest = decode(&request.body)?;
        let connection = self.provider_connection(request, &body.group_ref)?;
        self.upsert_fields(&connection, &body)
    }

    /// Creates or updates each custom field of `body` in the instance of `connection`; a value
    /// type the spec's `FieldMetadata` does not list is a 400 naming it, and nothing changes.
    fn upsert_fields(
        &mut self,
        connection: &str,
        body: &types::UpsertMetadataRequest,
    ) -> Result<Response, Problem> {
        let mut made: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
        for (object, definitions) in &body.fields {
            for (i, definition) in definitions.iter().enumerate() {
                let kind: types::FieldMetadataValueType =
                    typed(Value::String(definition.value_type.clone()))?;
                if matches!(kind, types::FieldMetadataValueType::Unknown(_)) {
                    return Err(problem::invalid_body(
                        &format!("fields.{object}[{i}].valueType"),
                        "is not a value type the spec lists for a field".into(),
                    ));
                }
                let mut metadata = json!({
                    "fieldName": definition.field_name,
                    "displayName": definition.display_name,
                    "valueType": kind,
                    "providerType": definition.value_type,
                    "readOnly": false,
                    "isCustom": true,
                    "isRequired": definition.required.unwrap_or(false),
                });
                let values = definition
                    .string_options
                    .as_ref()
                    .and_then(|o| o.values.as_ref());
                if let Some(values) = values {
                    metadata["values"] = values
                        .iter()
                        .map(|v| json!({ "value": v, "displayValue": v }))
                        .collect();
                }
                let metadata: types::FieldMetadata = typed(metadata)?;
                made.entry(object.clone())
                    .or_default()
                    .insert(definition.field_name.clone(), value(&metadata));
            }
        }
        let mut results = Map::new();
        for (object, fields) in made {
            let known = self.fields(connection, &object);
            let stored = self
                .custom_fields
                .entry(connection.to_string())
                .entry(object.clone())
                .or_default();
            let mut outcome = Map::new();
            for (name, metadata) in fields {
                let action = match known.get(&name) {
                    Some(old) if *old == metadata => "none",
                    Some(_) => "update",
                    None => "create",
                };
                outcome.insert(name.clone(), json!({ "fieldName": name, "action": action }));
                stored.insert(name, metadata);
            }
            results.insert(object, outcome.into());
        }
        let answer: types::UpsertMetadataResponse =
            typed(json!({ "success": true, "fields": results }))?;
        ok(StatusCode::OK, &answer)
    }
}

impl State {
    /// A revision of the integration (its latest or one it had) with each read object's fields
    /// from the instance of the query's `connectionId`.
    pub(crate) fn get_hydrated_revision(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let integration =
            &self.integrations[self.integration_at(&project, request.param("integrationId"))?];
        let id = request.param("revisionId");
        let revision = std::iter::once(&integration.latest_revision)
            .chain(
                self.old_revisions
                    .get(&integration.id)
                    .into_iter()
                    .flatten(),
            )
            .find(|r| r.id == id)
            .ok_or_else(|| problem::not_found("revision", id))?;
        let connection = request.query["connectionId"].as_str().unwrap_or_default();
        let connection = &self.connections[self.connection_at(&project, connection)?];
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
        let answer: types::HydratedRevision = typed(json!({
            "id": revision.id,
            "specVersion": revision.spec_version,
            "createTime": value(&revision.create_time),
            "content": hydrated,
        }))?;
        ok(StatusCode::OK, &answer)
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
