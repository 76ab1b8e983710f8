//! The operations of topics and routes.

use axum::http::StatusCode;
use axum::response::Response;

use crate::Request;
use crate::problem::Problem;
use crate::state::{State, decode, no_content, ok};

/// `createTopic`.
pub(crate) fn create_topic(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(
        StatusCode::CREATED,
        &state.create_topic(&project, &decode(&request.body)?)?,
    )
}

/// `listTopics`.
pub(crate) fn list_topics(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(StatusCode::OK, &state.topics_of(&project))
}

/// `updateTopic`.
pub(crate) fn update_topic(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    ok(
        StatusCode::OK,
        &state.update_topic(&project, request.param("topicId"), &body)?,
    )
}

/// `deleteTopic`.
pub(crate) fn delete_topic(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    state.delete_topic(&project, request.param("topicId"))?;
    no_content()
}

/// `createTopicDestinationRoute`.
pub(crate) fn create_topic_route(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    ok(
        StatusCode::CREATED,
        &state.create_topic_destination_route(&project, &body)?,
    )
}

/// `listTopicDestinationRoutes`.
pub(crate) fn list_topic_routes(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(StatusCode::OK, &state.topic_destination_routes_of(&project))
}

/// `deleteTopicDestinationRoute`.
pub(crate) fn delete_topic_route(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    state.delete_topic_destination_route(&project, request.param("routeId"))?;
    no_content()
}

/// `createEventTopicRoute`.
pub(crate) fn create_event_route(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    let body = decode(&request.body)?;
    ok(
        StatusCode::CREATED,
        &state.create_event_topic_route(&project, &body)?,
    )
}

/// `listEventTopicRoutes`.
pub(crate) fn list_event_routes(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(StatusCode::OK, &state.event_topic_routes_of(&project))
}

/// `deleteEventTopicRoute`.
pub(crate) fn delete_event_route(
    state: &mut State,
    request: &Request<'_>,
) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    state.delete_event_topic_route(&project, request.param("routeId"))?;
    no_content()
}
