//! The provider apps, API keys and JWT keys the fake keeps, as the spec's types.

use ampersand_client::{UpdateMaskRule, types};
use serde_json::Value;

use crate::mask::{apply_listed, apply_mask};
use crate::model_error::{ModelError, built};
use crate::state::{State, instant, new_id, now, typed, value};
use crate::table::Slot;

/// A provider app and the client secret the spec's `ProviderApp` does not show.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct StoredProviderApp {
    pub(crate) app: types::ProviderApp,
    pub(crate) client_secret: String,
}

impl State {
    /// Where the provider app `id` of `project` is.
    pub(crate) fn provider_app_at(&self, project: &str, id: &str) -> Result<Slot, ModelError> {
        self.provider_apps
            .find(id, |a| a.app.project_id == project)
            .ok_or_else(|| ModelError::not_found("provider app", id))
    }

    /// A new provider app of `project`; its client secret is kept apart.
    pub(crate) fn create_provider_app(
        &mut self,
        project: &str,
        body: &types::CreateProviderAppBody,
    ) -> Result<types::ProviderApp, ModelError> {
        let mut app = value(body);
        let secret = take_string(&mut app, "clientSecret");
        app["id"] = new_id().into();
        app["projectId"] = project.into();
        app["createTime"] = now().into();
        let app: types::ProviderApp = typed(app)?;
        self.provider_apps.push(StoredProviderApp {
            app: app.clone(),
            client_secret: secret,
        });
        Ok(app)
    }

    /// The provider apps of `project`.
    pub(crate) fn provider_apps_of(&self, project: &str) -> Vec<&types::ProviderApp> {
        let all = self.provider_apps.iter();
        all.filter(|a| a.app.project_id == project)
            .map(|a| &a.app)
            .collect()
    }

    /// The provider app `id` of `project` with the paths of `body`'s mask set; a new
    /// `clientSecret` replaces the kept one.
    pub(crate) fn update_provider_app(
        &mut self,
        project: &str,
        id: &str,
        body: &types::UpdateProviderAppBody,
        rule: &UpdateMaskRule,
    ) -> Result<types::ProviderApp, ModelError> {
        let at = self.provider_app_at(project, id)?;
        let stored = &self.provider_apps[at];
        let mut app = value(&stored.app);
        app["clientSecret"] = stored.client_secret.clone().into();
        apply_mask(
            &mut app,
            &value(&body.provider_app),
            &body.update_mask,
            rule,
        )?;
        let secret = take_string(&mut app, "clientSecret");
        app["updateTime"] = now().into();
        let app: types::ProviderApp = typed(app)?;
        self.provider_apps[at] = StoredProviderApp {
            app: app.clone(),
            client_secret: secret,
        };
        Ok(app)
    }

    /// Deletes the provider app `id` of `project`.
    pub(crate) fn delete_provider_app(
        &mut self,
        project: &str,
        id: &str,
    ) -> Result<(), ModelError> {
        let at = self.provider_app_at(project, id)?;
        self.provider_apps.remove(at);
        Ok(())
    }

    /// Where the API key `key` of `project` is (the key is not named in the refusal).
    fn api_key_at(&self, project: &str, key: &str) -> Result<Slot, ModelError> {
        self.api_keys
            .find(key, |k| k.project_id == project)
            .ok_or_else(|| ModelError::not_found("API key", "the one given"))
    }

