//! Update masks on the wire: the mask is what was set, the body exactly what was set.

use ampersand_client::mock::MockServerExt;
use ampersand_ext::prelude::*;
use ampersand_ext::{MaskedUpdate, ReadObject};
use httpmock::MockServer;
use serde_json::{json, Value};

mod common;
use common::{fixture, installation};

fn client(server: &MockServer) -> Client {
    common::client_with(server, "k", RetryPolicy::none())
}

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
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert_eq!(
        err.to_string(),
        "invalid request: update mask path config.content.read is not allowed for update_installation; \
         allowed: connectionId, config.createdBy, config.content.read.objects.*, config.content.write.objects.*, \
         config.content.write.objects, config.content.subscribe.objects.*, config.content.subscribe.objects, \
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
            .json_body(installation());
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

/// The issue's case: an object set, then the whole map replaced: the map alone is sent.
#[test]
fn replacing_a_map_drops_what_was_set_under_it_and_setting_under_it_folds_in() {
    let server = MockServer::start();
    let client = client(&server);
    let replaced = client
        .update_installation_fields("p", "i", "inst")
        .write_object("contacts", json!({"objectName": "contacts"}))
        .write_objects(json!({}))
        .body()
        .unwrap();
    assert_eq!(
        replaced,
        json!({"updateMask": ["config.content.write.objects"],
               "installation": {"config": {"content": {"write": {"objects": {}}}}}})
    );
    let folded = client
        .update_installation_fields("p", "i", "inst")
        .write_objects(json!({}))
        .write_object("contacts", json!({"objectName": "contacts"}))
        .body()
        .unwrap();
    assert_eq!(
        folded,
        json!({"updateMask": ["config.content.write.objects"],
               "installation": {"config": {"content": {"write": {"objects":
                   {"contacts": {"objectName": "contacts"}}}}}}})
    );
}

#[test]
fn empty_and_star_object_names_are_refused() {
    let server = MockServer::start();
    let client = client(&server);
    for name in ["", "*"] {
        let err = client
            .update_installation_fields("p", "i", "inst")
            .read_object(name, ReadObject::new("contacts"))
            .body()
            .unwrap_err();
        assert!(
            err.kind() == ErrorKind::InvalidRequest
                && err.message().contains("is not a field or object name"),
            "{name:?}: {err}"
        );
    }
}

/// One setter of the installation update, with the unescaped path it sets.
#[derive(Debug, Clone)]
enum Setter {
    ConnectionId(String),
    CreatedBy(String),
    ReadObject(&'static str, Value),
    WriteObject(&'static str, Value),
    WriteObjects(Value),
    SubscribeObject(&'static str, Value),
    SubscribeObjects(Value),
    ProxyEnabled(bool),
}

const NAMES: [&str; 4] = ["contacts", "leads", "my.obj", "a:b"];

impl Setter {
    fn random(rng: &mut fastrand::Rng) -> Setter {
        let name = NAMES[rng.usize(..NAMES.len())];
        let value = json!({"objectName": name, "n": rng.u8(..)});
        let mut map = serde_json::Map::new();
        for name in NAMES {
            if rng.bool() {
                map.insert(name.to_string(), json!({"objectName": name}));
            }
        }
        let map = Value::Object(map);
        match rng.u8(..8) {
            0 => Setter::ConnectionId(format!("conn-{}", rng.u8(..))),
            1 => Setter::CreatedBy(format!("user-{}", rng.u8(..))),
            2 => Setter::ReadObject(name, value),
            3 => Setter::WriteObject(name, value),
            4 => Setter::WriteObjects(map),
            5 => Setter::SubscribeObject(name, value),
            6 => Setter::SubscribeObjects(map),
            _ => Setter::ProxyEnabled(rng.bool()),
        }
    }

    fn path(&self) -> Vec<&'static str> {
        let objects = |kind: &'static str| vec!["config", "content", kind, "objects"];
        let with = |mut p: Vec<&'static str>, name| {
            p.push(name);
            p
        };
        match self {
            Setter::ConnectionId(_) => vec!["connectionId"],
            Setter::CreatedBy(_) => vec!["config", "createdBy"],
            Setter::ReadObject(n, _) => with(objects("read"), n),
            Setter::WriteObject(n, _) => with(objects("write"), n),
            Setter::WriteObjects(_) => objects("write"),
            Setter::SubscribeObject(n, _) => with(objects("subscribe"), n),
            Setter::SubscribeObjects(_) => objects("subscribe"),
            Setter::ProxyEnabled(_) => vec!["config", "content", "proxy", "enabled"],
        }
    }

    fn value(&self) -> Value {
        match self {
            Setter::ConnectionId(s) | Setter::CreatedBy(s) => json!(s),
            Setter::ProxyEnabled(b) => json!(b),
            Setter::ReadObject(_, v)
            | Setter::WriteObject(_, v)
            | Setter::WriteObjects(v)
            | Setter::SubscribeObject(_, v)
            | Setter::SubscribeObjects(v) => v.clone(),
        }
    }

    fn apply<'a>(
        &self,
        update: MaskedUpdate<'a, types::Installation>,
    ) -> MaskedUpdate<'a, types::Installation> {
        match self.clone() {
            Setter::ConnectionId(s) => update.connection_id(s),
            Setter::CreatedBy(s) => update.created_by(s),
            Setter::ReadObject(n, v) => update.read_object(n, v),
            Setter::WriteObject(n, v) => update.write_object(n, v),
            Setter::WriteObjects(v) => update.write_objects(v),
            Setter::SubscribeObject(n, v) => update.subscribe_object(n, v),
            Setter::SubscribeObjects(v) => update.subscribe_objects(v),
            Setter::ProxyEnabled(b) => update.proxy_enabled(b),
        }
    }
}

