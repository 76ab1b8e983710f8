//! The installations' operations.

use axum::http::StatusCode;
use axum::response::Response;

use super::model::Target;
use crate::Request;
use crate::model_error::ModelError;
use crate::problem::Problem;
use crate::state::{Effects, State, decode, no_content, ok, rule};
use crate::table::Slot;

impl State {
    /// Where the installation the request's `installationId` names is, within its project
    /// and integration.
    pub(crate) fn installation_at(&self, request: &Request<'_>) -> Result<Slot, Problem> {
        let project = self.project_id(request)?;
        let integration = request.param("integrationId");
        Ok(self.installation_slot(&project, integration, request.param("installationId"))?)
    }
}

/// `createInstallation`.
pub(crate) fn create(
    state: &mut State,
    request: &Request<'_>,
    effects: &mut Effects,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    let integration = request.param("integrationId");
    let made = state.create_installation(&project, integration, &body, effects)?;
    ok(StatusCode::CREATED, &made)
}

/// `getInstallation`.
pub(crate) fn get(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    ok(
        StatusCode::OK,
        &state.installations[state.installation_at(request)?],
    )
}

/// `listInstallations` (of an integration).
pub(crate) fn list(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let integration = request.param("integrationId");
    let list =
        state.installations_of_integration(&project, integration, request.query_str("groupRef"))?;
    ok(StatusCode::OK, &list)
}

/// `listInstallationsForProject`.
pub(crate) fn list_for_project(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(
        StatusCode::OK,
        &state.installations_of_project(&project, request.query_str("groupRef")),
    )
}

/// `updateInstallation`.
pub(crate) fn update(
    state: &mut State,
    request: &Request<'_>,
    effects: &mut Effects,
) -> Result<Response, Problem> {
    let at = state.installation_at(request)?;
    let body = decode(&request.body)?;
    ok(
        StatusCode::OK,
        &state.update_installation(at, &body, rule(request)?, effects)?,
    )
}

/// `patchObjectConfigContent`: a JSON Patch of one object's config, of the installation the
/// body names by id or by group.
pub(crate) fn patch_object(
    state: &mut State,
    request: &Request<'_>,
    effects: &mut Effects,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = &request.body;
    let target = match (body["installationId"].as_str(), body["groupRef"].as_str()) {
        (Some(id), _) => Target::Id(id),
        (None, Some(group)) => Target::Group(group),
        (None, None) => {
            return Err(ModelError::invalid("groupRef", "give groupRef or installationId").into());
        }
    };
    let action = body["action"].as_str().unwrap_or_default();
    let patch: json_patch::Patch = serde_json::from_value(body["changes"].clone())
        .map_err(|e| ModelError::invalid("changes", e.to_string()))?;
    let (integration, object) = (request.param("integrationId"), request.param("objectName"));
    let patched = state.patch_object_config(
        &project,
        integration,
        target,
        (action, object),
        &patch,
        effects,
    )?;
    ok(StatusCode::OK, &patched)
}

/// `deleteInstallation`.
pub(crate) fn delete(
    state: &mut State,
    request: &Request<'_>,
    effects: &mut Effects,
) -> Result<Response, Problem> {
    let at = state.installation_at(request)?;
    state.delete_installation(at, effects);
    no_content()
}
