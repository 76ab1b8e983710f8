//! The platform API's resources: projects, integrations, connections, destinations,
//! installations and operations, each scoped to its project, with the service's conflicts,
//! not-founds and update masks.

use ampersand_client::notifications::Notification;
use ampersand_client::types;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Value};

use crate::connections::without_credentials;
use crate::mask::apply_mask;
use crate::problem::{self, Problem};
use crate::state::{decode, new_id, no_content, now, ok, rule, typed, value, Effects, State};
use crate::table::Slot;
use crate::Request;

impl State {
    /// Forgets installations and their operations (the records stay in the customer's
    /// instance, the connection).
    pub(crate) fn forget_installations(&mut self, ids: &[String]) {
        self.installations.retain(|i| !ids.contains(&i.id));
        for id in ids {
            self.paused.remove(id);
            self.result_pages.remove(id);
            self.backfills.remove(id);
        }
        let ops: Vec<String> = self
            .operations
            .iter()
            .filter(|o| ids.contains(&o.installation_id))
            .map(|o| o.id.clone())
            .collect();
        self.operations.retain(|o| !ops.contains(&o.id));
        for op in &ops {
            self.logs.remove(op);
            self.pending.remove(op);
        }
    }

    // installations

    /// The index of the installation `id` of the request's project and integration.
    pub(crate) fn installation_at(&self, request: &Request<'_>) -> Result<Slot, Problem> {
        let project = self.project_id(request)?;
        let integration = self.integration_at(&project, request.param("integrationId"))?;
        let integration = &self.integrations[integration].id;
        let id = request.param("installationId");
        self.installations
            .find(id, |i| &i.integration_id == integration)
            .ok_or_else(|| problem::not_found("installation", id))
    }

    /// The index of the installation of `integration` (id or name) for the group `group_ref`.
    pub(crate) fn installation_of_group(
        &self,
        project: &str,
        integration: &str,
        group_ref: &str,
    ) -> Result<Slot, Problem> {
        let integration = self.integration_at(project, integration)?;
        let integration = &self.integrations[integration].id;
        self.installations
            .position(|i| {
                &i.integration_id == integration
                    && i.group.as_ref().is_some_and(|g| g.group_ref == group_ref)
            })
            .ok_or_else(|| {
                problem::not_found(
                    "installation",
                    &format!("of integration {integration} for group {group_ref}"),
                )
            })
    }

    pub(crate) fn create_installation(
        &mut self,
        request: &Request<'_>,
        effects: &mut Effects,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let integration = self.integration_at(&project, request.param("integrationId"))?;
        let integration = self.integrations[integration].clone();
        let body: types::CreateInstallationBody = decode(&request.body)?;
        if self.installations.iter().any(|i| {
            i.integration_id == integration.id
                && i.group
                    .as_ref()
                    .is_some_and(|g| g.group_ref == body.group_ref)
        }) {
            return Err(problem::conflict(format!(
                "group {} has an installation of integration {} already",
                body.group_ref, integration.name
            )));
        }
        let connection = match &body.connection_id {
            Some(id) => self
                .connections
                .iter()
                .find(|c| c.project_id == project && &c.id == id)
                .ok_or_else(|| problem::unprocessable(format!("no connection {id}")))?,
            None => self
                .connections
                .iter()
                .find(|c| {
                    c.project_id == project
                        && c.group.group_ref == body.group_ref
                        && c.provider == integration.provider
                })
                .ok_or_else(|| {
                    problem::unprocessable(format!(
                        "group {} has no {} connection: generate one first",
                        body.group_ref, integration.provider
                    ))
                })?,
        };
        let created_by = body
            .config
            .created_by
            .clone()
            .unwrap_or_else(|| "api:create-installation".into());
        let created = now();
        let installation = json!({
            "id": new_id(),
            "projectId": project,
            "integrationId": integration.id,
            "group": value(&connection.group),
            "healthStatus": "healthy",
            "connection": value(&without_credentials(connection)),
            "createTime": created,
            "createdBy": created_by,
            "config": {
                "id": new_id(),
                "revisionId": body.config.revision_id.clone()
                    .unwrap_or_else(|| integration.latest_revision.id.clone()),
                "createTime": created,
                "createdBy": created_by,
                "content": stored_content(value(&body.config.content)),
            },
        });
        let installation: types::Installation = typed(installation)?;
        let at = self.installations.push(installation.clone());
        let mut data = self.installation_fields(&installation);
        data["config"] = value(&installation.config);
        self.notify(
            &installation,
            Notification::InstallationCreated,
            data,
            effects,
        );
        self.start_backfills(at, effects);
        ok(StatusCode::CREATED, &installation)
    }

    pub(crate) fn get_installation(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let at = self.installation_at(request)?;
        ok(StatusCode::OK, &self.installations[at])
    }

    pub(crate) fn list_installations(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let integration = self.integration_at(&project, request.param("integrationId"))?;
        let integration = &self.integrations[integration].id;
        let list: Vec<&types::Installation> = self
            .installations
            .iter()
            .filter(|i| &i.integration_id == integration)
            .filter(|i| in_group(request, i))
            .collect();
        ok(StatusCode::OK, &list)
    }

    pub(crate) fn list_installations_for_project(
        &self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let list: Vec<&types::Installation> = self
            .installations
            .iter()
            .filter(|i| i.project_id == project)
            .filter(|i| in_group(request, i))
            .collect();
        ok(StatusCode::OK, &list)
    }

