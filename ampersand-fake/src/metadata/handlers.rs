//! The operations of object metadata and hydrated revisions.

use ampersand_client::types;
use axum::http::StatusCode;
use axum::response::Response;

use crate::Request;
use crate::problem::Problem;
use crate::state::{State, decode, ok};

/// `getObjectMetadataForInstallation`: by the integration's name for the object or the
/// provider's, in the instance of the query's group's installation.
pub(crate) fn for_installation(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let (integration, group) = (request.param("integrationId"), group_ref(request));
    let instance = state.installation_instance(&project, integration, group)?;
    let object = state.mapped_object(&project, integration, request.param("objectName"))?;
    let (object, mapped) = (object.0.as_str(), object.1);
    let exclude = request.query_bool("excludeReadOnly");
    ok(
        StatusCode::OK,
        &state.object_metadata(&instance, (object, mapped), exclude)?,
    )
}

/// `getObjectMetadataForConnection`: in the instance of the query's group's connection to the
/// provider.
pub(crate) fn for_connection(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let provider = request.param("provider");
    let instance = state.provider_instance(&project, provider, group_ref(request))?;
    let object = (request.param("objectName"), None);
    let exclude = request.query_bool("excludeReadOnly");
    ok(
        StatusCode::OK,
        &state.object_metadata(&instance, object, exclude)?,
    )
}

/// `upsertMetadataForInstallation`.
pub(crate) fn upsert_for_installation(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body: types::UpsertMetadataRequest = decode(&request.body)?;
    let integration = request.param("integrationId");
    let instance = state.installation_instance(&project, integration, &body.group_ref)?;
    ok(StatusCode::OK, &state.upsert_fields(&instance, &body)?)
}

/// `upsertMetadataForConnection`.
pub(crate) fn upsert_for_connection(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body: types::UpsertMetadataRequest = decode(&request.body)?;
    let provider = request.param("provider");
    let instance = state.provider_instance(&project, provider, &body.group_ref)?;
    ok(StatusCode::OK, &state.upsert_fields(&instance, &body)?)
}

/// `getHydratedRevision`, for the query's `connectionId`.
pub(crate) fn hydrated_revision(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let of = (project.as_str(), request.param("integrationId"));
    let connection = request.query_str("connectionId").unwrap_or_default();
    let revision = state.hydrated_revision(of, request.param("revisionId"), connection)?;
    ok(StatusCode::OK, &revision)
}

/// The query's `groupRef` (empty when absent: no group has it).
fn group_ref<'r>(request: &'r Request<'_>) -> &'r str {
    request.query_str("groupRef").unwrap_or_default()
}
