//! The connections the fake keeps, as the spec's `Connection`.

use ampersand_client::notifications::Notification;
use ampersand_client::{UpdateMaskRule, types};
use serde_json::{Value, json};

use crate::mask::apply_mask;
use crate::model_error::{ModelError, built};
use crate::state::{Effects, State, instant, new_id, now, typed, value};
use crate::table::Slot;

/// The credential fields of a connection request and the `authScheme` each makes.
const CREDENTIALS: [(&str, &str); 5] = [
    ("apiKey", "apiKey"),
    ("basicAuth", "basic"),
    ("oauth2ClientCredentials", "oauth2/clientCredentials"),
    ("oauth2PasswordCredentials", "oauth2/password"),
    ("oauth2AuthorizationCode", "oauth2/authorizationCode"),
];

/// Which connections a listing shows: each given field must match.
#[derive(Default)]
pub(crate) struct ConnectionFilter<'a> {
    pub(crate) provider: Option<&'a str>,
    pub(crate) group_ref: Option<&'a str>,
    pub(crate) consumer_ref: Option<&'a str>,
}

impl State {
    /// Where the connection `id` of `project` is.
    pub(crate) fn connection_at(&self, project: &str, id: &str) -> Result<Slot, ModelError> {
        self.connections
            .find(id, |c| c.project_id == project)
            .ok_or_else(|| ModelError::not_found("connection", id))
    }

    /// The connection `id` of `project`, its credentials included.
    pub(crate) fn connection(
        &self,
        project: &str,
        id: &str,
    ) -> Result<&types::Connection, ModelError> {
        Ok(&self.connections[self.connection_at(project, id)?])
    }

    /// The connections of `project` that `filter` lets through, without their credentials.
    pub(crate) fn connections_of(
        &self,
        project: &str,
        filter: &ConnectionFilter<'_>,
    ) -> Vec<types::Connection> {
        let fits = |wanted: Option<&str>, got: &str| wanted.is_none_or(|w| w == got);
        self.connections
            .iter()
            .filter(|c| c.project_id == project)
            .filter(|c| fits(filter.provider, &c.provider))
            .filter(|c| fits(filter.group_ref, &c.group.group_ref))
            .filter(|c| fits(filter.consumer_ref, &c.consumer.consumer_ref))
            .map(without_credentials)
            .collect()
    }

    /// A connection of `project` from the credentials `body` gives (its `authScheme` is
    /// theirs), announced as `connection.created`.
    pub(crate) fn generate_connection(
        &mut self,
        project: &str,
        body: &types::GenerateConnectionRequest,
        effects: &mut Effects,
    ) -> Result<types::Connection, ModelError> {
        let body = value(body);
        let scheme = CREDENTIALS
            .iter()
            .find(|(field, _)| !body[*field].is_null())
            .map_or("none", |(_, scheme)| scheme);
        let mut connection = new_connection(project, &body, scheme)?;
        if let Some(key) = body["apiKey"].as_str() {
            connection.api_key = Some(key.into());
        }
        self.keep_connection(connection, effects)
    }

    /// Keeps a new connection, and announces it (`connection.created`).
    pub(crate) fn keep_connection(
        &mut self,
        connection: types::Connection,
        effects: &mut Effects,
    ) -> Result<types::Connection, ModelError> {
        self.connections.push(connection.clone());
        let data = connection_data(&connection);
        self.notify_project(
            &connection.project_id,
            Notification::ConnectionCreated,
            data,
            effects,
        );
        Ok(connection)
    }

    /// The connection `id` of `project` with the paths of `body`'s mask set: its workspace,
    /// metadata or credentials (new credentials replace the old, and the `authScheme` follows
    /// them).
    pub(crate) fn update_connection(
        &mut self,
        project: &str,
        id: &str,
        body: &types::UpdateConnectionRequest,
        rule: &UpdateMaskRule,
    ) -> Result<types::Connection, ModelError> {
        let at = self.connection_at(project, id)?;
        let body = value(body);
        let mask: Vec<String> = body["updateMask"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str().map(str::to_string))
            .collect();
        let mut stored = value(&self.connections[at]);
        apply_mask(&mut stored, &body["connection"], &mask, rule)?;
        if let Some(scheme) = CREDENTIALS
            .iter()
            .find(|(field, _)| mask.iter().any(|p| p == field))
            .map(|(_, scheme)| *scheme)
        {
            stored["authScheme"] = scheme.into();
        }
        // the credentials are kept as the API key the connection shows with includeCreds;
        // the other forms are not part of a Connection
        for (field, _) in &CREDENTIALS[1..] {
            stored.as_object_mut().map(|m| m.remove(*field));
        }
        stored["updateTime"] = now().into();
        let connection: types::Connection = typed(stored)?;
        self.connections[at] = connection.clone();
        Ok(connection)
    }

