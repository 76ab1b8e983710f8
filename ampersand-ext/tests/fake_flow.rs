//! End-to-end flows of the SDK on the local Ampersand (`ampersand-fake`): every call goes
//! through the SDK's one request path to a fake that keeps state, so a change made by one call
//! is seen by the next, a write makes an operation, and webhooks arrive signed.

use std::collections::BTreeMap;
use std::time::Duration;

mod common;

use ampersand_ext::client::read::types::ReadRequest;
use ampersand_ext::client::search::types::SearchRequest;
use ampersand_ext::client::write::types::WriteRequest;
use ampersand_ext::manifest::Manifest;
use ampersand_ext::prelude::*;
use ampersand_ext::webhook::{self, Message, WebhookMessage};
use ampersand_ext::write::{WaitOptions, WriteMode, WriteType};
use ampersand_fake::{Fake, Options, Receiver};
use common::body;
use futures_util::StreamExt;
use serde_json::{Value, json};

const MANIFEST: &str = "specVersion: 1.0.0
integrations:
  - name: crm
    provider: salesforce
    read:
      objects:
        - objectName: contact
          destination: hooks
          schedule: \"*/10 * * * *\"
          requiredFields:
            - fieldName: email
    write:
      objects:
        - objectName: contact
";

/// A project with the manifest deployed, a connection and a webhook destination for group
/// `g1`, and an installation reading contacts into it.
struct World {
    /// Serves until the test ends.
    _fake: Fake,
    client: Client,
    hooks: Receiver,
    project: String,
    integration: String,
    installation: types::Installation,
}

async fn world() -> World {
    world_with(Options::new()).await
}

