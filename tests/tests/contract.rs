//! Contract tests: every operation of `openapi/` called through the client against a typed
//! httpmock mock that asserts method, percent-encoded path, query, the key header, content type
//! and JSON body, validates the request against the spec, and answers with the spec's example
//! or a payload built from the schema, which must decode (see `ampersand_tests::contract`).
//!
//! One test per operation, named after its `Client` method; `coverage.rs` fails when an
//! operation of the spec has none. The first path parameter of each call is `TRICKY`
//! (`a/b ..?#é`), which must travel as one percent-encoded segment.

use ampersand_client::mock::MockServerExt;
use ampersand_client::types;
use ampersand_tests::contract::{Contract, TRICKY};

/// POST /oauth-connect
#[tokio::test]
async fn oauth_connect() {
    let c = Contract::new("oauth_connect").await;
    let mut sent = None;
    let mock = c
        .server
        .oauth_connect(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .oauth_connect()
        .body(c.body::<types::OauthConnectBody>())
        .send()
        .await;
    c.check_text(mock, sent, result).await;
}

/// PATCH /projects/{projectIdOrName}/connections/{connectionId}:oauth-update
#[tokio::test]
async fn oauth_update() {
    let c = Contract::new("oauth_update")
        .await
        .path("projectIdOrName", TRICKY)
        .path("connectionId", "connection-id-1");
    let mut sent = None;
    let mock = c
        .server
        .oauth_update(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .oauth_update()
        .project_id_or_name(TRICKY)
        .connection_id("connection-id-1")
        .send()
        .await;
    c.check_text(mock, sent, result).await;
}

/// GET /projects
#[tokio::test]
async fn list_projects() {
    let c = Contract::new("list_projects").await;
    let mut sent = None;
    let mock = c
        .server
        .list_projects(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c.client().list_projects().send().await;
    c.check_json(mock, sent, result).await;
}

/// POST /projects
#[tokio::test]
async fn create_project() {
    let c = Contract::new("create_project").await;
    let mut sent = None;
    let mock = c
        .server
        .create_project(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_project()
        .body(c.body::<types::CreateProjectBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}
#[tokio::test]
async fn get_project() {
    let c = Contract::new("get_project")
        .await
        .path("projectIdOrName", TRICKY)
        .query("includeEntitlements", true);
    let mut sent = None;
    let mock = c
        .server
        .get_project(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_project()
        .project_id_or_name(TRICKY)
        .include_entitlements(true)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// PATCH /projects/{projectIdOrName}
#[tokio::test]
async fn update_project() {
    let c = Contract::new("update_project")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .update_project(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .update_project()
        .project_id_or_name(TRICKY)
        .body(c.body::<types::UpdateProjectBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/provider-apps
#[tokio::test]
async fn list_provider_apps() {
    let c = Contract::new("list_provider_apps")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .list_provider_apps(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_provider_apps()
        .project_id_or_name(TRICKY)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// POST /projects/{projectIdOrName}/provider-apps
#[tokio::test]
async fn create_provider_app() {
    let c = Contract::new("create_provider_app")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .create_provider_app(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_provider_app()
        .project_id_or_name(TRICKY)
        .body(c.body::<types::CreateProviderAppBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /projects/{projectIdOrName}/provider-apps/{providerAppId}
#[tokio::test]
async fn delete_provider_app() {
    let c = Contract::new("delete_provider_app")
        .await
        .path("projectIdOrName", TRICKY)
        .path("providerAppId", "provider-app-id-1");
    let mock = c.server.delete_provider_app(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_provider_app()
        .project_id_or_name(TRICKY)
        .provider_app_id("provider-app-id-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// PATCH /projects/{projectIdOrName}/provider-apps/{providerAppId}
#[tokio::test]
async fn update_provider_app() {
    let c = Contract::new("update_provider_app")
        .await
        .path("projectIdOrName", TRICKY)
        .path("providerAppId", "provider-app-id-1");
    let mut sent = None;
    let mock = c
        .server
        .update_provider_app(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .update_provider_app()
        .project_id_or_name(TRICKY)
        .provider_app_id("provider-app-id-1")
        .body(c.body::<types::UpdateProviderAppBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/integrations
#[tokio::test]
async fn list_integrations() {
    let c = Contract::new("list_integrations")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .list_integrations(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_integrations()
        .project_id_or_name(TRICKY)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// POST /projects/{projectIdOrName}/integrations
#[tokio::test]
async fn create_integration() {
    let c = Contract::new("create_integration")
        .await
        .path("projectIdOrName", TRICKY);
    let mock = c.server.create_integration(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .create_integration()
        .project_id_or_name(TRICKY)
        .body(c.body::<types::CreateIntegrationBody>())
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// GET /projects/{projectIdOrName}/integrations/{integrationIdOrName}
#[tokio::test]
async fn get_integration() {
    let c = Contract::new("get_integration")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationIdOrName", "integration-id-or-name-1");
    let mut sent = None;
    let mock = c
        .server
        .get_integration(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_integration()
        .project_id_or_name(TRICKY)
        .integration_id_or_name("integration-id-or-name-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /projects/{projectIdOrName}/integrations/{integrationId}
#[tokio::test]
async fn delete_integration() {
    let c = Contract::new("delete_integration")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1");
    let mock = c.server.delete_integration(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_integration()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// PUT /projects/{projectIdOrName}/integrations:batch
#[tokio::test]
async fn batch_upsert_integrations() {
    let c = Contract::new("batch_upsert_integrations")
        .await
        .path("projectIdOrName", TRICKY)
        .query("destructive", true);
    let mut sent = None;
    let mock = c
        .server
        .batch_upsert_integrations(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .batch_upsert_integrations()
        .project_id_or_name(TRICKY)
        .destructive(true)
        .body(c.body::<types::BatchUpsertIntegrationsBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// POST /projects/{projectIdOrName}/integrations/{integrationId}/revisions
#[tokio::test]
async fn create_revision() {
    let c = Contract::new("create_revision")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1")
        .query("destructive", true);
    let mock = c.server.create_revision(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .create_revision()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .destructive(true)
        .body(c.body::<types::CreateRevisionBody>())
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// GET /projects/{projectIdOrName}/integrations/{integrationId}/revisions/{revisionId}:hydrate
#[tokio::test]
async fn get_hydrated_revision() {
    let c = Contract::new("get_hydrated_revision")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1")
        .path("revisionId", "revision-id-1")
        .query("connectionId", "connection-id-1");
    let mut sent = None;
    let mock = c
        .server
        .get_hydrated_revision(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_hydrated_revision()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .revision_id("revision-id-1")
        .connection_id("connection-id-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/integrations/{integrationId}/installations
#[tokio::test]
async fn list_installations() {
    let c = Contract::new("list_installations")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1")
        .query("groupRef", "group-ref-1");
    let mut sent = None;
    let mock = c
        .server
        .list_installations(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_installations()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .group_ref("group-ref-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// POST /projects/{projectIdOrName}/integrations/{integrationId}/installations
#[tokio::test]
async fn create_installation() {
    let c = Contract::new("create_installation")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1");
    let mut sent = None;
    let mock = c
        .server
        .create_installation(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_installation()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .body(c.body::<types::CreateInstallationBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}
#[tokio::test]
async fn get_installation() {
    let c = Contract::new("get_installation")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1")
        .path("installationId", "installation-id-1");
    let mut sent = None;
    let mock = c
        .server
        .get_installation(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_installation()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .installation_id("installation-id-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}
#[tokio::test]
async fn delete_installation() {
    let c = Contract::new("delete_installation")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1")
        .path("installationId", "installation-id-1");
    let mock = c.server.delete_installation(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_installation()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .installation_id("installation-id-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// PATCH /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}
#[tokio::test]
async fn update_installation() {
    let c = Contract::new("update_installation")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1")
        .path("installationId", "installation-id-1");
    let mut sent = None;
    let mock = c
        .server
        .update_installation(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .update_installation()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .installation_id("installation-id-1")
        .body(c.body::<types::UpdateInstallationBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// PATCH /projects/{projectIdOrName}/integrations/{integrationId}/objects/{objectName}/config-content
#[tokio::test]
async fn patch_object_config_content() {
    let c = Contract::new("patch_object_config_content")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1")
        .path("objectName", "object-name-1");
    let mut sent = None;
    let mock = c
        .server
        .patch_object_config_content(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .patch_object_config_content()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .object_name("object-name-1")
        .body(c.body::<types::PatchObjectConfigContentBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/integrations/{integrationId}/objects/{objectName}/metadata
#[tokio::test]
async fn get_object_metadata_for_installation() {
    let c = Contract::new("get_object_metadata_for_installation")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1")
        .path("objectName", "object-name-1")
        .query("groupRef", "group-ref-1")
        .query("excludeReadOnly", true);
    let mut sent = None;
    let mock = c.server.get_object_metadata_for_installation(|w, t| {
        sent = c.expect(w.into_inner(), t.into_inner())
    });
    let result = c
        .client()
        .get_object_metadata_for_installation()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .object_name("object-name-1")
        .group_ref("group-ref-1")
        .exclude_read_only(true)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/installations
#[tokio::test]
async fn list_installations_for_project() {
    let c = Contract::new("list_installations_for_project")
        .await
        .path("projectIdOrName", TRICKY)
        .query("groupRef", "group-ref-1");
    let mut sent = None;
    let mock = c
        .server
        .list_installations_for_project(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_installations_for_project()
        .project_id_or_name(TRICKY)
        .group_ref("group-ref-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/providers/{provider}/objects/{objectName}/metadata
#[tokio::test]
async fn get_object_metadata_for_connection() {
    let c = Contract::new("get_object_metadata_for_connection")
        .await
        .path("projectIdOrName", TRICKY)
        .path("provider", "provider-1")
        .path("objectName", "object-name-1")
        .query("groupRef", "group-ref-1")
        .query("excludeReadOnly", true);
    let mut sent = None;
    let mock = c
        .server
        .get_object_metadata_for_connection(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_object_metadata_for_connection()
        .project_id_or_name(TRICKY)
        .provider("provider-1")
        .object_name("object-name-1")
        .group_ref("group-ref-1")
        .exclude_read_only(true)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// PUT /projects/{projectIdOrName}/integrations/{integrationId}/object-metadata
#[tokio::test]
async fn upsert_metadata_for_installation() {
    let c = Contract::new("upsert_metadata_for_installation")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1");
    let mut sent = None;
    let mock = c
        .server
        .upsert_metadata_for_installation(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .upsert_metadata_for_installation()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .body(c.body::<types::UpsertMetadataRequest>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// PUT /projects/{projectIdOrName}/providers/{provider}/object-metadata
#[tokio::test]
async fn upsert_metadata_for_connection() {
    let c = Contract::new("upsert_metadata_for_connection")
        .await
        .path("projectIdOrName", TRICKY)
        .path("provider", "provider-1");
    let mut sent = None;
    let mock = c
        .server
        .upsert_metadata_for_connection(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .upsert_metadata_for_connection()
        .project_id_or_name(TRICKY)
        .provider("provider-1")
        .body(c.body::<types::UpsertMetadataRequest>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}/operations
#[tokio::test]
async fn list_operations() {
    let c = Contract::new("list_operations")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1")
        .path("installationId", "installation-id-1")
        .query("pageSize", 1);
    let mut sent = None;
    let mock = c
        .server
        .list_operations(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_operations()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .installation_id("installation-id-1")
        .page_size(1)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}/objects/{objectName}/backfill-progress
#[tokio::test]
async fn get_backfill_progress() {
    let c = Contract::new("get_backfill_progress")
        .await
        .path("projectIdOrName", TRICKY)
        .path("integrationId", "integration-id-1")
        .path("installationId", "installation-id-1")
        .path("objectName", "object-name-1");
    let mut sent = None;
    let mock = c
        .server
        .get_backfill_progress(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_backfill_progress()
        .project_id_or_name(TRICKY)
        .integration_id("integration-id-1")
        .installation_id("installation-id-1")
        .object_name("object-name-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/operations/{operationId}
#[tokio::test]
async fn get_operation() {
    let c = Contract::new("get_operation")
        .await
        .path("projectIdOrName", TRICKY)
        .path("operationId", "operation-id-1");
    let mut sent = None;
    let mock = c
        .server
        .get_operation(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_operation()
        .project_id_or_name(TRICKY)
        .operation_id("operation-id-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/operations/{operationId}/logs
#[tokio::test]
async fn list_operation_logs() {
    let c = Contract::new("list_operation_logs")
        .await
        .path("projectIdOrName", TRICKY)
        .path("operationId", "operation-id-1");
    let mut sent = None;
    let mock = c
        .server
        .list_operation_logs(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_operation_logs()
        .project_id_or_name(TRICKY)
        .operation_id("operation-id-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /providers
#[tokio::test]
async fn list_providers() {
    let c = Contract::new("list_providers").await;
    let mut sent = None;
    let mock = c
        .server
        .list_providers(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c.client().list_providers().send().await;
    c.check_json(mock, sent, result).await;
}

/// GET /providers/{provider}
#[tokio::test]
async fn get_provider() {
    let c = Contract::new("get_provider").await.path("provider", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .get_provider(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c.client().get_provider().provider(TRICKY).send().await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/api-keys
#[tokio::test]
async fn list_api_keys() {
    let c = Contract::new("list_api_keys")
        .await
        .path("projectIdOrName", TRICKY)
        .query("active", true);
    let mut sent = None;
    let mock = c
        .server
        .list_api_keys(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_api_keys()
        .project_id_or_name(TRICKY)
        .active(true)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// POST /projects/{projectIdOrName}/api-keys
#[tokio::test]
async fn create_api_key() {
    let c = Contract::new("create_api_key")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .create_api_key(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_api_key()
        .project_id_or_name(TRICKY)
        .body(c.body::<types::ApiKeyRequest>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/api-keys/{apiKey}
#[tokio::test]
async fn get_api_key() {
    let c = Contract::new("get_api_key")
        .await
        .path("projectIdOrName", TRICKY)
        .path("apiKey", "api-key-1");
    let mut sent = None;
    let mock = c
        .server
        .get_api_key(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_api_key()
        .project_id_or_name(TRICKY)
        .api_key("api-key-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /projects/{projectIdOrName}/api-keys/{apiKey}
#[tokio::test]
async fn delete_api_key() {
    let c = Contract::new("delete_api_key")
        .await
        .path("projectIdOrName", TRICKY)
        .path("apiKey", "api-key-1");
    let mock = c.server.delete_api_key(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_api_key()
        .project_id_or_name(TRICKY)
        .api_key("api-key-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// PATCH /projects/{projectIdOrName}/api-keys/{apiKey}
#[tokio::test]
async fn update_api_key() {
    let c = Contract::new("update_api_key")
        .await
        .path("projectIdOrName", TRICKY)
        .path("apiKey", "api-key-1");
    let mut sent = None;
    let mock = c
        .server
        .update_api_key(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .update_api_key()
        .project_id_or_name(TRICKY)
        .api_key("api-key-1")
        .body(c.body::<types::PatchApiKeyRequest>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/connections
#[tokio::test]
async fn list_connections() {
    let c = Contract::new("list_connections")
        .await
        .path("projectIdOrName", TRICKY)
        .query("provider", "provider-1");
    let mut sent = None;
    let mock = c
        .server
        .list_connections(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_connections()
        .project_id_or_name(TRICKY)
        .provider("provider-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// POST /projects/{projectIdOrName}/connections:generate
#[tokio::test]
async fn generate_connection() {
    let c = Contract::new("generate_connection")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .generate_connection(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .generate_connection()
        .project_id_or_name(TRICKY)
        .body(c.body::<types::GenerateConnectionRequest>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/connections/{connectionId}
#[tokio::test]
async fn get_connection() {
    let c = Contract::new("get_connection")
        .await
        .path("projectIdOrName", TRICKY)
        .path("connectionId", "connection-id-1")
        .query("includeCreds", true);
    let mut sent = None;
    let mock = c
        .server
        .get_connection(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_connection()
        .project_id_or_name(TRICKY)
        .connection_id("connection-id-1")
        .include_creds(true)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// PATCH /projects/{projectIdOrName}/connections/{connectionId}
#[tokio::test]
async fn update_connection() {
    let c = Contract::new("update_connection")
        .await
        .path("projectIdOrName", TRICKY)
        .path("connectionId", "connection-id-1");
    let mut sent = None;
    let mock = c
        .server
        .update_connection(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .update_connection()
        .project_id_or_name(TRICKY)
        .connection_id("connection-id-1")
        .body(c.body::<types::UpdateConnectionRequest>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /projects/{projectIdOrName}/connections/{connectionId}
#[tokio::test]
async fn delete_connection() {
    let c = Contract::new("delete_connection")
        .await
        .path("projectIdOrName", TRICKY)
        .path("connectionId", "connection-id-1");
    let mock = c.server.delete_connection(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_connection()
        .project_id_or_name(TRICKY)
        .connection_id("connection-id-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// POST /projects/{projectIdOrName}/destinations
#[tokio::test]
async fn create_destination() {
    let c = Contract::new("create_destination")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .create_destination(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_destination()
        .project_id_or_name(TRICKY)
        .body(c.body::<types::CreateDestinationBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/destinations
#[tokio::test]
async fn list_destinations() {
    let c = Contract::new("list_destinations")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .list_destinations(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_destinations()
        .project_id_or_name(TRICKY)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/destinations/{destination}
#[tokio::test]
async fn get_destination() {
    let c = Contract::new("get_destination")
        .await
        .path("projectIdOrName", TRICKY)
        .path("destination", "destination-1")
        .query("includeSecrets", true);
    let mut sent = None;
    let mock = c
        .server
        .get_destination(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_destination()
        .project_id_or_name(TRICKY)
        .destination("destination-1")
        .include_secrets(true)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// PATCH /projects/{projectIdOrName}/destinations/{destination}
#[tokio::test]
async fn update_destination() {
    let c = Contract::new("update_destination")
        .await
        .path("projectIdOrName", TRICKY)
        .path("destination", "destination-1");
    let mut sent = None;
    let mock = c
        .server
        .update_destination(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .update_destination()
        .project_id_or_name(TRICKY)
        .destination("destination-1")
        .body(c.body::<types::UpdateDestinationBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /projects/{projectIdOrName}/destinations/{destination}
#[tokio::test]
async fn delete_destination() {
    let c = Contract::new("delete_destination")
        .await
        .path("projectIdOrName", TRICKY)
        .path("destination", "destination-1");
    let mock = c.server.delete_destination(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_destination()
        .project_id_or_name(TRICKY)
        .destination("destination-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// GET /generate-upload-url
#[tokio::test]
async fn generate_upload_url() {
    let c = Contract::new("generate_upload_url").await;
    let mut sent = None;
    let mock = c
        .server
        .generate_upload_url(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c.client().generate_upload_url().send().await;
    c.check_json(mock, sent, result).await;
}

/// POST /orgs
#[tokio::test]
async fn create_org() {
    let c = Contract::new("create_org").await;
    let mut sent = None;
    let mock = c
        .server
        .create_org(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_org()
        .body(c.body::<types::CreateOrgBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /orgs/{orgId}
#[tokio::test]
async fn get_org() {
    let c = Contract::new("get_org").await.path("orgId", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .get_org(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c.client().get_org().org_id(TRICKY).send().await;
    c.check_json(mock, sent, result).await;
}

/// PATCH /orgs/{orgId}
#[tokio::test]
async fn update_org() {
    let c = Contract::new("update_org").await.path("orgId", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .update_org(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .update_org()
        .org_id(TRICKY)
        .body(c.body::<types::UpdateOrgBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /orgs/{orgId}/builders
#[tokio::test]
async fn list_org_builders() {
    let c = Contract::new("list_org_builders")
        .await
        .path("orgId", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .list_org_builders(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c.client().list_org_builders().org_id(TRICKY).send().await;
    c.check_json(mock, sent, result).await;
}

/// POST /orgs/{orgId}/invites
#[tokio::test]
async fn create_org_invite() {
    let c = Contract::new("create_org_invite")
        .await
        .path("orgId", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .create_org_invite(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_org_invite()
        .org_id(TRICKY)
        .body(c.body::<types::CreateOrgInviteBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /orgs/{orgId}/invites
#[tokio::test]
async fn list_org_invites() {
    let c = Contract::new("list_org_invites")
        .await
        .path("orgId", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .list_org_invites(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c.client().list_org_invites().org_id(TRICKY).send().await;
    c.check_json(mock, sent, result).await;
}

/// GET /orgs/{orgId}/invites/{inviteId}
#[tokio::test]
async fn get_org_invite() {
    let c = Contract::new("get_org_invite")
        .await
        .path("orgId", TRICKY)
        .path("inviteId", "invite-id-1");
    let mut sent = None;
    let mock = c
        .server
        .get_org_invite(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_org_invite()
        .org_id(TRICKY)
        .invite_id("invite-id-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /orgs/{orgId}/invites/{inviteId}
#[tokio::test]
async fn delete_org_invite() {
    let c = Contract::new("delete_org_invite")
        .await
        .path("orgId", TRICKY)
        .path("inviteId", "invite-id-1");
    let mock = c.server.delete_org_invite(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_org_invite()
        .org_id(TRICKY)
        .invite_id("invite-id-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// POST /orgs/{orgId}/memberships
#[tokio::test]
async fn add_user_to_org() {
    let c = Contract::new("add_user_to_org").await.path("orgId", TRICKY);
    let mock = c.server.add_user_to_org(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .add_user_to_org()
        .org_id(TRICKY)
        .body(c.body::<types::AddUserToOrgBody>())
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// GET /my-info
#[tokio::test]
async fn get_my_info() {
    let c = Contract::new("get_my_info").await;
    let mut sent = None;
    let mock = c
        .server
        .get_my_info(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c.client().get_my_info().send().await;
    c.check_json(mock, sent, result).await;
}

/// POST /invites:accept
#[tokio::test]
async fn accept_invite() {
    let c = Contract::new("accept_invite").await;
    let mut sent = None;
    let mock = c
        .server
        .accept_invite(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .accept_invite()
        .body(c.body::<types::AcceptInviteBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /orgs/{orgId}/billingAccount
#[tokio::test]
async fn get_org_billing_account() {
    let c = Contract::new("get_org_billing_account")
        .await
        .path("orgId", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .get_org_billing_account(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_org_billing_account()
        .org_id(TRICKY)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// POST /billingAccounts/{billingAccountId}/portalSession
#[tokio::test]
async fn create_billing_account_session() {
    let c = Contract::new("create_billing_account_session")
        .await
        .path("billingAccountId", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .create_billing_account_session(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_billing_account_session()
        .billing_account_id(TRICKY)
        .body(c.body::<types::CreateBillingAccountSessionBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// POST /projects/{projectIdOrName}/topics
#[tokio::test]
async fn create_topic() {
    let c = Contract::new("create_topic")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .create_topic(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_topic()
        .project_id_or_name(TRICKY)
        .body(c.body::<types::CreateTopicBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/topics
#[tokio::test]
async fn list_topics() {
    let c = Contract::new("list_topics")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .list_topics(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_topics()
        .project_id_or_name(TRICKY)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// PATCH /projects/{projectIdOrName}/topics/{topicId}
#[tokio::test]
async fn update_topic() {
    let c = Contract::new("update_topic")
        .await
        .path("projectIdOrName", TRICKY)
        .path("topicId", "topic-id-1");
    let mut sent = None;
    let mock = c
        .server
        .update_topic(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .update_topic()
        .project_id_or_name(TRICKY)
        .topic_id("topic-id-1")
        .body(c.body::<types::UpdateTopicBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /projects/{projectIdOrName}/topics/{topicId}
#[tokio::test]
async fn delete_topic() {
    let c = Contract::new("delete_topic")
        .await
        .path("projectIdOrName", TRICKY)
        .path("topicId", "topic-id-1");
    let mock = c.server.delete_topic(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_topic()
        .project_id_or_name(TRICKY)
        .topic_id("topic-id-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// POST /projects/{projectIdOrName}/notification-event-topic-routes
#[tokio::test]
async fn create_event_topic_route() {
    let c = Contract::new("create_event_topic_route")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .create_event_topic_route(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_event_topic_route()
        .project_id_or_name(TRICKY)
        .body(c.body::<types::CreateEventTopicRouteBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/notification-event-topic-routes
#[tokio::test]
async fn list_event_topic_routes() {
    let c = Contract::new("list_event_topic_routes")
        .await
        .path("projectIdOrName", TRICKY)
        .query("topicId", "topic-id-1");
    let mut sent = None;
    let mock = c
        .server
        .list_event_topic_routes(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_event_topic_routes()
        .project_id_or_name(TRICKY)
        .topic_id("topic-id-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /projects/{projectIdOrName}/notification-event-topic-routes/{routeId}
#[tokio::test]
async fn delete_event_topic_route() {
    let c = Contract::new("delete_event_topic_route")
        .await
        .path("projectIdOrName", TRICKY)
        .path("routeId", "route-id-1");
    let mock = c.server.delete_event_topic_route(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_event_topic_route()
        .project_id_or_name(TRICKY)
        .route_id("route-id-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// POST /projects/{projectIdOrName}/topic-destination-routes
#[tokio::test]
async fn create_topic_destination_route() {
    let c = Contract::new("create_topic_destination_route")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .create_topic_destination_route(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_topic_destination_route()
        .project_id_or_name(TRICKY)
        .body(c.body::<types::CreateTopicDestinationRouteBody>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/topic-destination-routes
#[tokio::test]
async fn list_topic_destination_routes() {
    let c = Contract::new("list_topic_destination_routes")
        .await
        .path("projectIdOrName", TRICKY)
        .query("topicId", "topic-id-1");
    let mut sent = None;
    let mock = c
        .server
        .list_topic_destination_routes(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_topic_destination_routes()
        .project_id_or_name(TRICKY)
        .topic_id("topic-id-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /projects/{projectIdOrName}/topic-destination-routes/{routeId}
#[tokio::test]
async fn delete_topic_destination_route() {
    let c = Contract::new("delete_topic_destination_route")
        .await
        .path("projectIdOrName", TRICKY)
        .path("routeId", "route-id-1");
    let mock = c.server.delete_topic_destination_route(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_topic_destination_route()
        .project_id_or_name(TRICKY)
        .route_id("route-id-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// POST /projects/{projectIdOrName}/jwt-keys
#[tokio::test]
async fn create_jwt_key() {
    let c = Contract::new("create_jwt_key")
        .await
        .path("projectIdOrName", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .create_jwt_key(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .create_jwt_key()
        .project_id_or_name(TRICKY)
        .body(c.body::<types::CreateJwtKeyRequest>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/jwt-keys
#[tokio::test]
async fn list_jwt_keys() {
    let c = Contract::new("list_jwt_keys")
        .await
        .path("projectIdOrName", TRICKY)
        .query("active", true);
    let mut sent = None;
    let mock = c
        .server
        .list_jwt_keys(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_jwt_keys()
        .project_id_or_name(TRICKY)
        .active(true)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// GET /projects/{projectIdOrName}/jwt-keys/{keyId}
#[tokio::test]
async fn get_jwt_key() {
    let c = Contract::new("get_jwt_key")
        .await
        .path("projectIdOrName", TRICKY)
        .path("keyId", "key-id-1");
    let mut sent = None;
    let mock = c
        .server
        .get_jwt_key(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .get_jwt_key()
        .project_id_or_name(TRICKY)
        .key_id("key-id-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// PATCH /projects/{projectIdOrName}/jwt-keys/{keyId}
#[tokio::test]
async fn update_jwt_key() {
    let c = Contract::new("update_jwt_key")
        .await
        .path("projectIdOrName", TRICKY)
        .path("keyId", "key-id-1");
    let mut sent = None;
    let mock = c
        .server
        .update_jwt_key(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .update_jwt_key()
        .project_id_or_name(TRICKY)
        .key_id("key-id-1")
        .body(c.body::<types::PatchJwtKeyRequest>())
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// DELETE /projects/{projectIdOrName}/jwt-keys/{keyId}
#[tokio::test]
async fn delete_jwt_key() {
    let c = Contract::new("delete_jwt_key")
        .await
        .path("projectIdOrName", TRICKY)
        .path("keyId", "key-id-1");
    let mock = c.server.delete_jwt_key(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .delete_jwt_key()
        .project_id_or_name(TRICKY)
        .key_id("key-id-1")
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// GET /claimed-domains
#[tokio::test]
async fn check_claimed_domain() {
    let c = Contract::new("check_claimed_domain")
        .await
        .query("domain", "domain-1");
    let mut sent = None;
    let mock = c
        .server
        .check_claimed_domain(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .check_claimed_domain()
        .domain("domain-1")
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}

/// POST /claimed-domains
#[tokio::test]
async fn claim_domain() {
    let c = Contract::new("claim_domain").await;
    let mock = c.server.claim_domain(|w, t| {
        c.expect(w.into_inner(), t.into_inner());
    });
    let result = c
        .client()
        .claim_domain()
        .body(c.body::<types::ClaimDomainBody>())
        .send()
        .await;
    c.check_empty(mock, result).await;
}

/// GET /orgs/{orgId}/claimed-domains
#[tokio::test]
async fn list_org_claimed_domains() {
    let c = Contract::new("list_org_claimed_domains")
        .await
        .path("orgId", TRICKY);
    let mut sent = None;
    let mock = c
        .server
        .list_org_claimed_domains(|w, t| sent = c.expect(w.into_inner(), t.into_inner()));
    let result = c
        .client()
        .list_org_claimed_domains()
        .org_id(TRICKY)
        .send()
        .await;
    c.check_json(mock, sent, result).await;
}
