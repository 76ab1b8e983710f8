//! What the published nesting of `openapi/api/api.yaml` changes on the wire: properties that a
//! mis-nested rebuild had put one level too deep are where the service reads and writes them.

use ampersand_client::types::{self, builder};
use chrono::{TimeZone, Utc};
use httpmock::{Method, MockServer};
use serde_json::json;

use ampersand_tests::contract::KEY;

fn client(server: &MockServer) -> ampersand_client::Client {
    ampersand_tests::client(&server.base_url())
}

/// generateConnection (the "create connection" call) with OAuth2 authorization-code tokens:
/// `oauth2AuthorizationCode` is a property of the request itself, not of `basicAuth`.
#[tokio::test]
async fn oauth2_authorization_code_is_a_top_level_property_of_the_connection_request() {
    let server = MockServer::start_async().await;
    let sent = json!({
        "groupRef": "group-123",
        "consumerRef": "user-1",
        "provider": "salesforce",
        "oauth2AuthorizationCode": {
            "accessToken": {"token": "ya29.access"},
            "refreshToken": {"token": "1//refresh"},
            "scopes": ["api", "refresh_token"]
        }
    });
    let mock = server.mock(|when, then| {
        when.method(Method::POST)
            .path("/projects/my-project/connections:generate")
            .header("x-api-key", KEY)
            .header("content-type", "application/json")
            .json_body(sent.clone());
        then.status(201)
            .header("content-type", "application/json")
            .json_body(json!({
                "id": "conn-1",
                "projectId": "my-project",
                "provider": "salesforce",
                "group": {"groupRef": "group-123", "groupName": "Acme", "projectId": "my-project",
                          "createTime": "2024-01-01T00:00:00Z"},
                "consumer": {"consumerRef": "user-1", "consumerName": "Ann", "projectId": "my-project",
                             "createTime": "2024-01-01T00:00:00Z"},
                "createTime": "2024-01-01T00:00:00Z",
                "authScheme": "oauth2/authorizationCode",
                "status": "working"
            }));
    });

    let access: types::Oauth2AuthorizationCodeAccessToken =
        builder::Oauth2AuthorizationCodeAccessToken::default()
            .token("ya29.access")
            .try_into()
            .expect("an access token");
    let refresh: types::Oauth2AuthorizationCodeRefreshToken =
        builder::Oauth2AuthorizationCodeRefreshToken::default()
            .token("1//refresh")
            .try_into()
            .expect("a refresh token");
    let tokens = builder::Oauth2AuthorizationCode::default()
        .access_token(Some(access))
        .refresh_token(Some(refresh))
        .scopes(vec!["api".to_string(), "refresh_token".to_string()]);
    let connection = client(&server)
        .generate_connection()
        .project_id_or_name("my-project")
        .body_map(|b| {
            b.group_ref("group-123")
                .consumer_ref("user-1")
                .provider("salesforce")
                .oauth2_authorization_code(Some(tokens.try_into().expect("complete tokens")))
        })
        .send()
        .await
        .expect("the request the service expects")
        .into_inner();

    mock.assert_async().await;
    assert_eq!(connection.id, "conn-1");
    assert_eq!(connection.provider, "salesforce");
}

/// upsertMetadataForInstallation answers `{success, fields: {object: {field: result}}}`, with
/// `required` a property list of the response and of each field result.
#[tokio::test]
async fn an_upsert_metadata_response_as_the_spec_says_decodes() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(Method::PUT)
            .path("/projects/my-project/integrations/int-1/object-metadata")
            .header("x-api-key", KEY)
            .header("content-type", "application/json")
            .json_body(json!({
                "groupRef": "group-123",
                "fields": {"contact": [{"fieldName": "Score__c", "displayName": "Score",
                                        "valueType": "int"}]}
            }));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({
                "success": true,
                "fields": {
                    "contact": {
                        "Score__c": {
                            "fieldName": "Score__c",
                            "action": "create",
                            "metadata": {"length": 18},
                            "warnings": ["field-level security not set"]
                        }
                    }
                }
            }));
    });

    let request: types::UpsertMetadataRequest = serde_json::from_value(json!({
        "groupRef": "group-123",
        "fields": {"contact": [{"fieldName": "Score__c", "displayName": "Score", "valueType": "int"}]}
    }))
    .expect("a request as the spec says");
    let response = client(&server)
        .upsert_metadata_for_installation()
        .project_id_or_name("my-project")
        .integration_id("int-1")
        .body(request)
        .send()
        .await
        .expect("the response decodes")
        .into_inner();

    mock.assert_async().await;
    assert!(response.success);
    let result = &response.fields["contact"]["Score__c"];
    assert_eq!(result.field_name, "Score__c");
    assert_eq!(result.action, "create");
    assert_eq!(
        result.warnings.as_deref(),
        Some(&["field-level security not set".to_string()][..])
    );
    assert_eq!(result.metadata.as_ref().unwrap()["length"], 18);
}

