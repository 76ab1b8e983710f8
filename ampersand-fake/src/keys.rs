//! A project's credentials and apps: provider apps (the OAuth client a project connects its
//! customers with; the client secret is kept and never shown), API keys (a key created here is
//! accepted as `X-Api-Key` for its project's operations while it is active) and JWT keys (the
//! public keys a project's tokens are verified with).

use ampersand_client::types;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Value};

use crate::mask::{apply_listed, apply_mask};
use crate::problem::{self, Problem};
use crate::state::{decode, new_id, no_content, now, ok, rule, typed, value, State};
use crate::table::Slot;
use crate::Request;

/// A provider app and the client secret the spec's `ProviderApp` does not show.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct StoredProviderApp {
    pub(crate) app: types::ProviderApp,
    pub(crate) client_secret: String,
}

impl State {
    // provider apps

    pub(crate) fn provider_app_at(&self, project: &str, id: &str) -> Result<Slot, Problem> {
        self.provider_apps
            .position(|a| a.app.project_id == project && a.app.id == id)
            .ok_or_else(|| problem::not_found("provider app", id))
    }

    pub(crate) fn create_provider_app(
        &mut self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let body: types::CreateProviderAppBody = decode(&request.body)?;
        let mut app = value(&body);
        let secret = take_string(&mut app, "clientSecret");
        app["id"] = new_id().into();
        app["projectId"] = project.into();
        app["createTime"] = now().into();
        let app: types::ProviderApp = typed(app)?;
        self.provider_apps.push(StoredProviderApp {
            app: app.clone(),
            client_secret: secret,
        });
        ok(StatusCode::OK, &app)
    }

    pub(crate) fn list_provider_apps(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let apps: Vec<&types::ProviderApp> = self
            .provider_apps
            .iter()
            .filter(|a| a.app.project_id == project)
            .map(|a| &a.app)
            .collect();
        ok(StatusCode::OK, &apps)
    }

    /// Applies the mask; a new `clientSecret` replaces the kept one.
    pub(crate) fn update_provider_app(
        &mut self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.provider_app_at(&project, request.param("providerAppId"))?;
        let body: types::UpdateProviderAppBody = decode(&request.body)?;
        let stored = &self.provider_apps[at];
        let mut app = value(&stored.app);
        app["clientSecret"] = stored.client_secret.clone().into();
        apply_mask(
            &mut app,
            &value(&body.provider_app),
            &body.update_mask,
            rule(request)?,
        )?;
        let secret = take_string(&mut app, "clientSecret");
        app["updateTime"] = now().into();
        let app: types::ProviderApp = typed(app)?;
        self.provider_apps[at] = StoredProviderApp {
            app: app.clone(),
            client_secret: secret,
        };
        ok(StatusCode::OK, &app)
    }

