//! Update masks on the wire: the mask is what was set, the body exactly what was set.

use ampersand_client::mock::MockServerExt;
use ampersand_ext::prelude::*;
use ampersand_ext::update_mask::RULES;
use ampersand_ext::ReadObject;
use httpmock::MockServer;
use serde_json::{json, Value};

mod common;
use common::{fixture, seed002_response};

fn client(server: &MockServer) -> Client {
    common::client_with(server, "k", RetryPolicy::none())
}

#[tokio::test]
async fn seed002_request_is_built_exactly_and_its_response_decodes() {
    let server = MockServer::start_async().await;
    let seed = fixture("seed002_update_installation_request.json");
    let mock = server.update_installation(|when, then| {
        when.project_id_or_name("my-project")
            .integration_id("my-integration")
            .installation_id("inst-1")
            .into_inner()
            .header("content-type", "application/json")
            .json_body(seed.clone());
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(seed002_response());
    });
    let client = client(&server);
    let update = client
        .update_installation_fields("my-project", "my-integration", "inst-1")
        .read_object(
            "contacts",
            ReadObject::new("contacts")
                .schedule("*/30 * * * *")
                .destination("contactsWebhook")
                .selected_fields(["email", "phone"]),
        );
    assert_eq!(update.body().unwrap(), seed, "exactly the seed's body");
    let installation = update.send().await.unwrap();
    mock.assert();
    assert_eq!(installation.connection.id, "connection-123");
    assert_eq!(installation.config.id, "config-123");
}

#[tokio::test]
async fn a_path_that_is_not_allowed_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    let err = client(&server)
        .update_installation_fields("p", "i", "inst")
        .set(&["config", "content", "read"], json!({}))
        .send()
        .await
        .unwrap_err();
    assert_eq!(any.calls(), 0);
    assert!(matches!(err, Error::InvalidRequest { .. }));
    assert_eq!(
        err.to_string(),
        "invalid request: update mask path config.content.read is not allowed for update_installation; \
         allowed: connectionId, config.createdBy, config.content.read.objects.*, config.content.write.objects, \
         config.content.write.objects.*, config.content.subscribe.objects, config.content.subscribe.objects.*, \
         config.content.proxy.enabled"
    );
    let nothing = client(&server)
        .update_org_fields("org")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        nothing.to_string(),
        "invalid request: update_org: nothing to update"
    );
    assert_eq!(any.calls(), 0);
}

#[tokio::test]
async fn object_names_are_escaped_in_the_mask_and_a_cleared_map_is_sent_as_empty() {
    let server = MockServer::start_async().await;
    let expected = json!({
        "updateMask": [r"config.content.read.objects.my\.obj\:v2", "config.content.write.objects"],
        "installation": {"config": {"content": {
            "read": {"objects": {"my.obj:v2": {"objectName": "my.obj:v2", "disabled": true}}},
            "write": {"objects": {}},
        }}},
    });
    let mock = server.update_installation(|when, then| {
        when.installation_id("inst-1")
            .into_inner()
            .json_body(expected.clone());
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(seed002_response());
    });
    client(&server)
        .update_installation_fields("p", "i", "inst-1")
        .read_object("my.obj:v2", ReadObject::new("my.obj:v2").disabled(true))
        .write_objects(serde_json::Map::new())
        .send()
        .await
        .unwrap();
    mock.assert();
}

/// One update of each other endpoint: (method name, path on the wire, the update's body, the
/// answer to decode).
#[tokio::test]
async fn every_other_endpoint_sends_its_mask_and_object() {
    let server = MockServer::start_async().await;
    let c = client(&server);
    let cases: Vec<(&str, Value, Result<Value, Error>)> = vec![
        (
            "/projects/p",
            json!({"updateMask": ["name"], "project": {"name": "renamed"}}),
            c.update_project_fields("p").name("renamed").body(),
        ),
        (
            "/projects/p/provider-apps/app",
            json!({"updateMask": ["clientId", "clientSecret"],
            "providerApp": {"clientId": "id", "clientSecret": "s"}}),
            c.update_provider_app_fields("p", "app")
                .client_id("id")
                .client_secret("s")
                .body(),
        ),
        (
            "/projects/p/api-keys/key",
            json!({"updateMask": ["active"], "apiKey": {"active": false}}),
            c.update_api_key_fields("p", "key").active(false).body(),
        ),
        (
            "/projects/p/connections/conn",
            json!({"updateMask": ["apiKey"], "connection": {"apiKey": "new"}}),
            c.update_connection_fields("p", "conn")
                .api_key("new")
                .body(),
        ),
        (
            "/projects/p/destinations/dest",
            json!({"updateMask": ["metadata.url", "secrets.awsKeyId"],
            "destination": {"metadata": {"url": "https://x.test"}, "secrets": {"awsKeyId": "AK"}}}),
            c.update_destination_fields("p", "dest")
                .url("https://x.test")
                .aws_key_id("AK")
                .body(),
        ),
        (
            "/orgs/org",
            json!({"updateMask": ["label"], "org": {"label": "Acme"}}),
            c.update_org_fields("org").label("Acme").body(),
        ),
        (
            "/projects/p/jwt-keys/key",
            json!({"updateMask": ["label", "active"], "jwtKey": {"label": "l", "active": true}}),
            c.update_jwt_key_fields("p", "key")
                .label("l")
                .active(true)
                .body(),
        ),
    ];
    for (path, expected, built) in cases {
        assert_eq!(built.unwrap(), expected, "{path}");
    }
    // and on the wire, with the answer decoded
    let org = server.mock(|when, then| {
        when.method("PATCH")
            .path("/orgs/org")
            .json_body(json!({"updateMask": ["label"], "org": {"label": "Acme"}}));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"id": "org", "label": "Acme", "defaultTeamId": "t",
                "createTime": "2024-01-15T10:30:00Z"}));
    });
    let updated = c
        .update_org_fields("org")
        .label("Acme")
        .send()
        .await
        .unwrap();
    org.assert();
    assert_eq!(updated.label, "Acme");
}

#[test]
fn the_allowed_paths_are_the_specs() {
    let spec =
        ampersand_spec::Spec::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi")).unwrap();
    for rules in RULES {
        let op = spec
            .operations()
            .into_iter()
            .find(|o| {
                heck::ToSnakeCase::to_snake_case(o.operation_id.as_str()) == rules.method_name
            })
            .unwrap();
        let operation = spec.api().pointer(&op.pointer).unwrap();
        let follow = |v: &Value| -> Value {
            match v.get("$ref").and_then(Value::as_str) {
                Some(r) => spec.resolve(ampersand_spec::ENTRY, r).unwrap().1.clone(),
                None => v.clone(),
            }
        };
        let body = follow(&operation["requestBody"]["content"]["application/json"]["schema"]);
        let text = follow(&body["properties"]["updateMask"]).to_string();
        for path in rules.allowed {
            let written = path.trim_end_matches('*');
            assert!(
                text.contains(written),
                "{}: {path} is not in the spec",
                op.operation_id
            );
        }
    }
}
