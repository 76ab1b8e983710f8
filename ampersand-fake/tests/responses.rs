//! Every answer the fake gives, checked against what the spec declares for its operation and
//! status (else its class, else `default`): the media type as the spec writes it, and the body
//! against the schema (jsonschema), over a flow that reaches every modelled operation's
//! successes and refusals, then a 501, a 401 and a fault.

mod common;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use ampersand_client::{Host, OperationMeta};
use ampersand_fake::{Fake, Fault, Options};
use serde_json::{json, Value};

/// The operation `id` as the spec writes it, and its document.
fn spec_operation(id: &str) -> (&'static Value, &'static Value) {
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

/// What the flow saw.
struct Flow {
    fake: Fake,
    seen: BTreeSet<(&'static str, u16)>,
}

impl Flow {
    /// Sends a request for `id` with the fake's credentials, checks that it answers `status`
    /// in the declared media type with a body that fits the declared schema; the body.
    async fn expect(
        &mut self,
        id: &'static str,
        path: &str,
        body: Option<Value>,
        status: u16,
    ) -> Value {
        self.send(id, path, body, status, true).await
    }

    async fn send(
        &mut self,
        id: &'static str,
        path: &str,
        body: Option<Value>,
        status: u16,
        auth: bool,
    ) -> Value {
        let (host, op) = meta(id);
        let (got, media, body) = common::send(&self.fake, host, op.method, path, body, auth).await;
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

/// Provider apps, API keys and JWT keys of the project at `p`.
async fn credentials_and_apps(f: &mut Flow, p: &str) {
    let none = "/projects/none";
    let app = json!({ "provider": "salesforce", "clientId": "id-1", "clientSecret": "s-1",
        "scopes": ["api"], "metadata": { "providerParams": { "packageInstallURL": "https://x" } } });
    let apps = format!("{p}/provider-apps");
    let made = f.expect("createProviderApp", &apps, Some(app), 200).await;
    let bad = json!({ "provider": "salesforce", "clientSecret": "s" });
    f.expect("createProviderApp", &apps, Some(bad), 400).await;
    f.expect("listProviderApps", &apps, None, 200).await;
    f.expect(
        "listProviderApps",
        &format!("{none}/provider-apps"),
        None,
        404,
    )
    .await;
    let one = format!("{apps}/{}", made["id"].as_str().unwrap());
    let update = json!({ "updateMask": ["clientSecret", "scopes"],
        "providerApp": { "clientSecret": "s-2", "scopes": ["api", "refresh_token"] } });
    f.expect("updateProviderApp", &one, Some(update), 200).await;
    let bad = json!({ "updateMask": ["id"], "providerApp": {} });
    f.expect("updateProviderApp", &one, Some(bad), 400).await;
    f.expect("deleteProviderApp", &one, None, 204).await;
    f.expect("deleteProviderApp", &one, None, 404).await;

    let keys = format!("{p}/api-keys");
    let made = f
        .expect(
            "createApiKey",
            &keys,
            Some(json!({ "label": "ci", "scopes": ["full"] })),
            201,
        )
        .await;
    f.expect("createApiKey", &keys, Some(json!({ "scopes": [] })), 400)
        .await;
    f.expect("listApiKeys", &format!("{keys}?active=true"), None, 200)
        .await;
    f.expect("listApiKeys", &format!("{none}/api-keys"), None, 404)
        .await;
    let one = format!("{keys}/{}", made["key"].as_str().unwrap());
    f.expect("getApiKey", &one, None, 200).await;
    f.expect("getApiKey", &format!("{keys}/nope"), None, 404)
        .await;
    let update = json!({ "updateMask": ["active"], "apiKey": { "active": false } });
    f.expect("updateApiKey", &one, Some(update), 200).await;
    let bad = json!({ "updateMask": ["key"], "apiKey": {} });
    f.expect("updateApiKey", &one, Some(bad), 400).await;
    f.expect("deleteApiKey", &one, None, 204).await;
    f.expect("deleteApiKey", &one, None, 404).await;

    let jwt = format!("{p}/jwt-keys");
    let pem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4f5wg5l2hKsTeNem\n-----END PUBLIC KEY-----\n";
    let key = json!({ "label": "prod", "algorithm": "RS256", "publicKeyPem": pem });
    let made = f.expect("createJWTKey", &jwt, Some(key), 201).await;
    let bad = json!({ "label": "prod", "algorithm": "RS256", "publicKeyPem": "not a key" });
    f.expect("createJWTKey", &jwt, Some(bad), 400).await;
    f.expect("listJWTKeys", &format!("{jwt}?active=true"), None, 200)
        .await;
    f.expect("listJWTKeys", &format!("{none}/jwt-keys"), None, 400)
        .await;
    let one = format!("{jwt}/{}", made["kid"].as_str().unwrap());
    f.expect("getJWTKey", &one, None, 200).await;
    f.expect(
        "getJWTKey",
        &format!("{jwt}/00000000-0000-4000-8000-000000000000"),
        None,
        404,
    )
    .await;
    let update =
        json!({ "updateMask": ["active", "label"], "jwtKey": { "active": false, "label": "old" } });
    f.expect("updateJWTKey", &one, Some(update), 200).await;
    let bad = json!({ "updateMask": ["name"], "jwtKey": { "name": "x" } });
    f.expect("updateJWTKey", &one, Some(bad), 400).await;
    f.expect("deleteJWTKey", &one, None, 204).await;
    f.expect("deleteJWTKey", &one, None, 404).await;
}

/// How long the fake's asynchronous work stays `in_progress`, on tokio's (paused) clock.
const ASYNC_DELAY: std::time::Duration = std::time::Duration::from_millis(20);

#[tokio::test(start_paused = true)]
async fn every_answer_fits_its_declared_schema() {
    let fake = Fake::start(Options::new().async_delay(ASYNC_DELAY))
        .await
        .unwrap();
    let hooks = ampersand_fake::Receiver::start().await.unwrap();
    let hook = hooks.url();
    let mut f = Flow {
        fake,
        seen: BTreeSet::new(),
    };

    // projects
    let project = json!({ "appName": "A", "name": "valid-one", "orgId": "o" });
    f.expect("createProject", "/projects", Some(project.clone()), 201)
        .await;
    f.expect("createProject", "/projects", Some(project), 409)
        .await;
    f.expect(
        "createProject",
        "/projects",
        Some(json!({ "name": 1 })),
        400,
    )
    .await;
    f.expect("getProject", "/projects/valid-one", None, 200)
        .await;
    f.expect("getProject", "/projects/none", None, 404).await;
    f.expect("listProjects", "/projects", None, 200).await;
    f.send("listProjects", "/projects", None, 401, false).await;
    let update = json!({ "updateMask": ["appName"], "project": { "appName": "B" } });
    f.expect("updateProject", "/projects/valid-one", Some(update), 200)
        .await;
    let bad = json!({ "updateMask": ["orgId"], "project": {} });
    f.expect("updateProject", "/projects/valid-one", Some(bad), 400)
        .await;
    let p = "/projects/valid-one";
    credentials_and_apps(&mut f, p).await;

    // integrations: a manifest deployed, and one created on its own
    // (a field with both `fieldName` and `mapToName` fits both of the spec's overlapping
    // `oneOf` forms, which strict JSON Schema refuses: this manifest has none)
    let yaml = "specVersion: 1.0.0\nintegrations:\n  - name: salesforce-crm\n    provider: salesforce\n    read:\n      objects:\n        - objectName: contact\n          destination: contactWebhook\n          schedule: \"*/10 * * * *\"\n          requiredFields:\n            - fieldName: email\n";
    let deployed = f
        .expect(
            "batchUpsertIntegrations",
            &format!("{p}/integrations:batch"),
            Some(json!({ "sourceYaml": yaml })),
            200,
        )
        .await;
    let integration = deployed[0]["id"].as_str().unwrap().to_string();
    let broken = yaml.replace("provider: salesforce", "provider: [not, a, name]");
    f.expect(
        "batchUpsertIntegrations",
        &format!("{p}/integrations:batch"),
        Some(json!({ "sourceYaml": broken })),
        422,
    )
    .await;
    let other = json!({ "name": "other", "provider": "hubspot", "latestRevision": {
        "specVersion": "1.0.0", "content": { "name": "other", "provider": "hubspot" } } });
    f.expect(
        "createIntegration",
        &format!("{p}/integrations"),
        Some(other.clone()),
        201,
    )
    .await;
    f.expect(
        "createIntegration",
        &format!("{p}/integrations"),
        Some(other),
        409,
    )
    .await;
    f.expect(
        "createIntegration",
        &format!("{p}/integrations"),
        Some(json!({})),
        400,
    )
    .await;
    f.expect(
        "getIntegration",
        &format!("{p}/integrations/other"),
        None,
        200,
    )
    .await;
    f.expect(
        "getIntegration",
        &format!("{p}/integrations/none"),
        None,
        404,
    )
    .await;
    let listed = f
        .expect("listIntegrations", &format!("{p}/integrations"), None, 200)
        .await;
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let other_id = listed[1]["id"].as_str().unwrap().to_string();
    f.expect(
        "deleteIntegration",
        &format!("{p}/integrations/{other_id}"),
        None,
        204,
    )
    .await;
    f.expect(
        "deleteIntegration",
        &format!("{p}/integrations/{other_id}"),
        None,
        404,
    )
    .await;

    let r = format!("{p}/integrations/{integration}/revisions");
    let revised = yaml.replace("*/10 * * * *", "*/20 * * * *");
    f.expect(
        "createRevision",
        &r,
        Some(json!({ "sourceYaml": revised })),
        201,
    )
    .await;
    let now = f
        .expect(
            "getIntegration",
            &format!("{p}/integrations/salesforce-crm"),
            None,
            200,
        )
        .await;
    let objects = &now["latestRevision"]["content"]["read"]["objects"];
    assert_eq!(objects[0]["schedule"], "*/20 * * * *", "{now}");
    assert_ne!(
        now["latestRevision"]["id"],
        deployed[0]["latestRevision"]["id"]
    );
    let elsewhere = revised.replace("salesforce-crm", "another-name");
    f.expect(
        "createRevision",
        &r,
        Some(json!({ "sourceYaml": elsewhere })),
        422,
    )
    .await;

    // a connection
    let connection = json!({ "provider": "salesforce", "groupRef": "g1", "consumerRef": "u1",
        "apiKey": "provider-key" });
    let made = f
        .expect(
            "generateConnection",
            &format!("{p}/connections:generate"),
            Some(connection),
            201,
        )
        .await;
    let connection = made["id"].as_str().unwrap().to_string();
    f.expect(
        "generateConnection",
        &format!("{p}/connections:generate"),
        Some(json!({"groupRef": "g"})),
        400,
    )
    .await;
    // OAuth: the URL to send a browser to, for a new connection or new tokens
    let oauth = json!({ "projectId": "valid-one", "provider": "hubspot", "groupRef": "g-oauth",
        "consumerRef": "u" });
    let url = f
        .expect("oauthConnect", "/oauth-connect", Some(oauth), 200)
        .await;
    assert!(url.as_str().unwrap().contains("state="), "{url}");
    let elsewhere = json!({ "projectId": "none", "provider": "hubspot", "groupRef": "g",
        "consumerRef": "u" });
    f.expect("oauthConnect", "/oauth-connect", Some(elsewhere), 404)
        .await;
    f.expect(
        "oauthConnect",
        "/oauth-connect",
        Some(json!({ "provider": "hubspot" })),
        400,
    )
    .await;
    let update = format!("{p}/connections/{connection}:oauth-update");
    f.expect("oauthUpdate", &update, None, 200).await;
    f.expect(
        "oauthUpdate",
        &format!("{p}/connections/none:oauth-update"),
        None,
        404,
    )
    .await;
    let shown = f
        .expect(
            "getConnection",
            &format!("{p}/connections/{connection}?includeCreds=true"),
            None,
            200,
        )
        .await;
    assert_eq!(shown["apiKey"], "provider-key");
    f.expect("getConnection", &format!("{p}/connections/none"), None, 404)
        .await;
    f.expect(
        "getConnection",
        &format!("{p}/connections/{connection}?includeCreds=maybe"),
        None,
        400,
    )
    .await;
    f.expect(
        "listConnections",
        &format!("{p}/connections?groupRef=g1"),
        None,
        200,
    )
    .await;

    let rotate = json!({ "updateMask": ["apiKey"], "connection": { "provider": "salesforce",
        "groupRef": "g1", "consumerRef": "u1", "apiKey": "rotated-key" } });
    let c = format!("{p}/connections/{connection}");
    f.expect("updateConnection", &c, Some(rotate), 200).await;
    let bad = json!({ "updateMask": ["provider"], "connection": { "provider": "hubspot",
        "groupRef": "g1", "consumerRef": "u1" } });
    f.expect("updateConnection", &c, Some(bad), 400).await;
    let shown = f
        .expect(
            "getConnection",
            &format!("{c}?includeCreds=true"),
            None,
            200,
        )
        .await;
    assert_eq!(shown["apiKey"], "rotated-key");

    // destinations
    let destination =
        json!({ "name": "contactWebhook", "type": "webhook", "metadata": { "url": hook } });
    f.expect(
        "createDestination",
        &format!("{p}/destinations"),
        Some(destination.clone()),
        201,
    )
    .await;
    f.expect(
        "createDestination",
        &format!("{p}/destinations"),
        Some(destination),
        409,
    )
    .await;
    f.expect(
        "createDestination",
        &format!("{p}/destinations"),
        Some(json!({"name": "x", "type": "pigeon", "metadata": {}})),
        400,
    )
    .await;
    let with_secrets = f
        .expect(
            "getDestination",
            &format!("{p}/destinations/contactWebhook?includeSecrets=true"),
            None,
            200,
        )
        .await;
    assert_eq!(
        with_secrets["secrets"]["webhookSigningKey"],
        ampersand_fake::DEFAULT_WEBHOOK_SECRET
    );
    f.expect(
        "getDestination",
        &format!("{p}/destinations/none"),
        None,
        404,
    )
    .await;
    f.expect("listDestinations", &format!("{p}/destinations"), None, 200)
        .await;
    let rename = json!({ "updateMask": ["metadata.headers"], "destination": { "metadata": { "headers": { "x-env": "test" } } } });
    f.expect(
        "updateDestination",
        &format!("{p}/destinations/contactWebhook"),
        Some(rename),
        200,
    )
    .await;
    let bad = json!({ "updateMask": ["type"], "destination": {} });
    f.expect(
        "updateDestination",
        &format!("{p}/destinations/contactWebhook"),
        Some(bad),
        400,
    )
    .await;

    // notification routing: a topic, its route to the destination, an event's route to it
    let t = format!("{p}/topics");
    let topic = f
        .expect("createTopic", &t, Some(json!({ "name": "alerts" })), 201)
        .await;
    let topic = topic["id"].as_str().unwrap().to_string();
    f.expect("createTopic", &t, Some(json!({ "name": "alerts" })), 409)
        .await;
    f.expect("createTopic", &t, Some(json!({})), 400).await;
    f.expect("listTopics", &t, None, 200).await;
    let renamed = json!({ "name": "alerts-2" });
    f.expect(
        "updateTopic",
        &format!("{t}/{topic}"),
        Some(renamed.clone()),
        200,
    )
    .await;
    f.expect("updateTopic", &format!("{t}/none"), Some(renamed), 404)
        .await;
    let hook_id = with_secrets["id"].as_str().unwrap();
    let tr = format!("{p}/topic-destination-routes");
    let route = json!({ "topicId": topic, "destinationId": hook_id });
    let route = f
        .expect("createTopicDestinationRoute", &tr, Some(route), 201)
        .await;
    let unknown = json!({ "topicId": topic, "destinationId": "none" });
    f.expect("createTopicDestinationRoute", &tr, Some(unknown), 404)
        .await;
    f.expect("listTopicDestinationRoutes", &tr, None, 200).await;
    let er = format!("{p}/notification-event-topic-routes");
    let event = json!({ "eventType": "installation.created", "topicId": topic });
    let event = f
        .expect("createEventTopicRoute", &er, Some(event), 201)
        .await;
    let bad = json!({ "eventType": "lunch.served", "topicId": topic });
    f.expect("createEventTopicRoute", &er, Some(bad), 400).await;
    f.expect("listEventTopicRoutes", &er, None, 200).await;
    let (route, event) = (route["id"].as_str().unwrap(), event["id"].as_str().unwrap());
    f.expect("deleteEventTopicRoute", &format!("{er}/{event}"), None, 204)
        .await;
    f.expect("deleteEventTopicRoute", &format!("{er}/{event}"), None, 404)
        .await;
    f.expect(
        "deleteTopicDestinationRoute",
        &format!("{tr}/{route}"),
        None,
        204,
    )
    .await;
    f.expect(
        "deleteTopicDestinationRoute",
        &format!("{tr}/{route}"),
        None,
        404,
    )
    .await;
    f.expect("deleteTopic", &format!("{t}/{topic}"), None, 204)
        .await;
    f.expect("deleteTopic", &format!("{t}/{topic}"), None, 404)
        .await;

    // an installation that reads contacts into the webhook
    let i = format!("{p}/integrations/{integration}/installations");
    let install = json!({ "groupRef": "g1", "config": { "content": { "provider": "salesforce",
        "read": { "objects": { "contact": { "objectName": "contact", "destination": "contactWebhook",
            "schedule": "*/10 * * * *", "selectedFields": { "email": true }, "selectedFieldMappings": {},
            "backfill": { "defaultPeriod": { "days": 30 } } } } } } } });
    let installation = f
        .expect("createInstallation", &i, Some(install.clone()), 201)
        .await;
    let installation = installation["id"].as_str().unwrap().to_string();
    f.expect("createInstallation", &i, Some(install.clone()), 409)
        .await;
    let mut elsewhere = install.clone();
    elsewhere["groupRef"] = "g2".into();
    f.expect("createInstallation", &i, Some(elsewhere), 422)
        .await;
    f.expect(
        "createInstallation",
        &i,
        Some(json!({ "groupRef": "g1" })),
        400,
    )
    .await;
    f.expect("getInstallation", &format!("{i}/{installation}"), None, 200)
        .await;
    f.expect("getInstallation", &format!("{i}/none"), None, 404)
        .await;
    f.expect("listInstallations", &format!("{i}?groupRef=g1"), None, 200)
        .await;
    f.expect(
        "listInstallationsForProject",
        &format!("{p}/installations"),
        None,
        200,
    )
    .await;
    let change = json!({ "updateMask": ["config.content.read.objects.contact"], "installation": {
        "config": { "content": { "read": { "objects": { "contact": { "objectName": "contact",
            "destination": "contactWebhook", "schedule": "*/5 * * * *" } } } } } } });
    f.expect(
        "updateInstallation",
        &format!("{i}/{installation}"),
        Some(change),
        200,
    )
    .await;
    let bad = json!({ "updateMask": ["healthStatus"], "installation": {} });
    f.expect(
        "updateInstallation",
        &format!("{i}/{installation}"),
        Some(bad),
        400,
    )
    .await;
    let c = format!("{p}/integrations/{integration}/objects/contact/config-content");
    let patch = json!({ "groupRef": "g1", "action": "read", "changes": [
        { "op": "add", "path": "/selectedFields/phone", "value": true } ] });
    let patched = f
        .expect("patchObjectConfigContent", &c, Some(patch), 200)
        .await;
    let contact = &patched["config"]["content"]["read"]["objects"]["contact"];
    assert_eq!(contact["selectedFields"]["phone"], true);
    let wrong = json!({ "groupRef": "g1", "action": "read", "changes": [
        { "op": "remove", "path": "/no/such/path" } ] });
    f.expect("patchObjectConfigContent", &c, Some(wrong), 400)
        .await;
    f.expect(
        "deleteConnection",
        &format!("{p}/connections/{connection}"),
        None,
        409,
    )
    .await;

    // the data plane
    let w = format!("{p}/integrations/{integration}/objects/contact");
    let one = json!({ "groupRef": "g1", "type": "create", "mode": "synchronous",
        "record": { "email": "a@example.com" } });
    let written = f.expect("writeRecords", &w, Some(one), 200).await;
    let operation = written["operationId"].as_str().unwrap().to_string();
    let missing = json!({ "groupRef": "g1", "type": "update", "record": { "id": "nope", "email": "b@example.com" } });
    f.expect("writeRecords", &w, Some(missing), 422).await;
    let batch = json!({ "groupRef": "g1", "type": "create", "batch": [
        { "record": { "email": "b@example.com" } }, { "record": { "email": "c@example.com" } } ] });
    f.expect("writeRecords", &w, Some(batch), 200).await;
    let rolled_back = json!({ "groupRef": "g1", "type": "update", "batchPolicy": { "allOrNone": true },
        "batch": [ { "record": { "id": "nope" } } ] });
    f.expect("writeRecords", &w, Some(rolled_back), 422).await;
    let later = json!({ "groupRef": "g1", "type": "create", "mode": "asynchronous",
        "record": { "email": "d@example.com" } });
    let queued = f.expect("writeRecords", &w, Some(later), 200).await;
    f.expect(
        "writeRecords",
        &w,
        Some(json!({ "groupRef": "g1", "type": "create" })),
        400,
    )
    .await;
    f.expect(
        "writeRecords",
        &w,
        Some(json!({ "groupRef": "g1", "type": "upsert", "record": {} })),
        400,
    )
    .await;
    let s = format!("{p}/integrations/{integration}?groupRef=g1");
    let search = json!({ "objectName": "contact", "fieldFilters": [
        { "fieldName": "email", "operator": "eq", "value": "b@example.com" } ] });
    let found = f.expect("searchRecords", &s, Some(search), 200).await;
    assert_eq!(found["result"].as_array().unwrap().len(), 1, "{found}");
    f.expect(
        "searchRecords",
        &s,
        Some(json!({ "objectName": "contact" })),
        400,
    )
    .await;
    let read = json!({ "groupRef": "g1", "mode": "async" });
    f.expect("triggerRead", &w, Some(read.clone()), 201).await;
    f.expect(
        "triggerRead",
        &w.replace("/contact", "/account"),
        Some(read),
        400,
    )
    .await;

    // object metadata: the fields of the records written, and custom fields upserted
    let m = format!("{p}/integrations/{integration}/objects/contact/metadata");
    let seen = f
        .expect(
            "getObjectMetadataForInstallation",
            &format!("{m}?groupRef=g1"),
            None,
            200,
        )
        .await;
    assert_eq!(seen["fields"]["email"]["valueType"], "string", "{seen}");
    assert_eq!(seen["fields"]["id"]["readOnly"], true, "{seen}");
    f.expect(
        "getObjectMetadataForInstallation",
        &format!("{m}?groupRef=none"),
        None,
        404,
    )
    .await;
    let tier = json!({ "groupRef": "g1", "fields": { "contact": [ { "fieldName": "Tier__c",
        "displayName": "Tier", "valueType": "singleSelect", "stringOptions": { "values": ["A", "B"] } } ] } });
    let up = format!("{p}/integrations/{integration}/object-metadata");
    let done = f
        .expect(
            "upsertMetadataForInstallation",
            &up,
            Some(tier.clone()),
            200,
        )
        .await;
    assert_eq!(
        done["fields"]["contact"]["Tier__c"]["action"], "create",
        "{done}"
    );
    let mut odd = tier.clone();
    odd["fields"]["contact"][0]["valueType"] = json!("text");
    f.expect("upsertMetadataForInstallation", &up, Some(odd), 400)
        .await;
    let c = format!("{p}/providers/salesforce/objects/contact/metadata");
    let seen = f
        .expect(
            "getObjectMetadataForConnection",
            &format!("{c}?groupRef=g1&excludeReadOnly=true"),
            None,
            200,
        )
        .await;
    assert_eq!(
        seen["fields"]["Tier__c"]["values"][1]["value"], "B",
        "{seen}"
    );
    assert!(seen["fields"].get("id").is_none(), "{seen}");
    f.expect(
        "getObjectMetadataForConnection",
        &format!("{c}?groupRef=none"),
        None,
        404,
    )
    .await;
    let up = format!("{p}/providers/salesforce/object-metadata");
    let done = f
        .expect("upsertMetadataForConnection", &up, Some(tier.clone()), 200)
        .await;
    assert_eq!(
        done["fields"]["contact"]["Tier__c"]["action"], "none",
        "{done}"
    );
    let mut elsewhere = tier;
    elsewhere["groupRef"] = json!("none");
    f.expect("upsertMetadataForConnection", &up, Some(elsewhere), 404)
        .await;
    // a revision hydrated with the instance's fields: the latest, and the one it replaced
    let h = format!("{p}/integrations/{integration}/revisions");
    let latest = now["latestRevision"]["id"].as_str().unwrap();
    let hydrate = |revision: &str| format!("{h}/{revision}:hydrate?connectionId={connection}");
    let hydrated = f
        .expect("getHydratedRevision", &hydrate(latest), None, 200)
        .await;
    let contact = &hydrated["content"]["read"]["objects"][0];
    assert_eq!(
        contact["allFieldsMetadata"]["Tier__c"]["displayName"], "Tier",
        "{hydrated}"
    );
    assert_eq!(
        contact["requiredFields"][0]["displayName"], "email",
        "{hydrated}"
    );
    assert_eq!(contact["schedule"], "*/20 * * * *", "{hydrated}");
    let first = deployed[0]["latestRevision"]["id"].as_str().unwrap();
    let hydrated = f
        .expect("getHydratedRevision", &hydrate(first), None, 200)
        .await;
    assert_eq!(
        hydrated["content"]["read"]["objects"][0]["schedule"],
        "*/10 * * * *"
    );
    f.expect("getHydratedRevision", &hydrate("none"), None, 404)
        .await;

    let again = format!("{w}:deliverResults");
    let none = json!({ "groupRef": "g1", "pages": 0 });
    f.expect("deliverResults", &again, Some(none), 204).await;
    let account = again.replace("/contact", "/account");
    let one = json!({ "groupRef": "g1", "pages": 1 });
    f.expect("deliverResults", &account, Some(one), 400).await;

    let backfill = format!("{i}/{installation}/objects/contact/backfill-progress");
    let progress = f.expect("getBackfillProgress", &backfill, None, 200).await;
    assert_eq!(progress["objectName"], "contact", "{progress}");
    let account = backfill.replace("/contact/", "/account/");
    f.expect("getBackfillProgress", &account, None, 404).await;

    let pause = format!("{i}/{installation}:pause");
    f.expect("pauseReads", &pause, None, 204).await;
    let other = json!({ "objects": ["account"] });
    f.expect("pauseReads", &pause, Some(other), 400).await;
    let resume = json!({ "objects": ["contact"], "note": "fixed" });
    let unpause = pause.replace(":pause", ":unpause");
    f.expect("unpauseReads", &unpause, Some(resume), 204).await;
    f.expect("unpauseReads", &format!("{i}/none:unpause"), None, 404)
        .await;

    // operations, once the asynchronous ones are done
    let o = format!("{p}/operations");
    let queued = format!("{o}/{}", queued["operationId"].as_str().unwrap());
    // tokio's clock is paused: the fake's delay passes without taking time
    tokio::time::sleep(ASYNC_DELAY).await;
    let done = f.expect("getOperation", &queued, None, 200).await;
    assert_eq!(done["status"], "success", "{done}");
    f.expect("getOperation", &format!("{o}/none"), None, 404)
        .await;
    f.expect(
        "listOperationLogs",
        &format!("{o}/{operation}/logs"),
        None,
        200,
    )
    .await;
    f.expect("listOperationLogs", &format!("{o}/none/logs"), None, 404)
        .await;
    let ops = format!("{i}/{installation}/operations");
    let page = f
        .expect("listOperations", &format!("{ops}?pageSize=2"), None, 200)
        .await;
    let token = page["pagination"]["nextPageToken"]
        .as_str()
        .unwrap()
        .to_string();
    f.expect(
        "listOperations",
        &format!("{ops}?pageSize=2&pageToken={token}"),
        None,
        200,
    )
    .await;
    f.expect("listOperations", &format!("{ops}?pageSize=0"), None, 400)
        .await;
    f.expect(
        "listOperations",
        &format!("{ops}?pageToken=forged"),
        None,
        400,
    )
    .await;

    // deliveries arrived (their content is ampersand-ext's flow tests' business)
    let first = hooks.next(std::time::Duration::from_secs(5)).await;
    assert!(first.is_some(), "no webhook delivery");

    // deletes
    f.expect(
        "deleteInstallation",
        &format!("{i}/{installation}"),
        None,
        204,
    )
    .await;
    f.expect(
        "deleteInstallation",
        &format!("{i}/{installation}"),
        None,
        404,
    )
    .await;
    f.expect(
        "deleteConnection",
        &format!("{p}/connections/{connection}"),
        None,
        204,
    )
    .await;
    f.expect(
        "deleteDestination",
        &format!("{p}/destinations/contactWebhook"),
        None,
        204,
    )
    .await;
    f.expect(
        "deleteDestination",
        &format!("{p}/destinations/contactWebhook"),
        None,
        404,
    )
    .await;

    // the provider catalog, without credentials (its operations have no `security`): the
    // one the spec gives as listProviders' example
    let catalog = f
        .send("listProviders", "/providers", None, 200, false)
        .await;
    let (_, listing) = spec_operation("listProviders");
    let example = &listing["responses"]["200"]["content"]["application/json"]["example"];
    assert_eq!(&catalog, example);
    for (name, info) in example.as_object().unwrap() {
        let got = f
            .send(
                "getProvider",
                &format!("/providers/{name}"),
                None,
                200,
                false,
            )
            .await;
        assert_eq!(&got, info);
    }
    f.expect("getProvider", "/providers/no-such-provider", None, 404)
        .await;

    // the builder's side: an org, an invite taken, who the caller is
    let org = f
        .expect("createOrg", "/orgs", Some(json!({ "label": "Acme" })), 201)
        .await;
    f.expect("createOrg", "/orgs", Some(json!({})), 400).await;
    let o = format!("/orgs/{}", org["id"].as_str().unwrap());
    f.expect("getOrg", &o, None, 200).await;
    f.expect("getOrg", "/orgs/none", None, 404).await;
    let rename = json!({ "updateMask": ["label"], "org": { "label": "Acme Inc" } });
    f.expect("updateOrg", &o, Some(rename), 200).await;
    let bad = json!({ "updateMask": ["defaultTeamId"], "org": {} });
    f.expect("updateOrg", &o, Some(bad), 400).await;
    let invites = format!("{o}/invites");
    let invite = json!({ "email": "ann@example.com" });
    let made = f
        .expect("createOrgInvite", &invites, Some(invite.clone()), 201)
        .await;
    f.expect("createOrgInvite", &invites, Some(invite), 409)
        .await;
    f.expect(
        "createOrgInvite",
        &invites,
        Some(json!({ "email": "ann" })),
        400,
    )
    .await;
    f.expect("listOrgInvites", &invites, None, 200).await;
    f.expect("listOrgInvites", "/orgs/none/invites", None, 404)
        .await;
    let one = format!("{invites}/{}", made["id"].as_str().unwrap());
    f.expect("getOrgInvite", &one, None, 200).await;
    f.expect("getOrgInvite", &format!("{invites}/none"), None, 404)
        .await;
    let taken = json!({ "invitedEmail": "ann@example.com" });
    let me = f
        .expect("acceptInvite", "/invites:accept", Some(taken.clone()), 200)
        .await;
    assert_eq!(me["orgRole"]["org"]["label"], "Acme Inc", "{me}");
    f.expect("acceptInvite", "/invites:accept", Some(taken), 404)
        .await;
    let info = f.expect("getMyInfo", "/my-info", None, 200).await;
    f.send("getMyInfo", "/my-info", None, 401, false).await;
    let builder = json!({ "builderId": info["builder"]["id"] });
    f.expect(
        "addUserToOrg",
        &format!("{o}/memberships"),
        Some(builder),
        201,
    )
    .await;
    let stranger = json!({ "builderId": "someone-else" });
    f.expect(
        "addUserToOrg",
        &format!("{o}/memberships"),
        Some(stranger),
        404,
    )
    .await;
    let builders = f
        .expect("listOrgBuilders", &format!("{o}/builders"), None, 200)
        .await;
    assert_eq!(builders[0]["id"], info["builder"]["id"]);
    f.expect("listOrgBuilders", "/orgs/none/builders", None, 404)
        .await;
    f.expect("deleteOrgInvite", &one, None, 204).await;
    f.expect("deleteOrgInvite", &one, None, 404).await;
    // its domains and its billing account
    let claim = json!({ "domain": "ann@acme.example", "parentId": org["id"], "parentType": "org" });
    f.expect("claimDomain", "/claimed-domains", Some(claim.clone()), 201)
        .await;
    f.expect("claimDomain", "/claimed-domains", Some(claim), 409)
        .await;
    let nothing = json!({ "domain": "nothing", "parentId": org["id"], "parentType": "org" });
    f.expect("claimDomain", "/claimed-domains", Some(nothing), 400)
        .await;
    let by_url = "/claimed-domains?domain=https%3A%2F%2Fwww.acme.example%2Fpricing";
    let claimed = f.expect("checkClaimedDomain", by_url, None, 200).await;
    assert_eq!(claimed["domain"], "acme.example");
    f.expect(
        "checkClaimedDomain",
        "/claimed-domains?domain=other.example",
        None,
        404,
    )
    .await;
    let listed = f
        .expect(
            "listOrgClaimedDomains",
            &format!("{o}/claimed-domains"),
            None,
            200,
        )
        .await;
    assert_eq!(listed, json!([claimed]));
    f.expect(
        "listOrgClaimedDomains",
        "/orgs/none/claimed-domains",
        None,
        404,
    )
    .await;
    let account = f
        .expect(
            "getOrgBillingAccount",
            &format!("{o}/billingAccount"),
            None,
            200,
        )
        .await;
    f.expect(
        "getOrgBillingAccount",
        "/orgs/none/billingAccount",
        None,
        404,
    )
    .await;
    let session = format!(
        "/billingAccounts/{}/portalSession",
        account["id"].as_str().unwrap()
    );
    let back = json!({ "redirectUrl": "https://app.example/settings?tab=billing" });
    let portal = f
        .expect(
            "createBillingAccountSession",
            &session,
            Some(back.clone()),
            200,
        )
        .await;
    f.expect(
        "createBillingAccountSession",
        "/billingAccounts/none/portalSession",
        Some(back),
        404,
    )
    .await;
    // the portal sends the browser back where the session said
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let left = no_redirects
        .get(portal["url"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(left.status().as_u16(), 303);
    assert_eq!(
        left.headers()["location"],
        "https://app.example/settings?tab=billing"
    );

    // an operation it does not model, and a fault
    f.expect("generateUploadUrl", "/generate-upload-url", None, 501)
        .await;
    f.fake.fail(
        "listProjects",
        1,
        Fault::status(503)
            .retryable(true)
            .retry_after(std::time::Duration::from_secs(1)),
    );
    f.expect("listProjects", "/projects", None, 503).await;

    // every modelled operation was reached, with a success and a refusal
    for id in &ampersand_fake::modelled() {
        let statuses: Vec<u16> = f
            .seen
            .iter()
            .filter(|(o, _)| o == id)
            .map(|(_, s)| *s)
            .collect();
        assert!(
            statuses.iter().any(|s| *s < 300),
            "{id}: no success in {statuses:?}"
        );
        if ![
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
        ]
        .contains(id)
        {
            assert!(
                statuses.iter().any(|s| *s >= 400),
                "{id}: no refusal in {statuses:?}"
            );
        }
    }
}