async fn world_with(options: Options) -> World {
    // an operation stays in progress this long on tokio's clock, which the tests pause: what
    // they wait for passes without taking time
    let fake = Fake::start(options.async_delay(Duration::from_millis(500)))
        .await
        .unwrap();
    let client = ClientBuilder::from(fake.config()).build().unwrap();
    let hooks = Receiver::start().await.unwrap();
    let project = client
        .create_project()
        .body_map(|b| b.app_name("Flow").name("flow").org_id("org-1"))
        .send()
        .await
        .unwrap()
        .into_inner();
    let manifest = Manifest::from_yaml(MANIFEST).unwrap();
    let deployed = client
        .deploy_manifest(&project.id, &manifest)
        .send()
        .await
        .unwrap();
    let listed = client
        .list_integrations()
        .project_id_or_name("flow")
        .send()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, deployed[0].id);
    assert_eq!(listed[0].latest_revision.content.name, "crm");
    let integration = deployed[0].id.clone();
    client
        .generate_connection()
        .project_id_or_name("flow")
        .body(body::<types::GenerateConnectionRequest>(
            "generateConnection",
            json!({"provider": "salesforce", "groupRef": "g1", "groupName": "Group One",
            "consumerRef": "u1", "consumerName": "User One", "apiKey": "provider-secret"}),
        ))
        .send()
        .await
        .unwrap();
    client
        .create_destination()
        .project_id_or_name("flow")
        .body(body::<types::CreateDestinationBody>(
            "createDestination",
            json!({"name": "hooks", "type": "webhook",
            "metadata": {"url": hooks.url(), "headers": {"x-tenant": "t1"}}}),
        ))
        .send()
        .await
        .unwrap();
    let installation = client
        .create_installation()
        .project_id_or_name("flow")
        .integration_id(&integration)
        .body(body::<types::CreateInstallationBody>(
            "createInstallation",
            json!({"groupRef": "g1", "config": {"content": {"provider": "salesforce",
            "read": {"objects": {"contact": {"objectName": "contact", "destination": "hooks",
                "schedule": "*/10 * * * *", "selectedFields": {"email": true},
                "selectedFieldMappings": {}}}}}}}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    World {
        _fake: fake,
        client,
        hooks,
        project: project.id,
        integration,
        installation,
    }
}

/// The next delivery, verified with the destination's signing key as the API shows it.
async fn next_message(w: &World) -> Message {
    let key = w
        .client
        .get_destination()
        .project_id_or_name("flow")
        .destination("hooks")
        .include_secrets(true)
        .send()
        .await
        .unwrap()
        .into_inner()
        .secrets
        .and_then(|s| s.webhook_signing_key)
        .expect("a webhook destination has a signing key");
    let delivery = w
        .hooks
        .next(Duration::from_secs(5))
        .await
        .expect("a delivery");
    assert_eq!(
        delivery.headers["x-tenant"], "t1",
        "the destination's own headers"
    );
    let mut forged = delivery.body.to_vec();
    forged[0] ^= 1;
    assert!(webhook::verify(key.expose(), &delivery.headers, &forged).is_err());
    webhook::verify(key.expose(), &delivery.headers, &delivery.body).expect("signed")
}

fn notification(message: &Message) -> Value {
    match message {
        Message::Notification(n) => serde_json::to_value(n).unwrap(),
        other => panic!("not a notification: {other:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn an_update_with_a_mask_changes_only_its_paths_and_is_read_back() {
    let w = world().await;
    let created = notification(&next_message(&w).await);
    assert_eq!(created["notificationType"], "installation.created");
    assert_eq!(
        created["data"]["installationId"],
        w.installation.id.as_str()
    );
    assert_eq!(created["data"]["groupName"], "Group One");

    let before = w.installation.clone();
    let selected = ["email", "phone"].map(|f| (f.to_string(), true));
    let updated = w
        .client
        .update_installation_fields()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .installation_id(&before.id)
        .read_object(
            "contact",
            types::BaseReadConfigObject::builder()
                .object_name(Some("contact".to_string()))
                .destination(Some("hooks".to_string()))
                .schedule(Some("*/5 * * * *".to_string()))
                .selected_fields(BTreeMap::from(selected)),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    let read_back = w
        .client
        .get_installation()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .installation_id(&before.id)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(read_back, updated);
    let contact = &read_back.config.content.read.as_ref().unwrap().objects["contact"];
    assert_eq!(contact.schedule.as_deref(), Some("*/5 * * * *"));
    assert_eq!(contact.selected_fields.len(), 2);
    // nothing outside the mask changed
    let (mut a, mut b) = (json!(before), json!(read_back));
    for v in [&mut a, &mut b] {
        v["config"]["content"]["read"]["objects"]["contact"] = Value::Null;
        for field in ["id", "createTime"] {
            v["config"][field] = Value::Null;
        }
        v["updateTime"] = Value::Null;
    }
    assert_eq!(a, b);
    assert!(read_back.update_time.is_some());

    let changed = notification(&next_message(&w).await);
    assert_eq!(changed["notificationType"], "installation.updated");
    assert_eq!(
        changed["data"]["lastConfig"]["content"]["read"]["objects"]["contact"]["schedule"],
        "*/10 * * * *"
    );

    // a path the spec does not allow is the service's 400, naming it
    let refused = w
        .client
        .update_installation()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .installation_id(&before.id)
        .body(body::<types::UpdateInstallationBody>(
            "updateInstallation",
            json!({"updateMask": ["healthStatus"], "installation": {}}),
        ))
        .send()
        .await
        .unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(refused.issues()[0].name.as_deref(), Some("updateMask"));
    // and the list shows the one installation, changed
    let listed = w
        .client
        .list_installations()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .group_ref("g1")
        .send()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0], read_back);
}

#[tokio::test(start_paused = true)]
async fn writes_are_searched_read_back_and_notified() {
    let w = world().await;
    let _created = next_message(&w).await;
    // 150 records in batches of 100, synchronously: each record's outcome in order
    let records = (0..150).map(|i| json!({"email": format!("c{i:03}@example.com"), "n": i}));
    let report = write_contacts(&w, records.collect()).await;
    assert_eq!(report.batches.len(), 2);
    assert_eq!(report.succeeded(), 150, "{:?}", report.failures().next());

    let found = w
        .client
        .search()
        .search_records()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .group_ref("g1")
        .body(body::<SearchRequest>(
            "searchRecords",
            json!({"objectName": "contact", "fieldFilters": [
            {"fieldName": "email", "operator": "eq", "value": "c042@example.com"}]}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    let found = json!(found);
    assert_eq!(found["result"].as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found["result"][0]["fields"]["n"], 42);

    // an asynchronous write is an operation, done after the fake's delay
    let started = w
        .client
        .write()
        .write_records()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .object_name("contact")
        .body(body::<WriteRequest>(
            "writeRecords",
            json!({"groupRef": "g1", "type": "create", "mode": "asynchronous",
            "record": {"email": "late@example.com"}}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    let operation = json!(started)["operationId"].as_str().unwrap().to_string();
    let running = w
        .client
        .get_operation()
        .project_id_or_name("flow")
        .operation_id(&operation)
        .send()
        .await
        .unwrap();
    assert_eq!(running.status, "in_progress");
    let wait = WaitOptions::default()
        .deadline(Duration::from_secs(5))
        .intervals(Duration::from_millis(10), Duration::from_millis(50));
    let done = w
        .client
        .wait_for_operation("flow", &operation, wait)
        .await
        .unwrap();
    assert_eq!(done.status, "success");
    assert_eq!(done.action_type, "write");
    let written = json!(done.metadata)["successfulRecordIds"].clone();
    assert_eq!(written.as_array().unwrap().len(), 1);
    let notice = notification(&next_message(&w).await);
    assert_eq!(notice["notificationType"], "write.async.done");
    assert_eq!(notice["data"]["success"], true);
    assert_eq!(notice["data"]["successfulRecordIds"], written);

    // a triggered read delivers every record of the object, then says it is done
    let (operation, m) = triggered_read(&w).await;
    assert_eq!(m.object_name, "contact");
    assert_eq!(m.result_info.num_records, 151);
    assert_eq!(m.operation_id.as_deref(), Some(operation.as_str()));
    assert_eq!(m.result.as_ref().map(Vec::len), Some(151));
    let notice = notification(&next_message(&w).await);
    assert_eq!(notice["notificationType"], "read.triggered.done");
    assert_eq!(notice["data"]["objectName"], "contact");
}

#[tokio::test(start_paused = true)]
async fn operations_page_through_in_order() {
    let w = world().await;
    for i in 0..5 {
        w.client
            .write()
            .write_records()
            .project_id_or_name("flow")
            .integration_id(&w.integration)
            .object_name("contact")
            .body(body::<WriteRequest>(
                "writeRecords",
                json!({"groupRef": "g1", "type": "create",
                "record": {"email": format!("p{i}@example.com")}}),
            ))
            .send()
            .await
            .unwrap();
    }
    let mut stream = w
        .client
        .list_operations()
        // by its id this time
        .project_id_or_name(&w.project)
        .integration_id(&w.integration)
        .installation_id(&w.installation.id)
        .page_size(std::num::NonZeroU64::new(2).unwrap())
        .stream();
    let mut pages = Vec::new();
    while let Some(page) = stream.next().await {
        pages.push(page.unwrap().items);
    }
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [2, 2, 1]);
    let ids: Vec<&str> = pages.iter().flatten().map(|o| o.id.as_str()).collect();
    let unique: std::collections::BTreeSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), 5);
    assert!(pages.iter().flatten().all(|o| o.status == "success"));
}

#[tokio::test(start_paused = true)]
async fn refusals_are_typed_errors() {
    let w = world().await;
    let missing = w
        .client
        .get_installation()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .installation_id("no-such-installation")
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(missing.operation().map(|op| op.id), Some("getInstallation"));
    let again = w
        .client
        .create_installation()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .body(body::<types::CreateInstallationBody>(
            "createInstallation",
            json!({"groupRef": "g1", "config": {"content": {}}}),
        ))
        .send()
        .await
        .unwrap_err();
    assert_eq!(again.status().map(|s| s.as_u16()), Some(409));
    // the provider key is not shown unless asked for
    let connections = w
        .client
        .list_connections()
        .project_id_or_name("flow")
        .send()
        .await
        .unwrap();
    assert!(connections[0].api_key.is_none());
}

#[tokio::test(start_paused = true)]
async fn notifications_follow_the_projects_routes() {
    let w = world().await;
    let _created = next_message(&w).await;
    let alerts = Receiver::start().await.unwrap();
    let destination = w
        .client
        .create_destination()
        .project_id_or_name("flow")
        .body(body::<types::CreateDestinationBody>(
            "createDestination",
            json!({"name": "alerts", "type": "webhook", "metadata": {"url": alerts.url()}}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    let topic = w
        .client
        .create_topic()
        .project_id_or_name("flow")
        .body(body::<types::CreateTopicBody>(
            "createTopic",
            json!({"name": "ops"}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    w.client
        .create_topic_destination_route()
        .project_id_or_name("flow")
        .body(body::<types::CreateTopicDestinationRouteBody>(
            "createTopicDestinationRoute",
            json!({"topicId": topic.id, "destinationId": destination.id}),
        ))
        .send()
        .await
        .unwrap();
    for event in ["connection.created", "installation.deleted"] {
        w.client
            .create_event_topic_route()
            .project_id_or_name("flow")
            .body(body::<types::CreateEventTopicRouteBody>(
                "createEventTopicRoute",
                json!({"eventType": event, "topicId": topic.id}),
            ))
            .send()
            .await
            .unwrap();
    }
    w.client
        .generate_connection()
        .project_id_or_name("flow")
        .body(body::<types::GenerateConnectionRequest>(
            "generateConnection",
            json!({"provider": "hubspot", "groupRef": "g2", "consumerRef": "u2"}),
        ))
        .send()
        .await
        .unwrap();
    w.client
        .delete_installation()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .installation_id(&w.installation.id)
        .send()
        .await
        .unwrap();
    let mut kinds = Vec::new();
    for _ in 0..2 {
        let delivery = alerts
            .next(Duration::from_secs(5))
            .await
            .expect("a routed delivery");
        let message = webhook::verify(
            ampersand_fake::DEFAULT_WEBHOOK_SECRET,
            &delivery.headers,
            &delivery.body,
        )
        .unwrap();
        kinds.push(notification(&message)["notificationType"].clone());
    }
    assert_eq!(kinds, ["connection.created", "installation.deleted"]);
    // the routed event no longer goes to the installation's own destination
    assert!(w.hooks.next(Duration::from_millis(300)).await.is_none());
}

/// Writes a contact of each email, triggers a read of contacts and returns its results'
/// delivery.
async fn written_then_read(w: &World, emails: &[String]) -> Box<WebhookMessage> {
    let records = emails.iter().map(|email| json!({ "email": email }));
    let report = write_contacts(w, records.collect()).await;
    assert_eq!(report.succeeded(), emails.len());
    triggered_read(w).await.1
}

/// Writes `records` (contacts) in batches, synchronously.
async fn write_contacts(w: &World, records: Vec<Value>) -> ampersand_ext::write::WriteReport {
    w.client
        .write_all()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .object_name("contact")
        .group_ref("g1")
        .type_(WriteType::Create)
        .records(records)
        .mode(WriteMode::Synchronous)
        .send()
        .await
}

/// Triggers a read of contacts: its operation id, and its results' delivery.
async fn triggered_read(w: &World) -> (String, Box<WebhookMessage>) {
    let read = w
        .client
        .read()
        .trigger_read()
        .project_id_or_name("flow")
        .integration_id(&w.integration)
        .object_name("contact")
        .body(body::<ReadRequest>(
            "triggerRead",
            json!({"groupRef": "g1"}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    match next_message(w).await {
        Message::Results(message) => (read.operation_id, message),
        other => panic!("not read results: {other:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn large_read_results_arrive_by_url_and_read_as_inline_ones_do() {
    #[derive(serde::Deserialize)]
    struct Contact {
        email: String,
    }
    let w = world_with(Options::new().url_results_above(100)).await;
    let _created = next_message(&w).await;
    let written: Vec<String> = (0..150).map(|i| format!("c{i:03}@example.com")).collect();
    let message = written_then_read(&w, &written).await;
    assert_eq!(
        message.result_info.type_,
        ampersand_ext::client::webhook::types::ResultInfoType::Url
    );
    assert_eq!(message.result_info.num_records, 150);
    assert!(message.result.is_none());
    let url = message.result_info.download_url.as_deref().unwrap();
    assert!(url.starts_with(&w.client.baseurl()[..w.client.baseurl().len() - "/v1".len()]));
    let read: Vec<String> = w
        .client
        .results(&message)
        .fields::<Contact>()
        .map(|contact| contact.unwrap().email)
        .collect()
        .await;
    assert_eq!(read, written);
}

#[tokio::test(start_paused = true)]
async fn an_expired_download_url_is_refused_as_storage_refuses_it() {
    let options = Options::new()
        .url_results_above(0)
        .download_ttl(Duration::ZERO);
    let w = world_with(options).await;
    let _created = next_message(&w).await;
    let message = written_then_read(&w, &["only@example.com".to_string()]).await;
    let got: Vec<_> = w.client.results(&message).entries().collect().await;
    let e = got[0].as_ref().unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(403), "{e}");
    assert_eq!(got.len(), 1);
}
