//! OAuth connections the way a browser makes them. `oauthConnect` (a new connection for a
//! group) and `oauthUpdate` (new tokens for a connection) answer the URL to send the browser to:
//! the fake's own `GET /_fake/oauth/authorize?state=…`, which plays the provider's consent and
//! Ampersand's callback. Opened, it makes the connection (or, when the group has one for the
//! provider already, gives that one new tokens), with tokens the fake makes, announces it
//! (`connection.created`, `connection.refreshed`), and answers which connection it was. Each
//! URL is used once.

use ampersand_client::notifications::Notification;
use ampersand_client::types;
use serde_json::Value;

use super::model::{connection_data, new_connection};
use crate::model_error::{ModelError, built};
use crate::state::{Effects, State, instant, value};

/// The path of the fake's consent page.
pub(crate) const AUTHORIZE_PATH: &str = "/_fake/oauth/authorize";

/// What opening an authorization URL does.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub(crate) enum Grant {
    /// A connection for the group `oauthConnect` named (its body, as checked).
    Connect { project: String, request: Value },
    /// New tokens for a connection.
    Update { project: String, connection: String },
}

/// What the consent page did.
pub(crate) struct Authorized {
    pub(crate) connection: String,
    pub(crate) created: bool,
}

impl State {
    /// An authorization URL (under `origin`) that makes a connection for the group `body`
    /// names, refused when the provider app it names is of another provider.
    pub(crate) fn oauth_connect(
        &mut self,
        body: &types::OauthConnectBody,
        origin: &str,
    ) -> Result<String, ModelError> {
        let at = self.project_at(&body.project_id)?;
        let project = self.projects[at].id.clone();
        if let Some(app) = &body.provider_app_id {
            let app = &self.provider_apps[self.provider_app_at(&project, app)?].app;
            if app.provider != body.provider {
                return Err(ModelError::invalid(
                    "providerAppId",
                    format!("is an app of {}, not of {}", app.provider, body.provider),
                ));
            }
        }
        let request = value(body);
        Ok(self.grant(origin, Grant::Connect { project, request }))
    }

    /// An authorization URL (under `origin`) that gives the connection `id` of `project` new
    /// tokens.
    pub(crate) fn oauth_update(
        &mut self,
        project: &str,
        id: &str,
        origin: &str,
    ) -> Result<String, ModelError> {
        let connection = self.connection(project, id)?.id.clone();
        let project = project.to_string();
        Ok(self.grant(
            origin,
            Grant::Update {
                project,
                connection,
            },
        ))
    }

    /// Keeps `grant` under a new state; its URL.
    fn grant(&mut self, origin: &str, grant: Grant) -> String {
        let state = uuid::Uuid::new_v4().simple().to_string();
        self.grants.insert(state.clone(), grant);
        format!("{origin}{AUTHORIZE_PATH}?state={state}")
    }

    /// The browser at the consent page with `state`: the grant carried out, once.
    pub(crate) fn authorize(
        &mut self,
        state: &str,
        effects: &mut Effects,
    ) -> Result<Authorized, ModelError> {
        let grant = self.grants.remove(state).ok_or_else(|| {
            ModelError::Refused(
                "no authorization waits under this state: it was used, or never given".into(),
            )
        })?;
        match grant {
            Grant::Update {
                project,
                connection,
            } => self.refresh(&project, &connection, None, effects),
            Grant::Connect { project, request } => {
                let same = self.connections.iter().find(|c| {
                    c.project_id == project
                        && value(&c.provider) == request["provider"]
                        && value(&c.group.group_ref) == request["groupRef"]
                });
                if let Some(same) = same.map(|c| c.id.clone()) {
                    return self.refresh(&project, &same, Some(&request), effects);
                }
                let mut connection =
                    new_connection(&project, &request, "oauth2/authorizationCode")?;
                connection.oauth2_authorization_code = Some(self.tokens(&project, &request)?);
                if let Some(app) = request["providerAppId"].as_str() {
                    let app = self.provider_app_at(&project, app)?;
                    connection.provider_app = Some(self.provider_apps[app].app.clone());
                }
                let connection = self.keep_connection(connection, effects)?;
                Ok(Authorized {
                    connection: connection.id,
                    created: true,
                })
            }
        }
    }

