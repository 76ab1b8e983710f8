//! What decodes: the seeds' payloads, values and fields the spec does not know (kept through a
//! read-modify-write), and lists and maps sent as null or left out.

use super::*;

#[tokio::test]
async fn seed001_list_installations_decodes_as_is() {
    let server = MockServer::start_async().await;
    let seed = json_fixture("seed001_list_installations_response.json");
    let read = &seed[0]["config"]["content"]["read"]["objects"];
    let object = read.as_object().unwrap().keys().next().unwrap().clone();
    assert!(
        read[&object].get("selectedFieldMappings").is_none(),
        "the seed omits selectedFieldMappings, which the spec requires"
    );
    let mock = server.list_installations(|when, then| {
        when.project_id_or_name(PROJECT)
            .integration_id(INTEGRATION)
            .group_ref(None);
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(seed.clone());
    });

    let installations = raw_client(&server)
        .list_installations()
        .project_id_or_name(PROJECT)
        .integration_id(INTEGRATION)
        .send()
        .await
        .expect("seed 001 decodes")
        .into_inner();

    mock.assert();
    assert_eq!(installations.len(), 1);
    let installation = &installations[0];
    assert_eq!(installation.id, seed[0]["id"]);
    assert_eq!(
        installation.health_status,
        InstallationHealthStatus::Healthy
    );
    assert_eq!(installation.connection.provider, "salesforce");
    let objects = &installation.config.content.read.as_ref().unwrap().objects;
    assert!(objects[&object].selected_field_mappings.is_empty());
    // nothing of the seed is lost: re-serialised, it is the seed plus the defaults it omitted
    let back = serde_json::to_value(installation).unwrap();
    assert_eq!(
        same_instants(&back["connection"]),
        same_instants(&seed[0]["connection"])
    );
    assert_eq!(
        same_instants(&back["group"]),
        same_instants(&seed[0]["group"])
    );
}

#[tokio::test]
async fn seed002_response_names_the_nested_scopes_and_decodes_once_flattened() {
    let server = MockServer::start_async().await;
    let seed = json_fixture("seed002_update_installation_response.json");
    let as_documented = server.get_installation(|when, then| {
        when.installation_id("as-documented");
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(seed.clone());
    });
    let err = get_installation(&server, "as-documented")
        .await
        .unwrap_err();
    as_documented.assert();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");
    let e = err.decode_error().expect("the serde error, as the source");
    assert_eq!(e.path, "connection.providerApp.scopes[0]");
    assert!(
        e.message
            .starts_with("invalid type: sequence, expected a string"),
        "{e}"
    );
    assert_eq!(
        (
            err.operation().map(|o| o.id),
            err.status().map(|s| s.as_u16())
        ),
        (Some("getInstallation"), Some(200))
    );
    let body = &err.body().expect("the body").bytes;
    assert_eq!(serde_json::from_slice::<Value>(body).unwrap(), seed);

    let mut flat = seed.clone();
    let scopes = flat["connection"]["providerApp"]["scopes"][0].clone();
    flat["connection"]["providerApp"]["scopes"] = scopes;
    let flattened = server.get_installation(|when, then| {
        when.installation_id("flattened");
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(flat.clone());
    });
    let installation = get_installation(&server, "flattened")
        .await
        .unwrap()
        .into_inner();
    flattened.assert();
    let app = installation.connection.provider_app.as_ref().unwrap();
    assert_eq!(
        app.scopes.as_deref(),
        Some(&["oauth", "offline", "crm.read"].map(String::from)[..])
    );
    assert_eq!(installation.config.id, flat["config"]["id"]);
    assert_eq!(
        serde_json::to_value(&installation.connection).unwrap()["providerApp"],
        flat["connection"]["providerApp"]
    );
}

/// `value` with every RFC 3339 timestamp in one format (chrono writes `…00Z` for `…00.000000Z`).
fn same_instants(value: &Value) -> Value {
    match value {
        Value::String(s) => match chrono::DateTime::parse_from_rfc3339(s) {
            Ok(t) => Value::String(t.to_rfc3339()),
            Err(_) => value.clone(),
        },
        Value::Array(items) => items.iter().map(same_instants).collect(),
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| (k.clone(), same_instants(v)))
            .collect(),
        other => other.clone(),
    }
}