/// getOperation: `createTime` is a property of the operation; `progress` and
/// `successfulRecordIds` are properties of `metadata`, next to `retry`. All decode typed.
#[tokio::test]
async fn get_operation_decodes_create_time_progress_and_record_ids_into_typed_fields() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(Method::GET)
            .path("/projects/my-project/operations/op-1")
            .header("x-api-key", KEY);
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({
                "id": "op-1",
                "projectId": "my-project",
                "integrationId": "int-1",
                "installationId": "inst-1",
                "configId": "cfg-1",
                "actionType": "write",
                "status": "success",
                "createTime": "2024-05-06T07:08:09Z",
                "metadata": {
                    "objects": ["contact"],
                    "retry": {"attempts": 2},
                    "progress": {"objectName": "contact", "recordsProcessed": 40,
                                 "recordsEstimatedTotal": 100},
                    "successfulRecordIds": ["003A", "003B"]
                }
            }));
    });

    let operation = client(&server)
        .get_operation()
        .project_id_or_name("my-project")
        .operation_id("op-1")
        .send()
        .await
        .expect("the operation decodes")
        .into_inner();

    mock.assert_async().await;
    assert_eq!(
        operation.create_time,
        Some(Utc.with_ymd_and_hms(2024, 5, 6, 7, 8, 9).unwrap())
    );
    let metadata = operation.metadata.expect("metadata");
    let progress = metadata.progress.expect("typed progress");
    assert_eq!(progress.object_name.as_deref(), Some("contact"));
    assert_eq!(progress.records_processed, Some(40));
    assert_eq!(progress.records_estimated_total, Some(100));
    assert_eq!(
        metadata.successful_record_ids.as_deref(),
        Some(&["003A".to_string(), "003B".to_string()][..])
    );
    assert_eq!(metadata.retry.expect("retry").attempts, Some(2));
    assert!(
        operation.unknown_fields.is_empty() && metadata.unknown_fields.is_empty(),
        "nothing is left untyped"
    );
}

/// updateDestination: typed `secrets` are a sibling of `metadata` in the body.
#[tokio::test]
async fn update_destination_sends_typed_secrets_beside_metadata() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(Method::PATCH)
            .path("/projects/my-project/destinations/dest-1")
            .header("x-api-key", KEY)
            .header("content-type", "application/json")
            .json_body(json!({
                "updateMask": ["metadata.region", "secrets.awsKeyId", "secrets.awsSecretKey"],
                "destination": {
                    "metadata": {"region": "eu-west-1"},
                    "secrets": {"awsKeyId": "AKIAEXAMPLE", "awsSecretKey": "wJalr/EXAMPLEKEY"}
                }
            }));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({
                "id": "dest-1",
                "name": "stream",
                "type": "kinesis",
                "metadata": {"region": "eu-west-1", "streamName": "events"},
                "createTime": "2024-01-01T00:00:00Z"
            }));
    });

    let destination = builder::UpdateDestinationBodyDestination::default()
        .metadata(Some(
            builder::UpdateDestinationBodyDestinationMetadata::default()
                .region(Some("eu-west-1".to_string()))
                .try_into()
                .expect("metadata"),
        ))
        .secrets(Some(
            builder::UpdateDestinationBodyDestinationSecrets::default()
                .aws_key_id(Some("AKIAEXAMPLE".into()))
                .aws_secret_key(Some("wJalr/EXAMPLEKEY".into()))
                .try_into()
                .expect("secrets"),
        ));
    let updated = client(&server)
        .update_destination()
        .project_id_or_name("my-project")
        .destination("dest-1")
        .body_map(|b| {
            b.update_mask(vec![
                "metadata.region".to_string(),
                "secrets.awsKeyId".to_string(),
                "secrets.awsSecretKey".to_string(),
            ])
            .destination(destination)
        })
        .send()
        .await
        .expect("the request the service expects")
        .into_inner();

    mock.assert_async().await;
    assert_eq!(updated.id, "dest-1");
}
