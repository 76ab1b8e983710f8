//! The destinations the fake keeps, as the spec's `DestinationWithSecrets`.

use ampersand_client::{UpdateMaskRule, types};

use crate::mask::apply_mask;
use crate::model_error::{ModelError, built};
use crate::state::{State, instant, new_id, reshaped, typed, value};
use crate::table::{Slot, scoped};

/// A destination and the project it belongs to (the spec's `Destination` does not say).
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct StoredDestination {
    pub(crate) project_id: String,
    pub(crate) destination: types::DestinationWithSecrets,
}

impl State {
    /// Where the destination of `project` with id or name `key` is.
    fn destination_at(&self, project: &str, key: &str) -> Result<Slot, ModelError> {
        self.destinations
            .find(key, |d| d.project_id == project)
            .or_else(|| self.destinations.named(&scoped(project, key)))
            .ok_or_else(|| ModelError::not_found("destination", key))
    }

    /// The destination of `project` with id or name `key`, its secrets included.
    pub(crate) fn destination(
        &self,
        project: &str,
        key: &str,
    ) -> Result<&types::DestinationWithSecrets, ModelError> {
        Ok(&self.destinations[self.destination_at(project, key)?].destination)
    }

    /// The destinations of `project`, without their secrets.
    pub(crate) fn destinations_of(
        &self,
        project: &str,
    ) -> Result<Vec<types::Destination>, ModelError> {
        let all = self.destinations.iter().filter(|d| d.project_id == project);
        all.map(|d| public_destination(&d.destination)).collect()
    }

    /// Refuses `name` when another destination of `project` than the one at `except` has it.
    fn destination_name_taken(
        &self,
        project: &str,
        name: &str,
        except: Option<Slot>,
    ) -> Result<(), ModelError> {
        match self.destinations.named(&scoped(project, name)) {
            Some(at) if Some(at) != except => Err(ModelError::Conflict(format!(
                "a destination named {name} exists already"
            ))),
            _ => Ok(()),
        }
    }

    /// A new destination of `project`; a webhook signs its deliveries with `signing_key`.
    pub(crate) fn create_destination(
        &mut self,
        project: &str,
        body: &types::CreateDestinationBody,
        signing_key: &str,
    ) -> Result<types::DestinationWithSecrets, ModelError> {
        self.destination_name_taken(project, &body.name, None)?;
        let mut secrets: types::DestinationWithSecretsSecrets = match &body.secrets {
            Some(given) => reshaped(given)?,
            None => Default::default(),
        };
        if body.type_ == types::CreateDestinationBodyType::Webhook {
            secrets.webhook_signing_key = Some(signing_key.into());
        }
        let destination: types::DestinationWithSecrets = built(
            types::DestinationWithSecrets::builder()
                .id(new_id())
                .name(body.name.clone())
                .type_(body.type_.to_string())
                .metadata(reshaped::<types::DestinationWithSecretsMetadata>(
                    &body.metadata,
                )?)
                .secrets(Some(secrets))
                .create_time(instant()),
        )?;
        self.destinations.push(StoredDestination {
            project_id: project.to_string(),
            destination: destination.clone(),
        });
        Ok(destination)
    }

    /// The destination `key` of `project` with the paths of `body`'s mask set.
    pub(crate) fn update_destination(
        &mut self,
        project: &str,
        key: &str,
        body: &types::UpdateDestinationBody,
        rule: &UpdateMaskRule,
    ) -> Result<types::DestinationWithSecrets, ModelError> {
        let at = self.destination_at(project, key)?;
        let mut stored = value(&self.destinations[at].destination);
        apply_mask(
            &mut stored,
            &value(&body.destination),
            &body.update_mask,
            rule,
        )?;
        if let Some(name) = stored["name"].as_str() {
            self.destination_name_taken(project, name, Some(at))?;
        }
        stored["updateTime"] = value(&instant());
        let destination: types::DestinationWithSecrets = typed(stored)?;
        let row = StoredDestination {
            project_id: project.to_string(),
            destination: destination.clone(),
        };
        self.destinations.set(at, row);
        Ok(destination)
    }

    /// Deletes the destination `key` of `project`.
    pub(crate) fn delete_destination(
        &mut self,
        project: &str,
        key: &str,
    ) -> Result<(), ModelError> {
        let at = self.destination_at(project, key)?;
        self.destinations.remove(at);
        Ok(())
    }

    /// The webhook destination of `project` named `name` (or whose id it is).
    pub(crate) fn webhook(
        &self,
        project: &str,
        name: &str,
    ) -> Option<&types::DestinationWithSecrets> {
        self.destinations
            .iter()
            .find(|d| {
                d.project_id == project
                    && (d.destination.name == name || d.destination.id == name)
                    && d.destination.type_ == "webhook"
            })
            .map(|d| &d.destination)
    }
}

/// A destination without its secrets.
pub(crate) fn public_destination(
    d: &types::DestinationWithSecrets,
) -> Result<types::Destination, ModelError> {
    let mut shown = d.clone();
    shown.secrets = None;
    reshaped(&shown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec_bodies::body;
    use serde_json::json;

    /// A webhook destination `hook` made in `project`, signing with `key`.
    fn hook(state: &mut State, project: &str, key: &str) -> types::DestinationWithSecrets {
        let given = json!({"name": "hook", "type": "webhook", "metadata": {"url": "https://example.com/h"}});
        state
            .create_destination(project, &body("createDestination", given), key)
            .unwrap()
    }

    #[test]
    fn a_webhook_destination_signs_with_the_key_given_and_hides_it_when_listed() {
        let mut state = State::default();
        let given = json!({"name": "hook", "type": "webhook", "metadata": {"url": "https://example.com/h"}});
        let made = hook(&mut state, "p", "whsec_k");
        let key = made
            .secrets
            .as_ref()
            .and_then(|s| s.webhook_signing_key.as_ref());
        assert_eq!(key.map(|k| k.expose().to_string()), Some("whsec_k".into()));
        assert_eq!(
            state.webhook("p", "hook").map(|d| d.id.clone()),
            Some(made.id.clone())
        );
        assert_eq!(state.destination("p", &made.id).unwrap().name, "hook");
        let listed = state.destinations_of("p").unwrap();
        assert_eq!(listed.len(), 1);
        assert!(value(&listed[0]).get("secrets").is_none());
        let again = state.create_destination("p", &body("createDestination", given), "k");
        assert!(matches!(again, Err(ModelError::Conflict(_))));
        state.delete_destination("p", "hook").unwrap();
        assert!(state.webhook("p", "hook").is_none());
    }

    #[test]
    fn a_renamed_destination_is_found_by_its_new_name_in_its_project_only() {
        let mut state = State::default();
        let made = hook(&mut state, "p", "k");
        // the same name in another project is another destination
        hook(&mut state, "q", "k");
        let rule = UpdateMaskRule::find("update_destination").unwrap();
        let rename = json!({"updateMask": ["name"], "destination": {"name": "renamed"}});
        let renamed = state
            .update_destination("p", "hook", &body("updateDestination", rename), rule)
            .unwrap();
        assert_eq!(renamed.id, made.id);
        assert_eq!(state.destination("p", "renamed").unwrap().id, made.id);
        assert!(matches!(
            state.destination("p", "hook"),
            Err(ModelError::NotFound { .. })
        ));
        assert_ne!(state.destination("q", "hook").unwrap().id, made.id);
        // the old name is free again in its project
        hook(&mut state, "p", "k");
    }
}