#[test]
fn the_generated_installation_has_the_fields_and_required_fields_of_the_spec() {
    // the spec's own Installation (seed 000 is checked against seed 003's copy in spec.rs)
    let schema = &ampersand_tests::spec().api()["components"]["schemas"]["Installation"];
    let ours = serde_json::to_value(schemars::schema_for!(Installation)).unwrap();
    let keys = |v: &Value| {
        let mut k: Vec<String> = v["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        k.sort();
        k
    };
    let required = |v: &Value| {
        let mut r: Vec<String> = serde_json::from_value(v["required"].clone()).unwrap();
        r.sort();
        r
    };
    assert!(!keys(schema).is_empty());
    assert_eq!(keys(&ours), keys(schema));
    assert_eq!(required(&ours), required(schema));
}

/// An installation as the spec describes it, with values and a field the spec does not know.
fn installation_from_the_future() -> Value {
    let mut installation = ampersand_tests::installation();
    installation["healthStatus"] = json!("degraded-in-a-future-version");
    installation["futureField"] = json!({"anything": [1, 2]});
    let objects = installation["config"]["content"]["read"]["objects"]
        .as_object_mut()
        .unwrap();
    let object = objects.values_mut().next().unwrap();
    object["selectedFieldsAuto"] = json!("everything");
    object["futureObjectSetting"] = json!({"mode": "turbo"});
    installation
}

#[test]
fn unknown_enum_values_and_fields_decode_and_the_values_serialise_back() {
    let future = installation_from_the_future();
    let installation: Installation = serde_json::from_value(future.clone()).unwrap();
    assert_eq!(
        installation.health_status,
        InstallationHealthStatus::Unknown("degraded-in-a-future-version".into())
    );
    assert_eq!(
        installation.health_status.as_str(),
        "degraded-in-a-future-version"
    );
    assert!(!installation.health_status.is_known());
    assert_eq!(
        installation.health_status.to_string(),
        "degraded-in-a-future-version"
    );
    assert!(InstallationHealthStatus::Healthy.is_known());
    assert_eq!(
        "healthy".parse::<InstallationHealthStatus>(),
        Ok(InstallationHealthStatus::Healthy)
    );

    assert_eq!(
        installation.unknown_fields["futureField"],
        json!({"anything": [1, 2]})
    );
    let back = serde_json::to_value(&installation).unwrap();
    assert_eq!(back["healthStatus"], "degraded-in-a-future-version");
    assert_eq!(
        back["futureField"],
        json!({"anything": [1, 2]}),
        "an unknown field is kept"
    );
    let object = back["config"]["content"]["read"]["objects"]
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap();
    assert_eq!(object["selectedFieldsAuto"], "everything");
    assert_eq!(object["futureObjectSetting"], json!({"mode": "turbo"}));
}

#[tokio::test]
async fn read_modify_write_keeps_values_this_client_does_not_know() {
    let server = MockServer::start_async().await;
    let future = installation_from_the_future();
    let get = server.get_installation(|when, then| {
        when.installation_id("inst-1");
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(future.clone());
    });
    let mut installation = get_installation(&server, "inst-1")
        .await
        .unwrap()
        .into_inner();
    get.assert();

    // change one read object, send it back as the update body
    let read = installation.config.content.read.as_mut().unwrap();
    let (name, object) = read.objects.iter_mut().next().unwrap();
    let name = name.clone();
    object.schedule = Some("*/15 * * * *".into());
    let sent_object = serde_json::to_value(&*object).unwrap();
    assert_eq!(sent_object["selectedFieldsAuto"], "everything");
    let body: ampersand_client::types::UpdateInstallationBody = ampersand_tests::body(
        "updateInstallation",
        json!({
            "updateMask": [format!("config.content.read.objects.{name}")],
            "installation": {"config": {"content": {"read": {"objects": {&name: sent_object}}}}},
        }),
    );
    let update = server.update_installation(|when, then| {
        when.installation_id("inst-1")
            .into_inner()
            .body_includes(r#""selectedFieldsAuto":"everything""#)
            .body_includes(r#""futureObjectSetting":{"mode":"turbo"}"#)
            .body_includes(r#""schedule":"*/15 * * * *""#);
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(future.clone());
    });
    let updated = raw_client(&server)
        .update_installation()
        .project_id_or_name(PROJECT)
        .integration_id(INTEGRATION)
        .installation_id("inst-1")
        .body(body)
        .send()
        .await
        .unwrap();
    update.assert();
    assert_eq!(
        updated.health_status.as_str(),
        "degraded-in-a-future-version"
    );
}

#[test]
fn null_and_missing_lists_and_maps_read_as_empty() {
    let mut installation = ampersand_tests::installation();
    let objects = installation["config"]["content"]["read"]["objects"]
        .as_object_mut()
        .unwrap();
    let object = objects.values_mut().next().unwrap();
    object["selectedFields"] = Value::Null;
    object
        .as_object_mut()
        .unwrap()
        .remove("selectedFieldMappings");
    let decoded: Installation = serde_json::from_value(installation).unwrap();
    let object = decoded
        .config
        .content
        .read
        .unwrap()
        .objects
        .into_values()
        .next()
        .unwrap();
    assert!(object.selected_fields.is_empty());
    assert!(object.selected_field_mappings.is_empty());
}
