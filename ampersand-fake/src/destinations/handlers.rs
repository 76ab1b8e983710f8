//! The destinations' operations.

use axum::http::StatusCode;
use axum::response::Response;

use super::model::public_destination;
use crate::Request;
use crate::problem::Problem;
use crate::state::{State, decode, no_content, ok, rule};

/// `createDestination`.
pub(crate) fn create(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    let made = state.create_destination(&project, &body, request.webhook_secret)?;
    ok(StatusCode::CREATED, &public_destination(&made)?)
}

/// `getDestination`: its secrets (a webhook's signing key) with `includeSecrets`.
pub(crate) fn get(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let destination = state.destination(&project, request.param("destination"))?;
    match request.query_bool("includeSecrets") {
        true => ok(StatusCode::OK, destination),
        false => ok(StatusCode::OK, &public_destination(destination)?),
    }
}

/// `listDestinations`.
pub(crate) fn list(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(StatusCode::OK, &state.destinations_of(&project)?)
}

/// `updateDestination`.
pub(crate) fn update(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    let key = request.param("destination");
    let changed = state.update_destination(&project, key, &body, rule(request)?)?;
    ok(StatusCode::OK, &public_destination(&changed)?)
}

/// `deleteDestination`.
pub(crate) fn delete(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    state.delete_destination(&project, request.param("destination"))?;
    no_content()
}
