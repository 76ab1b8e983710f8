//! JSON Patch on the wire and as a round trip: `apply(diff(a, b), a) == b`.

use ampersand_client::mock::MockServerExt;
use ampersand_ext::patch::{Action, ConfigPatch, PatchOp, Target, body};
use ampersand_ext::prelude::*;
use httpmock::MockServer;
use proptest::prelude::*;
use serde_json::{Map, Value, json};

mod common;
use common::installation;

fn client(server: &MockServer) -> Client {
    common::client_with(server, "k", RetryPolicy::none())
}

#[tokio::test]
async fn the_exact_ops_go_on_the_wire_by_group_and_by_installation() {
    let server = MockServer::start_async().await;
    let patch = ConfigPatch::new()
        .replace(&["schedule"], "*/10 * * * *")
        .add(&["selectedFields", "a/b~c"], true)
        .remove(&["selectedFields", "billingcity"]);
    let changes = json!([
        {"op": "replace", "path": "/schedule", "value": "*/10 * * * *"},
        {"op": "add", "path": "/selectedFields/a~1b~0c", "value": true},
        {"op": "remove", "path": "/selectedFields/billingcity"},
    ]);
    let by_group = server.patch_object_config_content(|when, then| {
        when.into_inner()
            .path("/projects/p/integrations/i/objects/custom%2Fobject/config-content")
            .json_body(json!({"groupRef": "group-123", "action": "read", "changes": changes}));
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(installation());
    });
    let by_installation = server.patch_object_config_content(|when, then| {
        when.into_inner().json_body(
            json!({"installationId": "inst-1", "action": "subscribe", "changes": changes}),
        );
        then.into_inner()
            .status(200)
            .header("content-type", "application/json")
            .json_body(installation());
    });
    let c = client(&server);
    let send = |object: &'static str, target: Target, action: Action| {
        let body = body(target, action, &patch);
        let c = c.clone();
        async move {
            c.patch_object_config_content()
                .project_id_or_name("p")
                .integration_id("i")
                .object_name(object)
                .body(body?)
                .send()
                .await
                .map(ampersand_ext::client::ResponseValue::into_inner)
        }
    };
    let updated = send(
        "custom/object",
        Target::Group("group-123".into()),
        Action::Read,
    )
    .await
    .unwrap();
    by_group.assert();
    assert_eq!(updated.config.id, "config-123");
    send(
        "contacts",
        Target::Installation("inst-1".into()),
        Action::Subscribe,
    )
    .await
    .unwrap();
    by_installation.assert();
}

#[test]
fn an_empty_patch_has_no_body_to_send() {
    let err = body(
        Target::Group("g".into()),
        Action::Write,
        &ConfigPatch::new(),
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert_eq!(
        err.to_string(),
        "invalid request: a JSON Patch needs at least one change"
    );
}

/// Config-shaped JSON: objects of objects, with scalar leaves, small arrays, keys that need
/// escaping.
fn config() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("schedule".to_string()),
        Just("selectedFields".to_string()),
        Just("a/b".to_string()),
        Just("x~y".to_string()),
        "[a-z]{1,6}",
    ];
    let leaf = prop_oneof![
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(|n| json!(n)),
        "[a-z*/ 0-9]{0,8}".prop_map(Value::String),
        Just(Value::Null),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<String, Value>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn apply_of_diff_gives_the_new_config(a in config(), b in config()) {
        let patch = ConfigPatch::diff(&a, &b);
        for op in patch.ops() {
            let allowed = matches!(op, PatchOp::Add { .. } | PatchOp::Remove { .. } | PatchOp::Replace { .. });
            prop_assert!(allowed, "op {:?}", op);
            let name = serde_json::to_value(op).unwrap()["op"].as_str().unwrap().to_string();
            prop_assert!(["add", "remove", "replace"].contains(&name.as_str()));
        }
        if patch.ops().is_empty() {
            prop_assert_eq!(&a, &b);
        } else {
            prop_assert_eq!(patch.apply(&a).unwrap(), b);
        }
    }
}
