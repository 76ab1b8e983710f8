//! Each update endpoint on the wire: seed 002's request built exactly, what cannot be sent
//! refused before sending, object names escaped, and a field the spec does not list sent.

use super::*;

#[tokio::test]
async fn seed002_request_is_built_exactly_and_the_answer_decodes() {
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
            .json_body(installation());
    });
    let client = client(&server);
    let selected = ["email", "phone"].map(|f| (f.to_string(), true));
    let update = client
        .update_installation_fields()
        .project_id_or_name("my-project")
        .integration_id("my-integration")
        .installation_id("inst-1")
        .read_object(
            "contacts",
            BaseReadConfigObject::builder()
                .object_name(Some("contacts".to_string()))
                .schedule(Some("*/30 * * * *".to_string()))
                .destination(Some("contactsWebhook".to_string()))
                .selected_fields(BTreeMap::from(selected)),
        );
    assert_eq!(
        wire(update.body().unwrap()),
        seed,
        "exactly the seed's body"
    );
    let installation = update.send().await.unwrap();
    mock.assert();
    assert_eq!(installation.connection.id, "connection-123");
    assert_eq!(installation.config.id, "config-123");
    assert_eq!(installation.operation().unwrap().id, "updateInstallation");
}

/// What cannot be sent is refused by `body()` and `send()` alike, with the one typed error
/// naming the operation, and nothing reaches the server: nothing set, a parameter unset, a
/// value that does not convert into its field's type.
#[tokio::test]
async fn what_cannot_be_sent_is_refused_by_body_and_send_alike_before_sending() {
    let server = MockServer::start_async().await;
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    let client = client(&server);
    let nothing = client.update_org_fields().org_id("org");
    let built = nothing.body().unwrap_err();
    let sent = nothing.send().await.unwrap_err();
    for err in [&built, &sent] {
        assert_eq!(err.kind(), ErrorKind::InvalidRequest);
        assert_eq!(
            err.to_string(),
            "updateOrg: invalid request: nothing to update"
        );
        assert_eq!(err.operation().unwrap().id, "updateOrg");
    }
    // an object without its required objectName does not convert
    let unconverted = installation_update(&client)
        .write_object("leads", BaseWriteConfigObject::builder())
        .connection_id("c-2");
    let built = unconverted.body().unwrap_err();
    let sent = unconverted.send().await.unwrap_err();
    for err in [&built, &sent] {
        assert_eq!(err.kind(), ErrorKind::InvalidRequest);
        assert!(
            err.message()
                .starts_with("the value for config.content.write.objects.leads does not convert"),
            "{err}"
        );
        assert_eq!(err.operation().unwrap().id, "updateInstallation");
    }
    // a path parameter left unset is named by the operation's own builder
    let unset = client
        .update_installation_fields()
        .project_id_or_name("p")
        .integration_id("i")
        .connection_id("c-2")
        .send()
        .await
        .unwrap_err();
    assert_eq!(unset.kind(), ErrorKind::InvalidRequest);
    assert!(unset.message().contains("installation_id"), "{unset}");
    assert_eq!(unset.operation().unwrap().id, "updateInstallation");
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
            .json_body(installation());
    });
    let mut object = read_object("my.obj:v2");
    object.disabled = Some(true);
    installation_update(&client(&server))
        .installation_id("inst-1")
        .read_object("my.obj:v2", object)
        .write_objects(BTreeMap::new())
        .send()
        .await
        .unwrap();
    mock.assert();
}

/// One update of each other endpoint, built and then sent, the answer decoded.
#[tokio::test]
async fn every_other_endpoint_sends_its_mask_and_object() {
    let server = MockServer::start_async().await;
    let c = client(&server);
    let cases: Vec<(&str, Value, Result<Value, Error>)> = vec![
        (
            "/projects/p",
            json!({"updateMask": ["name"], "project": {"name": "renamed"}}),
            c.update_project_fields()
                .project_id_or_name("p")
                .name("renamed")
                .body()
                .map(wire),
        ),
        (
            "/projects/p/provider-apps/app",
            json!({"updateMask": ["clientId", "clientSecret"],
            "providerApp": {"clientId": "id", "clientSecret": "s"}}),
            c.update_provider_app_fields()
                .project_id_or_name("p")
                .provider_app_id("app")
                .client_id("id")
                .client_secret("s")
                .body()
                .map(wire),
        ),
        (
            "/projects/p/api-keys/key",
            json!({"updateMask": ["active"], "apiKey": {"active": false}}),
            c.update_api_key_fields()
                .project_id_or_name("p")
                .api_key("key")
                .active(false)
                .body()
                .map(wire),
        ),
        (
            "/projects/p/connections/conn",
            json!({"updateMask": ["apiKey"], "connection": {"apiKey": "new"}}),
            c.update_connection_fields()
                .project_id_or_name("p")
                .connection_id("conn")
                .api_key("new")
                .body()
                .map(wire),
        ),
        (
            "/projects/p/destinations/dest",
            json!({"updateMask": ["metadata.url", "secrets.awsKeyId"],
            "destination": {"metadata": {"url": "https://x.test"}, "secrets": {"awsKeyId": "AK"}}}),
            c.update_destination_fields()
                .project_id_or_name("p")
                .destination("dest")
                .url("https://x.test")
                .aws_key_id("AK")
                .body()
                .map(wire),
        ),
        (
            "/orgs/org",
            json!({"updateMask": ["label"], "org": {"label": "Acme"}}),
            c.update_org_fields()
                .org_id("org")
                .label("Acme")
                .body()
                .map(wire),
        ),
        (
            "/projects/p/jwt-keys/key",
            json!({"updateMask": ["label", "active"], "jwtKey": {"label": "l", "active": true}}),
            c.update_jwt_key_fields()
                .project_id_or_name("p")
                .key_id("key")
                .label("l")
                .active(true)
                .body()
                .map(wire),
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
        .update_org_fields()
        .org_id("org")
        .label("Acme")
        .send()
        .await
        .unwrap();
    org.assert();
    assert_eq!(updated.label, "Acme");
}

/// A field the spec does not list, set inside an object (its `unknown_fields`), still reaches
/// the wire: the typed body serialises it.
#[tokio::test]
async fn a_field_the_spec_does_not_list_is_sent_not_dropped() {
    let server = MockServer::start_async().await;
    let expected = json!({
        "updateMask": ["config.content.read.objects.contacts"],
        "installation": {"config": {"content": {"read": {"objects": {
            "contacts": {"objectName": "contacts", "futureSetting": {"level": 3}}}}}}},
    });
    let mock = server.update_installation(|when, then| {
        when.installation_id("inst-1")
            .into_inner()
            .json_body(expected.clone());
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(installation());
    });
    let mut object = read_object("contacts");
    object
        .unknown_fields
        .insert("futureSetting".into(), json!({"level": 3}));
    installation_update(&client(&server))
        .installation_id("inst-1")
        .read_object("contacts", object)
        .send()
        .await
        .expect("sent, with the field");
    mock.assert();
}
