//! The projects' operations: each request read into the spec's body type, answered with what
//! the model returns.

use axum::http::StatusCode;
use axum::response::Response;

use ampersand_client::types;

use crate::Request;
use crate::mask::Masked;
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
    let body: types::UpdateProjectBody = decode(&request.body)?;
    let rule = rule(request)?;
    // the partial project as the request has it: read into its type above, so it fits
    let masked = Masked::checked(&request.body[rule.object_key], &body.update_mask, rule)?;
    let at = state.update_project(request.param("projectIdOrName"), &masked)?;
    ok_kept(StatusCode::OK, state.projects.json(at))
}

impl State {
    /// The id of the project the request's `projectIdOrName` names.
    pub(crate) fn project_id(&self, request: &Request<'_>) -> Result<String, Problem> {
        Ok(self.project(request.param("projectIdOrName"))?.id.clone())
    }
}