    /// Deletes the connection `id` of `project` (refused while an installation uses it), the
    /// records of its instance with it, announced as `connection.deleted`.
    pub(crate) fn delete_connection(
        &mut self,
        project: &str,
        id: &str,
        effects: &mut Effects,
    ) -> Result<(), ModelError> {
        let at = self.connection_at(project, id)?;
        let id = self.connections[at].id.clone();
        if self.installations.iter().any(|i| i.connection.id == id) {
            return Err(ModelError::Conflict(format!(
                "connection {id} is used by an installation: delete the installation first"
            )));
        }
        let gone = self.connections.remove(at);
        self.custom_fields.remove(&gone.id);
        self.records.remove_instance(&gone.id);
        let data = connection_data(&gone);
        self.notify_project(project, Notification::ConnectionDeleted, data, effects);
        Ok(())
    }
}

/// A connection notification's data.
pub(crate) fn connection_data(connection: &types::Connection) -> Value {
    json!({
        "projectId": connection.project_id,
        "connectionId": connection.id,
        "provider": connection.provider,
        "groupRef": connection.group.group_ref,
        "consumerRef": connection.consumer.consumer_ref,
        "consumerName": connection.consumer.consumer_name,
    })
}

/// A new connection of `project` for the group and consumer `body` names (`groupName` and
/// `consumerName` their refs unless given), with its workspace and metadata if given.
pub(crate) fn new_connection(
    project: &str,
    body: &Value,
    scheme: &str,
) -> Result<types::Connection, ModelError> {
    let created = instant();
    let text = |field: &str| body[field].as_str().map(str::to_string);
    // both requests that make a connection require these (their bodies are checked first)
    let required =
        |field: &'static str| text(field).ok_or_else(|| ModelError::invalid(field, "is required"));
    let group_ref = required("groupRef")?;
    let consumer_ref = required("consumerRef")?;
    let group: types::Group = built(
        types::Group::builder()
            .group_name(text("groupName").unwrap_or_else(|| group_ref.clone()))
            .group_ref(group_ref)
            .project_id(project.to_string())
            .create_time(created),
    )?;
    let consumer: types::Consumer = built(
        types::Consumer::builder()
            .consumer_name(text("consumerName").unwrap_or_else(|| consumer_ref.clone()))
            .consumer_ref(consumer_ref)
            .project_id(project.to_string())
            .create_time(created),
    )?;
    let metadata = match &body["providerMetadata"] {
        Value::Null => None,
        given => Some(typed(given.clone())?),
    };
    built(
        types::Connection::builder()
            .id(new_id())
            .project_id(project.to_string())
            .provider(required("provider")?)
            .group(group)
            .consumer(consumer)
            .create_time(created)
            .auth_scheme(types::ConnectionAuthScheme::from(scheme))
            .status(types::ConnectionStatus::Working)
            .provider_workspace_ref(text("providerWorkspaceRef"))
            .provider_metadata(metadata),
    )
}

/// A connection as the API shows it without `includeCreds`: no API key, no tokens.
pub(crate) fn without_credentials(connection: &types::Connection) -> types::Connection {
    let mut shown = connection.clone();
    shown.api_key = None;
    shown.oauth2_authorization_code = None;
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec_bodies::body;

    fn generate(state: &mut State, group: &str, given: Value) -> types::Connection {
        let mut given = given;
        given["provider"] = "salesforce".into();
        given["groupRef"] = group.into();
        let body = body("generateConnection", given);
        state
            .generate_connection("p", &body, &mut Effects::default())
            .unwrap()
    }

    #[test]
    fn a_connection_takes_its_scheme_from_its_credentials_and_hides_them_when_listed() {
        let mut state = State::default();
        let keyed = generate(&mut state, "g1", json!({"apiKey": "k-1"}));
        assert_eq!(value(&keyed.auth_scheme), "apiKey");
        assert_eq!(
            keyed.api_key.as_ref().map(|k| k.expose().to_string()),
            Some("k-1".into())
        );
        assert_eq!(keyed.group.group_name, "g1", "the ref names the group");
        generate(&mut state, "g2", json!({}));
        let all = state.connections_of("p", &ConnectionFilter::default());
        assert_eq!(all.len(), 2);
        assert!(all.iter().all(|c| c.api_key.is_none()));
        let one = ConnectionFilter {
            group_ref: Some("g2"),
            ..Default::default()
        };
        assert_eq!(state.connections_of("p", &one).len(), 1);
        assert!(
            state
                .connections_of("q", &ConnectionFilter::default())
                .is_empty()
        );
    }

    #[test]
    fn a_connection_is_changed_through_its_mask_and_deleted() {
        let mut state = State::default();
        let made = generate(&mut state, "g1", json!({}));
        let rule = UpdateMaskRule::find("update_connection").unwrap();
        let update: types::UpdateConnectionRequest = body(
            "updateConnection",
            json!({"updateMask": ["apiKey"], "connection": {"apiKey": "k-2"}}),
        );
        let changed = state
            .update_connection("p", &made.id, &update, rule)
            .unwrap();
        assert_eq!(value(&changed.auth_scheme), "apiKey");
        assert!(changed.update_time.is_some());
        state
            .delete_connection("p", &made.id, &mut Effects::default())
            .unwrap();
        assert!(matches!(
            state.connection("p", &made.id),
            Err(ModelError::NotFound {
                what: "connection",
                ..
            })
        ));
    }
}
