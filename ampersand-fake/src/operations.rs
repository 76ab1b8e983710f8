//! Which operations the fake models, and the handler of each: a match on [`Op`] (the
//! operations of the spec, generated from `openapi/` by `build.rs`) with no wildcard. Every
//! operation this table names is a variant of its own, so the match does not compile when the
//! spec drops or renames one; an operation a newer spec adds is `Op::Newer` until the table
//! names it (modelled, or answered 501 with `None`), and answers 501 meanwhile.

use axum::response::Response;

use crate::problem::Problem;
use crate::state::{Effects, State};
use crate::{catalog, Request};

include!(concat!(env!("OUT_DIR"), "/operations.rs"));

/// What answers a modelled operation.
pub(crate) type Handler = fn(&mut State, &Request<'_>, &mut Effects) -> Result<Response, Problem>;

/// The handler of `op`, or `None` for an operation the fake answers 501.
pub(crate) fn handler(op: Op) -> Option<Handler> {
    Some(match op {
        Op::CreateProject => |s, r, _| s.create_project(r),
        Op::GetProject => |s, r, _| s.get_project(r),
        Op::ListProjects => |s, _, _| s.list_projects(),
        Op::UpdateProject => |s, r, _| s.update_project(r),
        Op::CreateIntegration => |s, r, _| s.create_integration(r),
        Op::BatchUpsertIntegrations => |s, r, _| s.batch_upsert_integrations(r),
        Op::CreateRevision => |s, r, _| s.create_revision(r),
        Op::GetIntegration => |s, r, _| s.get_integration(r),
        Op::ListIntegrations => |s, r, _| s.list_integrations(r),
        Op::DeleteIntegration => |s, r, _| s.delete_integration(r),
        Op::GenerateConnection => |s, r, e| s.generate_connection(r, e),
        Op::OauthConnect => |s, r, _| s.oauth_connect(r),
        Op::OauthUpdate => |s, r, _| s.oauth_update(r),
        Op::GetConnection => |s, r, _| s.get_connection(r),
        Op::ListConnections => |s, r, _| s.list_connections(r),
        Op::UpdateConnection => |s, r, _| s.update_connection(r),
        Op::DeleteConnection => |s, r, e| s.delete_connection(r, e),
        Op::CreateDestination => |s, r, _| s.create_destination(r),
        Op::GetDestination => |s, r, _| s.get_destination(r),
        Op::ListDestinations => |s, r, _| s.list_destinations(r),
        Op::UpdateDestination => |s, r, _| s.update_destination(r),
        Op::DeleteDestination => |s, r, _| s.delete_destination(r),
        Op::CreateInstallation => |s, r, e| s.create_installation(r, e),
        Op::GetInstallation => |s, r, _| s.get_installation(r),
        Op::ListInstallations => |s, r, _| s.list_installations(r),
        Op::ListInstallationsForProject => |s, r, _| s.list_installations_for_project(r),
        Op::UpdateInstallation => |s, r, e| s.update_installation(r, e),
        Op::DeleteInstallation => |s, r, e| s.delete_installation(r, e),
        Op::PatchObjectConfigContent => |s, r, e| s.patch_object_config_content(r, e),
        Op::GetOperation => |s, r, _| s.get_operation(r),
        Op::ListOperations => |s, r, _| s.list_operations(r),
        Op::ListOperationLogs => |s, r, _| s.list_operation_logs(r),
        Op::CreateTopic => |s, r, _| s.create_topic(r),
        Op::ListTopics => |s, r, _| s.list_topics(r),
        Op::UpdateTopic => |s, r, _| s.update_topic(r),
        Op::DeleteTopic => |s, r, _| s.delete_topic(r),
        Op::CreateTopicDestinationRoute => |s, r, _| s.create_topic_destination_route(r),
        Op::ListTopicDestinationRoutes => |s, r, _| s.list_topic_destination_routes(r),
        Op::DeleteTopicDestinationRoute => |s, r, _| s.delete_topic_destination_route(r),
        Op::CreateEventTopicRoute => |s, r, _| s.create_event_topic_route(r),
        Op::ListEventTopicRoutes => |s, r, _| s.list_event_topic_routes(r),
        Op::DeleteEventTopicRoute => |s, r, _| s.delete_event_topic_route(r),
        Op::CreateProviderApp => |s, r, _| s.create_provider_app(r),
        Op::ListProviderApps => |s, r, _| s.list_provider_apps(r),
        Op::UpdateProviderApp => |s, r, _| s.update_provider_app(r),
        Op::DeleteProviderApp => |s, r, _| s.delete_provider_app(r),
        Op::CreateApiKey => |s, r, _| s.create_api_key(r),
        Op::ListApiKeys => |s, r, _| s.list_api_keys(r),
        Op::GetApiKey => |s, r, _| s.get_api_key(r),
        Op::UpdateApiKey => |s, r, _| s.update_api_key(r),
        Op::DeleteApiKey => |s, r, _| s.delete_api_key(r),
        Op::CreateJWTKey => |s, r, _| s.create_jwt_key(r),
        Op::ListJWTKeys => |s, r, _| s.list_jwt_keys(r),
        Op::GetJWTKey => |s, r, _| s.get_jwt_key(r),
        Op::UpdateJWTKey => |s, r, _| s.update_jwt_key(r),
        Op::DeleteJWTKey => |s, r, _| s.delete_jwt_key(r),
        Op::CreateOrg => |s, r, _| s.create_org(r),
        Op::GetOrg => |s, r, _| s.get_org(r),
        Op::UpdateOrg => |s, r, _| s.update_org(r),
        Op::ListOrgBuilders => |s, r, _| s.list_org_builders(r),
        Op::AddUserToOrg => |s, r, _| s.add_user_to_org(r),
        Op::CreateOrgInvite => |s, r, _| s.create_org_invite(r),
        Op::ListOrgInvites => |s, r, _| s.list_org_invites(r),
        Op::GetOrgInvite => |s, r, _| s.get_org_invite(r),
        Op::DeleteOrgInvite => |s, r, _| s.delete_org_invite(r),
        Op::AcceptInvite => |s, r, _| s.accept_invite(r),
        Op::GetMyInfo => |s, _, _| s.get_my_info(),
        Op::ClaimDomain => |s, r, _| s.claim_domain(r),
        Op::CheckClaimedDomain => |s, r, _| s.check_claimed_domain(r),
        Op::ListOrgClaimedDomains => |s, r, _| s.list_org_claimed_domains(r),
        Op::GetOrgBillingAccount => |s, r, _| s.get_org_billing_account(r),
        Op::CreateBillingAccountSession => |s, r, _| s.create_billing_account_session(r),
        Op::WriteRecords => |s, r, e| s.write_records(r, e),
        Op::SearchRecords => |s, r, _| s.search_records(r),
        Op::ListProviders => |_, _, _| catalog::list_providers(),
        Op::GetProvider => |_, r, _| catalog::get_provider(r),
        Op::GetHydratedRevision => |s, r, _| s.get_hydrated_revision(r),
        Op::GetObjectMetadataForInstallation => |s, r, _| s.get_object_metadata_for_installation(r),
        Op::GetObjectMetadataForConnection => |s, r, _| s.get_object_metadata_for_connection(r),
        Op::UpsertMetadataForInstallation => |s, r, _| s.upsert_metadata_for_installation(r),
        Op::UpsertMetadataForConnection => |s, r, _| s.upsert_metadata_for_connection(r),
        Op::GetBackfillProgress => |s, r, _| s.get_backfill_progress(r),
        Op::DeliverResults => |s, r, e| s.deliver_results(r, e),
        Op::PauseReads => |s, r, e| s.pause_reads(r, e),
        Op::UnpauseReads => |s, r, _| s.unpause_reads(r),
        Op::TriggerRead => |s, r, e| s.trigger_read(r, e),
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
    fn the_readme_names_every_operation_modelled_and_each_answered_501() {
        let readme = include_str!("../README.md");
        let all: Vec<&str> = Op::ALL.iter().map(|op| op.id()).collect();
        let modelled = modelled();
        assert!(modelled.len() > all.len() / 2, "{modelled:?}");
        for id in all
            .iter()
            .filter(|id| !matches!(Op::of(id), Some(Op::Newer(_))))
        {
            assert!(
                readme.contains(&format!("`{id}`")),
                "the README does not name {id}"
            );
            assert_eq!(Op::of(id).map(Op::id), Some(*id));
        }
        for id in all.iter().filter(|id| !modelled.contains(id)) {
            let said = readme
                .split(&format!("`{id}`"))
                .nth(1)
                .is_some_and(|after| after.get(..200).unwrap_or(after).contains("501"));
            assert!(said, "the README does not say that {id} answers 501");
        }
        assert_eq!(Op::of("noSuchOperation"), None);
    }
}