/// Sets `value` at `path` in `object`, as a PATCH with that one mask path would.
fn put(object: &mut Value, path: &[&str], value: Value) {
    let (last, parents) = path.split_last().unwrap();
    let mut node = object;
    for segment in parents {
        if !node[*segment].is_object() {
            node[*segment] = json!({});
        }
        node = node.get_mut(*segment).unwrap();
    }
    node[*last] = value;
}

fn leaves(value: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match value.as_object() {
        Some(map) if !map.is_empty() => {
            for (key, child) in map {
                path.push(key.clone());
                leaves(child, path, out);
                path.pop();
            }
        }
        _ => out.push(path.clone()),
    }
}

/// 100,000 random sequences of installation setters: the body is what applying each setter in
/// turn gives, every mask path has its value in the body, every value sent is under a mask
/// path, and no mask path repeats or sits under another.
#[test]
fn mask_and_body_agree_for_100_000_random_setter_sequences() {
    let server = MockServer::start();
    let client = client(&server);
    let mut rng = fastrand::Rng::with_seed(0x5eed_0012);
    for case in 0..100_000 {
        let setters: Vec<Setter> = (0..rng.usize(1..8))
            .map(|_| Setter::random(&mut rng))
            .collect();
        let mut update = client.update_installation_fields("p", "i", "inst");
        let mut model = json!({});
        for setter in &setters {
            update = setter.apply(update);
            put(&mut model, &setter.path(), setter.value());
        }
        let body = update.body().unwrap();
        let fail = |why: &str| panic!("case {case}: {why}\n setters: {setters:?}\n body: {body}");
        if body["installation"] != model {
            fail("the body is not what the setters set");
        }
        let escape = |p: &[&str]| {
            p.iter()
                .map(|s| ampersand_ext::update_mask::escape_segment(s))
                .collect::<Vec<_>>()
                .join(".")
        };
        let paths: Vec<Vec<&str>> = setters.iter().map(Setter::path).collect();
        let mut expected: Vec<String> = paths
            .iter()
            .filter(|p| !paths.iter().any(|q| q.len() < p.len() && p.starts_with(q)))
            .map(|p| escape(p))
            .collect();
        expected.sort();
        expected.dedup();
        let mut mask: Vec<String> = body["updateMask"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        let sent = mask.len();
        mask.sort();
        mask.dedup();
        if mask.len() != sent || mask != expected {
            fail("the mask is not the paths set, each once, none under another");
        }
        let masked: Vec<&Vec<&str>> = paths.iter().filter(|p| mask.contains(&escape(p))).collect();
        for p in &masked {
            if p.iter()
                .try_fold(&body["installation"], |node, s| node.get(*s))
                .is_none()
            {
                fail("a mask path has no value behind it");
            }
        }
        let mut sent_leaves = Vec::new();
        leaves(&body["installation"], &mut Vec::new(), &mut sent_leaves);
        for leaf in &sent_leaves {
            let leaf: Vec<&str> = leaf.iter().map(String::as_str).collect();
            if !masked.iter().any(|p| leaf.starts_with(p)) {
                fail("a value is sent outside every mask path");
            }
        }
    }
}

/// A field the spec does not list, set inside an object, still reaches the wire through the
/// generated builder (its typify builder keeps `unknown_fields`).
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
    client(&server)
        .update_installation_fields("p", "i", "inst-1")
        .read_object(
            "contacts",
            ReadObject::new("contacts").field("futureSetting", json!({"level": 3})),
        )
        .send()
        .await
        .expect("sent, with the field");
    mock.assert();
}
