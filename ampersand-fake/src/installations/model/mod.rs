//! The installations the fake keeps, as the spec's `Installation`.

use ampersand_client::notifications::Notification;
use ampersand_client::{UpdateMaskRule, types};
use serde_json::{Value, json};

use crate::connections::without_credentials;
use crate::mask::apply_mask;
use crate::model_error::{ModelError, built};
use crate::state::{Effects, State, instant, new_id, now, typed, value};
use crate::table::{Slot, scoped};

/// Which installation of an integration a request names.
pub(crate) enum Target<'a> {
    /// By its id.
    Id(&'a str),
    /// By the group it is installed for.
    Group(&'a str),
}

impl State {
    /// Where the installation `id` of the integration `integration` (id or name) of
    /// `project` is.
    pub(crate) fn installation_slot(
        &self,
        project: &str,
        integration: &str,
        id: &str,
    ) -> Result<Slot, ModelError> {
        let integration = &self.integration(project, integration)?.id;
        self.installations
            .find(id, |i| &i.integration_id == integration)
            .ok_or_else(|| ModelError::not_found("installation", id))
    }

    /// Where the installation of `integration` (id or name) for the group `group_ref` is.
    pub(crate) fn installation_of_group(
        &self,
        project: &str,
        integration: &str,
        group_ref: &str,
    ) -> Result<Slot, ModelError> {
        let integration = &self.integration(project, integration)?.id;
        self.installations
            .named(&scoped(integration, group_ref))
            .ok_or_else(|| {
                ModelError::not_found(
                    "installation",
                    format!("of integration {integration} for group {group_ref}"),
                )
            })
    }

    /// The installations of the integration `integration` (id or name) of `project`, of the
    /// group `group_ref` only if given.
    pub(crate) fn installations_of_integration(
        &self,
        project: &str,
        integration: &str,
        group_ref: Option<&str>,
    ) -> Result<Vec<&types::Installation>, ModelError> {
        let integration = &self.integration(project, integration)?.id;
        let all = self.installations.iter();
        let of = all.filter(|i| &i.integration_id == integration);
        Ok(of.filter(|i| in_group(i, group_ref)).collect())
    }

    /// The installations of `project`, of the group `group_ref` only if given.
    pub(crate) fn installations_of_project(
        &self,
        project: &str,
        group_ref: Option<&str>,
    ) -> Vec<&types::Installation> {
        let all = self
            .installations
            .iter()
            .filter(|i| i.project_id == project);
        all.filter(|i| in_group(i, group_ref)).collect()
    }

    /// Installs the integration `integration` (id or name) of `project` for the group `body`
    /// names, on the connection it names (else the group's connection to the integration's
    /// provider); announced as `installation.created`, its first reads started.
    pub(crate) fn create_installation(
        &mut self,
        project: &str,
        integration: &str,
        body: &types::CreateInstallationBody,
        effects: &mut Effects,
    ) -> Result<types::Installation, ModelError> {
        let integration = self.integration(project, integration)?.clone();
        if self.installations.iter().any(|i| {
            i.integration_id == integration.id
                && i.group
                    .as_ref()
                    .is_some_and(|g| g.group_ref == body.group_ref)
        }) {
            return Err(ModelError::Conflict(format!(
                "group {} has an installation of integration {} already",
                body.group_ref, integration.name
            )));
        }
        let connection = match &body.connection_id {
            Some(id) => self
                .connections
                .iter()
                .find(|c| c.project_id == project && &c.id == id)
                .ok_or_else(|| ModelError::Unprocessable(format!("no connection {id}")))?,
            None => self
                .connections
                .iter()
                .find(|c| {
                    c.project_id == project
                        && c.group.group_ref == body.group_ref
                        && c.provider == integration.provider
                })
                .ok_or_else(|| {
                    ModelError::Unprocessable(format!(
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
        let created = instant();
        let revision = body
            .config
            .revision_id
            .clone()
            .unwrap_or_else(|| integration.latest_revision.id.clone());
        let config: types::Config = built(
            types::Config::builder()
                .id(new_id())
                .revision_id(revision)
                .create_time(created)
                .created_by(created_by.clone())
                .content(typed::<types::ConfigContent>(stored_content(value(
                    &body.config.content,
                )))?),
        )?;
        let installation: types::Installation = built(
            types::Installation::builder()
                .id(new_id())
                .project_id(project.to_string())
                .integration_id(integration.id.clone())
                .group(Some(connection.group.clone()))
                .health_status(types::InstallationHealthStatus::Healthy)
                .connection(without_credentials(connection))
                .create_time(created)
                .created_by(created_by)
                .config(config),
        )?;
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
        Ok(installation)
    }

    /// The installation at `at` with the paths of `body`'s mask set: `connectionId` switches
    /// the connection, the `config.*` paths change the config (a new config).
    pub(crate) fn update_installation(
        &mut self,
        at: Slot,
        body: &types::UpdateInstallationBody,
        rule: &UpdateMaskRule,
        effects: &mut Effects,
    ) -> Result<types::Installation, ModelError> {
        let before = self.installations[at].clone();
        let mut stored = value(&before);
        stored["connectionId"] = before.connection.id.clone().into();
        apply_mask(
            &mut stored,
            &value(&body.installation),
            &body.update_mask,
            rule,
        )?;
        if let Some(id) = stored
            .as_object_mut()
            .and_then(|m| m.remove("connectionId"))
            .and_then(|v| v.as_str().map(str::to_string))
            && id != before.connection.id
        {
            let connection = self
                .connections
                .iter()
                .find(|c| c.project_id == before.project_id && c.id == id)
                .ok_or_else(|| ModelError::Unprocessable(format!("no connection {id}")))?;
            stored["connection"] = value(&without_credentials(connection));
        }
        self.save_config_change(at, &before, stored, effects)
    }

    /// Applies the JSON Patch `patch` to the config of `object` under `action` (`read`,
    /// `write` or `subscribe`) of the installation `target` names.
    pub(crate) fn patch_object_config(
        &mut self,
        project: &str,
        integration: &str,
        target: Target<'_>,
        (action, object): (&str, &str),
        patch: &json_patch::Patch,
        effects: &mut Effects,
    ) -> Result<types::Installation, ModelError> {
        let at = match target {
            Target::Id(id) => self.installation_slot(project, integration, id)?,
            Target::Group(group) => self.installation_of_group(project, integration, group)?,
        };
        let before = self.installations[at].clone();
        let mut stored = value(&before);
        let slot = &mut stored["config"]["content"][action]["objects"][object];
        if slot.is_null() {
            return Err(ModelError::not_found(
                "config of object",
                format!("{object} ({action})"),
            ));
        }
        json_patch::patch(slot, patch)
            .map_err(|e| ModelError::invalid("changes", e.to_string()))?;
        self.save_config_change(at, &before, stored, effects)
    }

    /// Deletes the installation at `at`, announced as `installation.deleted`.
    pub(crate) fn delete_installation(&mut self, at: Slot, effects: &mut Effects) {
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
    }

    /// Stores `stored`, the installation at `at` changed from `before`: its config as a new
    /// config, announced as `installation.updated`, the first reads of new objects started.
    fn save_config_change(
        &mut self,
        at: Slot,
        before: &types::Installation,
        mut stored: Value,
        effects: &mut Effects,
    ) -> Result<types::Installation, ModelError> {
        stored["config"]["content"] = stored_content(stored["config"]["content"].take());
        stored["config"]["id"] = new_id().into();
        stored["config"]["createTime"] = now().into();
        stored["updateTime"] = now().into();
        let installation: types::Installation = typed(stored)?;
        self.installations.set(at, installation.clone());
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
        Ok(installation)
    }

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

/// Whether `installation` is in the group `group_ref` (any, without one).
fn in_group(installation: &types::Installation, group_ref: Option<&str>) -> bool {
    let group = installation.group.as_ref().map(|g| g.group_ref.as_str());
    group_ref.is_none_or(|wanted| group == Some(wanted))
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

#[cfg(test)]
mod tests;
