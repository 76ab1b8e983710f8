//! Which operations the fake models, and the handler of each: a match on [`Op`] (the
//! operations of the spec, generated from `openapi/` by `build.rs`) with no wildcard. Every
//! operation this table names is a variant of its own, so the match does not compile when the
//! spec drops or renames one; an operation a newer spec adds is `Op::Newer` until the table
//! names it (modelled, or answered 501 with `None`), and answers 501 meanwhile.

use axum::response::Response;

use crate::connections::handlers as connections;
use crate::data::handlers as data;
use crate::destinations::handlers as destinations;
use crate::installations::handlers as installations;
use crate::integrations::handlers as integrations;
use crate::keys::handlers as keys;
use crate::metadata::handlers as metadata;
use crate::operations::handlers as operations;
use crate::orgs::handlers as orgs;
use crate::problem::Problem;
use crate::projects::handlers as projects;
use crate::state::{Effects, State};
use crate::topics::handlers as topics;
use crate::{Request, catalog};

include!(concat!(env!("OUT_DIR"), "/operations.rs"));

/// What answers a modelled operation: one that only reads the state (and runs beside other
/// reads), or one that changes it (alone, and sets off its effects).
#[derive(Clone, Copy)]
pub(crate) enum Handler {
    Read(fn(&State, &Request<'_>) -> Result<Response, Problem>),
    Write(fn(&mut State, &Request<'_>, &mut Effects) -> Result<Response, Problem>),
}

/// The handler of `op`, or `None` for an operation the fake answers 501.
pub(crate) fn handler(op: Op) -> Option<Handler> {
    Some(match op {
        Op::CreateProject => Handler::Write(|s, r, _| projects::create(s, r)),
        Op::GetProject => Handler::Read(projects::get),
        Op::ListProjects => Handler::Read(|s, _| projects::list(s)),
        Op::UpdateProject => Handler::Write(|s, r, _| projects::update(s, r)),
        Op::CreateIntegration => Handler::Write(|s, r, _| integrations::create(s, r)),
        Op::BatchUpsertIntegrations => Handler::Write(|s, r, _| integrations::deploy(s, r)),
        Op::CreateRevision => Handler::Write(|s, r, _| integrations::create_revision(s, r)),
        Op::GetIntegration => Handler::Read(integrations::get),
        Op::ListIntegrations => Handler::Read(integrations::list),
        Op::DeleteIntegration => Handler::Write(|s, r, _| integrations::delete(s, r)),
        Op::GenerateConnection => Handler::Write(connections::generate),
        Op::OauthConnect => Handler::Write(|s, r, _| connections::oauth_connect(s, r)),
        Op::OauthUpdate => Handler::Write(|s, r, _| connections::oauth_update(s, r)),
        Op::GetConnection => Handler::Read(connections::get),
        Op::ListConnections => Handler::Read(connections::list),
        Op::UpdateConnection => Handler::Write(|s, r, _| connections::update(s, r)),
        Op::DeleteConnection => Handler::Write(connections::delete),
        Op::CreateDestination => Handler::Write(|s, r, _| destinations::create(s, r)),
        Op::GetDestination => Handler::Read(destinations::get),
        Op::ListDestinations => Handler::Read(destinations::list),
        Op::UpdateDestination => Handler::Write(|s, r, _| destinations::update(s, r)),
        Op::DeleteDestination => Handler::Write(|s, r, _| destinations::delete(s, r)),
        Op::CreateInstallation => Handler::Write(installations::create),
        Op::GetInstallation => Handler::Read(installations::get),
        Op::ListInstallations => Handler::Read(installations::list),
        Op::ListInstallationsForProject => Handler::Read(installations::list_for_project),
        Op::UpdateInstallation => Handler::Write(installations::update),
        Op::DeleteInstallation => Handler::Write(installations::delete),
        Op::PatchObjectConfigContent => Handler::Write(installations::patch_object),
        Op::GetOperation => Handler::Read(operations::get),
        Op::ListOperations => Handler::Read(operations::list),
        Op::ListOperationLogs => Handler::Read(operations::logs),
        Op::CreateTopic => Handler::Write(|s, r, _| topics::create_topic(s, r)),
        Op::ListTopics => Handler::Read(topics::list_topics),
        Op::UpdateTopic => Handler::Write(|s, r, _| topics::update_topic(s, r)),
        Op::DeleteTopic => Handler::Write(|s, r, _| topics::delete_topic(s, r)),
        Op::CreateTopicDestinationRoute => {
            Handler::Write(|s, r, _| topics::create_topic_route(s, r))
        }
        Op::ListTopicDestinationRoutes => Handler::Read(topics::list_topic_routes),
        Op::DeleteTopicDestinationRoute => {
            Handler::Write(|s, r, _| topics::delete_topic_route(s, r))
        }
        Op::CreateEventTopicRoute => Handler::Write(|s, r, _| topics::create_event_route(s, r)),
        Op::ListEventTopicRoutes => Handler::Read(topics::list_event_routes),
        Op::DeleteEventTopicRoute => Handler::Write(|s, r, _| topics::delete_event_route(s, r)),
        Op::CreateProviderApp => Handler::Write(|s, r, _| keys::create_provider_app(s, r)),
        Op::ListProviderApps => Handler::Read(keys::list_provider_apps),
        Op::UpdateProviderApp => Handler::Write(|s, r, _| keys::update_provider_app(s, r)),
        Op::DeleteProviderApp => Handler::Write(|s, r, _| keys::delete_provider_app(s, r)),
        Op::CreateApiKey => Handler::Write(|s, r, _| keys::create_api_key(s, r)),
        Op::ListApiKeys => Handler::Read(keys::list_api_keys),
        Op::GetApiKey => Handler::Read(keys::get_api_key),
        Op::UpdateApiKey => Handler::Write(|s, r, _| keys::update_api_key(s, r)),
        Op::DeleteApiKey => Handler::Write(|s, r, _| keys::delete_api_key(s, r)),
        Op::CreateJWTKey => Handler::Write(|s, r, _| keys::create_jwt_key(s, r)),
        Op::ListJWTKeys => Handler::Read(keys::list_jwt_keys),
        Op::GetJWTKey => Handler::Read(keys::get_jwt_key),
        Op::UpdateJWTKey => Handler::Write(|s, r, _| keys::update_jwt_key(s, r)),
        Op::DeleteJWTKey => Handler::Write(|s, r, _| keys::delete_jwt_key(s, r)),
        Op::CreateOrg => Handler::Write(|s, r, _| orgs::create(s, r)),
        Op::GetOrg => Handler::Read(orgs::get),
        Op::UpdateOrg => Handler::Write(|s, r, _| orgs::update(s, r)),
        Op::ListOrgBuilders => Handler::Read(orgs::list_builders),
        Op::AddUserToOrg => Handler::Write(|s, r, _| orgs::add_user(s, r)),
        Op::CreateOrgInvite => Handler::Write(|s, r, _| orgs::create_invite(s, r)),
        Op::ListOrgInvites => Handler::Read(orgs::list_invites),
        Op::GetOrgInvite => Handler::Read(orgs::get_invite),
        Op::DeleteOrgInvite => Handler::Write(|s, r, _| orgs::delete_invite(s, r)),
        Op::AcceptInvite => Handler::Write(|s, r, _| orgs::accept_invite(s, r)),
        // makes the builder the first time
        Op::GetMyInfo => Handler::Write(|s, _, _| orgs::my_info(s)),
        Op::ClaimDomain => Handler::Write(|s, r, _| orgs::claim_domain(s, r)),
        Op::CheckClaimedDomain => Handler::Read(orgs::check_domain),
        Op::ListOrgClaimedDomains => Handler::Read(orgs::list_domains),
        Op::GetOrgBillingAccount => Handler::Read(orgs::billing_account),
        // a POST that changes nothing
        Op::CreateBillingAccountSession => Handler::Read(orgs::billing_session),
        Op::WriteRecords => Handler::Write(data::write),
        Op::SearchRecords => Handler::Read(data::search),
        Op::ListProviders => Handler::Read(|_, _| catalog::list_providers()),
        Op::GetProvider => Handler::Read(|_, r| catalog::get_provider(r)),
        Op::GetHydratedRevision => Handler::Read(metadata::hydrated_revision),
        Op::GetObjectMetadataForInstallation => Handler::Read(metadata::for_installation),
        Op::GetObjectMetadataForConnection => Handler::Read(metadata::for_connection),
        Op::UpsertMetadataForInstallation => {
            Handler::Write(|s, r, _| metadata::upsert_for_installation(s, r))
        }
        Op::UpsertMetadataForConnection => {
            Handler::Write(|s, r, _| metadata::upsert_for_connection(s, r))
        }
        Op::GetBackfillProgress => Handler::Read(data::backfill_progress),
        Op::DeliverResults => Handler::Write(data::deliver_results),
        Op::PauseReads => Handler::Write(data::pause),
        Op::UnpauseReads => Handler::Write(|s, r, _| data::unpause(s, r)),
        Op::TriggerRead => Handler::Write(data::trigger_read),
        // a signed URL of the service's cloud storage, which the fake does not have
        Op::GenerateUploadUrl => return None,
        // an operation of a newer spec than this table: 501, naming it
        Op::Newer(_) => return None,
    })
}

/// The `operationId`s of the operations the fake models, in the spec's order.
pub(crate) fn modelled() -> Vec<&'static str> {
    Op::ALL
        .iter()
        .filter(|op| handler(**op).is_some())
        .map(|op| op.id())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_names_every_operation_modelled_and_each_answered_501() {
        let guide = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/FAKE.md");
        let readme = std::fs::read_to_string(guide).expect("docs/FAKE.md");
        let all: Vec<&str> = Op::ALL.iter().map(|op| op.id()).collect();
        let modelled = modelled();
        assert!(modelled.len() > all.len() / 2, "{modelled:?}");
        for id in all
            .iter()
            .filter(|id| !matches!(Op::of(id), Some(Op::Newer(_))))
        {
            assert!(
                readme.contains(&format!("`{id}`")),
                "docs/FAKE.md does not name {id}"
            );
            assert_eq!(Op::of(id).map(Op::id), Some(*id));
        }
        for id in all.iter().filter(|id| !modelled.contains(id)) {
            let said = readme
                .split(&format!("`{id}`"))
                .nth(1)
                .is_some_and(|after| after.get(..200).unwrap_or(after).contains("501"));
            assert!(said, "docs/FAKE.md does not say that {id} answers 501");
        }
        assert_eq!(Op::of("noSuchOperation"), None);
    }
}
