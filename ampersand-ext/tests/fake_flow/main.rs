//! End-to-end flows of the SDK on the local Ampersand (`ampersand-fake`): every call goes
//! through the SDK's one request path to a fake that keeps state, so a change made by one call
//! is seen by the next, a write makes an operation, and webhooks arrive signed.

use std::collections::BTreeMap;
use std::time::Duration;

#[path = "../common/mod.rs"]
mod common;
mod control;
mod data;

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