    /// The API key `key` of `project`.
    pub(crate) fn api_key(&self, project: &str, key: &str) -> Result<&types::ApiKey, ModelError> {
        Ok(&self.api_keys[self.api_key_at(project, key)?])
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

    /// A new active API key of `project`, made by the fake.
    pub(crate) fn create_api_key(
        &mut self,
        project: &str,
        body: types::ApiKeyRequest,
    ) -> Result<types::ApiKey, ModelError> {
        let key: types::ApiKey = built(
            types::ApiKey::builder()
                .key(format!("amp_fake_{}", uuid::Uuid::new_v4().simple()))
                .label(body.label)
                .scopes(body.scopes.unwrap_or_else(|| Vec::new().into()))
                .project_id(project.to_string())
                .active(Some(true)),
        )?;
        self.api_keys.push(key.clone());
        Ok(key)
    }

    /// The API keys of `project`; the active ones only with `only_active`.
    pub(crate) fn api_keys_of(&self, project: &str, only_active: bool) -> Vec<&types::ApiKey> {
        let all = self.api_keys.iter().filter(|k| k.project_id == project);
        all.filter(|k| !only_active || k.active != Some(false))
            .collect()
    }

    /// The API key `key` of `project` with the paths of `body`'s mask set.
    pub(crate) fn update_api_key(
        &mut self,
        project: &str,
        key: &str,
        body: &types::PatchApiKeyRequest,
        rule: &UpdateMaskRule,
    ) -> Result<types::ApiKey, ModelError> {
        let at = self.api_key_at(project, key)?;
        let mut stored = value(&self.api_keys[at]);
        apply_mask(&mut stored, &value(&body.api_key), &body.update_mask, rule)?;
        let key: types::ApiKey = typed(stored)?;
        self.api_keys[at] = key.clone();
        Ok(key)
    }

    /// Deletes the API key `key` of `project`.
    pub(crate) fn delete_api_key(&mut self, project: &str, key: &str) -> Result<(), ModelError> {
        let at = self.api_key_at(project, key)?;
        self.api_keys.remove(at);
        Ok(())
    }

    /// Where the JWT key `id` of `project` is.
    fn jwt_key_at(&self, project: &str, id: &str) -> Result<Slot, ModelError> {
        self.jwt_keys
            .find(id, |k| k.project_id.to_string() == project)
            .ok_or_else(|| ModelError::not_found("JWT key", id))
    }

    /// The JWT key `id` of `project`.
    pub(crate) fn jwt_key(&self, project: &str, id: &str) -> Result<&types::JwtKey, ModelError> {
        Ok(&self.jwt_keys[self.jwt_key_at(project, id)?])
    }

    /// A new active JWT key of `project`, of a public key in PEM form (refused, naming
    /// `publicKeyPem`, otherwise); its id (`kid`) as the service answers it.
    pub(crate) fn create_jwt_key(
        &mut self,
        project: &str,
        body: &types::CreateJwtKeyRequest,
    ) -> Result<types::JwtKeyResponse, ModelError> {
        if !is_public_key_pem(&body.public_key_pem) {
            return Err(ModelError::invalid(
                "publicKeyPem",
                "is not a public key in PEM form (-----BEGIN PUBLIC KEY----- …)",
            ));
        }
        let project_id = project
            .parse::<uuid::Uuid>()
            .map_err(|_| ModelError::Internal(format!("project id {project} is not a UUID")))?;
        let id = uuid::Uuid::new_v4();
        let time = instant();
        // the stored key's `algorithm` is the family the spec's `JWTKey` names (RSA), of the
        // RS256 the request names
        let key: types::JwtKey = built(
            types::JwtKey::builder()
                .id(id)
                .project_id(project_id)
                .label(body.label.to_string())
                .algorithm(types::JwtKeyAlgorithm::Rsa)
                .public_key_pem(body.public_key_pem.clone())
                .active(true)
                .create_time(time)
                .update_time(time),
        )?;
        self.jwt_keys.push(key);
        built(types::JwtKeyResponse::builder().kid(id))
    }

    /// The JWT keys of `project`; the active ones only with `only_active`.
    pub(crate) fn jwt_keys_of(&self, project: &str, only_active: bool) -> Vec<&types::JwtKey> {
        let all = self.jwt_keys.iter();
        all.filter(|k| k.project_id.to_string() == project && (!only_active || k.active))
            .collect()
    }

    /// The JWT key `id` of `project` with the paths of `body`'s mask set (the spec's enum,
    /// which the request was checked against).
    pub(crate) fn update_jwt_key(
        &mut self,
        project: &str,
        id: &str,
        body: &types::PatchJwtKeyRequest,
    ) -> Result<types::JwtKey, ModelError> {
        let at = self.jwt_key_at(project, id)?;
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
        Ok(key)
    }

    /// Deletes the JWT key `id` of `project`.
    pub(crate) fn delete_jwt_key(&mut self, project: &str, id: &str) -> Result<(), ModelError> {
        let at = self.jwt_key_at(project, id)?;
        self.jwt_keys.remove(at);
        Ok(())
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
    use crate::spec_bodies::body;
    use serde_json::json;

    #[test]
    fn an_api_key_made_here_is_accepted_for_its_project_while_active() {
        let mut state = State::default();
        let project: types::CreateProjectBody = body("createProject", json!({"name": "pp"}));
        let project = state.create_project(project).unwrap().id;
        let key = state
            .create_api_key(&project, body("createApiKey", json!({"label": "ci"})))
            .unwrap();
        let secret = key.key.expose().to_string();
        assert!(state.accepts_api_key(&secret, Some("pp")));
        assert!(!state.accepts_api_key(&secret, Some("other")));
        assert_eq!(state.api_keys_of(&project, true).len(), 1);
        let rule = UpdateMaskRule::find("update_api_key").unwrap();
        let off: types::PatchApiKeyRequest = body(
            "updateApiKey",
            json!({"updateMask": ["active"], "apiKey": {"active": false}}),
        );
        state.update_api_key(&project, &secret, &off, rule).unwrap();
        assert!(!state.accepts_api_key(&secret, Some("pp")));
        assert!(state.api_keys_of(&project, true).is_empty());
        state.delete_api_key(&project, &secret).unwrap();
        assert!(matches!(
            state.api_key(&project, &secret),
            Err(ModelError::NotFound { .. })
        ));
    }

    #[test]
    fn a_jwt_key_is_a_public_key_in_pem_form() {
        let mut state = State::default();
        let pem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----";
        let good: types::CreateJwtKeyRequest = body("createJWTKey", json!({"publicKeyPem": pem}));
        // a JWT key's project is a UUID, as the service's ids are
        let project = new_id();
        let kid = state.create_jwt_key(&project, &good).unwrap();
        assert!(
            state
                .jwt_key(&project, &kid.kid.to_string())
                .unwrap()
                .active
        );
        let bad: types::CreateJwtKeyRequest =
            body("createJWTKey", json!({"publicKeyPem": "not a key"}));
        let refused = state.create_jwt_key(&project, &bad);
        assert!(
            matches!(refused, Err(ModelError::Invalid { ref field, .. }) if field == "publicKeyPem")
        );
        assert_eq!(state.jwt_keys_of(&project, false).len(), 1);
    }

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
