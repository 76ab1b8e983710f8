//! The data plane's operations.

use ampersand_client::read;
use axum::http::StatusCode;
use axum::response::Response;

use super::writes::Written;
use crate::Request;
use crate::model_error::ModelError;
use crate::problem::Problem;
use crate::state::{Effects, State, decode, no_content, ok};

/// The project, integration and object a request names.
fn of_object<'a>(project: &'a str, request: &'a Request<'_>) -> (&'a str, &'a str, &'a str) {
    (
        project,
        request.param("integrationId"),
        request.param("objectName"),
    )
}

/// `writeRecords`: 422 when nothing was written.
pub(crate) fn write(
    state: &mut State,
    request: &Request<'_>,
    effects: &mut Effects,
) -> Result<Response, Problem> {
    let (project, body) = (state.project_id(request)?, decode(&request.body)?);
    let target = of_object(&project, request);
    match state.write_records(target, &body, &request.body, effects)? {
        Written::Later(answer) | Written::One(answer) => ok(StatusCode::OK, &answer),
        Written::OneFailed(answer) => ok(StatusCode::UNPROCESSABLE_ENTITY, &answer),
        Written::Batch {
            answer,
            any_written,
        } => match any_written {
            true => ok(StatusCode::OK, &answer),
            false => ok(StatusCode::UNPROCESSABLE_ENTITY, &answer),
        },
    }
}

/// `searchRecords`, by the query's `groupRef` and the body's `fieldFilters`.
pub(crate) fn search(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    let group = request.query_str("groupRef").unwrap_or_default();
    let filters = request.body["fieldFilters"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let target = (project.as_str(), request.param("integrationId"), group);
    ok(
        StatusCode::OK,
        &state.search_records(target, &body, &filters)?,
    )
}

/// `triggerRead`.
pub(crate) fn trigger_read(
    state: &mut State,
    request: &Request<'_>,
    effects: &mut Effects,
) -> Result<Response, Problem> {
    let (project, body) = (state.project_id(request)?, decode(&request.body)?);
    let target = of_object(&project, request);
    let started = state.trigger_read(target, &body, &request.body, effects)?;
    ok(StatusCode::CREATED, &started)
}

/// `getBackfillProgress`.
pub(crate) fn backfill_progress(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let at = state.installation_at(request)?;
    ok(
        StatusCode::OK,
        &state.backfill_progress(at, request.param("objectName"))?,
    )
}

/// `deliverResults`.
pub(crate) fn deliver_results(
    state: &mut State,
    request: &Request<'_>,
    effects: &mut Effects,
) -> Result<Response, Problem> {
    let (project, body) = (state.project_id(request)?, decode(&request.body)?);
    let target = of_object(&project, request);
    state.deliver_results(target, &body, effects)?;
    no_content()
}

/// `pauseReads` (every object the installation reads, without a body).
pub(crate) fn pause(
    state: &mut State,
    request: &Request<'_>,
    effects: &mut Effects,
) -> Result<Response, Problem> {
    let at = state.installation_at(request)?;
    let body: read::types::PauseReadsBody = decode_or_default(&request.body)?;
    state.pause_reads(at, body.objects, effects)?;
    no_content()
}

/// `unpauseReads` (every object, without a body).
pub(crate) fn unpause(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let at = state.installation_at(request)?;
    let body: read::types::UnpauseReadsBody = decode_or_default(&request.body)?;
    state.unpause_reads(at, body.objects)?;
    no_content()
}

/// `body` read as `T`, or `T`'s default when there is none.
fn decode_or_default<T: Default + serde::de::DeserializeOwned>(
    body: &serde_json::Value,
) -> Result<T, ModelError> {
    match body {
        serde_json::Value::Null => Ok(T::default()),
        body => decode(body),
    }
}
