//! The generated request types send exactly what the caller set: no schema default the
//! caller did not choose, unset optionals absent, a value set equal to its default kept.

use ampersand_client::types;
use serde_json::json;

#[test]
fn no_schema_default_is_sent_that_the_caller_did_not_set() {
    // the read object's `disabled` defaults to false; the config's `createdBy` to
    // "api:create-installation"
    let object: types::BaseReadConfigObject =
        serde_json::from_value(json!({"objectName": "contacts"})).unwrap();
    assert_eq!(object.disabled, None);
    assert_eq!(
        serde_json::to_value(&object).unwrap(),
        json!({"objectName": "contacts"})
    );
    let chosen: types::BaseReadConfigObject =
        serde_json::from_value(json!({"objectName": "contacts", "disabled": false})).unwrap();
    assert_eq!(
        serde_json::to_value(&chosen).unwrap(),
        json!({"objectName": "contacts", "disabled": false}),
        "a value the caller set is sent, even when it equals the default"
    );
    let built: types::BaseReadConfigObject = types::BaseReadConfigObject::builder()
        .object_name("contacts".to_string())
        .try_into()
        .unwrap();
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"objectName": "contacts"}),
        "the typify builder sets no default either"
    );
    let body: types::CreateInstallationBody = serde_json::from_value(json!({
        "groupRef": "g", "connectionId": "c",
        "config": {"content": {"provider": "salesforce"}}
    }))
    .unwrap();
    let sent = serde_json::to_value(&body).unwrap();
    assert!(sent["config"].get("createdBy").is_none(), "{sent}");
}
