//! The fake's own endpoints beside the spec's operations (`/_fake/...`: faults, reset,
//! health, the OAuth consent page, the billing portal, result downloads), and the router that
//! sends every other request to the operations.

use std::sync::Arc;

use ampersand_client::Host;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};

use crate::shared::Shared;
use crate::{connections, downloads, fault, orgs, problem, spec, state};

/// The fake's own endpoints (under [`crate::dispatch::OWN_PATHS`]); any other path under it is no
/// operation's.
pub(crate) fn app(shared: Arc<Shared>) -> axum::Router {
    axum::Router::new()
        .route("/_fake/faults", axum::routing::post(add_fault))
        .route("/_fake/reset", axum::routing::post(reset))
        .route("/_fake/health", axum::routing::get(health))
        .route(connections::AUTHORIZE_PATH, axum::routing::get(authorize))
        .route(orgs::PORTAL_PATH, axum::routing::get(billing_portal))
        .route(downloads::PATH, axum::routing::get(downloads::serve))
        .fallback(|uri: Uri| async move { problem::no_such_path(uri.path()).into_response() })
        .with_state(shared)
}

/// `POST /_fake/faults`: a fault for the next calls of an operation.
async fn add_fault(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let request: fault::FaultRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => return problem::invalid_body("body", e.to_string()).into_response(),
    };
    let known = Host::ALL
        .iter()
        .any(|h| h.operations().iter().any(|op| op.id == request.operation));
    if !known {
        let detail = format!("no operation {} in the spec", request.operation);
        return problem::invalid_body("operation", detail).into_response();
    }
    match request.fault() {
        Ok(fault) => {
            shared.add_fault(request.operation.clone(), request.times, fault);
            axum::http::StatusCode::NO_CONTENT.into_response()
        }
        Err(detail) => problem::invalid_body("body", detail).into_response(),
    }
}

/// `GET /_fake/health`: 200 once serving (a container's health check).
async fn health() -> Response {
    problem::json(
        axum::http::StatusCode::OK,
        &serde_json::json!({ "status": "ok" }),
    )
}

/// `GET /_fake/oauth/authorize?state=…`: the browser at the URL `oauthConnect` or `oauthUpdate`
/// gave; the connection made or given new tokens, and which it was.
async fn authorize(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    let query = spec::parse_query(uri.query());
    let Some((_, grant)) = query.iter().find(|(name, _)| name == "state") else {
        return problem::invalid(vec![problem::Issue::query("state", "is required")])
            .into_response();
    };
    let mut effects = state::Effects::default();
    let mut state = shared.state.write().await;
    let done = match state.authorize(grant, &mut effects) {
        Ok(done) => done,
        Err(refusal) => return problem::Problem::from(refusal).into_response(),
    };
    if let Err(refused) = shared.save(state).await {
        return refused;
    }
    shared.after(effects);
    problem::json(
        axum::http::StatusCode::OK,
        &serde_json::json!({
            "connectionId": done.connection,
            "status": if done.created { "created" } else { "refreshed" },
        }),
    )
}

/// `GET /_fake/billing/portal?redirectUrl=…`: the billing portal a session opens; it sends the
/// browser back to `redirectUrl` (303), as leaving the portal does.
async fn billing_portal(uri: Uri) -> Response {
    let query = spec::parse_query(uri.query());
    match query.iter().find(|(name, _)| name == "redirectUrl") {
        Some((_, back)) => match axum::http::HeaderValue::from_str(back) {
            Ok(location) => (
                axum::http::StatusCode::SEE_OTHER,
                [(axum::http::header::LOCATION, location)],
            )
                .into_response(),
            Err(_) => problem::invalid(vec![problem::Issue::query("redirectUrl", "is not a URL")])
                .into_response(),
        },
        None => problem::invalid(vec![problem::Issue::query("redirectUrl", "is required")])
            .into_response(),
    }
}

/// `POST /_fake/reset`: no projects, no faults.
async fn reset(State(shared): State<Arc<Shared>>) -> Response {
    match shared.reset().await {
        Ok(()) => axum::http::StatusCode::NO_CONTENT.into_response(),
        Err(response) => response,
    }
}
