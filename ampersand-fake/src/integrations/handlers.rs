//! The integrations' operations, and the `amp.yaml` a deploy carries, checked as the service
//! checks it.

use ampersand_client::types;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::Request;
use crate::model_error::ModelError;
use crate::problem::Problem;
use crate::state::{State, decode, no_content, ok};

/// `createIntegration` (the spec's 201 has no body).
pub(crate) fn create(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    state.create_integration(&project, decode(&request.body)?)?;
    Ok(StatusCode::CREATED.into_response())
}

/// `batchUpsertIntegrations`: an `amp.yaml` deployed.
pub(crate) fn deploy(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let manifest = read_manifest(request)?;
    let destructive = request.query_bool("destructive");
    ok(
        StatusCode::OK,
        &state.deploy(&project, &manifest, destructive)?,
    )
}

/// `createRevision`.
pub(crate) fn create_revision(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let manifest = read_manifest(request)?;
    state.create_revision(&project, request.param("integrationId"), &manifest)?;
    Ok(StatusCode::CREATED.into_response())
}

/// `getIntegration`.
pub(crate) fn get(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let key = request.param("integrationIdOrName");
    ok(StatusCode::OK, state.integration(&project, key)?)
}

/// `listIntegrations`.
pub(crate) fn list(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(StatusCode::OK, &state.integrations_of(&project))
}

/// `deleteIntegration`.
pub(crate) fn delete(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    state.delete_integration(&project, request.param("integrationId"))?;
    no_content()
}

/// The `amp.yaml` of a deploy's body (`sourceYaml`), checked as the service checks it: a
/// manifest with errors is refused with an issue each, by its manifest path.
fn read_manifest(request: &Request<'_>) -> Result<ampersand_manifest::Manifest, ModelError> {
    use ampersand_manifest::{Manifest, Validator};
    let body: types::BatchUpsertIntegrationsBody = decode(&request.body)?;
    let Some(yaml) = body.source_yaml else {
        return Err(ModelError::Unprocessable(
            if body.source_zip_url.is_some() {
                "the fake reads sourceYaml only: it does not download sourceZipUrl".into()
            } else {
                "one of sourceZipUrl or sourceYaml is required".into()
            },
        ));
    };
    let errors: Vec<(String, String)> = Validator::new()
        .skip_risk()
        .validate(&yaml)
        .problems
        .into_iter()
        .filter(|p| p.is_error())
        .map(|p| (p.path, p.message))
        .collect();
    if !errors.is_empty() {
        return Err(ModelError::Document(errors));
    }
    Manifest::from_yaml(&yaml)
        .map_err(|e| ModelError::Unprocessable(format!("the manifest does not read: {e}")))
}
