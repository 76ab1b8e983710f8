//! OAuth connections the way a browser makes them. `oauthConnect` (a new connection for a
//! group) and `oauthUpdate` (new tokens for a connection) answer the URL to send the browser to:
//! the fake's own `GET /_fake/oauth/authorize?state=…`, which plays the provider's consent and
//! Ampersand's callback. Opened, it makes the connection (or, when the group has one for the
//! provider already, gives that one new tokens), with tokens the fake makes, announces it
//! (`connection.created`, `connection.refreshed`), and answers which connection it was. Each
//! URL is used once.

use ampersand_client::notifications::Notification;
use ampersand_client::types;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use crate::connections::{connection_data, new_connection};
use crate::problem::{self, Problem};
use crate::state::{decode, now, time, value, Effects, State};
use crate::Request;

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
    pub(crate) fn oauth_connect(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let body: types::OauthConnectBody = decode(&request.body)?;
        let at = self.project_at(&body.project_id)?;
        let project = self.projects[at].id.clone();
        if let Some(app) = &body.provider_app_id {
            let app = &self.provider_apps[self.provider_app_at(&project, app)?].app;
            if app.provider != body.provider {
                return Err(problem::invalid_body(
                    "providerAppId",
                    format!("is an app of {}, not of {}", app.provider, body.provider),
                ));
            }
        }
        let request_body = value(&body);
        Ok(self.grant(
            request.origin,
            Grant::Connect {
                project,
                request: request_body,
            },
        ))
    }

    pub(crate) fn oauth_update(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.connection_at(&project, request.param("connectionId"))?;
        let connection = self.connections[at].id.clone();
        Ok(self.grant(
            request.origin,
            Grant::Update {
                project,
                connection,
            },
        ))
    }

    /// Keeps `grant` under a new state, and answers its URL (`text/plain`, as the spec says).
    fn grant(&mut self, origin: &str, grant: Grant) -> Response {
        let state = uuid::Uuid::new_v4().simple().to_string();
        self.grants.insert(state.clone(), grant);
        let url = format!("{origin}{AUTHORIZE_PATH}?state={state}");
        (StatusCode::OK, [(header::CONTENT_TYPE, "text/plain")], url).into_response()
    }

    /// The browser at the consent page with `state`: the grant carried out, once.
    pub(crate) fn authorize(
        &mut self,
        state: &str,
        effects: &mut Effects,
    ) -> Result<Authorized, Problem> {
        let grant = self.grants.remove(state).ok_or_else(|| {
            problem::problem(
                StatusCode::BAD_REQUEST,
                "Bad Request",
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
                let mut connection = new_connection(&project, &request, "oauth2/authorizationCode");
                connection["oauth2AuthorizationCode"] = self.tokens(&project, &request);
                if let Some(app) = request["providerAppId"].as_str() {
                    let app = self.provider_app_at(&project, app)?;
                    connection["providerApp"] = value(&self.provider_apps[app].app);
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
    ) -> Result<Authorized, Problem> {
        let at = self.connection_at(project, id)?;
        let none = Value::Null;
        let mut stored = value(&self.connections[at]);
        stored["oauth2AuthorizationCode"] = self.tokens(project, request.unwrap_or(&none));
        stored["authScheme"] = "oauth2/authorizationCode".into();
        stored["status"] = "working".into();
        stored["updateTime"] = now().into();
        let connection: types::Connection = crate::state::typed(stored)?;
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
    fn tokens(&self, project: &str, request: &Value) -> Value {
        let issued = chrono::Utc::now();
        let scopes = request["providerAppId"]
            .as_str()
            .and_then(|id| {
                self.provider_apps
                    .iter()
                    .find(|a| a.app.project_id == project && a.app.id == id)
            })
            .map(|a| value(&a.app.scopes))
            .filter(|s| !s.is_null())
            .unwrap_or_else(|| json!([]));
        let token = |kind: &str| format!("fake-{kind}-{}", uuid::Uuid::new_v4().simple());
        json!({
            "accessToken": {
                "token": token("access"),
                "issuedAt": time(issued),
                "expiresAt": time(issued + chrono::Duration::hours(1)),
            },
            "refreshToken": { "token": token("refresh"), "issuedAt": time(issued) },
            "scopes": scopes,
        })
    }
}
