//! The operations of orgs, invites, claimed domains, billing and the caller's own info.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::PORTAL_PATH;
use super::model::domain_of;
use crate::Request;
use crate::model_error::{ModelError, built};
use crate::problem::{self, Problem};
use crate::state::{State, decode, no_content, ok, rule};

/// `createOrg`.
pub(crate) fn create(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    ok(
        StatusCode::CREATED,
        &state.create_org(&decode(&request.body)?)?,
    )
}

/// `getOrg`.
pub(crate) fn get(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    ok(StatusCode::OK, state.org(request.param("orgId"))?)
}

/// `updateOrg`.
pub(crate) fn update(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let body = decode(&request.body)?;
    let org = state.update_org(request.param("orgId"), &body, rule(request)?)?;
    ok(StatusCode::OK, &org)
}

/// `listOrgBuilders`.
pub(crate) fn list_builders(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    ok(
        StatusCode::OK,
        &state.org_builders_of(request.param("orgId"))?,
    )
}

/// `addUserToOrg` (201, no body).
pub(crate) fn add_user(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    state.add_user_to_org(request.param("orgId"), decode(&request.body)?)?;
    Ok(StatusCode::CREATED.into_response())
}

/// `createOrgInvite`.
pub(crate) fn create_invite(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    let body = decode(&request.body)?;
    ok(
        StatusCode::CREATED,
        &state.create_org_invite(request.param("orgId"), &body)?,
    )
}

/// `listOrgInvites`.
pub(crate) fn list_invites(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    ok(
        StatusCode::OK,
        &state.org_invites_of(request.param("orgId"))?,
    )
}

/// `getOrgInvite`.
pub(crate) fn get_invite(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let (org, id) = (request.param("orgId"), request.param("inviteId"));
    ok(StatusCode::OK, state.org_invite(org, id)?)
}

/// `deleteOrgInvite`.
pub(crate) fn delete_invite(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    state.delete_org_invite(request.param("orgId"), request.param("inviteId"))?;
    no_content()
}

/// `acceptInvite`: who the builder is now.
pub(crate) fn accept_invite(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    ok(
        StatusCode::OK,
        &state.accept_invite(&decode(&request.body)?)?,
    )
}

/// `getMyInfo` (makes the builder the first time).
pub(crate) fn my_info(state: &mut State) -> Result<Response, Problem> {
    ok(StatusCode::OK, &state.builder_info()?)
}

/// `claimDomain` (201, no body).
pub(crate) fn claim_domain(state: &mut State, request: &Request<'_>) -> Result<Response, Problem> {
    state.claim_domain(&decode(&request.body)?)?;
    Ok(StatusCode::CREATED.into_response())
}

/// `checkClaimedDomain`: who claimed the domain of the query's `domain`.
pub(crate) fn check_domain(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let asked = request.query_str("domain").unwrap_or_default();
    let domain = domain_of(asked).ok_or_else(|| {
        problem::invalid(vec![problem::Issue::query("domain", "has no domain name")])
    })?;
    ok(StatusCode::OK, state.claim_of(&domain)?)
}

/// `listOrgClaimedDomains`.
pub(crate) fn list_domains(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    ok(
        StatusCode::OK,
        &state.org_domains_of(request.param("orgId"))?,
    )
}

/// `getOrgBillingAccount`.
pub(crate) fn billing_account(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    ok(
        StatusCode::OK,
        &state.org_billing_account(request.param("orgId"))?,
    )
}

/// `createBillingAccountSession`: the fake's portal page, which sends the browser back to
/// `redirectUrl`.
pub(crate) fn billing_session(state: &State, request: &Request<'_>) -> Result<Response, Problem> {
    let id = request.param("billingAccountId");
    if !state.is_billing_account(id) {
        return Err(ModelError::not_found("billing account", id).into());
    }
    let body: ampersand_client::types::CreateBillingAccountSessionBody = decode(&request.body)?;
    let back = percent_encoding::utf8_percent_encode(
        &body.redirect_url,
        percent_encoding::NON_ALPHANUMERIC,
    );
    let url = format!("{}{PORTAL_PATH}?redirectUrl={back}", request.origin);
    let answer = ampersand_client::types::CreateBillingAccountSessionResponse::builder().url(url);
    ok(
        StatusCode::OK,
        &built::<_, ampersand_client::types::CreateBillingAccountSessionResponse>(answer)?,
    )
}