    /// Applies the update mask: `connectionId` switches the connection, the `config.*` paths
    /// change the config, which gets a new id.
    pub(crate) fn update_installation(
        &mut self,
        request: &Request<'_>,
        effects: &mut Effects,
    ) -> Result<Response, Problem> {
        let at = self.installation_at(request)?;
        let body: types::UpdateInstallationBody = decode(&request.body)?;
        let partial = value(&body.installation);
        let before = self.installations[at].clone();
        let mut stored = value(&before);
        stored["connectionId"] = before.connection.id.clone().into();
        apply_mask(&mut stored, &partial, &body.update_mask, rule(request)?)?;
        if let Some(id) = stored
            .as_object_mut()
            .and_then(|m| m.remove("connectionId"))
            .and_then(|v| v.as_str().map(str::to_string))
        {
            if id != before.connection.id {
                let connection = self
                    .connections
                    .iter()
                    .find(|c| c.project_id == before.project_id && c.id == id)
                    .ok_or_else(|| problem::unprocessable(format!("no connection {id}")))?;
                stored["connection"] = value(&without_credentials(connection));
            }
        }
        self.save_config_change(at, &before, stored, effects)
    }

    /// Stores `stored`, the installation at `at` changed from `before`: its config as a new
    /// config, notified as `installation.updated`; the answer.
    fn save_config_change(
        &mut self,
        at: Slot,
        before: &types::Installation,
        mut stored: Value,
        effects: &mut Effects,
    ) -> Result<Response, Problem> {
        stored["config"]["content"] = stored_content(stored["config"]["content"].take());
        stored["config"]["id"] = new_id().into();
        stored["config"]["createTime"] = now().into();
        stored["updateTime"] = now().into();
        let installation: types::Installation = typed(stored)?;
        self.installations[at] = installation.clone();
        let mut data = self.installation_fields(&installation);
        data["config"] = value(&installation.config);
        data["lastConfig"] = value(&before.config);
        self.notify(
            &installation,
            Notification::InstallationUpdated,
            data,
            effects,
        );
        self.start_backfills(at, effects);
        ok(StatusCode::OK, &installation)
    }

    /// Applies JSON Patch `changes` to one object's config (`read`, `write` or `subscribe`,
    /// as `action` says) of the installation the body names by id or group.
    pub(crate) fn patch_object_config_content(
        &mut self,
        request: &Request<'_>,
        effects: &mut Effects,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let integration = request.param("integrationId");
        let body = &request.body;
        let at = match (body["installationId"].as_str(), body["groupRef"].as_str()) {
            (Some(id), _) => {
                let i = self.integration_at(&project, integration)?;
                let integration = &self.integrations[i].id;
                self.installations
                    .position(|x| x.id == id && &x.integration_id == integration)
                    .ok_or_else(|| problem::not_found("installation", id))?
            }
            (None, Some(group)) => self.installation_of_group(&project, integration, group)?,
            (None, None) => {
                return Err(problem::invalid_body(
                    "groupRef",
                    "give groupRef or installationId".into(),
                ))
            }
        };
        let action = body["action"].as_str().unwrap_or_default();
        let object = request.param("objectName");
        let patch: json_patch::Patch = serde_json::from_value(body["changes"].clone())
            .map_err(|e| problem::invalid_body("changes", e.to_string()))?;
        let before = self.installations[at].clone();
        let mut stored = value(&before);
        let slot = &mut stored["config"]["content"][action]["objects"][object];
        if slot.is_null() {
            return Err(problem::not_found(
                &format!("{action} config of object"),
                object,
            ));
        }
        json_patch::patch(slot, &patch)
            .map_err(|e| problem::invalid_body("changes", e.to_string()))?;
        self.save_config_change(at, &before, stored, effects)
    }

    pub(crate) fn delete_installation(
        &mut self,
        request: &Request<'_>,
        effects: &mut Effects,
    ) -> Result<Response, Problem> {
        let at = self.installation_at(request)?;
        let installation = self.installations[at].clone();
        let mut data = self.installation_fields(&installation);
        data["config"] = value(&installation.config);
        self.notify(
            &installation,
            Notification::InstallationDeleted,
            data,
            effects,
        );
        self.forget_installations(&[installation.id]);
        no_content()
    }

    /// The fields every installation notification carries.
    pub(crate) fn installation_fields(&self, installation: &types::Installation) -> Value {
        let integration = self
            .integrations
            .iter()
            .find(|i| i.id == installation.integration_id);
        let connection = &installation.connection;
        json!({
            "projectId": installation.project_id,
            "provider": connection.provider,
            "integrationId": installation.integration_id,
            "integrationName": integration.map(|i| i.name.clone()).unwrap_or_default(),
            "installationId": installation.id,
            "connectionId": connection.id,
            "groupRef": connection.group.group_ref,
            "groupName": connection.group.group_name,
            "consumerRef": connection.consumer.consumer_ref,
            "consumerName": connection.consumer.consumer_name,
        })
    }
}

/// Whether `installation` is in the group the request's `groupRef` names (any, without it).
fn in_group(request: &Request<'_>, installation: &types::Installation) -> bool {
    let group = installation.group.as_ref().map(|g| g.group_ref.as_str());
    request.query_is("groupRef", group.unwrap_or_default())
}

/// A config's content as stored: each read object complete (its `objectName` its key, and
/// its selections empty where none were given), each write object named.
fn stored_content(mut content: Value) -> Value {
    for action in ["read", "write", "subscribe"] {
        let Some(objects) = content
            .get_mut(action)
            .and_then(|a| a.get_mut("objects"))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        for (name, object) in objects.iter_mut() {
            let Some(object) = object.as_object_mut() else {
                continue;
            };
            object
                .entry("objectName")
                .or_insert_with(|| name.clone().into());
            if action == "read" {
                for field in ["selectedFields", "selectedFieldMappings"] {
                    object.entry(field).or_insert_with(|| json!({}));
                }
            }
        }
    }
    content
}
