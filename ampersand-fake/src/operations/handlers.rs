//! The operations' operations (`getOperation`, `listOperations`, `listOperationLogs`), and
//! the page tokens of their listing.

use ampersand_client::types;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use crate::model_error::built;

use crate::Request;
use crate::problem::{self, Problem};
use crate::state::{State, ok};
use crate::table::Slot;

/// `listOperations`' page size when the request gives none (the spec's `default`).
const DEFAULT_PAGE_SIZE: u64 = 200;

/// `getOperation`.
pub(crate) fn get(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(
        StatusCode::OK,
        state.operation(&project, request.param("operationId"))?,
    )
}

/// `listOperations`: one page of an installation's operations, oldest first, `pageSize` of
/// them (the spec's default when absent) from where `pageToken` says.
pub(crate) fn list(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let at = state.installation_at(request)?;
    let installation = &state.installations[at].id;
    let size = request
        .query
        .get("pageSize")
        .and_then(Value::as_u64)
        .unwrap_or(DEFAULT_PAGE_SIZE) as usize;
    let from = match request.query.get("pageToken").and_then(Value::as_str) {
        None | Some("") => None,
        Some(token) => Some(page_slot(token).ok_or_else(|| {
            problem::invalid(vec![problem::Issue::query(
                "pageToken",
                "is not a token this list gave",
            )])
        })?),
    };
    let page = state.operations_page(installation, from, size);
    let pagination = types::PaginationInfo::builder()
        .done(page.next.is_none())
        .next_page_token(page.next.map(page_token));
    let answer = types::ListOperationsResponse::builder()
        .results(page.operations.into_iter().cloned().collect::<Vec<_>>())
        .pagination(pagination);
    ok(
        StatusCode::OK,
        &built::<_, types::ListOperationsResponse>(answer)?,
    )
}

/// `listOperationLogs`.
pub(crate) fn logs(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let project = state.project_id(request)?;
    ok(
        StatusCode::OK,
        &state.operation_logs(&project, request.param("operationId"))?,
    )
}

/// The token of the page that starts at `slot` (opaque to the caller).
fn page_token(slot: Slot) -> String {
    format!("from-{}", slot.0)
}

/// Where the page a token names starts.
fn page_slot(token: &str) -> Option<Slot> {
    token.strip_prefix("from-")?.parse().ok().map(Slot)
}
