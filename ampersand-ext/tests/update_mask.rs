//! Update masks on the wire: the mask is what was set, the typed body exactly what was set.

use std::collections::BTreeMap;

use ampersand_client::mock::MockServerExt;
use ampersand_ext::prelude::*;
use ampersand_ext::types::{BaseReadConfigObject, BaseWriteConfigObject};
use ampersand_ext::update_mask::UpdateInstallationFields;
use httpmock::MockServer;
use serde_json::{Value, json};

mod common;
use common::{fixture, installation};

fn client(server: &MockServer) -> Client {
    common::client_with(server, "k", RetryPolicy::none())
}

/// The installation update of `p`/`i`/`inst`.
fn installation_update(client: &Client) -> UpdateInstallationFields<'_> {
    client
        .update_installation_fields()
        .project_id_or_name("p")
        .integration_id("i")
        .installation_id("inst")
}

fn read_object(name: &str) -> BaseReadConfigObject {
    let mut object = BaseReadConfigObject::default();
    object.object_name = Some(name.to_string());
    object
}

fn write_object(name: &str) -> BaseWriteConfigObject {
    BaseWriteConfigObject::builder()
        .object_name(name)
        .try_into()
        .unwrap()
}

fn wire(body: impl serde::Serialize) -> Value {
    serde_json::to_value(body).unwrap()
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

/// The issue's case: an object set, then the whole map replaced: the map alone is sent.
#[test]
fn replacing_a_map_drops_what_was_set_under_it_and_setting_under_it_folds_in() {
    let server = MockServer::start();
    let client = client(&server);
    let replaced = installation_update(&client)
        .write_object("contacts", write_object("contacts"))
        .write_objects(BTreeMap::new())
        .body()
        .unwrap();
    assert_eq!(
        wire(replaced),
        json!({"updateMask": ["config.content.write.objects"],
               "installation": {"config": {"content": {"write": {"objects": {}}}}}})
    );
    let folded = installation_update(&client)
        .write_objects(BTreeMap::new())
        .write_object("contacts", write_object("contacts"))
        .body()
        .unwrap();
    assert_eq!(
        wire(folded),
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
        let err = installation_update(&client)
            .read_object(name, read_object("contacts"))
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
    /// A random setter; `samples` holds an instance of the read, write and subscribe object
    /// schemas (their required fields, from the spec).
    fn random(rng: &mut fastrand::Rng, samples: &[Value; 3]) -> Setter {
        let object = |kind: usize, name: &str, n: Option<u8>| {
            let mut value = samples[kind].clone();
            value["objectName"] = name.into();
            if let Some(n) = n {
                value["n"] = n.into();
            }
            value
        };
        let map = |rng: &mut fastrand::Rng, kind: usize| {
            let mut map = serde_json::Map::new();
            for name in NAMES {
                if rng.bool() {
                    map.insert(name.to_string(), object(kind, name, None));
                }
            }
            Value::Object(map)
        };
        let name = NAMES[rng.usize(..NAMES.len())];
        let n = Some(rng.u8(..));
        match rng.u8(..8) {
            0 => Setter::ConnectionId(format!("conn-{}", rng.u8(..))),
            1 => Setter::CreatedBy(format!("user-{}", rng.u8(..))),
            2 => Setter::ReadObject(name, object(0, name, n)),
            3 => Setter::WriteObject(name, object(1, name, n)),
            4 => Setter::WriteObjects(map(rng, 1)),
            5 => Setter::SubscribeObject(name, object(2, name, n)),
            6 => Setter::SubscribeObjects(map(rng, 2)),
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

    /// Applies the setter with its value typed (the model's JSON read into the field's type:
    /// the field the spec does not list, `n`, is kept in its `unknown_fields`).
    fn apply<'a>(&self, update: UpdateInstallationFields<'a>) -> UpdateInstallationFields<'a> {
        fn typed<T: serde::de::DeserializeOwned>(v: Value) -> T {
            serde_json::from_value(v).unwrap()
        }
        match self.clone() {
            Setter::ConnectionId(s) => update.connection_id(s),
            Setter::CreatedBy(s) => update.created_by(s),
            Setter::ReadObject(n, v) => update.read_object(n, typed::<BaseReadConfigObject>(v)),
            Setter::WriteObject(n, v) => update.write_object(n, typed::<BaseWriteConfigObject>(v)),
            Setter::WriteObjects(v) => update.write_objects(typed::<BTreeMap<_, _>>(v)),
            Setter::SubscribeObject(n, v) => {
                update.subscribe_object(n, typed::<types::BaseSubscribeConfigObject>(v))
            }
            Setter::SubscribeObjects(v) => update.subscribe_objects(typed::<BTreeMap<_, _>>(v)),
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

/// Random sequences of installation setters (3,000 by default, `AMPERSAND_FUZZ_CASES` for
/// the large run of 100,000): the typed body is what applying each
/// setter in turn gives, every mask path has its value in the body, every value sent is under a mask
/// path, and no mask path repeats or sits under another.
#[test]
fn mask_and_body_agree_for_random_setter_sequences() {
    let server = MockServer::start();
    let client = client(&server);
    let mut rng = fastrand::Rng::with_seed(0x5eed_0012);
    let samples = [
        "BaseReadConfigObject",
        "BaseWriteConfigObject",
        "BaseSubscribeConfigObject",
    ]
    .map(common::sample);
    for case in 0..common::fuzz_cases(3_000) {
        let setters: Vec<Setter> = (0..rng.usize(1..8))
            .map(|_| Setter::random(&mut rng, &samples))
            .collect();
        let mut update = installation_update(&client);
        let mut model = json!({});
        for setter in &setters {
            update = setter.apply(update);
            put(&mut model, &setter.path(), setter.value());
        }
        let body = wire(update.body().unwrap());
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
