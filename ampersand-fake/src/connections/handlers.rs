//! The connections' operations.

use axum::http::StatusCode;
use axum::response::Response;

use super::model::{ConnectionFilter, without_credentials};
use crate::Request;
use crate::problem::Problem;
use crate::state::{Effects, State, decode, no_content, ok, rule};

/// `generateConnection`.
pub(crate) fn generate(
    state: &mut State,
    request: &Request<'_>,
    effects: &mut Effects,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    let connection = state.generate_connection(&project, &body, effects)?;
    ok(StatusCode::CREATED, &without_credentials(&connection))
}

/// `getConnection`: its credentials with `includeCreds`.
pub(crate) fn get(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let connection = state.connection(&project, request.param("connectionId"))?;
    match request.query_bool("includeCreds") {
        true => ok(StatusCode::OK, connection),
        false => ok(StatusCode::OK, &without_credentials(connection)),
    }
}

/// `listConnections`, filtered by the query's `provider`, `groupRef` and `consumerRef`.
pub(crate) fn list(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let filter = ConnectionFilter {
        provider: request.query_str("provider"),
        group_ref: request.query_str("groupRef"),
        consumer_ref: request.query_str("consumerRef"),
    };
    ok(StatusCode::OK, &state.connections_of(&project, &filter))
}

/// `updateConnection`.
pub(crate) fn update(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    let id = request.param("connectionId");
    let connection = state.update_connection(&project, id, &body, rule(request)?)?;
    ok(StatusCode::OK, &without_credentials(&connection))
}

/// `deleteConnection`.
pub(crate) fn delete(
    state: &mut State,
    request: &Request<'_>,
    effects: &mut Effects,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    state.delete_connection(&project, request.param("connectionId"), effects)?;
    no_content()
}

/// `oauthConnect`: the URL to send the browser to (`text/plain`, as the spec says).
pub(crate) fn oauth_connect(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let url = state.oauth_connect(&decode(&request.body)?, request.origin)?;
    Ok(text(url))
}

/// `oauthUpdate`: the URL to send the browser to.
pub(crate) fn oauth_update(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let id = request.param("connectionId");
    Ok(text(state.oauth_update(&project, id, request.origin)?))
}

/// A `text/plain` answer.
fn text(body: String) -> Response {
    use axum::response::IntoResponse;
    let content_type = [(axum::http::header::CONTENT_TYPE, "text/plain")];
    (StatusCode::OK, content_type, body).into_response()
}
