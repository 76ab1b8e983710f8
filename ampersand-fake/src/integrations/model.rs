//! The integrations the fake keeps, as the spec's `Integration` and `Revision`.

use ampersand_client::types;

use crate::model_error::{ModelError, built};
use crate::state::{State, instant, new_id, value};
use crate::table::{Slot, scoped};

impl State {
    /// Where the integration of `project` with id or name `key` is.
    pub(crate) fn integration_at(&self, project: &str, key: &str) -> Result<Slot, ModelError> {
        self.integrations
            .find(key, |i| i.project_id == project)
            .or_else(|| self.integrations.named(&scoped(project, key)))
            .ok_or_else(|| ModelError::not_found("integration", key))
    }

    /// The integration of `project` with id or name `key`.
    pub(crate) fn integration(
        &self,
        project: &str,
        key: &str,
    ) -> Result<&types::Integration, ModelError> {
        Ok(&self.integrations[self.integration_at(project, key)?])
    }

    /// The integrations of `project`, in the order made.
    pub(crate) fn integrations_of(&self, project: &str) -> Vec<&types::Integration> {
        let all = self.integrations.iter();
        all.filter(|i| i.project_id == project).collect()
    }

    /// A new integration of `project`, refused when the name is taken.
    pub(crate) fn create_integration(
        &mut self,
        project: &str,
        body: types::CreateIntegrationBody,
    ) -> Result<types::Integration, ModelError> {
        if self
            .integrations
            .iter()
            .any(|i| i.project_id == project && i.name == body.name)
        {
            return Err(ModelError::Conflict(format!(
                "an integration named {} exists already",
                body.name
            )));
        }
        let revision = body.latest_revision;
        let (name, provider) = (&body.name, &body.provider);
        self.upsert_integration(
            project,
            name,
            provider,
            &revision.spec_version,
            revision.content,
        )
    }

    /// Deploys a manifest: each integration it defines made or, by name, given a new revision;
    /// with `destructive`, the integrations of `project` it no longer names deleted.
    pub(crate) fn deploy(
        &mut self,
        project: &str,
        manifest: &ampersand_manifest::Manifest,
        destructive: bool,
    ) -> Result<Vec<types::Integration>, ModelError> {
        let mut deployed = Vec::new();
        for integration in &manifest.integrations {
            let content = content_of(integration)?;
            let (name, provider) = (&integration.name, &integration.provider);
            let version = &manifest.spec_version;
            deployed.push(self.upsert_integration(project, name, provider, version, content)?);
        }
        if destructive {
            let kept: Vec<&str> = deployed.iter().map(|i| i.id.as_str()).collect();
            let gone: Vec<String> = self
                .integrations_of(project)
                .into_iter()
                .filter(|i| !kept.contains(&i.id.as_str()))
                .map(|i| i.id.clone())
                .collect();
            for id in gone {
                self.forget_integration(&id);
            }
        }
        Ok(deployed)
    }

    /// A new revision of the integration `key` of `project` from the manifest's definition of
    /// it (by its name).
    pub(crate) fn create_revision(
        &mut self,
        project: &str,
        key: &str,
        manifest: &ampersand_manifest::Manifest,
    ) -> Result<types::Integration, ModelError> {
        let name = self.integration(project, key)?.name.clone();
        let Some(integration) = manifest.integrations.iter().find(|i| i.name == name) else {
            return Err(ModelError::Unprocessable(format!(
                "the manifest defines no integration named {name}"
            )));
        };
        let content = content_of(integration)?;
        let (provider, version) = (&integration.provider, &manifest.spec_version);
        self.upsert_integration(project, &name, provider, version, content)
    }

    /// Deletes the integration `key` of `project`, and its installations.
    pub(crate) fn delete_integration(
        &mut self,
        project: &str,
        key: &str,
    ) -> Result<(), ModelError> {
        let id = self.integration(project, key)?.id.clone();
        self.forget_integration(&id);
        Ok(())
    }