    /// New tokens for the connection `id` (and the provider app `request` names, if it
    /// does), announced as `connection.refreshed`.
    fn refresh(
        &mut self,
        project: &str,
        id: &str,
        request: Option<&Value>,
        effects: &mut Effects,
    ) -> Result<Authorized, ModelError> {
        let at = self.connection_at(project, id)?;
        let tokens = self.tokens(project, request.unwrap_or(&Value::Null))?;
        let mut connection = self.connections[at].clone();
        connection.oauth2_authorization_code = Some(tokens);
        connection.auth_scheme = types::ConnectionAuthScheme::from("oauth2/authorizationCode");
        connection.status = types::ConnectionStatus::Working;
        connection.update_time = Some(instant());
        self.connections[at] = connection.clone();
        self.notify_project(
            project,
            Notification::ConnectionRefreshed,
            connection_data(&connection),
            effects,
        );
        Ok(Authorized {
            connection: connection.id,
            created: false,
        })
    }

    /// Tokens the fake makes: an access token for an hour, a refresh token, and the scopes of
    /// the provider app `request` names (none without one).
    fn tokens(
        &self,
        project: &str,
        request: &Value,
    ) -> Result<types::Oauth2AuthorizationCodeTokensOnly, ModelError> {
        let issued = instant();
        let scopes = request["providerAppId"]
            .as_str()
            .and_then(|id| {
                self.provider_apps
                    .iter()
                    .find(|a| a.app.project_id == project && a.app.id == id)
            })
            .and_then(|a| a.app.scopes.clone())
            .unwrap_or_default();
        let token = |kind: &str| format!("fake-{kind}-{}", uuid::Uuid::new_v4().simple());
        let access: types::Oauth2AuthorizationCodeTokensOnlyAccessToken = built(
            types::Oauth2AuthorizationCodeTokensOnlyAccessToken::builder()
                .token(token("access"))
                .issued_at(Some(issued))
                .expires_at(Some(issued + chrono::Duration::hours(1))),
        )?;
        let refresh: types::Oauth2AuthorizationCodeTokensOnlyRefreshToken = built(
            types::Oauth2AuthorizationCodeTokensOnlyRefreshToken::builder()
                .token(token("refresh"))
                .issued_at(Some(issued)),
        )?;
        built(
            types::Oauth2AuthorizationCodeTokensOnly::builder()
                .access_token(Some(access))
                .refresh_token(Some(refresh))
                .scopes(Some(scopes)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec_bodies::body;
    use serde_json::json;

    #[test]
    fn a_consent_makes_the_connection_once_and_a_second_refreshes_it() {
        let mut state = State::default();
        let project: types::CreateProjectBody = body("createProject", json!({"name": "pp"}));
        let project = state.create_project(project).unwrap().id;
        let effects = &mut Effects::default();
        let connect: types::OauthConnectBody = body(
            "oauthConnect",
            json!({"projectId": "pp", "provider": "salesforce", "groupRef": "g1"}),
        );
        let url = state.oauth_connect(&connect, "http://127.0.0.1:1").unwrap();
        let grant = url.split_once("state=").unwrap().1.to_string();
        assert!(url.starts_with(&format!("http://127.0.0.1:1{AUTHORIZE_PATH}?")));
        let done = state.authorize(&grant, effects).unwrap();
        assert!(done.created);
        let made = state.connection(&project, &done.connection).unwrap();
        assert!(
            made.oauth2_authorization_code.is_some(),
            "the fake made tokens"
        );
        // each URL is used once
        let again = state.authorize(&grant, effects);
        assert!(matches!(again, Err(ModelError::Refused(_))));
        // the same group again: the connection it has gets new tokens
        let url = state.oauth_connect(&connect, "http://127.0.0.1:1").unwrap();
        let grant = url.split_once("state=").unwrap().1;
        let refreshed = state.authorize(grant, effects).unwrap();
        assert_eq!(
            (refreshed.connection, refreshed.created),
            (done.connection, false)
        );
    }
}