    pub(crate) fn delete_provider_app(
        &mut self,
        request: &Request<'_>,
    ) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.provider_app_at(&project, request.param("providerAppId"))?;
        self.provider_apps.remove(at);
        no_content()
    }

    // API keys

    fn api_key_at(&self, project: &str, key: &str) -> Result<Slot, Problem> {
        self.api_keys
            .position(|k| k.project_id == project && k.key.expose() == key)
            .ok_or_else(|| problem::not_found("API key", "the one given"))
    }

    /// Whether `key` is an active API key made by `createApiKey`, of the project `project`
    /// names (by id or name; of any project for an operation outside one).
    pub(crate) fn accepts_api_key(&self, key: &str, project: Option<&str>) -> bool {
        let project = match project.map(|key| self.project_at(key)) {
            Some(Ok(at)) => Some(self.projects[at].id.as_str()),
            Some(Err(_)) => return false,
            None => None,
        };
        self.api_keys.iter().any(|k| {
            k.key.expose() == key
                && k.active != Some(false)
                && project.is_none_or(|p| k.project_id == p)
        })
    }

    /// A new active key, made by the fake.
    pub(crate) fn create_api_key(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let body: types::ApiKeyRequest = decode(&request.body)?;
        let key: types::ApiKey = typed(json!({
            "key": format!("amp_fake_{}", uuid::Uuid::new_v4().simple()),
            "label": body.label,
            "scopes": body.scopes.map(|s| s.0).unwrap_or_default(),
            "projectId": project,
            "active": true,
        }))?;
        self.api_keys.push(key.clone());
        ok(StatusCode::CREATED, &key)
    }

    /// The project's keys; with `active=true`, the active ones only.
    pub(crate) fn list_api_keys(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let only_active = request.query_bool("active");
        let keys: Vec<&types::ApiKey> = self
            .api_keys
            .iter()
            .filter(|k| k.project_id == project && (!only_active || k.active != Some(false)))
            .collect();
        ok(StatusCode::OK, &keys)
    }

    pub(crate) fn get_api_key(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.api_key_at(&project, request.param("apiKey"))?;
        ok(StatusCode::OK, &self.api_keys[at])
    }

    pub(crate) fn update_api_key(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.api_key_at(&project, request.param("apiKey"))?;
        let body: types::PatchApiKeyRequest = decode(&request.body)?;
        let mut key = value(&self.api_keys[at]);
        apply_mask(
            &mut key,
            &value(&body.api_key),
            &body.update_mask,
            rule(request)?,
        )?;
        let key: types::ApiKey = typed(key)?;
        self.api_keys[at] = key.clone();
        ok(StatusCode::OK, &key)
    }

    pub(crate) fn delete_api_key(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.api_key_at(&project, request.param("apiKey"))?;
        self.api_keys.remove(at);
        no_content()
    }

    // JWT keys

    fn jwt_key_at(&self, project: &str, id: &str) -> Result<Slot, Problem> {
        self.jwt_keys
            .position(|k| k.project_id.to_string() == project && k.id.to_string() == id)
            .ok_or_else(|| problem::not_found("JWT key", id))
    }

    /// A new active key, of a public key in PEM form (a 400 naming `publicKeyPem` otherwise);
    /// the answer is its id (`kid`).
    pub(crate) fn create_jwt_key(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let body: types::CreateJwtKeyRequest = decode(&request.body)?;
        if !is_public_key_pem(&body.public_key_pem) {
            return Err(problem::invalid_body(
                "publicKeyPem",
                "is not a public key in PEM form (-----BEGIN PUBLIC KEY----- …)".into(),
            ));
        }
        let id = new_id();
        let time = now();
        // the stored key's `algorithm` is the family the spec's `JWTKey` names (RSA), of the
        // RS256 the request names
        let key: types::JwtKey = typed(json!({
            "id": id,
            "projectId": project,
            "label": value(&body.label),
            "algorithm": "RSA",
            "publicKeyPem": body.public_key_pem,
            "active": true,
            "createTime": time,
            "updateTime": time,
        }))?;
        self.jwt_keys.push(key);
        ok(StatusCode::CREATED, &json!({ "kid": id }))
    }

    /// The project's keys; with `active=true`, the active ones only. An unknown project is
    /// the spec's 400 ("invalid project ID": it declares no 404 here).
    pub(crate) fn list_jwt_keys(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self
            .project_id(request)
            .map_err(|p| p.status(StatusCode::BAD_REQUEST))?;
        let only_active = request.query_bool("active");
        let keys: Vec<&types::JwtKey> = self
            .jwt_keys
            .iter()
            .filter(|k| k.project_id.to_string() == project && (!only_active || k.active))
            .collect();
        ok(StatusCode::OK, &keys)
    }

    pub(crate) fn get_jwt_key(&self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.jwt_key_at(&project, request.param("keyId"))?;
        ok(StatusCode::OK, &self.jwt_keys[at])
    }

    /// Applies the mask (its paths are the spec's enum, which the request was checked
    /// against).
    pub(crate) fn update_jwt_key(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.jwt_key_at(&project, request.param("keyId"))?;
        let body: types::PatchJwtKeyRequest = decode(&request.body)?;
        let mask: Vec<String> = body
            .update_mask
            .iter()
            .filter_map(|p| value(p).as_str().map(str::to_string))
            .collect();
        let mut key = value(&self.jwt_keys[at]);
        apply_listed(&mut key, &value(&body.jwt_key), &mask, "jwtKey")?;
        key["updateTime"] = now().into();
        let key: types::JwtKey = typed(key)?;
        self.jwt_keys[at] = key.clone();
        ok(StatusCode::OK, &key)
    }

    pub(crate) fn delete_jwt_key(&mut self, request: &Request<'_>) -> Result<Response, Problem> {
        let project = self.project_id(request)?;
        let at = self.jwt_key_at(&project, request.param("keyId"))?;
        self.jwt_keys.remove(at);
        no_content()
    }
}

/// Removes the string `field` of `object`, and gives it (empty when there is none).
fn take_string(object: &mut Value, field: &str) -> String {
    object
        .as_object_mut()
        .and_then(|m| m.remove(field))
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Whether `pem` is one `PUBLIC KEY` block of base64 (its form; the key is not parsed).
fn is_public_key_pem(pem: &str) -> bool {
    let Some(inner) = pem
        .trim()
        .strip_prefix("-----BEGIN PUBLIC KEY-----")
        .and_then(|rest| rest.strip_suffix("-----END PUBLIC KEY-----"))
    else {
        return false;
    };
    let base64: String = inner.split_whitespace().collect();
    !base64.is_empty()
        && base64
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_public_key_pem_is_told_from_other_text() {
        assert!(is_public_key_pem(
            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\nhkiG9w0B==\n-----END PUBLIC KEY-----\n"
        ));
        assert!(!is_public_key_pem("MIIBIjANBgkq"));
        assert!(!is_public_key_pem(
            "-----BEGIN PUBLIC KEY-----\n\n-----END PUBLIC KEY-----"
        ));
        assert!(!is_public_key_pem(
            "-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----"
        ));
        assert!(!is_public_key_pem(
            "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----"
        ));
    }
}