    /// Makes or, by name, replaces an integration of `project` with a new revision; the
    /// revision it replaces is kept (a revision's id stays readable).
    fn upsert_integration(
        &mut self,
        project: &str,
        name: &str,
        provider: &str,
        spec_version: &str,
        content: types::ManifestIntegration,
    ) -> Result<types::Integration, ModelError> {
        let revision: types::Revision = built(
            types::Revision::builder()
                .id(new_id())
                .spec_version(spec_version.to_string())
                .create_time(instant())
                .content(content),
        )?;
        let existing = self.integrations.named(&scoped(project, name));
        let Some(at) = existing else {
            let integration: types::Integration = built(
                types::Integration::builder()
                    .id(new_id())
                    .project_id(project.to_string())
                    .name(name.to_string())
                    .provider(provider.to_string())
                    .create_time(instant())
                    .latest_revision(revision),
            )?;
            self.integrations.push(integration.clone());
            return Ok(integration);
        };
        let mut integration = self.integrations[at].clone();
        let old = std::mem::replace(&mut integration.latest_revision, revision);
        self.old_revisions.entry(integration.id.clone()).push(old);
        integration.provider = provider.to_string();
        integration.update_time = Some(instant());
        self.integrations.set(at, integration.clone());
        Ok(integration)
    }

    /// Forgets the integration `id`, its revisions and its installations.
    fn forget_integration(&mut self, id: &str) {
        self.integrations.retain(|i| i.id != id);
        self.old_revisions.remove(id);
        let gone: Vec<String> = self
            .installations
            .iter()
            .filter(|i| i.integration_id == id)
            .map(|i| i.id.clone())
            .collect();
        self.forget_installations(&gone);
    }
}

/// A manifest's integration as a revision's content.
fn content_of(
    integration: &ampersand_manifest::Integration,
) -> Result<types::ManifestIntegration, ModelError> {
    serde_json::from_value(value(integration)).map_err(|e| ModelError::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec_bodies::body;
    use serde_json::json;

    #[test]
    fn an_integration_is_made_once_by_name_and_found_by_id_or_name() {
        let mut state = State::default();
        let given = json!({"name": "crm", "provider": "salesforce"});
        let made = state
            .create_integration("p", body("createIntegration", given.clone()))
            .unwrap();
        assert_eq!((made.name.as_str(), made.project_id.as_str()), ("crm", "p"));
        assert_eq!(state.integration("p", "crm").unwrap().id, made.id);
        assert_eq!(state.integration("p", &made.id).unwrap().name, "crm");
        // another project does not see it; the same name again is refused
        assert!(matches!(
            state.integration("q", "crm"),
            Err(ModelError::NotFound {
                what: "integration",
                ..
            })
        ));
        let again = state.create_integration("p", body("createIntegration", given));
        assert!(matches!(again, Err(ModelError::Conflict(_))));
        assert_eq!(state.integrations_of("p").len(), 1);
        state.delete_integration("p", "crm").unwrap();
        assert!(state.integrations_of("p").is_empty());
    }

    #[test]
    fn a_new_revision_keeps_the_one_it_replaces() {
        let mut state = State::default();
        let given = json!({"name": "crm", "provider": "salesforce"});
        let made = state
            .create_integration("p", body("createIntegration", given))
            .unwrap();
        let first = made.latest_revision.id.clone();
        let content = value(&made.latest_revision.content);
        let again = state
            .upsert_integration(
                "p",
                "crm",
                "hubspot",
                "1.0.0",
                serde_json::from_value(content).unwrap(),
            )
            .unwrap();
        assert_eq!(again.id, made.id);
        assert_eq!(again.provider, "hubspot");
        assert_ne!(again.latest_revision.id, first);
        assert!(again.update_time.is_some());
        let kept = state.old_revisions.get(&made.id).unwrap();
        assert_eq!(
            kept.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
            [first]
        );
    }
}
