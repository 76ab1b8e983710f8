//! Every answer the fake gives, checked against what the spec declares for its operation and
//! status (else its class, else `default`): the media type as the spec writes it, and the body
//! against the schema (jsonschema). One test per resource reaches its operations' successes
//! and refusals (each on a fake of its own, so one failure hides none of the others), and the
//! resources' lists together name every modelled operation.

mod builder;
#[path = "../common/mod.rs"]
mod common;
mod connections;
mod data;
mod destinations;
mod installed;
mod platform;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use ampersand_client::{Host, OperationMeta};
use ampersand_fake::{Fake, Options};
use serde_json::{Value, json};

/// How long the fake's asynchronous work stays `in_progress`, on tokio's (paused) clock.
pub const ASYNC_DELAY: std::time::Duration = std::time::Duration::from_millis(20);

/// The listings with nothing to refuse: a success is all they answer here.
const NOTHING_TO_REFUSE: &[&str] = &[
    "listTopics",
    "listTopicDestinationRoutes",
    "listEventTopicRoutes",
    "listProjects",
    "listIntegrations",
    "listDestinations",
    "listInstallations",
    "listInstallationsForProject",
    "listConnections",
    "listProviders",
];

/// The operation `id` as the spec writes it, and its document.
pub fn spec_operation(id: &str) -> (&'static Value, &'static Value) {
    static DOCS: OnceLock<Vec<Value>> = OnceLock::new();
    let docs = DOCS.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi");
        let mut entries = vec![ampersand_spec::ENTRY];
        entries.extend(ampersand_spec::DATA_PLANE.iter().map(|&(_, e)| e));
        entries
            .into_iter()
            .map(|e| {
                let spec = ampersand_spec::Spec::load_entry(&root, e).unwrap();
                spec.bundle().unwrap().document
            })
            .collect()
    });
    docs.iter()
        .flat_map(|d| {
            d["paths"]
                .as_object()
                .unwrap()
                .values()
                .map(move |i| (d, i))
        })
        .flat_map(|(d, item)| item.as_object().unwrap().values().map(move |o| (d, o)))
        .find(|(_, op)| op["operationId"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

/// What the spec as written declares for `id` answering `status`: the media type and the
/// schema (`None`: no body), with the components of its document.
fn declared(id: &str, status: u16) -> Option<(String, Value, &'static Value)> {
    let (doc, op) = spec_operation(id);
    let responses = &op["responses"];
    let class = format!("{}XX", status / 100);
    let response = [status.to_string(), class, "default".into()]
        .iter()
        .find_map(|k| responses.get(k))
        .unwrap_or_else(|| panic!("{id} declares no {status}"));
    let (media, content) = response["content"].as_object()?.iter().next()?;
    Some((media.clone(), content["schema"].clone(), &doc["components"]))
}

/// Validates `body` against `schema` (OpenAPI 3.0: `nullable` read as a `null` type), whose
/// `$ref`s point into `components`.
fn validate(schema: &Value, components: &Value, body: &Value) -> Result<(), Vec<String>> {
    let mut root = ampersand_spec::json_schema(schema);
    root["components"] = ampersand_spec::json_schema(components);
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| vec![e.to_string()])?;
    let errors: Vec<String> = validator
        .iter_errors(body)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The spec's facts of the operation `id`: its host and metadata.
fn meta(id: &str) -> (Host, &'static OperationMeta) {
    Host::ALL
        .iter()
        .find_map(|h| h.operations().iter().find(|o| o.id == id).map(|o| (*h, o)))
        .unwrap_or_else(|| panic!("no operation {id}"))
}

/// A fake, and what was asked of it and answered.
pub struct Flow {
    pub fake: Fake,
    seen: BTreeSet<(&'static str, u16)>,
}

impl Flow {
    /// A fake of its own.
    pub async fn start() -> Flow {
        let fake = Fake::start(Options::new().async_delay(ASYNC_DELAY))
            .await
            .unwrap();
        Flow {
            fake,
            seen: BTreeSet::new(),
        }
    }

    /// Checks that each of `operations` answered a success and, unless it is a listing that
    /// has nothing to refuse, a refusal.
    pub fn covered(&self, operations: &[&str]) {
        for id in operations {
            let statuses: Vec<u16> = self
                .seen
                .iter()
                .filter(|(o, _)| o == id)
                .map(|(_, s)| *s)
                .collect();
            assert!(
                statuses.iter().any(|s| *s < 300),
                "{id}: no success in {statuses:?}"
            );
            if !NOTHING_TO_REFUSE.contains(id) {
                assert!(
                    statuses.iter().any(|s| *s >= 400),
                    "{id}: no refusal in {statuses:?}"
                );
            }
        }
    }

    /// Sends a request for `id` with the fake's credentials, checks that it answers `status`
    /// in the declared media type with a body that fits the declared schema; the body.
    pub async fn expect(
        &mut self,
        id: &'static str,
        path: &str,
        body: Option<Value>,
        status: u16,
    ) -> Value {
        self.send(id, path, body, status, true).await
    }

    pub async fn send(
        &mut self,
        id: &'static str,
        path: &str,
        body: Option<Value>,
        status: u16,
        auth: bool,
    ) -> Value {
        let (host, op) = meta(id);
        // a body the fake is to refuse goes as given; any other is the spec's sample with the
        // test's values over it, so that it has what a newer spec requires
        let (got, media, body) = match status {
            400 | 422 => common::send_as_given(&self.fake, host, op.method, path, body, auth).await,
            _ => common::send(&self.fake, host, op.method, path, body, auth).await,
        };
        assert_eq!(got, status, "{id} {path}: {body}");
        self.seen.insert((id, status));
        let Some((wanted, schema, components)) = declared(id, status) else {
            assert!(body.is_null(), "{id} {status} declares no body: {body}");
            return body;
        };
        assert_eq!(media, wanted, "{id} {status}");
        if media == "text/plain" {
            assert!(body.is_string(), "{id} {status}: {body}");
            return body;
        }
        if let Err(errors) = validate(&schema, components, &body) {
            panic!("{id} {status}: {errors:?}\n{body:#}");
        }
        body
    }
}

/// The project, the integration deployed from [`YAML`], the connection, the webhook
/// destination and the installation reading contacts into it that the data tests start from,
/// each made through the flow (so their answers are checked too).
pub struct World {
    /// `/projects/valid-one`.
    pub p: String,
    pub integration: String,
    /// The integration as deployed (its first revision).
    pub deployed: Value,
    pub connection: String,
    /// The installations' path (`…/integrations/{id}/installations`).
    pub i: String,
    pub installation: String,
    /// Receives the destination's deliveries.
    pub hooks: ampersand_fake::Receiver,
}

/// An amp.yaml reading contacts into the destination `contactWebhook`.
/// (A field with both `fieldName` and `mapToName` fits both of the spec's overlapping `oneOf`
/// forms, which strict JSON Schema refuses: this manifest has none.)
pub const YAML: &str = "specVersion: 1.0.0\nintegrations:\n  - name: salesforce-crm\n    provider: salesforce\n    read:\n      objects:\n        - objectName: contact\n          destination: contactWebhook\n          schedule: \"*/10 * * * *\"\n          requiredFields:\n            - fieldName: email\n";

/// The project `valid-one`.
pub async fn project(f: &mut Flow) -> String {
    let project = json!({ "appName": "A", "name": "valid-one", "orgId": "o" });
    f.expect("createProject", "/projects", Some(project), 201)
        .await;
    "/projects/valid-one".into()
}

/// The [`YAML`] integration deployed in `p`.
pub async fn deployed(f: &mut Flow, p: &str) -> Value {
    let body = json!({ "sourceYaml": YAML });
    let path = format!("{p}/integrations:batch");
    f.expect("batchUpsertIntegrations", &path, Some(body), 200)
        .await[0]
        .clone()
}

/// A salesforce connection of group `g1` in `p`, with an API key.
pub async fn connection(f: &mut Flow, p: &str) -> String {
    let connection = json!({ "provider": "salesforce", "groupRef": "g1", "consumerRef": "u1",
        "apiKey": "provider-key" });
    let path = format!("{p}/connections:generate");
    let made = f
        .expect("generateConnection", &path, Some(connection), 201)
        .await;
    made["id"].as_str().unwrap().to_string()
}

/// The webhook destination `contactWebhook` of `p`, sending to `url`.
pub fn destination(url: &str) -> Value {
    json!({ "name": "contactWebhook", "type": "webhook", "metadata": { "url": url } })
}

/// An installation of group `g1` reading contacts into `contactWebhook`, with a backfill.
pub fn installation() -> Value {
    json!({ "groupRef": "g1", "config": { "content": { "provider": "salesforce",
        "read": { "objects": { "contact": { "objectName": "contact", "destination": "contactWebhook",
            "schedule": "*/10 * * * *", "selectedFields": { "email": true }, "selectedFieldMappings": {},
            "backfill": { "defaultPeriod": { "days": 30 } } } } } } } })
}

/// The [`World`] the data tests start from.
pub async fn world(f: &mut Flow) -> World {
    let hooks = ampersand_fake::Receiver::start().await.unwrap();
    let p = project(f).await;
    let deployed = deployed(f, &p).await;
    let integration = deployed["id"].as_str().unwrap().to_string();
    let connection = connection(f, &p).await;
    let path = format!("{p}/destinations");
    f.expect(
        "createDestination",
        &path,
        Some(destination(&hooks.url())),
        201,
    )
    .await;
    let i = format!("{p}/integrations/{integration}/installations");
    let made = f
        .expect("createInstallation", &i, Some(installation()), 201)
        .await;
    let installation = made["id"].as_str().unwrap().to_string();
    World {
        p,
        integration,
        deployed,
        connection,
        i,
        installation,
        hooks,
    }
}

#[test]
fn the_resources_tests_together_reach_every_modelled_operation() {
    let tests = [
        platform::TESTS,
        connections::TESTS,
        destinations::TESTS,
        installed::TESTS,
        data::TESTS,
        builder::TESTS,
    ];
    let reached: BTreeSet<&str> = tests.concat().concat().into_iter().collect();
    let modelled: BTreeSet<&str> = ampersand_fake::modelled().into_iter().collect();
    let missing: Vec<_> = modelled.difference(&reached).collect();
    assert!(missing.is_empty(), "no test reaches {missing:?}");
    let unknown: Vec<_> = reached.difference(&modelled).collect();
    assert!(unknown.is_empty(), "not modelled: {unknown:?}");
}
