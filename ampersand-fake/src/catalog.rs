//! The provider catalog (`listProviders`, `getProvider`): the catalog the spec gives as
//! `listProviders`' example, read from `openapi/` by `build.rs`, so a newer spec's catalog
//! comes in with it.

use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use ampersand_client::types;

use crate::Request;
use crate::problem::{self, Problem};
use crate::state::{ok, typed};

/// The catalog: provider name to its `ProviderInfo` (empty when the spec gives none).
fn catalog() -> &'static serde_json::Map<String, Value> {
    static EMPTY: std::sync::OnceLock<serde_json::Map<String, Value>> = std::sync::OnceLock::new();
    crate::spec::op("listProviders")
        .and_then(|op| op.example.as_object())
        .unwrap_or_else(|| EMPTY.get_or_init(Default::default))
}

/// The catalog, read as the spec's `CatalogType`.
pub(crate) fn list_providers() -> Result<Response, Problem> {
    let catalog: types::CatalogType = typed(Value::Object(catalog().clone()))?;
    ok(StatusCode::OK, &catalog)
}

/// One provider of the catalog, by name; another is a 404 naming it.
pub(crate) fn get_provider(request: &Request<'_>) -> Result<Response, Problem> {
    let name = request.param("provider");
    match catalog().get(name) {
        Some(info) => ok(StatusCode::OK, &typed::<types::ProviderInfo>(info.clone())?),
        None => Err(problem::not_found("provider", name)),
    }
}
