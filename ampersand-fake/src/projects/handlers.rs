//! The projects' operations: each request read into the spec's body type, answered with what
//! the model returns.

use axum::http::StatusCode;
use axum::response::Response;

use crate::Request;
use crate::problem::Problem;
use crate::state::{State, decode, ok, ok_kept, rule};

/// `createProject`.
pub(crate) fn create(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.create_project(decode(&request.body)?)?;
    ok(StatusCode::CREATED, &project)
}

/// `listProjects`.
pub(crate) fn list(state: &State) -> Result<Response, Problem> {
    ok(StatusCode::OK, &state.projects)
}

/// `getProject`: the project's JSON as the table keeps it.
pub(crate) fn get(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let at = state.project_at(request.param("projectIdOrName"))?;
    ok_kept(StatusCode::OK, state.projects.json(at))
}

/// `updateProject`: the project's JSON as the table keeps it, made once for this answer and
/// the store.
pub(crate) fn update(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let body = decode(&request.body)?;
    let key = request.param("projectIdOrName");
    let at = state.update_project(key, &body, rule(request)?)?;
    ok_kept(StatusCode::OK, state.projects.json(at))
}

impl State {
    /// The id of the project the request's `projectIdOrName` names.
    pub(crate) fn project_id(&self, request: &Request<'_>) -> Result<String, Problem> {
        Ok(self.project(request.param("projectIdOrName"))?.id.clone())
    }
}
