//! The operations of provider apps, API keys and JWT keys.

use axum::http::StatusCode;
use axum::response::Response;

use crate::Request;
use crate::problem::Problem;
use crate::state::{State, decode, no_content, ok, rule};

/// `createProviderApp`.
pub(crate) fn create_provider_app(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    ok(StatusCode::OK, &state.create_provider_app(&project, &body)?)
}

/// `listProviderApps`.
pub(crate) fn list_provider_apps(
    state: &State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(StatusCode::OK, &state.provider_apps_of(&project))
}

/// `updateProviderApp`.
pub(crate) fn update_provider_app(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    let id = request.param("providerAppId");
    ok(
        StatusCode::OK,
        &state.update_provider_app(&project, id, &body, rule(request)?)?,
    )
}

/// `deleteProviderApp`.
pub(crate) fn delete_provider_app(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    state.delete_provider_app(&project, request.param("providerAppId"))?;
    no_content()
}

/// `createApiKey`.
pub(crate) fn create_api_key(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(
        StatusCode::CREATED,
        &state.create_api_key(&project, decode(&request.body)?)?,
    )
}

/// `listApiKeys`: the active ones only with `active=true`.
pub(crate) fn list_api_keys(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(
        StatusCode::OK,
        &state.api_keys_of(&project, request.query_bool("active")),
    )
}

/// `getApiKey`.
pub(crate) fn get_api_key(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(
        StatusCode::OK,
        state.api_key(&project, request.param("apiKey"))?,
    )
}

/// `updateApiKey`.
pub(crate) fn update_api_key(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    let key = request.param("apiKey");
    ok(
        StatusCode::OK,
        &state.update_api_key(&project, key, &body, rule(request)?)?,
    )
}

/// `deleteApiKey`.
pub(crate) fn delete_api_key(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    state.delete_api_key(&project, request.param("apiKey"))?;
    no_content()
}

/// `createJWTKey`: the answer is the new key's id (`kid`).
pub(crate) fn create_jwt_key(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let made = state.create_jwt_key(&project, &decode(&request.body)?)?;
    ok(StatusCode::CREATED, &made)
}

/// `listJWTKeys`: the active ones only with `active=true`. An unknown project is the spec's
/// 400 ("invalid project ID": it declares no 404 here).
pub(crate) fn list_jwt_keys(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state
        .project_id(request)
        .map_err(|p| p.status(StatusCode::BAD_REQUEST))?;
    ok(
        StatusCode::OK,
        &state.jwt_keys_of(&project, request.query_bool("active")),
    )
}

/// `getJWTKey`.
pub(crate) fn get_jwt_key(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(
        StatusCode::OK,
        state.jwt_key(&project, request.param("keyId"))?,
    )
}

/// `updateJWTKey`.
pub(crate) fn update_jwt_key(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    ok(
        StatusCode::OK,
        &state.update_jwt_key(&project, request.param("keyId"), &body)?,
    )
}

/// `deleteJWTKey`.
pub(crate) fn delete_jwt_key(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    state.delete_jwt_key(&project, request.param("keyId"))?;
    no_content()
}
